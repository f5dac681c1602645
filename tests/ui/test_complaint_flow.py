"""Complaints in the UI, both sides: registered at the counter with their
own details, the filing term shown, then sent on with the case file (АППК
91.4), or considered and decided by the complaint body (97.2, 98.3, 100)
with the decision issued as a document; the register shows suspension."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document
from PySide6.QtCore import QDate, QDateTime, QTime

from app.office import auth
from app.office.profile import get_settings, update_settings
from app.rules.enums import Role
from tests.ui.modal import when_modal
from ui.case.action_dialog import ActionDialog
from ui.case.appeal_card import AppealCardDialog
from ui.case.document_dialog import DocumentDialog
from ui.complaint.register import ComplaintRegisterDialog
from ui.intake.registration_dialog import RegistrationDialog

NOW = dt.datetime(2026, 11, 25, 10, 0)


@pytest.fixture
def office(registrar, office_admin):
    people = {"registrar": registrar}
    for login, role in (("akim", Role.HEAD), ("deputy", Role.DEPUTY), ("exec", Role.EXECUTOR)):
        people[login] = auth.create_user(login_name=login, password="secret1-long", surname=login.title(),
                                         first_name="Аты", position="Маман", role=role,
                                         created_by=office_admin.id)
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    settings.court_kk, settings.court_ru = "Аудандық сот", "Районный суд"
    update_settings(settings, office_admin.id)
    return people


def register_complaint(qtbot, registrar, role: str, learned: dt.date, challenged_user=None) -> int:
    dialog = RegistrationDialog(registrar, "Аудан әкімі", now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    dialog.received.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(10, 0)))
    assert dialog.complaint.isVisible()
    form = dialog.complaint
    form.role.setCurrentIndex(form.role.findData(role))
    for name, text in (("surname", "Қасымова"), ("first_name", "Әлия"), ("postal_address", "Ақсу, Абай 12")):
        dialog.applicant.edits[name].setText(text)   # QTest types ASCII only
    dialog.substance.setPlainText("Жер учаскесін беруден бас тарту заңсыз")
    dialog.appeal_date.set_value(NOW.date())
    # АППК 93.2 3), 4) not yet stated: listed, never a refusal.
    assert "art. 93 part 2 3)" in dialog.missing_label.text() and "art. 93 part 2 4)" in dialog.missing_label.text()
    form.challenged_body.setText("Ақсу ауылдық округінің әкімі")
    form.actual_address.setText("Ақсу, Абай 12")
    form.challenged_act.setPlainText("№ 45 шешім, 10.08.2026")
    form.learned_on.set_value(learned)
    late = learned < dt.date(2026, 8, 25)
    assert ("Filed late" in form.term.text()) is late and "art. 92 part 1" in form.term.text()
    if challenged_user is not None:
        form.challenged_user.setCurrentIndex(form.challenged_user.findData(challenged_user))
    form.rights.setChecked(True)
    assert "All required details" in dialog.missing_label.text()
    dialog.ok_button.click()
    assert dialog.registered is not None, dialog.general_error.text()
    return dialog.registered.id


def run(card, action, fill):
    """Take ``action`` from the card: ``fill`` the form and press OK.  Any
    message box (a refusal, a warning) is read and closed, so a failure
    never leaves a modal dialog open.  Returns (done, texts seen)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    texts: list = []
    state = {"running": True}

    def poll():
        if not state["running"]:   # this run is over: leave later dialogs to the next one
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ActionDialog) and not getattr(dialog, "_filled", False):
            dialog._filled = True
            fill(dialog)
            dialog.ok_button.click()
            if dialog.isVisible():   # refused: read the messages, then close
                texts.extend([dialog.general.text()] + [dialog.errors.text(n) for n in dialog.widgets])
                dialog.reject()
        elif isinstance(dialog, QMessageBox):
            texts.append(dialog.text())
            dialog.accept()
        QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)
    done = card.run_action(action)
    state["running"] = False
    return done, texts


def choose(dialog, name, code):
    box = dialog.widgets[name][1]
    box.setCurrentIndex(box.findData(code))


def test_the_complaint_body_decides_and_issues_its_decision(qtbot, office, tmp_path):
    # Learned 3 Aug: three months ran out on 3 Nov; filed 25 Nov: late, accepted (АППК 92.3).
    appeal_id = register_complaint(qtbot, office["registrar"], "reviewing", dt.date(2026, 8, 3),
                                   challenged_user=office["deputy"].id)
    card = AppealCardDialog(appeal_id, office["akim"], today=dt.date(2026, 11, 26))
    qtbot.addWidget(card)
    tab = card.tabs.widget(1)
    assert card.tabs.tabText(1) == "Complaint"
    assert tab.findChild(type(tab.term), "filing_explanation").count() == 3
    from PySide6.QtWidgets import QLabel
    assert "art. 92 part 3" in tab.findChild(QLabel, "late_note").text()
    offered = [a.objectName() for a in card.actions_menu.actions()]
    assert "do_complaint_decide" in offered and "do_extend" not in offered and "do_complaint_send" not in offered

    def assign(d):   # the deputy signed the act: not the reviewer (АППК 97.2)
        choose(d, "executor_id", office["deputy"].id)
        d.widgets["resolution"][1].setPlainText("Қарау")
    done, messages = run(card, "assign", assign)
    assert not done and "art. 97 part 2" in " ".join(messages)

    def assign_exec(d):
        choose(d, "executor_id", office["exec"].id)
        d.widgets["resolution"][1].setPlainText("Қарау")
    assert run(card, "assign", assign_exec)[0]

    def restore(d):
        choose(d, "reason_kind", "illness")
        d.widgets["reason"][1].setPlainText("Ауруханада болды")
        d.widgets["granted"][1].setChecked(True)
        d.widgets["motion_on"][1].setDate(QDate(2026, 11, 25))
    assert run(card, "restore_term", restore)[0]

    def heard(d):   # АППК 98.3: the official whose act is challenged, in writing
        choose(d, "hearing_form", "written")
        d.widgets["text"][1].setPlainText("Комиссия қорытындысы бойынша бас тартылды")
    done, messages = run(card, "complaint_decide", lambda d: choose(d, "decision", "unsatisfied"))
    assert not done and "art. 98 part 3" in " ".join(messages)
    assert run(card, "official_heard", heard)[0]

    def decide(d):
        choose(d, "decision", "unsatisfied")
        choose(d, "hearing_exception", "73.2.5")
        d.widgets["reasoning"][1].setPlainText("Бас тарту заңды, комиссия қорытындысы бар")
        d.widgets["legal_norms"][1].setPlainText("Жер кодексінің 43-бабы")
    assert run(card, "complaint_decide", decide)[0]
    assert card.card.values["status"] == "decided" and card.card.values["decision"] == "complaint_unsatisfied"

    suggested = []

    def issue(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData("complaint-decision"))
        suggested.append(dialog.inputs["reasoning"].toPlainText())
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()
    when_modal(DocumentDialog, issue, [])
    dialog = card.documents_tab.new_document("complaint-decision")
    assert suggested[0].startswith("Бас тарту заңды")   # the recorded reasoning
    assert dialog.issued is not None
    text = "\n".join(p.text for p in Document(io.BytesIO(dialog.issued.content)).paragraphs)
    assert "Қасымова Әлия" in text and "№ 45 шешім" in text and "Жер кодексінің 43-бабы" in text
    assert "Аудандық сот" in text   # АППК 100.6: the court route


def test_the_challenged_body_sends_the_complaint_on(qtbot, office, monkeypatch):
    appeal_id = register_complaint(qtbot, office["registrar"], "challenged", dt.date(2026, 11, 20))
    card = AppealCardDialog(appeal_id, office["registrar"], today=dt.date(2026, 11, 27))
    qtbot.addWidget(card)
    assert "Send the complaint on" in card.ladder_view.table.item(0, 0).text()
    assert card.ladder_view.table.item(0, 2).text() == "30.11.2026"   # Wed 25 -> Mon 30 Nov (91.4)

    bodies = []

    def send(d):
        bodies.append(d.widgets["body"][1].text())
        d.widgets["with_file"][1].setChecked(True)
    assert run(card, "complaint_send", send)[0]
    assert bodies[0] in ("Аудан әкімдігі", "Акимат района")   # the superior body of the settings
    assert card.card.values["status"] == "forwarded"
    register = ComplaintRegisterDialog()
    qtbot.addWidget(register)
    assert register.model.rowCount() == 1
    assert register.model.index(0, 6).data().startswith("Execution suspended")
    assert "art. 96" in register.model.headerData(6, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
