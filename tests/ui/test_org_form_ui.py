"""The legal form at the counter (АППК 80.1 3)): asked only for a legal
entity, kept, shown on the card; left out, it is flagged there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from models.entities import Appeal
from ui.case.appeal_card import AppealCardDialog
from ui.intake.registration_dialog import RegistrationDialog


def _type(widget, text):
    widget.setFocus()
    widget.insert(text)


def test_the_form_is_asked_only_for_a_legal_entity(qtbot, demo_registrar):
    dialog = RegistrationDialog(demo_registrar, "Ауыл әкімі")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.applicant.org_form
    assert not form.isVisible()                       # an individual: no legal form
    dialog.applicant.legal.setChecked(True)
    assert form.isVisible() and not dialog.applicant.edits["org_form_other"].isEnabled()
    form.setCurrentIndex(form.findData("other"))
    assert dialog.applicant.edits["org_form_other"].isEnabled()
    form.setCurrentIndex(form.findData("too"))
    assert not dialog.applicant.edits["org_form_other"].isEnabled()
    _type(dialog.applicant.edits["org_name"], "Ақсу")
    _type(dialog.applicant.edits["postal_address"], "Ақсу ауылы, Абай к-сі, 5")
    dialog.substance.setFocus()
    dialog.substance.insertPlainText("Жер туралы")
    dialog.appeal_date.set_value(dialog.appeal_input().received_at.date())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.registered is not None
    assert Appeal.get_by_id(dialog.registered.id).org_form == "too"
    card = AppealCardDialog(dialog.registered.id, demo_registrar)
    qtbot.addWidget(card)
    assert card.findChild(QLabel, "card_org_form").text() != ""
    assert card.findChild(QLabel, "card_org_form_missing") is None


def test_a_legal_entity_without_a_form_is_flagged_on_the_card(qtbot, demo_registrar):
    dialog = RegistrationDialog(demo_registrar, "Ауыл әкімі")
    qtbot.addWidget(dialog)
    dialog.applicant.legal.setChecked(True)
    _type(dialog.applicant.edits["org_name"], "«Ақсу» ЖШС")
    _type(dialog.applicant.edits["postal_address"], "Ақсу ауылы, Абай к-сі, 5")
    dialog.substance.setFocus()
    dialog.substance.insertPlainText("Жер туралы")
    dialog.appeal_date.set_value(dialog.appeal_input().received_at.date())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.registered is not None and not dialog.registered.missing   # АППК 64.1: not refused
    card = AppealCardDialog(dialog.registered.id, demo_registrar)
    qtbot.addWidget(card)
    assert card.findChild(QLabel, "card_org_form_missing") is not None
