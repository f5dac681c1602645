"""A refusal for a missing office setting (issue 14): it names the setting
and its page and says that the administrator changes it; an administrator can
open Settings right at it, anyone else is told whom to ask."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from app.appeal.registration import register
from app.engine import perform
from app.errors import DomainError, ValidationErrors
from app.office import auth
from app.office.profile import get_settings
from app.rules.enums import Role
from tests.ui.modal import when_modal
from ui.admin.setting_refusal import explain_missing_setting
from ui.admin.settings_dialog import SettingsDialog
from ui.case.document_dialog import DocumentDialog


def _decided_by_the_head(registrar, office_admin, make_input):
    head = auth.create_user(login_name="akim", password="secret1-long", surname="Әкімов", first_name="Әкім",
                            position="Әкім", role=Role.HEAD, created_by=office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    perform(appeal.id, "assign", head, {"executor_id": head.id, "resolution": "r"}, today=dt.date(2026, 11, 3))
    perform(appeal.id, "decide", head, {"decision": "act_favourable", "outcome": "satisfied",
                                        "hearing_exception": "73.2.1"}, today=dt.date(2026, 11, 9))
    return head, appeal.id


def test_the_head_is_told_which_setting_is_missing_and_whom_to_ask(qtbot, registrar, office_admin, make_input):
    """The office has no superior body or court (АППК 80.5): the act is refused."""
    head, appeal_id = _decided_by_the_head(registrar, office_admin, make_input)
    dialog = DocumentDialog(appeal_id, head, "kk", template="act", today=dt.date(2026, 11, 10))
    qtbot.addWidget(dialog)
    for name, text in (("matter", "Жер учаскесін беру"), ("decision_text", "Өтініш қанағаттандырылсын."),
                       ("reasoning", "Жер кодексінің 43-бабы"), ("act_kind_text", "Қолайлы әкімшілік акт")):
        dialog.inputs[name].setPlainText(text)
    seen, texts = [], []

    def read(box):
        texts.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        box.accept()
    when_modal(QMessageBox, read, seen)
    dialog.submit()
    assert dialog.issued is None and seen
    text, info, buttons = texts[0]
    assert "appeal route" in text and "art. 80 part 5" in text
    assert "«Superior body for complaints about the head's acts, or the court»" in info
    assert "page «Office»" in info and "Only the administrator" in info
    assert "Ask the administrator to fill it in: Әбілова Гүлнар." in info
    assert len(buttons) == 1 and not seen[0].findChild(type(seen[0].buttons()[0]), "open_settings")
    assert "Some fields need correcting" not in dialog.general.text()   # nothing typed is wrong
    assert "appeal route" in dialog.errors.text("appeal_body")   # marked by the route it concerns


def test_an_administrator_opens_settings_at_the_missing_field_and_fills_it(qtbot, office_admin):
    refusal = ValidationErrors([DomainError("appeal_route_missing", "appeal_body", setting="appeal_body_kk")])
    seen, opened = [], []

    def open_settings(box):
        assert "Only the administrator" in box.informativeText()
        box.findChild(type(box.buttons()[0]), "open_settings").click()

    def fill(dialog):
        edit = dialog.office_form.edits["appeal_body_kk"]
        opened.append((dialog.tabs.tabText(dialog.tabs.currentIndex()), dialog.focusWidget() is edit))
        edit.setText("Ақсу ауданының әкімдігі")
        dialog.office_form.edits["appeal_body_ru"].setText("Акимат Аксуского района")
        dialog._on_save()
    when_modal(QMessageBox, open_settings, seen)
    when_modal(SettingsDialog, fill, seen)
    assert explain_missing_setting(None, refusal, office_admin) is True
    assert opened == [("Office", True)]
    assert get_settings().appeal_body_kk == "Ақсу ауданының әкімдігі"


def test_a_deputys_route_opens_the_routes_page(qtbot, office_admin):
    dialog = SettingsDialog(office_admin)
    qtbot.addWidget(dialog)
    assert dialog.show_setting("deputy_body_kk")
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Appeal routes"
    assert dialog.focusWidget() is dialog.routes_form.deputy["body_kk"]
    assert dialog.show_setting("head_name") and dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.office_form.edits["head_name"]


def test_other_errors_are_not_taken_for_a_missing_setting(qtbot, office_admin):
    assert explain_missing_setting(None, DomainError("required", "matter"), office_admin) is None
