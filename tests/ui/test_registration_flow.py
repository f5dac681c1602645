"""The counter flow: log in, register through the dialog, find it in the journal."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app import demo
from app.queries import appeals as q
from app.rules.calendar import WorkCalendar
from app.rules.enums import Status
from ui.admin.login_dialog import LoginDialog
from ui.intake.registration_dialog import RegistrationDialog
from ui.journal.journal_model import ID_ROLE
from ui.journal.main_window import MainWindow


def _login(qtbot, login, password):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    return dialog


def test_wrong_password_is_explained_and_login_kept(qtbot, demo_db):
    dialog = _login(qtbot, "registrar", "wrong")
    assert dialog.user is None
    assert dialog.error.text()
    assert dialog.login.text() == "registrar"


def _type(widget, text):
    """Type non-ASCII text (QTest's key clicks accept ASCII only)."""
    widget.setFocus()
    (widget.insertPlainText if hasattr(widget, "insertPlainText") else widget.insert)(text)


def _fill(qtbot, dialog, surname="ҚАЙЫРБЕКОВА", name="Әсемгүл"):
    _type(dialog.applicant.edits["surname"], surname)
    _type(dialog.applicant.edits["first_name"], name)
    _type(dialog.applicant.edits["postal_address"], "Ақсу ауылы, Абай к-сі, 5")
    _type(dialog.substance, "Көше жарығы туралы")
    dialog.appeal_date.set_value(dialog.appeal_input().received_at.date())


def test_login_register_and_find_by_lower_case_kazakh_name(qtbot, demo_db):
    login = _login(qtbot, "registrar", demo.DEMO_PASSWORD)
    assert login.user is not None and login.user.can_register
    window = MainWindow(login.user)
    qtbot.addWidget(window)
    before = window.model.rowCount()
    dialog = RegistrationDialog(login.user, "Ауыл әкімі")
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.registered is not None and not dialog.registered.missing
    window.apply_filter()
    assert window.model.rowCount() == before + 1
    _type(window.search, "қайырбекова әсем")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    index = window.model.index(0, 0)
    assert index.data() == dialog.registered.reg_number
    assert window.model.index(0, 3).data() == "ҚАЙЫРБЕКОВА Әсемгүл"
    assert window.model.data(index, ID_ROLE) == dialog.registered.id


def test_appeal_missing_details_is_registered_as_incomplete(qtbot, demo_registrar):
    dialog = RegistrationDialog(demo_registrar, "")
    qtbot.addWidget(dialog)
    assert "art. 64 part 1" in dialog.missing_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.registered is not None
    assert set(dialog.registered.missing) >= {"applicant_name", "addressee", "substance", "appeal_date"}
    row = q.rows_by_id([dialog.registered.id], WorkCalendar())[dialog.registered.id]
    assert row.status == Status.INCOMPLETE and row.missing


def test_bad_iin_is_shown_next_to_field_and_nothing_is_written(qtbot, demo_registrar):
    dialog = RegistrationDialog(demo_registrar, "Ауыл әкімі")
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog)
    qtbot.keyClicks(dialog.applicant.edits["iin"], "123456789012")
    before = q.count(q.Criteria(), WorkCalendar())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.registered is None
    assert "IIN" in dialog.errors.text("iin")
    assert dialog.applicant.edits["iin"].text() == "123456789012"
    assert dialog.applicant.edits["surname"].text() == "ҚАЙЫРБЕКОВА"
    assert dialog.ok_button.isEnabled()
    assert q.count(q.Criteria(), WorkCalendar()) == before


def test_double_submit_registers_once(qtbot, demo_registrar):
    dialog = RegistrationDialog(demo_registrar, "Ауыл әкімі")
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog)
    before = q.count(q.Criteria(), WorkCalendar())
    dialog._on_accept()
    first = dialog.registered
    dialog._on_accept()          # a second click that slipped through
    assert dialog.registered.id == first.id and dialog.registered.repeated_submit
    assert q.count(q.Criteria(), WorkCalendar()) == before + 1


def test_earlier_appeals_of_the_same_iin_are_listed(qtbot, demo_registrar):
    from models.entities import Appeal
    earlier = Appeal.select().where(Appeal.iin != "").first()
    dialog = RegistrationDialog(demo_registrar, "")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.applicant.edits["iin"], earlier.iin)
    qtbot.waitUntil(lambda: dialog.earlier.count() > 0, timeout=3000)
    texts = [dialog.earlier.item(i).text() for i in range(dialog.earlier.count())]
    assert any(t.startswith(earlier.reg_number) for t in texts)


def test_oral_form_explains_the_protocol_and_deadline_follows_kind(qtbot, demo_registrar):
    dialog = RegistrationDialog(demo_registrar, "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.oral_hint.isVisible()
    dialog.form.setCurrentIndex(dialog.form.findData("oral"))
    assert dialog.oral_hint.isVisible() and "63" in dialog.oral_hint.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert "20 working days" in dialog.deadline_label.text()
    assert "art. 99" in dialog.deadline_label.text() and dialog.complaint.isVisible()
    # Our own act challenged: send it on or satisfy it within 3 working days (АППК 91.4).
    dialog.complaint.role.setCurrentIndex(dialog.complaint.role.findData("challenged"))
    assert "3 working days" in dialog.deadline_label.text()
    assert "art. 91 part 4" in dialog.deadline_label.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("application"))
    assert "15 working days" in dialog.deadline_label.text()
    assert "art. 76 part 1" in dialog.deadline_label.text() and not dialog.complaint.isVisible()
