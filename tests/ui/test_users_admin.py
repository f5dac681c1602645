"""The administrator's user actions from the Users dialog, and the password
a reset user must change at the next login (issue 12)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app import office
from tests.ui.modal import when_modal
from ui.admin.password_dialog import PasswordDialog
from ui.admin.users_dialog import UsersDialog
from ui.common.reason_dialog import ReasonDialog


def _select(dialog: UsersDialog, login: str) -> None:
    row = next(i for i, u in enumerate(dialog.users) if u.login == login)
    dialog.table.selectRow(row)


def _give_reason(text: str):
    def fill(reason_dialog):
        reason_dialog.text.setPlainText(text)
        reason_dialog.ok_button.click()
        if reason_dialog.isVisible():
            reason_dialog.reject()
    return fill


def test_deactivate_and_reset_from_the_dialog(qtbot, demo_admin):
    dialog = UsersDialog(demo_admin)
    qtbot.addWidget(dialog)
    _select(dialog, "executor2")
    when_modal(ReasonDialog, _give_reason("Декреттік демалыс"), [])
    assert dialog._act(office.deactivate)
    state = {u.login: u.active for u in dialog.users}
    assert state["executor2"] is False and dialog.table.rowCount() == len(dialog.users)
    _select(dialog, "registrar")
    dialog.temporary.setText("uaqytsha-parol-1")
    when_modal(ReasonDialog, _give_reason("Құпиясөзді ұмытты"), [])
    dialog._reset()
    assert dialog.temporary.text() == ""
    user = office.login("registrar", "uaqytsha-parol-1", "ws-test")
    assert user.must_change_password
    change = PasswordDialog(user)
    qtbot.addWidget(change)
    change.edits["old_password"].setText("uaqytsha-parol-1")
    change.edits["password"].setText("jana parol jazdym")
    change.edits["repeat"].setText("jana parol jazdyq")
    change.ok_button.click()
    assert change.changed is None and change.errors.text("repeat")
    change.edits["repeat"].setText("jana parol jazdym")
    change.ok_button.click()
    assert change.result() == QDialog.DialogCode.Accepted and not change.changed.must_change_password


def test_a_non_administrator_sees_no_user_actions(qtbot, demo_registrar):
    dialog = UsersDialog(demo_registrar)
    qtbot.addWidget(dialog)
    assert not dialog.new_role.parentWidget().isEnabled()
