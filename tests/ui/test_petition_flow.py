"""A petition in the UI: registered with its own details, its checklist
followed from the card's Actions, the akim's decision, the publication
clock, and the decision issued in Kazakh and in Russian (АППК 90-4–90-6)."""
from __future__ import annotations

import datetime as dt
import io

from docx import Document
from PySide6.QtCore import QDate, QDateTime, QTime

from app.documents import issuing as documents
from app.office import auth
from app.office.profile import get_settings, update_settings
from app.rules.enums import Role
from tests.ui.test_complaint_flow import choose, run
from ui.case.appeal_card import AppealCardDialog
from ui.intake.registration_dialog import RegistrationDialog


def test_petition_from_registration_to_decision(qtbot, registrar, office_admin):
    akim = auth.create_user(login_name="akim", password="secret1-long", surname="Әкімов", first_name="Әкім",
                            position="Әкім", role=Role.HEAD, created_by=office_admin.id)
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    now = dt.datetime(2026, 11, 2, 10, 0)
    dialog = RegistrationDialog(registrar, "Ауыл әкімі", now=lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("petition"))
    dialog.received.setDateTime(QDateTime(QDate(2026, 11, 2), QTime(10, 0)))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))   # a Russian petition
    assert dialog.petition.isVisible() and not dialog.complaint.isVisible()
    assert "20 working days" in dialog.deadline_label.text()
    for name, text in (("surname", "Қасымова"), ("first_name", "Әлия"), ("postal_address", "Ақсу, Абай 12")):
        dialog.applicant.edits[name].setText(text)
    assert "art. 90-2 part 2 1)" in dialog.missing_label.text()   # IIN and e-mail of the author
    dialog.applicant.edits["iin"].setText("850312400128")
    dialog.applicant.edits["email"].setText("aliya@mail.kz")
    dialog.substance.setPlainText("Балалар алаңын салу")
    dialog.appeal_date.set_value(now.date())
    dialog.petition.arguments.setPlainText("Ауылда алаң жоқ")
    dialog.petition.joined.setValue(2600)
    dialog.petition.authority_ref.setText("№ 15-02/311")   # sent by the petition authority (90-4.1)
    dialog.ok_button.click()
    assert dialog.registered is not None and dialog.registered.due_on == dt.date(2026, 11, 30)
    card = AppealCardDialog(dialog.registered.id, akim, today=dt.date(2026, 11, 27))
    qtbot.addWidget(card)
    assert card.tabs.tabText(1) == "Petition"
    offered = [a.objectName() for a in card.actions_menu.actions()]
    assert "do_petition_decide" in offered and "do_extend" not in offered

    def fill(values):
        def act(d):
            for name, value in values.items():
                w = d.widgets[name][1]
                if isinstance(value, bool):
                    w.setChecked(value)
                elif isinstance(value, dt.date) and hasattr(w, "set_value"):
                    w.set_value(value)
                elif isinstance(value, dt.date):
                    w.setDate(QDate(value.year, value.month, value.day))
                elif name == "decision":
                    choose(d, name, value)
                elif hasattr(w, "setPlainText"):
                    w.setPlainText(value)
                else:
                    w.setText(value)
        return act
    done, texts = run(card, "petition_decide", fill({"decision": "petition_refused", "facts": "f",
                                                      "legal_refs": "l", "reasoning": "r"}))
    assert not done and "art. 90-5 part 2" in " ".join(texts)
    for action, values in (
            ("petition_visit", {"note": "Тексерілді", "on_date": dt.date(2026, 11, 10)}),
            ("petition_commission", {"members": "Төраға\nДепутат\nАвтор", "on_date": dt.date(2026, 11, 11)}),
            ("petition_discussion_set", {"discussion_on": dt.date(2026, 11, 26), "place": "Мәдениет үйі",
                                         "on_date": dt.date(2026, 11, 16)}),
            ("petition_notified", {"internet": True, "direct": True, "on_date": dt.date(2026, 11, 20)}),
            ("petition_discussion_held", {"on_date": dt.date(2026, 11, 26)}),
            ("petition_decide", {"decision": "petition_partly", "facts": "Тексерілді", "legal_refs": "Заң, 35-бап",
                                 "reasoning": "Қаражат бар", "decision_text": "Алаң 2027 жылы салынсын",
                                 "on_date": dt.date(2026, 11, 27)})):
        done, texts = run(card, action, fill(values))
        assert done, (action, texts)
    assert card.card.values["decision"] == "petition_partly"
    assert card.ladder_view.table.item(0, 0).text().startswith("Publish the decision")
    # АППК 90-6.2: in the state language and in the petition's own.
    for lang, word in (("kk", "ішінара"), ("ru", "частично")):
        issued = documents.issue(card.appeal_id, "petition-decision", lang, akim.id, {}, today=dt.date(2026, 11, 27))
        assert word in "\n".join(p.text for p in Document(io.BytesIO(issued.content)).paragraphs)
