"""Starting the desktop app: database, checks, backups, first run, login;
then the session: log out and in as another user, or exit (issue 14 item 5)."""
from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import demo, documents, office
from app.errors import DomainError
from app.rules import Role
from app.store import (
    ChainReport,
    StartTarget,
    close_database,
    integrity_problems,
    open_database,
    sqlite_path,
    verify_chain,
)
from ui import i18n, server_start
from ui.admin.first_run_dialog import FirstRunDialog
from ui.admin.login_dialog import LoginDialog
from ui.admin.password_dialog import PasswordDialog
from ui.common import document_preview, input_guard, scratch
from ui.common.crash import install_excepthook, setup_logging
from ui.common.data_folder import KEPT, Outcome
from ui.common.messages import message
from ui.common.splash import StartSplash, bench_mark, benching
from ui.common.tasks import TaskRunner
from ui.journal.main_window import MainWindow

BACKUP_CHECK_MS = 60 * 60 * 1000   # look hourly whether the daily copy is due
KEPT_SHOWN_KEY = "data_folder/kept_shown"


def report_data_folder(outcome: Outcome, splash: StartSplash | None = None) -> bool:
    """The data folder's move (issue 15 item 7) into the log; when both the
    new and the old folder hold a database, the user is told once which one
    is used and where the other is.  True when the message was shown."""
    log = logging.getLogger("zholdanym.data_folder")
    for line in outcome.lines:
        (log.warning if outcome.warning else log.info)(line)
    if outcome.kind != KEPT or outcome.old is None:
        return False
    settings = QSettings()
    if settings.value(KEPT_SHOWN_KEY) == str(outcome.old):
        return False
    settings.setValue(KEPT_SHOWN_KEY, str(outcome.old))
    if splash is not None:
        splash.close()
    QMessageBox.information(None, "Zholdanym", QApplication.translate(
        "Startup", "The data folder is now:\n{folder}\n\nThe data folder of the previous version "
                   "also holds a database; it was not moved and is kept untouched in:\n{old}").format(
        folder=outcome.folder, old=outcome.old))
    return True


def open_or_explain(db_url: str, splash: StartSplash | None = None) -> bool:
    """Open the database; explain any failure instead of crashing.  The
    splash says when a new database is created or an older one migrated."""
    try:
        open_database(db_url, on_step=splash.step if splash is not None else None)
    except DomainError as exc:
        if splash is not None:
            splash.close()
        QMessageBox.critical(None, "Zholdanym", QApplication.translate(
            "Startup", "The database cannot be opened:\n{url}\n\n{error}").format(
            url=db_url, error=message(exc) + "\n" + exc.params.get("detail", "")))
        return False
    return True


def check_integrity(runner: TaskRunner) -> None:
    """``PRAGMA quick_check`` and the history chain at start-up, in the
    background: each reads the whole file or table (seconds at a million
    appeals), so the clerk is not kept waiting; a problem is reported as soon
    as it is found."""
    def report(problems: list[str]) -> None:
        if problems:
            QMessageBox.warning(None, "Zholdanym", QApplication.translate(
                "Startup", "The database integrity check found problems. Work carefully and restore "
                "the latest backup if data looks wrong.\n\n{details}").format(
                details="\n".join(problems[:10])))

    def failed(exc) -> None:
        QMessageBox.warning(None, "Zholdanym", message(exc))
    runner.run(integrity_problems, on_done=report, on_error=failed)
    runner.run(verify_chain, on_done=report_chain, on_error=failed)


CHAIN_MESSAGES = {"document_changed": "history_document_altered", "document_unrecorded": "history_document_altered",
                  "document_missing": "history_document_removed"}


def report_chain(report: ChainReport) -> None:
    """Tell plainly that the history or an issued document was altered,
    naming the first row found (``main.py check`` lists them all)."""
    first = report.first
    if first is not None:
        code = CHAIN_MESSAGES.get(first.problem, "history_chain_broken")
        QMessageBox.warning(None, "Zholdanym", message(code, row=first.row_id, number=first.number))


def backup_folder(db_url: str) -> Path | None:
    path = sqlite_path(db_url)
    return None if path is None else path.parent / "backups"


class Backups:
    """Daily backups while the app runs (checked hourly) and one on exit."""

    def __init__(self, runner: TaskRunner, folder: Path | None, parent):
        self.runner, self.folder = runner, folder
        self.timer = QTimer(parent, interval=BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.check)
        if folder is not None:
            self.check()
            self.timer.start()

    def check(self) -> None:
        self.runner.run(office.backup_if_due, self.folder, on_error=self._on_error)

    def _on_error(self, exc) -> None:
        text = message(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(None, "Zholdanym", text)

    def on_exit(self) -> None:
        self.timer.stop()
        self.runner.shutdown()
        if self.folder is not None:
            try:
                office.make_backup(self.folder)
            except DomainError as exc:
                self._on_error(exc)


def prepare_office(demo_data: bool, splash: StartSplash | None = None,
                   runner: TaskRunner | None = None) -> bool:
    """Fill the demo, or run the first-run dialog on an empty database."""
    if demo_data and not office.has_office():
        if splash is not None:
            splash.step("demo")
        fill_demo(runner, splash)
    if office.has_office():
        return True
    if splash is not None:
        splash.close()
    return FirstRunDialog().exec() == QDialog.DialogCode.Accepted


def fill_demo(runner: TaskRunner | None, splash: StartSplash | None) -> None:
    """``demo.fill`` on the worker, the splash counting the appeals meanwhile
    (the window stays alive: a few seconds at the first start)."""
    if runner is None:
        demo.fill()
        return
    loop, failure = QEventLoop(), []

    def failed(exc) -> None:
        failure.append(exc)
        loop.quit()
    progress = runner.progress_callback()
    if splash is not None:
        runner.progressed.connect(splash.progress)
    started = runner.run(demo.fill, progress=lambda done, total: progress(done, total) if done % 10 == 0 else None,
                         on_done=lambda _: loop.quit(), on_error=failed)
    if started is not None:
        loop.exec()
    if splash is not None:
        runner.progressed.disconnect(splash.progress)
    if failure:
        raise failure[0]


def remind_backup(parent) -> None:
    """An administrator of a PostgreSQL office is told when the newest
    recorded backup is older than a day (issue 12)."""
    try:
        age = office.backup_overdue()
    except DomainError:
        return
    if age is None:
        return
    days = QApplication.translate("Startup", "never") if age == dt.timedelta.max else str(age.days)
    QMessageBox.information(parent, "Zholdanym", QApplication.translate(
        "Startup", "The server database's last recorded backup: {days} (days ago). Run "
        "\"main.py backup --db … --to …\" on the server, or schedule it daily (see the README).").format(days=days))


def demo_hint() -> str:
    """The demo users and their password, in the language chosen now."""
    return QApplication.translate("Startup", "Demo users: admin, registrar, executor, executor2, head, deputy; "
                                  "password {pw}").format(pw=demo.DEMO_PASSWORD)


class Session(QObject):
    """One user's work after another in the same run of the app (issue 14
    item 5): the login window, then a main window of that user's own (role,
    lists worker, language); log out closes it and every window it opened,
    its layout saved, and shows the login window again in the language last
    chosen.  ``finished`` is emitted when the user exits (the menu's Exit,
    the window closed, or the login window cancelled after a log out)."""

    finished = Signal()

    def __init__(self, demo_data: bool = False, postgres: bool = False, parent=None):
        super().__init__(parent)
        self.demo_data, self.postgres = demo_data, postgres
        self.window: MainWindow | None = None
        self.runner: TaskRunner | None = None
        self.login_dialog: LoginDialog | None = None

    def log_in(self, splash: StartSplash | None = None) -> bool:
        """The login window (and, after an administrator's reset, the user's
        new password: at every login, not only the first); then a fresh main
        window.  False when the user cancels."""
        i18n.install(i18n.saved_language())   # Settings may have chosen another
        login = self.login_dialog = LoginDialog(demo_hint if self.demo_data else "")
        if splash is not None:
            QTimer.singleShot(0, splash.close)   # once the login window is up
        if benching():   # bench/bench_first_start.py: the time to this window
            QTimer.singleShot(0, lambda: (bench_mark("login-shown"), login.reject()))
        try:
            if login.exec() != QDialog.DialogCode.Accepted:
                return False
            user = login.user
            if user.must_change_password:   # after an administrator's reset (issue 12)
                change = PasswordDialog(user)
                if change.exec() != QDialog.DialogCode.Accepted:
                    return False
                user = change.changed
        finally:
            self.login_dialog = None
            login.deleteLater()
        self.open_window(user)
        return True

    def open_window(self, user) -> MainWindow:
        # The control lists have their own worker: the integrity check may hold
        # the other one for seconds at start-up.
        self.runner = TaskRunner()
        window = self.window = MainWindow(user, runner=self.runner)
        self.runner.setParent(window)   # deleted with it
        window.log_out_requested.connect(self.log_out)
        window.language_changed.connect(self.change_language)
        window.exit_requested.connect(self.exit)
        window.closed.connect(self._on_closed)
        window.show_at_start()
        if self.postgres and user.role == Role.ADMIN:   # PostgreSQL: the server's dumps
            QTimer.singleShot(0, lambda: remind_backup(window))
        QTimer.singleShot(0, window.reminder.at_start)   # what is due, once the window is up
        return window

    def close_window(self) -> None:
        """Close the main window and every window it opened (its layout saved
        as it closes); its lists worker finishes what it is doing."""
        window, runner = self.window, self.runner
        self.window = self.runner = None
        if window is None:
            return
        for child in window.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        window.close()
        if runner is not None:
            runner.shutdown()
        window.deleteLater()

    def log_out(self) -> None:
        """Close the user's windows now; the login window follows at once."""
        self.close_window()
        QTimer.singleShot(0, self.log_in_again)

    def change_language(self) -> None:
        """Settings chose another language: the user's windows close and
        the main window opens again at once in it, the user still logged in
        (issue 14 item 5: the language applies to every window at once)."""
        if self.window is None:
            return
        user = self.window.user
        self.close_window()
        i18n.install(i18n.saved_language())
        QTimer.singleShot(0, lambda: self.open_window(user))

    def log_in_again(self) -> None:
        try:
            logged_in = self.log_in()
        except DomainError as exc:   # the database gone meanwhile: said, and the app closes
            QMessageBox.critical(None, "Zholdanym", message(exc))
            logged_in = False
        if not logged_in:
            self.finished.emit()   # the login window cancelled: the app closes

    def exit(self) -> None:
        self.close_window()
        self.finished.emit()

    def _on_closed(self) -> None:
        if self.window is not None:   # closed by the user, not by a log out (which forgets it first)
            self.exit()

    def shutdown(self) -> None:
        """The app is closing: the lists worker finishes what it is doing, a
        conversion too, and the idle LibreOffice ends before its folder goes."""
        if self.runner is not None:
            self.runner.shutdown()
        document_preview.shutdown()


def run_app(target: str | StartTarget, demo_data: bool = False, lang: str | None = None,
            templates: Path | None = None, splash: StartSplash | None = None,
            data_folder: Outcome | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Zholdanym")
    app.setApplicationName("Zholdanym")
    input_guard.install(app)   # the wheel never changes an unfocused field; Tab leaves multi-line ones
    if lang:
        i18n.save_language(lang)
    i18n.install(lang or i18n.saved_language())
    splash = splash or StartSplash()
    if isinstance(target, str):
        target = StartTarget(url=target)
    if target.choose:   # the first start: this computer only, or the office server
        chosen = server_start.choose(target, splash)
        if chosen is None:
            return 0
        target = chosen
    if target.server is not None:   # the office server, opened now (its password asked if need be)
        splash.step("opening")
        opened = server_start.open_server(target, splash)
        if opened is None:
            return 0
        target = opened
    db_url = target.url
    scratch.private_files()   # the database, backups, log and copies: the user's only (POSIX)
    scratch.clean_stale()     # copies a killed session left behind
    folder = backup_folder(db_url)
    logs = (folder.parent if folder else target.folder or Path.home()) / "logs"   # a workstation: its data folder
    install_excepthook(setup_logging(logs))
    if data_folder is not None:
        report_data_folder(data_folder, splash)
    database = sqlite_path(db_url)
    if database is not None and office.pending_marker(database).exists():
        splash.step("restoring")   # a restore the administrator chose in the app (issue 12)
        try:
            done = office.restore_pending(database)
        except DomainError as exc:
            splash.close()
            QMessageBox.warning(None, "Zholdanym", message(exc))
            done = None
        if done is not None:
            splash.close()
            QMessageBox.information(None, "Zholdanym", QApplication.translate(
                "Startup", "The chosen backup was restored. The file it replaced is kept in:\n{folder}").format(
                folder=done.kept_aside or ""))
    if target.server is None:
        splash.step("opening")
        if not open_or_explain(db_url, splash):
            return 2
    if database is not None:   # files made before this version were readable by all
        scratch.protect(database, Path(f"{database}-wal"), Path(f"{database}-shm"), logs,
                        *([folder] if folder else []))
    documents.use_office_templates(templates)   # the office's own DOCX templates win
    runner = TaskRunner(app)
    session = Session(demo_data, postgres=database is None)
    try:
        if not prepare_office(demo_data, splash, runner):
            runner.shutdown()
            return 0
        splash.step("checking")
        check_integrity(runner)
        backups = Backups(runner, folder, app)
        app.setQuitOnLastWindowClosed(False)   # a log out closes the last window for a moment
        try:
            if not session.log_in(splash):
                backups.on_exit()
                return 0
        except DomainError as exc:
            QMessageBox.critical(None, "Zholdanym", message(exc))
            backups.on_exit()
            return 2
        session.finished.connect(app.quit)
        code = app.exec()
    except DomainError as exc:
        splash.close()
        QMessageBox.critical(None, "Zholdanym", message(exc))
        runner.shutdown()
        return 2
    finally:
        splash.close()
        app.setQuitOnLastWindowClosed(True)
    session.shutdown()
    backups.on_exit()
    close_database()
    return code
