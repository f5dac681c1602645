"""Domain error codes turned into sentences in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import DomainError

CTX = "Messages"
MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "iin_invalid": QT_TRANSLATE_NOOP("Messages", "This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): \"if available\")."),
    "bin_invalid": QT_TRANSLATE_NOOP("Messages", "This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty."),
    "email_invalid": QT_TRANSLATE_NOOP("Messages", "This e-mail address is not valid."),
    "phone_invalid": QT_TRANSLATE_NOOP("Messages", "This phone number is not valid."),
    "received_in_future": QT_TRANSLATE_NOOP("Messages", "The moment of receipt cannot be in the future."),
    "appeal_date_after_receipt": QT_TRANSLATE_NOOP("Messages", "The date written on the appeal is after the day it was received."),
    "signatories_min": QT_TRANSLATE_NOOP("Messages", "A collective appeal has at least {min} signatories."),
    "negative": QT_TRANSLATE_NOOP("Messages", "The number cannot be negative."),
    "pages_without_attachments": QT_TRANSLATE_NOOP("Messages", "Pages are given but the number of attachments is zero."),
    "bad_credentials": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
    "forbidden_role": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this action."),
    "password_too_short": QT_TRANSLATE_NOOP("Messages", "The password must have at least {min} characters."),
    "login_taken": QT_TRANSLATE_NOOP("Messages", "This login is already taken."),
    "number_format_invalid": QT_TRANSLATE_NOOP("Messages", "The number format cannot be read. Example: {year}-{seq:06d}"),
    "number_format_fields": QT_TRANSLATE_NOOP("Messages", "The number format must contain {year} and {seq}, and may contain {prefix}."),
    "number_format_ambiguous": QT_TRANSLATE_NOOP("Messages", "Numbers in this format look like e-Otinish numbers or IINs. Add a separator."),
    "hours_order": QT_TRANSLATE_NOOP("Messages", "The working day must end after it starts."),
    "time_invalid": QT_TRANSLATE_NOOP("Messages", "Enter the time as HH:MM."),
    "term_days_range": QT_TRANSLATE_NOOP("Messages", "The term must be from 1 to 366 days."),
    "override_exists": QT_TRANSLATE_NOOP("Messages", "This day already has an override. Revoke it first."),
    "override_revoked": QT_TRANSLATE_NOOP("Messages", "This override is already revoked."),
    "office_exists": QT_TRANSLATE_NOOP("Messages", "The office is already set up."),
    "no_office": QT_TRANSLATE_NOOP("Messages", "The office is not set up yet."),
    "appeal_not_found": QT_TRANSLATE_NOOP("Messages", "The appeal was not found."),
    "database_locked": QT_TRANSLATE_NOOP("Messages", "The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment."),
    "database_unavailable": QT_TRANSLATE_NOOP("Messages", "The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again."),
    "database_conflict": QT_TRANSLATE_NOOP("Messages", "Another workstation saved the same record at the same moment. Nothing was saved; what you typed is kept. Try again."),
    "database_value_rejected": QT_TRANSLATE_NOOP("Messages", "The database rejected a value (for example, a text that is too long). Nothing was saved; what you typed is kept."),
    "database_error": QT_TRANSLATE_NOOP("Messages", "The database reported an error. Nothing was saved; what you typed is kept. If it happens again, tell the administrator."),
    "backup_failed": QT_TRANSLATE_NOOP("Messages", "The automatic backup could not be made. Check the free space and the backup folder."),
    "number_prefix_unused": QT_TRANSLATE_NOOP("Messages", "The prefix is not used: add {prefix} to the number format, or leave the prefix empty."),
    "medium_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown print medium."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "The text is too long: at most {max} characters."),
    "invalid_input": QT_TRANSLATE_NOOP("Messages", "Some fields need correcting; see the messages next to them."),
    "layout_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown talon layout."),
}


def message(error: DomainError | str, **params) -> str:
    code = error if isinstance(error, str) else error.code
    if not isinstance(error, str):
        params = {**error.params, **params}
    source = MESSAGES.get(code)
    if source is None:
        return QCoreApplication.translate("Messages", "Unexpected error: {code}").format(code=code)
    text = QCoreApplication.translate(CTX, source)
    try:
        return text.format(**params) if params and "{" in text and code not in (
            "number_format_invalid", "number_format_fields", "number_prefix_unused") else text
    except (KeyError, IndexError, ValueError):
        return text


def show_error(parent, exc: DomainError) -> None:
    """A message box with the translated explanation of ``exc``."""
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.warning(parent, "Zholdanym", message(exc))
