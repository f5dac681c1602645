"""The card's Documents tab: issue an act in Kazakh from the case, with the
office's appeal route; it is listed, kept and opened as a copy."""
from __future__ import annotations

import datetime as dt
import io

from docx import Document

from app import auth, documents
from app.enums import Role
from app.office import get_settings, update_settings
from app.registration import register
from tests.ui.modal import when_modal
from ui.appeal_card import AppealCardDialog
from ui.document_dialog import DocumentDialog


def test_issue_an_act_from_the_card(qtbot, registrar, office_admin, make_input, tmp_path):
    head = auth.create_user(login_name="akim", password="secret1", surname="Жұмабеков",
                            first_name="Ерлан", position="Әкім", role=Role.HEAD,
                            created_by=office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    card = AppealCardDialog(appeal.id, head, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    tab = card.documents_tab
    seen = []

    def fill(dialog):
        dialog.inputs["matter"].setPlainText("Жер учаскесін беру")
        dialog.inputs["decision_text"].setPlainText("Өтініш қанағаттандырылсын.")
        dialog.inputs["reasoning"].setPlainText("Жер кодексінің 43-бабы")
        dialog.ok_button.click()   # no appeal route in the settings yet: refused
        seen.append(dialog.errors.text("appeal_body") or dialog.general.text())
        settings = get_settings()
        settings.appeal_body_kk = "Аудан әкімдігі"
        update_settings(settings, office_admin.id)
        dialog.ok_button.click()
    when_modal(DocumentDialog, fill, [])
    dialog = tab.new_document("act")
    assert "appeal route" in seen[0] and "art. 80 part 5" in seen[0]
    assert dialog.issued is not None and tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == f"{appeal.reg_number}/1"
    copy = tab.write_copy(tab.rows[0], tmp_path)
    text = "\n".join(p.text for p in Document(io.BytesIO(copy.read_bytes())).paragraphs)
    assert "Аудан әкімдігі" in text and "Жер учаскесін беру" in text
    assert copy.read_bytes() == documents.content(tab.rows[0].id)
    assert [h.action for h in card.card.history][-1] == "document_issued"
