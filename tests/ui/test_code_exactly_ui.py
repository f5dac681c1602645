"""Issue 13 in the UI: the office's legal readings (АППК 76.3, 100.4) on the
settings page, refused without their basis; a case reopened by the complaint
body's decision (100.4) shows what must be done, its term and the complaint,
at 1366×768; the act's decision sets its execution term (86.3)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from app.appeal.registration import register
from app.engine import perform
from app.office import auth, get_readings
from app.office.profile import get_settings, update_settings
from app.rules.complaint import ComplaintInput
from app.rules.enums import AppealKind, Role
from app.store.history import history_of
from tests.ui.test_complaint_flow import choose, run
from ui.admin.settings_dialog import SettingsDialog
from ui.case.appeal_card import AppealCardDialog

SCREEN = QSize(1366, 768)
D = dt.date.fromisoformat


def test_legal_readings_need_their_basis(qtbot, office_admin):
    dialog = SettingsDialog(office_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.readings_page
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(titles.index("Legal readings"))
    assert not page.further_extension.isChecked() and page.reopen_days.value() == 15   # the Code's plain reading
    page.further_extension.setChecked(True)
    page.reopen_days.setValue(20)
    dialog.tabs.setCurrentIndex(0)
    dialog._on_save()                     # no basis for either: refused at both fields, nothing written
    assert dialog.tabs.currentIndex() == titles.index("Legal readings")   # its page comes to the front
    assert dialog.isVisible() and dialog.errors.text("further_extension_ref") and dialog.errors.text("reopen_days_ref")
    assert get_readings().further_extension is False
    page.further_extension_ref.setText("Арнайы заң, 12-бап")
    page.reopen_days_ref.setText("Облыс әкімінің шешімі № 7")
    dialog._on_save()
    r = get_readings()
    assert (r.further_extension, r.further_extension_ref, r.reopen_days) == (True, "Арнайы заң, 12-бап", 20)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height() - 60


def test_a_remand_reopens_our_case_on_screen(qtbot, registrar, office_admin, make_input):
    people = {}
    for login, role in (("akim", Role.HEAD), ("exec", Role.EXECUTOR)):
        people[login] = auth.create_user(login_name=login, password="secret1-long", surname=login.title(),
                                         first_name="Аты", position="Маман", role=role, created_by=office_admin.id)
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    ours = register(make_input(moment), registrar, "k1", now=moment).id

    def do(appeal_id, action, who, day, **params):
        perform(appeal_id, action, who, {"on_date": D(day), **params}, today=D(day))
    do(ours, "assign", people["akim"], "2026-11-03", executor_id=people["exec"].id, resolution="r")
    do(ours, "accept", people["exec"], "2026-11-03")
    do(ours, "decide", people["akim"], "2026-11-10", decision="act_favourable", outcome="partly_satisfied",
       hearing_exception="73.2.1", execution_days=7)
    do(ours, "delivered", registrar, "2026-11-11")
    moment = dt.datetime(2026, 11, 12, 10, 0)
    data = make_input(moment)
    data.kind = AppealKind.COMPLAINT
    from models.entities import Appeal
    complaint = register(data, registrar, "k2", now=moment, complaint=ComplaintInput(
        role="challenged", case_number=Appeal.get_by_id(ours).reg_number, challenged_body="Әкім",
        actual_address="Ақсу", learned_on=D("2026-11-11"), rights_explained=True)).id
    do(complaint, "complaint_send", registrar, "2026-11-13", body="Аудан әкімдігі", with_file=True)

    card = AppealCardDialog(complaint, registrar, today=D("2026-11-20"))
    qtbot.addWidget(card)

    def remand(d):   # the complaint body sent the case back with no term of its own: ours, 15 days
        choose(d, "result", "remand")
        d.widgets["on_date"][1].setDate(D("2026-11-20"))
    assert run(card, "review_result", remand)[0]

    card = AppealCardDialog(ours, people["exec"], today=D("2026-11-23"))
    qtbot.addWidget(card)
    card.resize(1280, 700)
    card.show()
    hint = card.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height() - 60   # fits with the taskbar
    reopened = card.findChild(QLabel, "card_reopened")
    number = Appeal.get_by_id(complaint).reg_number
    assert reopened is not None and number in reopened.text() and "art. 100 part 1 1), 5)" in reopened.text() and "11.12.2026" in reopened.text()
    assert "15 working days" in reopened.text()
    assert card.card.values["status"] == "in_progress"
    top = [card.ladder_view.table.item(0, c).text() for c in range(card.ladder_view.table.columnCount())]
    assert "11.12.2026" in top and any("100" in t for t in top)   # Fri 20 Nov + 15 working days
    assert "reopened" in [h.action for h in history_of("appeal", ours)]
