"""Starting the desktop app: database, checks, backups, first run, login."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import demo, documents, office
from app.errors import DomainError
from app.rules import Role
from app.store import (
    ChainReport,
    close_database,
    integrity_problems,
    open_database,
    sqlite_path,
    verify_chain,
)
from ui import i18n
from ui.admin.first_run_dialog import FirstRunDialog
from ui.admin.login_dialog import LoginDialog
from ui.admin.password_dialog import PasswordDialog
from ui.common import input_guard, scratch
from ui.common.crash import install_excepthook, setup_logging
from ui.common.messages import message
from ui.common.tasks import TaskRunner
from ui.journal.main_window import MainWindow

BACKUP_CHECK_MS = 60 * 60 * 1000   # look hourly whether the daily copy is due


def open_or_explain(db_url: str) -> bool:
    """Open the database; explain any failure instead of crashing."""
    try:
        open_database(db_url)
    except DomainError as exc:
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


def prepare_office(demo_data: bool) -> bool:
    """Fill the demo, or run the first-run dialog on an empty database."""
    if demo_data and not office.has_office():
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.fill()
        finally:
            QGuiApplication.restoreOverrideCursor()
    return office.has_office() or FirstRunDialog().exec() == QDialog.DialogCode.Accepted


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


def run_app(db_url: str, demo_data: bool = False, lang: str | None = None,
            templates: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Zholdanym")
    app.setApplicationName("Zholdanym")
    input_guard.install(app)   # the wheel never changes an unfocused field; Tab leaves multi-line ones
    if lang:
        i18n.save_language(lang)
    i18n.install(lang or i18n.saved_language())
    scratch.private_files()   # the database, backups, log and copies: the user's only (POSIX)
    scratch.clean_stale()     # copies a killed session left behind
    folder = backup_folder(db_url)
    logs = (folder.parent if folder else Path.home()) / "logs"
    install_excepthook(setup_logging(logs))
    database = sqlite_path(db_url)
    if database is not None:   # a restore the administrator chose in the app (issue 12)
        try:
            done = office.restore_pending(database)
        except DomainError as exc:
            QMessageBox.warning(None, "Zholdanym", message(exc))
            done = None
        if done is not None:
            QMessageBox.information(None, "Zholdanym", QApplication.translate(
                "Startup", "The chosen backup was restored. The file it replaced is kept in:\n{folder}").format(
                folder=done.kept_aside or ""))
    if not open_or_explain(db_url):
        return 2
    if database is not None:   # files made before this version were readable by all
        scratch.protect(database, Path(f"{database}-wal"), Path(f"{database}-shm"), logs,
                        *([folder] if folder else []))
    documents.use_office_templates(templates)   # the office's own DOCX templates win
    runner = TaskRunner(app)
    check_integrity(runner)
    backups = Backups(runner, folder, app)
    try:
        if not prepare_office(demo_data):
            backups.on_exit()
            return 0
        hint = QApplication.translate("Startup", "Demo users: admin, registrar, executor, executor2, head, deputy; "
                                      "password {pw}").format(pw=demo.DEMO_PASSWORD) if demo_data else ""
        login = LoginDialog(hint)
        if login.exec() != QDialog.DialogCode.Accepted:
            backups.on_exit()
            return 0
        if login.user.must_change_password:   # after an administrator's reset (issue 12)
            change = PasswordDialog(login.user)
            if change.exec() != QDialog.DialogCode.Accepted:
                backups.on_exit()
                return 0
            login.user = change.changed
        # The control lists have their own worker: the integrity check may hold
        # the other one for seconds at start-up.
        lists_runner = TaskRunner(app)
        window = MainWindow(login.user, runner=lists_runner)
    except DomainError as exc:
        QMessageBox.critical(None, "Zholdanym", message(exc))
        backups.on_exit()
        return 2
    window.show_at_start()
    if database is None and window.user.role == Role.ADMIN:   # PostgreSQL: the server's dumps
        QTimer.singleShot(0, lambda: remind_backup(window))
    QTimer.singleShot(0, window.reminder.at_start)   # what is due, once the window is up
    code = app.exec()
    lists_runner.shutdown()
    backups.on_exit()
    close_database()
    return code
