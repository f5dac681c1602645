"""A refusal because an office setting is missing (issue 14 item 4): the
message names the setting and its page, says that the administrator changes
it, and offers an administrator to open Settings at it; anyone else is told
to ask the administrator, by name.

The app layer marks such an error with ``setting=<field key>`` (the key of
the input in the Settings dialog); the words are built here."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app import office
from app.errors import DomainError, ValidationErrors
from app.rules import Role
from ui.admin.settings_dialog import SettingsDialog
from ui.common.messages import message

CTX = "SettingRefusal"
# Setting key -> (its Settings page, what it is called there).
SETTINGS = {
    "head_name": ("office", QT_TRANSLATE_NOOP("SettingRefusal", "Head of office, who signs the documents")),
    "appeal_body_kk": ("office", QT_TRANSLATE_NOOP(
        "SettingRefusal", "Superior body for complaints about the head's acts, or the court")),
    "deputy_body_kk": ("routes", QT_TRANSLATE_NOOP(
        "SettingRefusal", "Complaint body for acts signed by a deputy, or the court")),
    "categories": ("routes", QT_TRANSLATE_NOOP(
        "SettingRefusal", "Complaint body for this category of acts under a special law, or the court")),
}
# The Settings dialog's own tab names (its context).
PAGES = {"office": QT_TRANSLATE_NOOP("SettingsDialog", "Office"),
         "routes": QT_TRANSLATE_NOOP("SettingsDialog", "Appeal routes")}


def _tr(text: str) -> str:
    """A caption of SETTINGS (marked with QT_TRANSLATE_NOOP) in the interface's language."""
    return QCoreApplication.translate(CTX, text)


def setting_error(exc: DomainError) -> DomainError | None:
    """The first error of ``exc`` that a missing office setting caused."""
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return next((e for e in errors if e.params.get("setting") in SETTINGS), None)


def _administrators() -> str:
    try:
        admins = office.list_users(Role.ADMIN)
    except DomainError:
        return ""
    return ", ".join(f"{u.surname} {u.first_name}".strip() for u in admins)


def explain_missing_setting(parent, exc: DomainError, user) -> bool | None:
    """Show the refusal if a missing setting caused ``exc``: None when it did
    not; else whether the administrator opened Settings and saved them."""
    error = setting_error(exc)
    if error is None:
        return None
    key = error.params["setting"]
    page, caption = SETTINGS[key]
    box = QMessageBox(QMessageBox.Icon.Warning, "Zholdanym", message(error), parent=parent)
    box.setObjectName("setting_refusal")
    where = QCoreApplication.translate("SettingRefusal", "Missing setting: «{setting}» (Settings, page «{page}»).").format(
        setting=_tr(caption), page=QCoreApplication.translate("SettingsDialog", PAGES[page]))
    lines = [where, QCoreApplication.translate("SettingRefusal", "Only the administrator can change the office's settings.")]
    admin = user is not None and user.role == Role.ADMIN
    open_button = None
    if admin:
        lines.append(QCoreApplication.translate("SettingRefusal", "Open the settings at this field to fill it in."))
        open_button = box.addButton(QCoreApplication.translate("SettingRefusal", "Open settings"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("open_settings")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
    else:
        names = _administrators()
        lines.append(QCoreApplication.translate("SettingRefusal", "Ask the administrator to fill it in: {names}.").format(names=names)
                     if names else QCoreApplication.translate("SettingRefusal", "Ask the administrator to fill it in."))
        box.addButton(QMessageBox.StandardButton.Ok)
    box.setInformativeText("\n".join(lines))
    box.exec()
    if open_button is None or box.clickedButton() is not open_button:
        return False
    dialog = SettingsDialog(user, parent)
    dialog.show_setting(key)
    return dialog.exec() == SettingsDialog.DialogCode.Accepted
