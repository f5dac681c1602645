"""The administrator's Backups dialog lists the copies and asks for a
restore at the next start (issue 12)."""
from __future__ import annotations

import datetime as dt

from app.office import make_backup
from app.office.restore import pending_marker
from app.store import open_path
from tests.ui.modal import when_modal
from ui.admin.backups_dialog import BackupsDialog


def test_choose_a_copy_to_restore(qtbot, demo_admin, demo_registrar):
    folder = open_path().parent / "backups"
    made = make_backup(folder, now=dt.datetime(2026, 11, 20, 10))
    dialog = BackupsDialog(demo_admin)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and made.name in dialog.list.item(0).text()
    dialog.restore_button.click()   # nothing chosen yet
    assert dialog.error.text() and not pending_marker(open_path()).exists()
    dialog.list.setCurrentRow(0)
    from PySide6.QtWidgets import QMessageBox
    when_modal(QMessageBox, lambda box: box.accept(), [])
    dialog.restore_button.click()
    assert pending_marker(open_path()).exists()
    pending_marker(open_path()).unlink()
    other = BackupsDialog(demo_registrar)
    qtbot.addWidget(other)
    assert not other.restore_button.isEnabled()


def test_an_administrator_on_postgresql_is_reminded_of_an_old_backup(qtbot, monkeypatch):
    import ui.start as start
    shown = []
    monkeypatch.setattr(start.QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(start.office, "backup_overdue", lambda: dt.timedelta(days=3))
    start.remind_backup(None)
    monkeypatch.setattr(start.office, "backup_overdue", lambda: None)
    start.remind_backup(None)
    assert len(shown) == 1 and "3" in shown[0] and "main.py backup" in shown[0]
