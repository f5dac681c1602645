"""A likely duplicate flagged while the clerk types (issue 16 item 5): the
strip appears, the earlier case opens, the new appeal is registered as a
repeat with the link recorded, proposed for attaching (АППК 64.8), or
registered anyway with Ctrl+Enter (64.1: never refused)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import demo, office
from app.appeal import AppealInput, register
from app.engine import perform
from app.rules.enums import AppealForm, AppealKind
from app.store.history import history_of
from models.entities import Appeal
from tests.ui.modal import when_modal
from ui.intake.registration_dialog import RegistrationDialog

NOW = dt.datetime(2026, 11, 25, 10, 0)
IIN = "900101300007"


def _input(received: dt.datetime, **fields) -> AppealInput:
    values = dict(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=received,
                  surname="Дубликатова", first_name="Әсемгүл", iin=IIN,
                  postal_address="Ақсу ауылы, Абай к-сі, 5", addressee="Ауыл әкімі",
                  substance="Көше жарығын жөндеу туралы", appeal_date=received.date())
    values.update(fields)
    return AppealInput(**values)


@pytest.fixture
def earlier(demo_registrar):
    return register(_input(dt.datetime(2026, 11, 16, 10, 0)), demo_registrar, "earlier-1",
                    now=dt.datetime(2026, 11, 16, 10, 0))


def _dialog(qtbot, registrar) -> RegistrationDialog:
    dialog = RegistrationDialog(registrar, "Ауыл әкімі", now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_applicant(dialog, surname="ДУБЛИКАТОВА", name="Асемгул") -> None:
    """The name as a Russian keyboard types it, then the IIN, as at the counter."""
    edits = dialog.applicant.edits
    for field, text in (("surname", surname), ("first_name", name), ("iin", IIN)):
        edits[field].setFocus()
        edits[field].insert(text)
    dialog.substance.setFocus()
    dialog.substance.insertPlainText("Көшедегі жарықты жөндеу")
    dialog.appeal_date.set_value(NOW.date())


def _registered_entry(appeal_id: int) -> dict:
    [entry] = history_of("appeal", appeal_id)
    return entry.changes


def test_the_strip_appears_and_a_repeat_is_registered_with_its_link(qtbot, demo_registrar, earlier):
    dialog = _dialog(qtbot, demo_registrar)
    _type_applicant(dialog)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert panel.table.rowCount() == 1
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[0] == earlier.reg_number and row[1] == "16.11.2026" and row[2] == "Дубликатова Әсемгүл"
    assert IIN in row[5] and earlier.reg_number in panel.header.text()
    assert not panel.attach_button.isVisible()   # open, not returned: 64.8 does not apply
    assert QApplication.focusWidget() is dialog.substance   # the strip takes no keystroke
    panel.repeat_button.click()
    assert earlier.reg_number in panel.state.text()
    qtbot.keyClick(dialog.substance, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.registered is not None, dialog.general_error.text()
    changes = _registered_entry(dialog.registered.id)
    assert (changes["repeat_of"], changes["repeat_of_id"], changes["duplicate_rule"]) == (
        earlier.reg_number, earlier.id, "iin_and_name")
    # The card's history says it (ui/case/card_text.py).
    from ui.case.card_text import history_text
    text = history_text("registered", changes)
    assert f"Repeat of the earlier appeal: {earlier.reg_number}" in text
    assert "Found as a likely duplicate by: same IIN/BIN and name" in text


def test_registered_anyway_without_a_link(qtbot, demo_registrar, earlier):
    dialog = _dialog(qtbot, demo_registrar)
    _type_applicant(dialog)
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=5000)
    qtbot.keyClick(dialog.substance, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.registered is not None
    assert "repeat_of" not in _registered_entry(dialog.registered.id)
    assert Appeal.select().where(Appeal.iin == IIN).count() == 2


def test_dismissed_matches_stay_away(qtbot, demo_registrar, earlier):
    dialog = _dialog(qtbot, demo_registrar)
    _type_applicant(dialog)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    panel.repeat_button.click()
    panel.dismiss_button.click()
    assert not panel.isVisible() and panel.link() is None
    generation = dialog._generation
    dialog.substance.insertPlainText(" кезек")   # more typing: checked again, still dismissed
    qtbot.waitUntil(lambda: dialog._generation > generation, timeout=5000)
    qtbot.wait(300)
    assert not panel.isVisible()


def test_the_second_rule_without_an_iin(qtbot, demo_registrar, earlier):
    dialog = _dialog(qtbot, demo_registrar)
    edits = dialog.applicant.edits
    for field, text in (("surname", "Дубликатова"), ("first_name", "Әсемгүл"),
                        ("postal_address", "с. Аксу, ул. Абая 7")):
        edits[field].insert(text)
    dialog.substance.insertPlainText("Көше жарығын жөндеуді сұраймын")
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    why = panel.table.item(0, 5).text()
    assert "аксу" in why and "75%" in why


def test_the_earlier_case_opens_read_only(qtbot, demo_registrar, earlier):
    from ui.case.appeal_card import AppealCardDialog
    dialog = _dialog(qtbot, demo_registrar)
    _type_applicant(dialog)
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=5000)
    seen: list = []
    shown: list = []   # what the open card showed (read before it closes)

    def look(card) -> None:
        shown.append((card.appeal_id, card.isVisible(), card.actions_button.isVisible(),
                      card.talon_button.isVisible()))
        card.accept()
    when_modal(AppealCardDialog, look, seen)
    dialog.duplicates.open_button.click()
    assert shown == [(earlier.id, True, False, False)]   # open, no actions, no talon
    assert dialog.isVisible() and dialog.registered is None


def test_attaching_is_proposed_into_a_returned_repeat(qtbot, demo_registrar, earlier):
    head = office.login("head", demo.DEMO_PASSWORD)
    day = dt.date(2026, 11, 17)
    perform(earlier.id, "terminate", head, {"ground": "70.1.1", "reason": "Бұрын шешілген", "on_date": day},
            today=day)
    second = register(_input(dt.datetime(2026, 11, 18, 10, 0)), demo_registrar, "earlier-2",
                      now=dt.datetime(2026, 11, 18, 10, 0))
    day = dt.date(2026, 11, 19)
    perform(second.id, "return", head, {"ground": "64.7.2.repeat", "reasons": "Жаңа дәлел жоқ",
                                        "earlier_number": earlier.reg_number, "no_new_arguments": True,
                                        "on_date": day}, today=day)
    dialog = _dialog(qtbot, demo_registrar)
    _type_applicant(dialog)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    # The terminated one is closed: only the returned repeat (64.8) by the first rule.
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())][0] == second.reg_number
    assert panel.attach_button.isVisible()
    panel.attach_button.click()
    dialog.ok_button.click()
    assert dialog.registered is not None, dialog.general_error.text()
    changes = _registered_entry(dialog.registered.id)
    assert (changes["repeat_of"], changes["attach_proposed"]) == (second.reg_number, True)
    # The head's attach form on the new case names the earlier one already (АППК 64.8).
    from ui.case.action_dialog import ActionDialog
    from ui.case.appeal_card import AppealCardDialog
    card = AppealCardDialog(dialog.registered.id, head, today=NOW.date())
    qtbot.addWidget(card)
    seen: list = []
    when_modal(ActionDialog, lambda form: (seen.append(form.widgets["earlier_number"][1].text()),
                                           form.reject()), [])
    card.run_action("attach")
    assert seen == [second.reg_number]
