"""Issue 14 item 7: the README's flow done by the demo users as they are, with
no administrator fixing a setting first: the registrar registers and prints the
talon, the head assigns, the executor accepts, the head decides and issues the
act, whose route of АППК 80.5 comes from the demo office."""
from __future__ import annotations

import io

from docx import Document

from app import demo, office
from tests.ui.modal import when_modal
from tests.ui.test_workflow_flow import field, run
from ui.case.appeal_card import AppealCardDialog
from ui.case.document_dialog import DocumentDialog
from ui.intake.registration_dialog import RegistrationDialog
from ui.intake.talon_dialog import TalonDialog
from ui.journal.main_window import MainWindow


def _login(name: str):
    return office.login(name, demo.DEMO_PASSWORD)


def test_the_demo_users_register_decide_and_issue_the_act(qtbot, demo_db):
    registrar = _login("registrar")
    window = MainWindow(registrar)
    qtbot.addWidget(window)
    seen: list = []

    def fill_and_register(dialog):
        dialog.applicant.edits["surname"].setText("Жұмабаева")
        dialog.applicant.edits["first_name"].setText("Айгүл")
        dialog.applicant.edits["postal_address"].setText("Ақсу ауылы, Абай көшесі 12")
        dialog.substance.setPlainText("Жер учаскесін жеке қосалқы шаруашылық үшін беруді сұраймын")
        dialog.appeal_date.set_value(dialog.appeal_input().received_at.date())
        when_modal(TalonDialog, lambda talon: talon.accept(), seen)
        dialog.ok_button.click()

    when_modal(RegistrationDialog, fill_and_register, seen)
    window.actions_by_name["register"].trigger()
    assert [type(d) for d in seen] == [RegistrationDialog, TalonDialog]   # registered, talon shown
    appeal_id = seen[0].registered.id
    today = seen[0].registered.registered_on

    head, executor = _login("head"), _login("executor")
    card = AppealCardDialog(appeal_id, head, today=today)
    qtbot.addWidget(card)
    messages: list = []

    def assign(d):
        box = field(d, "executor_id")
        box.setCurrentIndex(box.findData(executor.id))
        field(d, "resolution").setPlainText("Қарап, жауап дайындаңыз")
    assert run(card, "assign", assign, messages), messages
    card = AppealCardDialog(appeal_id, executor, today=today)
    qtbot.addWidget(card)
    assert run(card, "accept", lambda d: None, messages), messages
    card = AppealCardDialog(appeal_id, head, today=today)
    qtbot.addWidget(card)

    def decide(d):
        for name, code in (("decision", "act_favourable"), ("outcome", "satisfied"),
                           ("hearing_exception", "73.2.1")):
            box = field(d, name)
            box.setCurrentIndex(box.findData(code))
    assert run(card, "decide", decide, messages), messages
    assert card.card.values["status"] == "decided"

    dialog = DocumentDialog(appeal_id, head, "kk", template="act", today=today)
    qtbot.addWidget(dialog)
    assert "cannot be issued" not in dialog.route_text.text() and dialog.route_text.text()
    for name, text in (("matter", "Жер учаскесін беру"), ("decision_text", "Өтініш қанағаттандырылсын."),
                       ("reasoning", "Жер кодексінің 43-бабы"), ("act_kind_text", "Қолайлы әкімшілік акт")):
        if name in dialog.inputs:
            dialog.inputs[name].setPlainText(text)
    dialog.submit()
    assert dialog.issued is not None, dialog.general.text()
    text = "\n".join(p.text for p in Document(io.BytesIO(dialog.issued.content)).paragraphs)
    settings = office.get_settings()
    route = settings.appeal_body_kk or settings.court_kk
    assert route and route in text                              # the 80.5 route the demo office has
