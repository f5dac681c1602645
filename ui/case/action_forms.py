"""The form of every case action, laid out from its declared inputs
(``app.cases.inputs``): the fields, their order, kinds and codes come from
the declaration; this module gives only the captions and the label tables.

Captions: the field's own (``DEFAULT``), or the action's where it differs
(``CAPTIONS``); complaint and petition captions live in their packages.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app import engine
from ui.case.workflow_labels import (
    CLOCKS,
    DECISIONS,
    EXCEPTIONS,
    GROUNDS,
    HEARING_FORMS,
    OUTCOMES,
    REMARK_DECISIONS,
)
from ui.common.labels import missing_table
from ui.complaint import action_forms as _complaint
from ui.eotinish import labels as _eotinish
from ui.petition import action_forms as _petition


@dataclass(frozen=True)
class Field:
    name: str
    kind: str      # date, optional_date, line, text, choice, user, users, bool, items, int
    caption: str   # source text, context "ActionForm"
    options: tuple = ()   # the codes of a choice or of items
    table: dict | None = None   # their labels
    optional: bool = False


# A field's caption, whichever action it belongs to.
DEFAULT = {
    "body": QT_TRANSLATE_NOOP("ActionForm", "Competent body or official"),
    "channel": QT_TRANSLATE_NOOP("ActionForm", "How it was sent (letter, e-mail, SMS, cabinet)"),
    "circumstances": QT_TRANSLATE_NOOP("ActionForm", "Circumstances"),
    "clock": QT_TRANSLATE_NOOP("ActionForm", "Notice of"),
    "co_executor_ids": QT_TRANSLATE_NOOP("ActionForm", "Co-executors"),
    "decision": QT_TRANSLATE_NOOP("ActionForm", "Decision"),
    "earlier_number": QT_TRANSLATE_NOOP("ActionForm", "Earlier terminated appeal (for a repeat appeal)"),
    "no_new_arguments": QT_TRANSLATE_NOOP("ActionForm", "A repeat appeal: no new arguments or newly discovered circumstances (art. 64 part 7 2))"),
    "exception_reason": QT_TRANSLATE_NOOP("ActionForm", "Why there was no hearing (item 4)"),
    "execution_days": QT_TRANSLATE_NOOP("ActionForm", "Working days to execute the act (empty: 5; none for a refusal; art. 86 part 3)"),
    "executor_id": QT_TRANSLATE_NOOP("ActionForm", "Executor"),
    "granted": QT_TRANSLATE_NOOP("ActionForm", "Granted"),
    "ground": QT_TRANSLATE_NOOP("ActionForm", "Ground"),
    "hearing_exception": QT_TRANSLATE_NOOP("ActionForm", "No hearing: exception (art. 73 part 2)"),
    "hearing_form": QT_TRANSLATE_NOOP("ActionForm", "Form of the hearing"),
    "internal_due_on": QT_TRANSLATE_NOOP("ActionForm", "Internal due date (not later than the term)"),
    "item": QT_TRANSLATE_NOOP("ActionForm", "Exception"),
    "items": QT_TRANSLATE_NOOP("ActionForm", "What is missing (art. 63 part 2, art. 93 part 2)"),
    "new_due_on": QT_TRANSLATE_NOOP("ActionForm", "New last day"),
    "note": QT_TRANSLATE_NOOP("ActionForm", "Note"),
    "notified_on": QT_TRANSLATE_NOOP("ActionForm", "Applicant notified on"),
    "official_id": QT_TRANSLATE_NOOP("ActionForm", "Official"),
    "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date"),
    "outcome": QT_TRANSLATE_NOOP("ActionForm", "Outcome for statistics"),
    "preliminary": QT_TRANSLATE_NOOP("ActionForm", "Preliminary decision"),
    "reason": QT_TRANSLATE_NOOP("ActionForm", "Reasons: which facts must still be established"),
    "reasoning": QT_TRANSLATE_NOOP("ActionForm", "Reasoning (art. 100 part 4, art. 101 part 1 6))"),
    "reasons": QT_TRANSLATE_NOOP("ActionForm", "Reasons given to the applicant"),
    "received_on": QT_TRANSLATE_NOOP("ActionForm", "Received by the participant on"),
    "remarks_decision": QT_TRANSLATE_NOOP("ActionForm", "Decision on the remarks"),
    "requests": QT_TRANSLATE_NOOP("ActionForm", "Requests forwarded"),
    "resolution": QT_TRANSLATE_NOOP("ActionForm", "Resolution"),
    "security_part": QT_TRANSLATE_NOOP("ActionForm", "This part reports the crime or the threat (art. 64 part 7-2)"),
    "self": QT_TRANSLATE_NOOP("ActionForm", "Self-recusal"),
    "superior_body": QT_TRANSLATE_NOOP("ActionForm", "Superior body that decided (recusal of the head)"),
    "text": QT_TRANSLATE_NOOP("ActionForm", "Text"),
    "until": QT_TRANSLATE_NOOP("ActionForm", "Correct by (a reasonable period, art. 64 part 6)"),
    "withheld": QT_TRANSLATE_NOOP("ActionForm", "Withheld as secret (art. 75 part 3)"),
    "written": QT_TRANSLATE_NOOP("ActionForm", "The applicant's own written application is attached"),
}
# Captions that differ for one action.
CAPTIONS = {
    "act_corrected": {
        "text": QT_TRANSLATE_NOOP("ActionForm", "What was corrected"),
    },
    "attach": {
        "earlier_number": QT_TRANSLATE_NOOP("ActionForm", "Number of the earlier appeal"),
    },
    "correction_requested": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Received on"),
    },
    "decide": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"),
        "notified_on": QT_TRANSLATE_NOOP("ActionForm", "Applicant told on (when taken into consideration)"),
    },
    "delivered": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Delivered on"),
    },
    "extend": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the extension decision"),
    },
    "file_access_requested": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Motion filed on"),
    },
    "hearing_exception": {
        "reason": QT_TRANSLATE_NOOP("ActionForm", "Why (required for item 4)"),
    },
    "hearing_notice": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Notice sent on"),
    },
    "notify": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Sent on"),
    },
    "objection": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Received on"),
    },
    "oral_hearing": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Ended on"),
    },
    "oral_motion": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Received on"),
    },
    "recusal_decided": {
        "executor_id": QT_TRANSLATE_NOOP("ActionForm", "New executor (if granted)"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"),
    },
    "recusal_declared": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Declared on"),
    },
    "reverse": {
        "reason": QT_TRANSLATE_NOOP("ActionForm", "Why it is reversed"),
    },
    "terminate": {
        "reason": QT_TRANSLATE_NOOP("ActionForm", "Reasons"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"),
    },
}
DEFAULT.update(_complaint.DEFAULT)
DEFAULT.update(_petition.DEFAULT)
CAPTIONS.update(_complaint.CAPTIONS)
CAPTIONS.update(_petition.CAPTIONS)
DEFAULT.update(_eotinish.FORM_DEFAULT)
CAPTIONS.update(_eotinish.FORM_CAPTIONS)

# The label table of a coded field (ui.common.labels.label).
TABLES = {"ground": GROUNDS, "grounds": GROUNDS, "hearing_form": HEARING_FORMS, "item": EXCEPTIONS,
          "hearing_exception": EXCEPTIONS, "remarks_decision": REMARK_DECISIONS, "decision": DECISIONS,
          "outcome": OUTCOMES, "clock": CLOCKS, **_complaint.TABLES, **_petition.TABLES, **_eotinish.CODED}
ACTION_TABLES = {**_complaint.ACTION_TABLES, **_petition.ACTION_TABLES}


def caption(action: str, name: str) -> str:
    return CAPTIONS.get(action, {}).get(name) or DEFAULT[name]


def fields(action: str, procedure: str, kind: str) -> list[Field]:
    """The fields of ``action`` for a case of ``procedure`` (and appeal ``kind``,
    whose required items a correction names)."""
    out = []
    for f in engine.inputs(action, procedure):
        if f.kind == "hidden":
            continue
        table = ACTION_TABLES.get((action, f.name)) or TABLES.get(f.name)
        if f.kind == "items" and not f.options:   # АППК 63.2, 93.2, 90-2.2: the kind's items
            table = missing_table(kind)
        options = f.options or (tuple(table) if f.kind == "items" and table else ())
        out.append(Field(f.name, f.kind, caption(action, f.name), options, table, f.optional))
    return out
