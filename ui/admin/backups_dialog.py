"""Backups, for the administrator (issue 12 item 5): the copies kept, and a
copy chosen to be restored.  The copy is checked at once; it is put in place
at the next start of the app on this computer, before the database opens,
with the current file and its -wal/-shm kept aside."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app import office, store
from app.errors import DomainError
from app.rules import Role
from ui.common.form_errors import error_label
from ui.common.messages import message


class BackupsDialog(QDialog):
    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.user = user
        self.database = store.open_path()
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.error = error_label("backups_error")
        lead = QLabel(self.tr("Copies are checked before they are kept: the newest of each of the last 7 days, "
                              "5 weeks and 12 months. A copy chosen here is checked now and put in place when "
                              "Zholdanym next starts on this computer; close it on every workstation first."))
        lead.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore this copy at the next start"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.request)
        self.restore_button.setEnabled(user.role == Role.ADMIN and self.database is not None)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.copies = office.backups(self.database.parent / "backups") if self.database else []
        for path in reversed(self.copies):   # the newest first
            stamp = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
            item = QListWidgetItem(f"{stamp}   {path.stat().st_size // 1024} KB   {path.name}")
            item.setData(256, str(path))
            self.list.addItem(item)
        if self.database is None:
            self.error.setText(self.tr("A PostgreSQL office is backed up and restored on its server "
                                       "(main.py backup and restore, see the README)."))
        self.resize(640, 420)

    def request(self) -> None:
        item = self.list.currentItem()
        if item is None or self.database is None:
            self.error.setText(self.tr("Choose a copy in the list first."))
            return
        from pathlib import Path
        try:
            office.request_restore(Path(item.data(256)), self.database, self.user)
        except DomainError as exc:
            self.error.setText(message(exc))
            return
        QMessageBox.information(self, "Zholdanym", self.tr(
            "The copy passed its check. Close Zholdanym on every workstation; it is put in place when the app "
            "next starts here, and the current file is kept aside."))
        self.accept()
