"""The input form of every case action: which fields, in which order.

The service (app.cases.engine) validates; these specs only lay the form out.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.appeal.consideration import (
    FULL_DECISIONS,
    FULL_GROUNDS,
    SIMPLE_DECISIONS,
    SIMPLE_GROUNDS,
    is_simplified,
)
from app.appeal.hearing import NOTICE_CLOCKS, RECUSAL_GROUNDS
from app.appeal.intake import RETURN_GROUNDS
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


@dataclass(frozen=True)
class Field:
    name: str
    kind: str      # date, optional_date, line, text, choice, user, users, bool, items, int
    caption: str   # source text, context "ActionForm"
    options: tuple = ()   # (code, label table) for choices
    table: dict | None = None
    optional: bool = False


ON = Field("on_date", "date", QT_TRANSLATE_NOOP("ActionForm", "Date"))
NOTE = Field("note", "text", QT_TRANSLATE_NOOP("ActionForm", "Note"), optional=True)
CHANNEL = Field("channel", "line", QT_TRANSLATE_NOOP("ActionForm", "How it was sent (letter, e-mail, SMS, cabinet)"),
                optional=True)
TEXT = Field("text", "text", QT_TRANSLATE_NOOP("ActionForm", "Text"))
EARLIER = Field("earlier_number", "line", QT_TRANSLATE_NOOP("ActionForm", "Number of the earlier appeal"))


def _date(name: str, caption: str, optional: bool = False) -> Field:
    return Field(name, "optional_date" if optional else "date", caption)


def fields(action: str, kind: str) -> list[Field]:
    """The fields of ``action`` for an appeal of ``kind``."""
    simple = is_simplified(kind)
    specs = {
        "assign": [Field("executor_id", "user", QT_TRANSLATE_NOOP("ActionForm", "Executor")),
                   Field("co_executor_ids", "users", QT_TRANSLATE_NOOP("ActionForm", "Co-executors"),
                         optional=True),
                   Field("resolution", "text", QT_TRANSLATE_NOOP("ActionForm", "Resolution")),
                   _date("internal_due_on", QT_TRANSLATE_NOOP(
                       "ActionForm", "Internal due date (not later than the term)"), optional=True),
                   ON],
        "accept": [ON],
        "request_correction": [
            Field("items", "items", QT_TRANSLATE_NOOP("ActionForm", "What is missing (art. 63 part 2, art. 93 part 2)"),
                  table=missing_table(kind)),
            _date("until", QT_TRANSLATE_NOOP("ActionForm", "Correct by (a reasonable period, art. 64 part 6)"),
                  optional=True),
            CHANNEL, ON],
        "corrected": [NOTE, ON],
        "mark_security": [NOTE, ON],
        "return": [Field("ground", "choice", QT_TRANSLATE_NOOP("ActionForm", "Ground"), RETURN_GROUNDS, GROUNDS),
                   Field("reasons", "text", QT_TRANSLATE_NOOP("ActionForm", "Reasons given to the applicant")),
                   Field("earlier_number", "line", QT_TRANSLATE_NOOP(
                       "ActionForm", "Earlier terminated appeal (for a repeat appeal)"), optional=True),
                   ON],
        "attach": [EARLIER, ON],
        "forward": [Field("body", "line", QT_TRANSLATE_NOOP("ActionForm", "Competent body or official")),
                    ON, _date("notified_on", QT_TRANSLATE_NOOP("ActionForm", "Applicant notified on"))],
        "forward_part": [Field("body", "line", QT_TRANSLATE_NOOP("ActionForm", "Competent body or official")),
                         Field("requests", "text", QT_TRANSLATE_NOOP("ActionForm", "Requests forwarded")),
                         Field("security_part", "bool", QT_TRANSLATE_NOOP(
                             "ActionForm", "This part reports the crime or the threat (art. 64 part 7-2)")),
                         ON, _date("notified_on", QT_TRANSLATE_NOOP("ActionForm", "Applicant notified on"))],
        "withdraw": [Field("written", "bool", QT_TRANSLATE_NOOP(
                        "ActionForm", "The applicant's own written application is attached")), NOTE, ON],
        "extend": [_date("new_due_on", QT_TRANSLATE_NOOP("ActionForm", "New last day"), optional=True),
                   Field("reason", "text", QT_TRANSLATE_NOOP(
                       "ActionForm", "Reasons: which facts must still be established")),
                   _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the extension decision"))],
        "hearing_notice": [
            Field("preliminary", "text", QT_TRANSLATE_NOOP("ActionForm", "Preliminary decision")),
            Field("hearing_form", "choice", QT_TRANSLATE_NOOP("ActionForm", "Form of the hearing"),
                  tuple(HEARING_FORMS), HEARING_FORMS),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Notice sent on")),
            _date("received_on", QT_TRANSLATE_NOOP("ActionForm", "Received by the participant on"),
                  optional=True)],
        "hearing_exception": [Field("item", "choice", QT_TRANSLATE_NOOP("ActionForm", "Exception"),
                                    tuple(EXCEPTIONS), EXCEPTIONS),
                              Field("reason", "text", QT_TRANSLATE_NOOP("ActionForm", "Why (required for item 4)"),
                                    optional=True)],
        "objection": [TEXT, _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Received on"))],
        "oral_motion": [Field("text", "text", QT_TRANSLATE_NOOP("ActionForm", "Text"), optional=True),
                        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Received on"))],
        "oral_hearing": [NOTE, _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Ended on"))],
        "protocol_signed": [ON],
        "protocol_read": [ON],
        "protocol_remarks": [TEXT, Field("remarks_decision", "choice", QT_TRANSLATE_NOOP("ActionForm", "Decision on the remarks"),
                                         tuple(REMARK_DECISIONS), REMARK_DECISIONS), ON],
        "decide": [Field("decision", "choice", QT_TRANSLATE_NOOP("ActionForm", "Decision"),
                         SIMPLE_DECISIONS if simple else FULL_DECISIONS, DECISIONS),
                   Field("outcome", "choice", QT_TRANSLATE_NOOP("ActionForm", "Outcome for statistics"),
                         tuple(OUTCOMES), OUTCOMES, optional=True)]
                  + ([_date("notified_on", QT_TRANSLATE_NOOP("ActionForm", "Applicant told on (when taken into consideration)"),
                            optional=True)] if simple else
                     [Field("hearing_exception", "choice", QT_TRANSLATE_NOOP(
                         "ActionForm", "No hearing: exception (art. 73 part 2)"), tuple(EXCEPTIONS), EXCEPTIONS,
                         optional=True),
                      Field("exception_reason", "text", QT_TRANSLATE_NOOP(
                          "ActionForm", "Why there was no hearing (item 4)"), optional=True)])
                  + [_date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"))],
        "terminate": [Field("ground", "choice", QT_TRANSLATE_NOOP("ActionForm", "Ground"),
                            SIMPLE_GROUNDS if simple else FULL_GROUNDS, GROUNDS),
                      Field("reason", "text", QT_TRANSLATE_NOOP("ActionForm", "Reasons")),
                      _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"))],
        "recusal_declared": [Field("official_id", "user", QT_TRANSLATE_NOOP("ActionForm", "Official")),
                             Field("ground", "choice", QT_TRANSLATE_NOOP("ActionForm", "Ground"),
                                   RECUSAL_GROUNDS, GROUNDS),
                             Field("circumstances", "text", QT_TRANSLATE_NOOP("ActionForm", "Circumstances")),
                             Field("self", "bool", QT_TRANSLATE_NOOP("ActionForm", "Self-recusal")),
                             _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Declared on"))],
        "recusal_decided": [Field("granted", "bool", QT_TRANSLATE_NOOP("ActionForm", "Granted")),
                            Field("executor_id", "user", QT_TRANSLATE_NOOP(
                                "ActionForm", "New executor (if granted)"), optional=True),
                            Field("superior_body", "line", QT_TRANSLATE_NOOP(
                                "ActionForm", "Superior body that decided (recusal of the head)"),
                                optional=True),
                            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"))],
        "notify": [Field("clock", "choice", QT_TRANSLATE_NOOP("ActionForm", "Notice of"),
                         tuple(str(c) for c in NOTICE_CLOCKS), CLOCKS), CHANNEL,
                   _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Sent on"))],
        "file_access_requested": [_date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Motion filed on"))],
        "file_access_given": [Field("withheld", "text", QT_TRANSLATE_NOOP(
                                  "ActionForm", "Withheld as secret (art. 75 part 3)"), optional=True), ON],
        "correction_requested": [TEXT, _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Received on"))],
        "act_corrected": [Field("text", "text", QT_TRANSLATE_NOOP("ActionForm", "What was corrected")), ON],
        "delivered": [CHANNEL, Field("execution_days", "int", QT_TRANSLATE_NOOP(
                          "ActionForm", "Working days to execute (5 unless the act says otherwise)")),
                      _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Delivered on"))],
        "executed": [NOTE, ON],
        "reverse": [Field("reason", "text", QT_TRANSLATE_NOOP("ActionForm", "Why it is reversed"))],
    }
    if action.startswith("petition_"):   # the petition's own actions
        from ui.petition.action_forms import SPECS
        return SPECS[action]
    if action not in specs:   # the complaint's own actions
        from ui.complaint.action_forms import complaint_fields
        return complaint_fields(action)
    return specs[action]
