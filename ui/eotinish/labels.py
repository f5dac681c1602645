"""Translated names of the e-Otinish link's codes, captions and messages
(issue 16 items 4 and 6), merged into the shared tables by
``ui.case.workflow_labels``, ``ui.case.card_text``, ``ui.case.action_forms``
and ``ui.common.messages``."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ACTIONS = {   # context "Labels"
    "eotinish_number": QT_TRANSLATE_NOOP("Labels", "Enter the e-Otinish number (art. 69 part 3)"),
    "eotinish_correct": QT_TRANSLATE_NOOP("Labels", "Correct the e-Otinish number (art. 69 part 3)"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Applicant's feedback on the answer"),
    "eotinish_outage_started": QT_TRANSLATE_NOOP("Labels", "e-Otinish marked as down"),
    "eotinish_outage_ended": QT_TRANSLATE_NOOP("Labels", "e-Otinish marked as working again"),
    "register_mapping_saved": QT_TRANSLATE_NOOP("Labels", "Columns of the e-Otinish register saved"),
}
FEEDBACK = {
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "neutral": QT_TRANSLATE_NOOP("Labels", "Neutral"),
    "not_satisfied": QT_TRANSLATE_NOOP("Labels", "Not satisfied"),
}
FEEDBACK_VIA = {
    "phone": QT_TRANSLATE_NOOP("Labels", "By phone"),
    "counter": QT_TRANSLATE_NOOP("Labels", "At the counter"),
}
CARD_FIELDS = {   # context "Card"
    "eotinish_catch_up": QT_TRANSLATE_NOOP("Card", "Registered while e-Otinish was down: to be entered there"),
    "feedback": QT_TRANSLATE_NOOP("Card", "Applicant's feedback"),
    "feedback_via": QT_TRANSLATE_NOOP("Card", "Feedback obtained"),
    "feedback_on": QT_TRANSLATE_NOOP("Card", "Feedback obtained on"),
}
CODED = {"feedback": FEEDBACK, "feedback_via": FEEDBACK_VIA}
FORM_DEFAULT = {   # context "ActionForm"
    "number": QT_TRANSLATE_NOOP("ActionForm", "e-Otinish number (as the system gave it)"),
    "feedback": QT_TRANSLATE_NOOP("ActionForm", "Feedback"),
    "feedback_via": QT_TRANSLATE_NOOP("ActionForm", "How it was obtained"),
}
FORM_CAPTIONS = {
    "eotinish_correct": {
        "number": QT_TRANSLATE_NOOP("ActionForm", "Correct e-Otinish number"),
        "reason": QT_TRANSLATE_NOOP("ActionForm", "Why it is corrected"),
    },
    "feedback": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Obtained on"),
    },
}
MESSAGES = {   # context "Messages"
    "eotinish_number_format": QT_TRANSLATE_NOOP("Messages", "This does not look like an e-Otinish number: letters and digits in groups joined by \"-\", \"/\" or \".\", with at least five digits (for example ЖТ-2026-01234567)."),
    "eotinish_number_taken": QT_TRANSLATE_NOOP("Messages", "This e-Otinish number is already given to appeal {reg_number}: one number belongs to one appeal (art. 69 part 3)."),
    "eotinish_number_set": QT_TRANSLATE_NOOP("Messages", "This appeal already has e-Otinish number {number}: to change it, use \"Correct the e-Otinish number\" and say why."),
    "eotinish_number_missing": QT_TRANSLATE_NOOP("Messages", "This appeal has no e-Otinish number yet: enter it first."),
    "eotinish_number_same": QT_TRANSLATE_NOOP("Messages", "This is the number the appeal already has."),
    "feedback_before_decision": QT_TRANSLATE_NOOP("Messages", "Feedback on the answer comes after the decision of {day}."),
    "eotinish_outage_on": QT_TRANSLATE_NOOP("Messages", "e-Otinish is already marked as down."),
    "eotinish_outage_off": QT_TRANSLATE_NOOP("Messages", "e-Otinish is not marked as down."),
    "eotinish_outage_end_before_start": QT_TRANSLATE_NOOP("Messages", "The outage cannot end before it started ({started_at})."),
    "register_unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read as a spreadsheet: it may be damaged or of another kind. Save it again as XLSX or CSV. ({detail})"),
    "register_too_big": QT_TRANSLATE_NOOP("Messages", "The file is too large to import (at most {mb} MB): export a shorter period."),
    "register_too_many_rows": QT_TRANSLATE_NOOP("Messages", "The file has more than {max} rows: export a shorter period."),
    "register_empty": QT_TRANSLATE_NOOP("Messages", "The file has no table: no header row followed by rows of data."),
    "register_not_text": QT_TRANSLATE_NOOP("Messages", "This is not a CSV text file. Choose the XLSX or CSV file exported from e-Otinish."),
    "register_encoding": QT_TRANSLATE_NOOP("Messages", "The text of the file is in an encoding that cannot be read (only UTF-8, UTF-16 and Windows-1251 are): save it again as \"CSV UTF-8\" or as XLSX."),
    "register_old_excel": QT_TRANSLATE_NOOP("Messages", "Old Excel files (.xls) are not read: save the file as XLSX first."),
    "register_mapping_incomplete": QT_TRANSLATE_NOOP("Messages", "Choose the column of the e-Otinish number, or the columns of the date and the applicant's name."),
    "register_link_refused": QT_TRANSLATE_NOOP("Messages", "Nothing was written: the number {number} cannot be given to appeal {reg_number}. Uncheck that line and confirm again."),
}
