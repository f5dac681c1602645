"""Field names, coded values and history entries of a case, as text in the
user's language."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.case.workflow_labels import (
    CASE_ACTIONS,
    CLOCK_STATES,
    CLOCKS,
    DECISIONS,
    EXCEPTIONS,
    GROUNDS,
    HEARING_FORMS,
    OUTCOMES,
    REMARK_DECISIONS,
)
from ui.common.explain import article_text
from ui.common.labels import (
    APPLICANT_TYPES,
    DUPLICATE_RULES,
    FORMS,
    KINDS,
    LANGUAGES,
    MISSING_COMPLAINT,
    ORG_FORMS,
    STATUSES,
    label,
    missing_table,
)
from ui.complaint import labels as complaint_labels
from ui.complaint import text as complaint_text
from ui.eotinish import labels as eotinish_labels
from ui.petition import labels as petition_labels

FIELD_NAMES = {
    "reg_number": QT_TRANSLATE_NOOP("Card", "Registration number"),
    "kind": QT_TRANSLATE_NOOP("Card", "Kind"), "form": QT_TRANSLATE_NOOP("Card", "Form"),
    "status": QT_TRANSLATE_NOOP("Card", "Status"),
    "received_at": QT_TRANSLATE_NOOP("Card", "Received"),
    "registered_on": QT_TRANSLATE_NOOP("Card", "Registration date (art. 64 part 3)"),
    "term_days": QT_TRANSLATE_NOOP("Card", "Term, working days"),
    "term_article": QT_TRANSLATE_NOOP("Card", "Term set by"),
    "statutory_due_on": QT_TRANSLATE_NOOP("Card", "Statutory due date"),
    "due_on": QT_TRANSLATE_NOOP("Card", "Due date"),
    "applicant_type": QT_TRANSLATE_NOOP("Card", "Applicant"),
    "surname": QT_TRANSLATE_NOOP("Card", "Surname"), "first_name": QT_TRANSLATE_NOOP("Card", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("Card", "Patronymic"), "iin": QT_TRANSLATE_NOOP("Card", "IIN"),
    "org_name": QT_TRANSLATE_NOOP("Card", "Organisation"), "bin": QT_TRANSLATE_NOOP("Card", "BIN"),
    "org_form": QT_TRANSLATE_NOOP("Card", "Legal form (art. 80 part 1 3))"),
    "org_form_other": QT_TRANSLATE_NOOP("Card", "Legal form, if other"),
    "outgoing_number": QT_TRANSLATE_NOOP("Card", "Outgoing number"),
    "outgoing_date": QT_TRANSLATE_NOOP("Card", "Outgoing date"),
    "postal_address": QT_TRANSLATE_NOOP("Card", "Postal address"),
    "phone": QT_TRANSLATE_NOOP("Card", "Phone"), "email": QT_TRANSLATE_NOOP("Card", "E-mail"),
    "collective": QT_TRANSLATE_NOOP("Card", "Collective appeal"),
    "signatories": QT_TRANSLATE_NOOP("Card", "Signatories"),
    "addressee": QT_TRANSLATE_NOOP("Card", "Addressed to"),
    "substance": QT_TRANSLATE_NOOP("Card", "Substance"),
    "appeal_date": QT_TRANSLATE_NOOP("Card", "Date of the appeal"),
    "language": QT_TRANSLATE_NOOP("Card", "Language"),
    "signed": QT_TRANSLATE_NOOP("Card", "Signed"),
    "attachments_count": QT_TRANSLATE_NOOP("Card", "Attachments"),
    "attachment_pages": QT_TRANSLATE_NOOP("Card", "Pages of attachments"),
    "eotinish_number": QT_TRANSLATE_NOOP("Card", "e-Otinish number"),
    "resolution": QT_TRANSLATE_NOOP("Card", "Resolution"),
    "internal_due_on": QT_TRANSLATE_NOOP("Card", "Internal due date"),
    "security": QT_TRANSLATE_NOOP("Card", "Reports a crime or a threat to security (art. 64 part 7-2)"),
    "decision": QT_TRANSLATE_NOOP("Card", "Decision"),
    "outcome": QT_TRANSLATE_NOOP("Card", "Outcome"),
    "ground": QT_TRANSLATE_NOOP("Card", "Ground"),
    "decided_on": QT_TRANSLATE_NOOP("Card", "Decided on"),
    "closed_on": QT_TRANSLATE_NOOP("Card", "Term stopped on"),
    "hearing_exception": QT_TRANSLATE_NOOP("Card", "No hearing: exception (art. 73 part 2)"),
    "hearing_exception_reason": QT_TRANSLATE_NOOP("Card", "Why there was no hearing"),
    "from_petition": QT_TRANSLATE_NOOP("Card", "From a petition short of its threshold (art. 90-3 part 5)"),
}
CODED = {"kind": KINDS, "form": FORMS, "status": STATUSES, "applicant_type": APPLICANT_TYPES,
         "language": LANGUAGES, "org_form": ORG_FORMS, "decision": DECISIONS, "outcome": OUTCOMES, "ground": GROUNDS,
         "hearing_exception": EXCEPTIONS, "hearing_form": HEARING_FORMS, "terminated": GROUNDS,
         "remarks_decision": REMARK_DECISIONS}
WORKFLOW_FIELDS = ("resolution", "internal_due_on", "security", "decision", "outcome", "ground",
                   "decided_on", "closed_on", "hearing_exception", "hearing_exception_reason", "from_petition",
                   *eotinish_labels.CARD_FIELDS)   # issue 16: shown once set
FIELD_NAMES.update(eotinish_labels.CARD_FIELDS)


def field_caption(text: str) -> str:
    return QCoreApplication.translate("Card", text)


def display_value(field: str, value) -> str:
    if field in CODED:
        return label(CODED[field], value)
    if field == "term_article":
        return article_text(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Card", "yes") if value else QCoreApplication.translate("Card", "no")
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)


REGISTERED_SUMMARY = ("reg_number", "kind", "form", "status", "registered_on", "due_on", "missing",
                      "repeat_of", "duplicate_rule", "attach_proposed", "attach_refused", "repeat_link_lost")
EXTRA_FIELDS = {
    "delivered_on": QT_TRANSLATE_NOOP("Card", "Delivered on"),
    # АППК 100.4: a case reopened by a binding decision (both sides of the link).
    "case_reopened": QT_TRANSLATE_NOOP("Card", "Our case reopened"),
    "reopen_task": QT_TRANSLATE_NOOP("Card", "What must be done"),
    "reopen_days": QT_TRANSLATE_NOOP("Card", "Working days for it"),
    "reopen_due_on": QT_TRANSLATE_NOOP("Card", "Due on"),
    "reopened_on": QT_TRANSLATE_NOOP("Card", "Reopened on"),
    "complaint": QT_TRANSLATE_NOOP("Card", "Complaint"),
    "article": QT_TRANSLATE_NOOP("Card", "Article"),
    "term_days": QT_TRANSLATE_NOOP("Card", "Working days"),
    "court_obliges": QT_TRANSLATE_NOOP("Card", "The court obliges us to"),
    # АППК 76.3: a further extension, on the office's recorded basis.
    "further_extension": QT_TRANSLATE_NOOP("Card", "Extension no."),
    "legal_basis": QT_TRANSLATE_NOOP("Card", "Legal basis recorded by the office"),
    "challenged_user_id": QT_TRANSLATE_NOOP("Card", "Official whose act is challenged"),
    "executor_id": QT_TRANSLATE_NOOP("Card", "Executor"),
    "missing": QT_TRANSLATE_NOOP("Card", "Not stated"),
    "override_id": QT_TRANSLATE_NOOP("Card", "Calendar override no."),
    "day": QT_TRANSLATE_NOOP("Card", "Day"),
    "co_executors": QT_TRANSLATE_NOOP("Card", "Co-executors"),
    "reason": QT_TRANSLATE_NOOP("Card", "Reasons"),
    "reasons": QT_TRANSLATE_NOOP("Card", "Reasons"),
    "until": QT_TRANSLATE_NOOP("Card", "Correct by"),
    "channel": QT_TRANSLATE_NOOP("Card", "Sent by"),
    "note": QT_TRANSLATE_NOOP("Card", "Note"),
    "body": QT_TRANSLATE_NOOP("Card", "Forwarded to"),
    "requests": QT_TRANSLATE_NOOP("Card", "Requests forwarded"),
    "notified_on": QT_TRANSLATE_NOOP("Card", "Applicant notified on"),
    "forward_due_on": QT_TRANSLATE_NOOP("Card", "Due to forward by"),
    "late": QT_TRANSLATE_NOOP("Card", "Late"),
    "cap_on": QT_TRANSLATE_NOOP("Card", "Latest possible date"),
    "requested_due_on": QT_TRANSLATE_NOOP("Card", "Date set in the decision"),
    "preliminary": QT_TRANSLATE_NOOP("Card", "Preliminary decision"),
    "hearing_form": QT_TRANSLATE_NOOP("Card", "Form of the hearing"),
    "received_on": QT_TRANSLATE_NOOP("Card", "Received on"),
    "text": QT_TRANSLATE_NOOP("Card", "Text"),
    "official_id": QT_TRANSLATE_NOOP("Card", "Official"),
    "circumstances": QT_TRANSLATE_NOOP("Card", "Circumstances"),
    "self": QT_TRANSLATE_NOOP("Card", "Self-recusal"),
    "granted": QT_TRANSLATE_NOOP("Card", "Granted"),
    "superior_body": QT_TRANSLATE_NOOP("Card", "Decided by the superior body"),
    "security_part": QT_TRANSLATE_NOOP("Card", "The part on the crime or the threat (art. 64 part 7-2)"),
    "execution_days": QT_TRANSLATE_NOOP("Card", "Working days to execute"),
    "withheld": QT_TRANSLATE_NOOP("Card", "Withheld as secret"),
    "earlier": QT_TRANSLATE_NOOP("Card", "Earlier appeal"),
    # Issue 16 item 5: marked at the counter as a repeat of an earlier appeal.
    "repeat_of": QT_TRANSLATE_NOOP("Card", "Repeat of the earlier appeal"),
    "duplicate_rule": QT_TRANSLATE_NOOP("Card", "Found as a likely duplicate by"),
    "attach_proposed": QT_TRANSLATE_NOOP("Card", "Proposed for filing into it (art. 64 part 8)"),
    # АППК 64.1: advice that no longer held when the clerk saved is said, never a refusal.
    "attach_refused": QT_TRANSLATE_NOOP("Card", "Not proposed for filing into it"),
    "repeat_link_lost": QT_TRANSLATE_NOOP("Card", "Not linked to the earlier appeal"),
    "terminated": QT_TRANSLATE_NOOP("Card", "Procedure terminated"),
    "appealable": QT_TRANSLATE_NOOP("Card", "May be appealed (art. 70 part 4)"),
    "remarks_decision": QT_TRANSLATE_NOOP("Card", "Decision on the remarks"),
    "reversed_id": QT_TRANSLATE_NOOP("Card", "Reversed entry no."),
    "reversed_action": QT_TRANSLATE_NOOP("Card", "Reversed action"),
    **complaint_text.FIELDS,
    **petition_labels.FIELDS,
    **eotinish_labels.CARD_FIELDS,
}
CODED.update(complaint_text.CODED)
CODED.update(eotinish_labels.CODED)
CODED["return_ground"] = GROUNDS
CODED["duplicate_rule"] = DUPLICATE_RULES
LINK_PROBLEMS = {
    "earlier_not_returned": QT_TRANSLATE_NOOP("Labels", "it was not returned as a repeat appeal (art. 64 part 8)"),
    "earlier_not_found": QT_TRANSLATE_NOOP("Labels", "it was not found when the appeal was saved"),
}
CODED["attach_refused"] = LINK_PROBLEMS
CODED["repeat_link_lost"] = LINK_PROBLEMS


def history_value(field: str, value, users: dict | None = None, kind: str = "") -> str:
    if field in ("executor_id", "official_id", "challenged_user", "challenged_user_id") and users is not None \
            and value is not None:
        return users.get(value, str(value))
    if field in ("reopen_task", "court_obliges") and value:
        return label(complaint_labels.REOPEN_TASKS, value)
    if field == "article" and isinstance(value, str) and value:
        return article_text(value)
    if field == "co_executors" and users is not None and isinstance(value, list):
        return ", ".join(users.get(v, str(v)) for v in value) or "—"
    if field == "reversed_action":
        return label(CASE_ACTIONS, value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?", value):
        value = dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
    if field == "missing" and isinstance(value, (list, str)):
        codes = value.split(",") if isinstance(value, str) else value   # stored: "a,b"
        table = missing_table(kind)
        return "; ".join(label(table if m in table else MISSING_COMPLAINT, m) for m in codes if m) or "—"
    if field == "grounds" and isinstance(value, str):
        return "; ".join(label(GROUNDS, g) for g in value.split(",") if g) or "—"
    text = display_value(field, value)
    return text if text != "" else "—"


def _clock_line(kind: str, value: str) -> str:
    """A clock the action opened ("due 2026-11-19") or closed ("met")."""
    name = label(CLOCKS, kind)
    if value.startswith("due "):
        return QCoreApplication.translate("Card", "{clock}: due {date}").format(
            clock=name, date=dt.date.fromisoformat(value[4:]).strftime("%d.%m.%Y"))
    return f"{name}: {label(CLOCK_STATES, value)}"


def history_text(action: str, changes: dict, users: dict | None = None, kind: str = "") -> str:
    """One history entry as "Field: old → new" lines in the user's language."""
    summary = REGISTERED_SUMMARY + complaint_text.REGISTERED
    fields = [f for f in summary if f in changes] if action == "registered" else list(changes)
    lines = []
    for field in fields:
        value = changes[field]
        if field.startswith("clock_"):
            lines.append(_clock_line(field[6:], str(value)))
            continue
        key = "filed_late" if (field, action) == ("late", "registered") else field   # АППК 92.3
        name = field_caption(FIELD_NAMES.get(key) or EXTRA_FIELDS.get(key) or key)
        # "missing" at registration is a list of codes; later, [old, new] as stored.
        pair = isinstance(value, list) and len(value) == 2 and (
            field != "missing" or action != "registered")
        if pair:
            lines.append(f"{name}: {history_value(field, value[0], users, kind)} → "
                         f"{history_value(field, value[1], users, kind)}")
        else:
            lines.append(f"{name}: {history_value(field, value, users, kind)}")
    return "\n".join(lines)


