"""Translated names of the report's codes (app.reports): tables, measures,
rows, the header and the notes.  ``labels`` is the callable app.reports.write_xlsx
takes; the window and the CLI use the same names."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.common import labels as common
from ui.reception import labels as reception

CTX = "ReportLabels"

TABLES = {
    "summary": QT_TRANSLATE_NOOP("ReportLabels", "Totals"),
    "by_kind": QT_TRANSLATE_NOOP("ReportLabels", "By kind of appeal"),
    "by_form": QT_TRANSLATE_NOOP("ReportLabels", "By form"),
    "by_applicant": QT_TRANSLATE_NOOP("ReportLabels", "By applicant"),
    "by_language": QT_TRANSLATE_NOOP("ReportLabels", "By language"),
    "by_outcome": QT_TRANSLATE_NOOP("ReportLabels", "By outcome"),
    "by_executor": QT_TRANSLATE_NOOP("ReportLabels", "By executor"),
    "by_deputy": QT_TRANSLATE_NOOP("ReportLabels", "By author of the resolution"),
    "complaints_by_decision": QT_TRANSLATE_NOOP("ReportLabels", "Complaints by decision (art. 100)"),
    "complaints_by_subject": QT_TRANSLATE_NOOP("ReportLabels", "Complaints by what they challenge"),
    "petitions": QT_TRANSLATE_NOOP("ReportLabels", "Petitions"),
    "receptions": QT_TRANSLATE_NOOP("ReportLabels", "Personal receptions"),
    "excluded_69_3": QT_TRANSLATE_NOOP("ReportLabels", "Not counted (art. 69 part 3)"),
}
COLUMNS = {
    "received": QT_TRANSLATE_NOOP("ReportLabels", "Received"),
    "considered": QT_TRANSLATE_NOOP("ReportLabels", "Considered"),
    "in_time": QT_TRANSLATE_NOOP("ReportLabels", "In time"),
    "late": QT_TRANSLATE_NOOP("ReportLabels", "Late"),
    "open_past_term": QT_TRANSLATE_NOOP("ReportLabels", "Open past the term"),
    "extended": QT_TRANSLATE_NOOP("ReportLabels", "Term extended"),
}
PARTS = {
    "current": QT_TRANSLATE_NOOP("ReportLabels", "This period"),
    "previous": QT_TRANSLATE_NOOP("ReportLabels", "A year earlier"),
    "difference": QT_TRANSLATE_NOOP("ReportLabels", "Difference"),
}
TEXTS = {
    "period": QT_TRANSLATE_NOOP("ReportLabels", "Period"),
    "previous_period": QT_TRANSLATE_NOOP("ReportLabels", "Compared with"),
    "row_head": QT_TRANSLATE_NOOP("ReportLabels", "Indicator"),
    "none": QT_TRANSLATE_NOOP("ReportLabels", "No executor yet"),
    "note:art_69_3_excluded": QT_TRANSLATE_NOOP(
        "ReportLabels", "Appeals not subject to accounting under art. 69 part 3 (proposals with advertising, "
                        "appeals on state services, on currency contracts and foreign accounts) are not "
                        "counted; their number is given separately."),
}
OUTCOMES = {
    "satisfied": QT_TRANSLATE_NOOP("ReportLabels", "Satisfied"),
    "partly": QT_TRANSLATE_NOOP("ReportLabels", "Partly satisfied"),
    "refused": QT_TRANSLATE_NOOP("ReportLabels", "Refused"),
    "explained": QT_TRANSLATE_NOOP("ReportLabels", "Explained"),
    "noted": QT_TRANSLATE_NOOP("ReportLabels", "Taken into consideration"),
    "forwarded": QT_TRANSLATE_NOOP("ReportLabels", "Forwarded (art. 65)"),
    "returned": QT_TRANSLATE_NOOP("ReportLabels", "Returned (art. 64 part 7)"),
    "terminated": QT_TRANSLATE_NOOP("ReportLabels", "Terminated (art. 70, 88)"),
    "unconsidered": QT_TRANSLATE_NOOP("ReportLabels", "Left without consideration (art. 95)"),
    "remanded": QT_TRANSLATE_NOOP("ReportLabels", "Sent back for a new consideration (art. 100)"),
    "attached": QT_TRANSLATE_NOOP("ReportLabels", "Filed into an earlier case (art. 64 part 8)"),
    "other": QT_TRANSLATE_NOOP("ReportLabels", "Other"),
}
APPLICANTS = {
    "collective": QT_TRANSLATE_NOOP("ReportLabels", "of them collective"),
}
COMPLAINT_DECISIONS = {
    "revoke": QT_TRANSLATE_NOOP("ReportLabels", "Act revoked (art. 100 part 1 1))"),
    "revoke_new": QT_TRANSLATE_NOOP("ReportLabels", "Act revoked, a new act adopted (art. 100 part 1 2))"),
    "perform": QT_TRANSLATE_NOOP("ReportLabels", "Action to be performed (art. 100 part 1 3))"),
    "unsatisfied": QT_TRANSLATE_NOOP("ReportLabels", "Left unsatisfied (art. 100 part 1 4))"),
    "remand": QT_TRANSLATE_NOOP("ReportLabels", "Case sent back (art. 100 part 1 5))"),
    "unconsidered": QT_TRANSLATE_NOOP("ReportLabels", "Left without consideration (art. 100 part 1 6))"),
    "satisfied_91_4": QT_TRANSLATE_NOOP("ReportLabels", "Satisfied by the challenged body (art. 91 part 4)"),
    "sent_91_4": QT_TRANSLATE_NOOP("ReportLabels", "Sent to the complaint body (art. 91 part 4)"),
    "other": QT_TRANSLATE_NOOP("ReportLabels", "Other"),
}
COMPLAINT_SUBJECTS = {
    "act": QT_TRANSLATE_NOOP("ReportLabels", "An administrative act"),
    "action": QT_TRANSLATE_NOOP("ReportLabels", "An action"),
    "inaction": QT_TRANSLATE_NOOP("ReportLabels", "Inaction"),
}
PETITIONS = {
    "total": QT_TRANSLATE_NOOP("ReportLabels", "All petitions"),
    "petition_satisfied": QT_TRANSLATE_NOOP("ReportLabels", "Satisfied"),
    "petition_partly": QT_TRANSLATE_NOOP("ReportLabels", "Partly satisfied"),
    "petition_refused": QT_TRANSLATE_NOOP("ReportLabels", "Refused"),
}
RECEPTIONS = {
    "people": QT_TRANSLATE_NOOP("ReportLabels", "People received"),
    "written_appeal_registered": QT_TRANSLATE_NOOP("ReportLabels", "Registered as written appeals (art. 90 part 4)"),
}
EXCLUSIONS = {
    "69.3.advertising": QT_TRANSLATE_NOOP("ReportLabels", "Proposals with advertising"),
    "69.3.state_services": QT_TRANSLATE_NOOP("ReportLabels", "Appeals on state services"),
    "69.3.currency": QT_TRANSLATE_NOOP("ReportLabels", "Currency contracts and foreign accounts"),
}
SUMMARY = {"total": QT_TRANSLATE_NOOP("ReportLabels", "All appeals")}

_ROWS = {"summary": (CTX, SUMMARY), "by_kind": (common.CTX, common.KINDS),
         "by_form": (common.CTX, common.FORMS), "by_language": (common.CTX, common.LANGUAGES),
         "by_outcome": (CTX, OUTCOMES), "complaints_by_decision": (CTX, COMPLAINT_DECISIONS),
         "complaints_by_subject": (CTX, COMPLAINT_SUBJECTS), "petitions": (CTX, PETITIONS),
         "receptions": (CTX, RECEPTIONS), "excluded_69_3": (CTX, EXCLUSIONS)}
_SIMPLE = {"table": TABLES, "column": COLUMNS, "part": PARTS, "text": TEXTS}


def _tr(context: str, source: str | None, code: str) -> str:
    return QCoreApplication.translate(context, source) if source else code


def row_label(table: str, row: str) -> str:
    if table == "receptions" and row.startswith(("subject_", "outcome_")):   # the reception journal's names
        kind, _, code = row.partition("_")
        names = reception.SUBJECTS if kind == "subject" else reception.OUTCOMES
        return _tr(common.CTX, names.get(code), row)
    if table == "by_applicant":
        if row in APPLICANTS:
            return _tr(CTX, APPLICANTS[row], row)
        return _tr(common.CTX, common.APPLICANT_TYPES.get(row), row)
    context, names = _ROWS.get(table, (CTX, {}))
    return _tr(context, names.get(row), row)


def labels(kind: str, code: str) -> str:
    """The text of a report code: ``kind`` is "table", "column", "part",
    "text" or "row" (then ``code`` is "table:row")."""
    if kind == "row":
        table, _, row = code.partition(":")
        return row_label(table, row)
    return _tr(CTX, _SIMPLE.get(kind, {}).get(code), code)
