"""A locked database at the counter: a clear message, nothing typed is lost,
nothing half-written, and the same dialog registers once the lock is gone."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

import models.db
from app import demo, office
from app.queries import appeals as q
from app.rules.calendar import WorkCalendar
from models.db import close_database, open_database
from ui.common.messages import message
from ui.intake.registration_dialog import RegistrationDialog


def test_locked_database_keeps_the_form(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(models.db, "BUSY_TIMEOUT_S", 0.2)
    close_database()
    open_database(str(demo_db))
    user = office.login("registrar", demo.DEMO_PASSWORD)
    before = q.count(q.Criteria(), WorkCalendar())
    dialog = RegistrationDialog(user, "Ауыл әкімі")
    qtbot.addWidget(dialog)
    dialog.applicant.edits["surname"].setText("Бекова")
    dialog.substance.setPlainText("Жол жөндеу")
    other = sqlite3.connect(str(demo_db), timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.registered is None
        assert message("database_locked") in dialog.general_error.text()
        assert dialog.applicant.edits["surname"].text() == "Бекова"
        assert dialog.substance.toPlainText() == "Жол жөндеу"
        assert dialog.ok_button.isEnabled()
    finally:
        other.rollback()
        other.close()
    assert q.count(q.Criteria(), WorkCalendar()) == before
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.registered is not None
    assert q.count(q.Criteria(), WorkCalendar()) == before + 1
