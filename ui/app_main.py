"""Starting the desktop app: database, checks, backup, first run, login."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import backup, demo, office
from app.database import close_database, integrity_problems, open_database, sqlite_path
from app.errors import DomainError
from ui import i18n
from ui.first_run_dialog import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.messages import message
from ui.tasks import TaskRunner


def open_or_explain(db_url: str) -> bool:
    try:
        open_database(db_url)
    except Exception as exc:  # noqa: BLE001 - any failure is explained, never a crash
        QMessageBox.critical(None, "Zholdanym", QApplication.translate("Startup", "The database cannot be opened:\n{url}\n\n{error}")
                             .format(url=db_url, error=exc))
        return False
    problems = integrity_problems()
    if problems:
        QMessageBox.warning(None, "Zholdanym", QApplication.translate("Startup",
            "The database integrity check found problems. Work carefully and restore the latest "
            "backup if data looks wrong.\n\n{details}").format(details="\n".join(problems[:10])))
    return True


def backup_folder(db_url: str) -> Path | None:
    path = sqlite_path(db_url)
    return None if path is None else path.parent / "backups"


def run_app(db_url: str, demo_data: bool = False, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Zholdanym")
    app.setApplicationName("Zholdanym")
    if lang:
        i18n.save_language(lang)
    i18n.install(lang or i18n.saved_language())
    if not open_or_explain(db_url):
        return 2
    runner = TaskRunner(app)
    folder = backup_folder(db_url)
    if folder is not None:
        runner.run(backup.backup_if_due, folder,
                   on_error=lambda exc: QMessageBox.warning(None, "Zholdanym", str(exc)))
    try:
        if demo_data and not office.has_office():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.fill()
            finally:
                QGuiApplication.restoreOverrideCursor()
        if not office.has_office() and FirstRunDialog().exec() != QDialog.DialogCode.Accepted:
            return 0
    except DomainError as exc:
        QMessageBox.critical(None, "Zholdanym", message(exc))
        return 2
    hint = QApplication.translate("Startup", "Demo users: admin, registrar, executor, head; password {pw}").format(
        pw=demo.DEMO_PASSWORD) if demo_data else ""
    login = LoginDialog(hint)
    if login.exec() != QDialog.DialogCode.Accepted:
        return 0
    window = MainWindow(login.user)
    window.show()
    code = app.exec()
    runner.shutdown()
    if folder is not None:
        backup.make_backup(folder)   # on exit, as well as once a day
    close_database()
    return code
