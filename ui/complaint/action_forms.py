"""The input forms of the complaint actions (app.complaint.steps)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.complaint.facts import REVIEW_RESULTS
from app.complaint.steps import COMPLAINT_DECISIONS, GROUNDS_100_3, UNCONSIDERED_GROUNDS
from app.rules.complaint import RESTORE_REASONS
from ui.case.action_forms import CHANNEL, ON, Field, _date
from ui.case.workflow_labels import EXCEPTIONS, GROUNDS, HEARING_FORMS
from ui.complaint import labels as L

_GROUNDS_100_3 = {g: GROUNDS[g] for g in GROUNDS_100_3}


def complaint_fields(action: str) -> list[Field]:
    specs = {
        "complaint_send": [
            Field("body", "line", QT_TRANSLATE_NOOP("ActionForm", "Complaint body")),
            Field("with_file", "bool", QT_TRANSLATE_NOOP(
                "ActionForm", "The whole administrative case file goes with it (art. 91 part 4)")),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Sent on"))],
        "complaint_satisfy": [
            Field("means", "choice", QT_TRANSLATE_NOOP("ActionForm", "Satisfied by"), tuple(L.MEANS), L.MEANS),
            Field("remedy", "text", QT_TRANSLATE_NOOP("ActionForm", "The act adopted or the action taken (number, date, content)")),
            Field("fully", "bool", QT_TRANSLATE_NOOP(
                "ActionForm", "Every demand of the complaint is satisfied (art. 91 part 4, third paragraph)")),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the act or action"))],
        "review_result": [
            Field("result", "choice", QT_TRANSLATE_NOOP("ActionForm", "Decision of the complaint body"),
                  REVIEW_RESULTS, L.CHOICES),
            Field("note", "text", QT_TRANSLATE_NOOP("ActionForm", "Its number and date, what we must do"), optional=True),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Received on"))],
        "restore_term": [
            Field("reason_kind", "choice", QT_TRANSLATE_NOOP("ActionForm", "Reason (art. 92 part 2)"),
                  RESTORE_REASONS, L.RESTORE_REASONS),
            Field("reason", "text", QT_TRANSLATE_NOOP("ActionForm", "The facts and the proof")),
            Field("granted", "bool", QT_TRANSLATE_NOOP("ActionForm", "The term is restored")),
            _date("motion_on", QT_TRANSLATE_NOOP("ActionForm", "Motion filed on")),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"))],
        "complaint_decide": [
            Field("decision", "choice", QT_TRANSLATE_NOOP("ActionForm", "Decision (art. 100 part 1)"),
                  COMPLAINT_DECISIONS, L.CHOICES),
            Field("grounds", "items", QT_TRANSLATE_NOOP(
                "ActionForm", "Grounds found (art. 100 part 3; for decisions 1, 2, 3 and 5)"),
                  table=_GROUNDS_100_3, optional=True),
            Field("competent", "bool", QT_TRANSLATE_NOOP(
                "ActionForm", "The act or action is within our own competence (art. 100 part 2; decisions 1–3)")),
            Field("new_act", "text", QT_TRANSLATE_NOOP("ActionForm", "The new act (decision 2)"), optional=True),
            Field("not_worse", "bool", QT_TRANSLATE_NOOP(
                "ActionForm", "The new act does not worsen the complainant's position (art. 98 part 6)")),
            Field("violations", "text", QT_TRANSLATE_NOOP("ActionForm", "Violations found (decision 5)"), optional=True),
            Field("proposals", "text", QT_TRANSLATE_NOOP("ActionForm", "Proposals to remove them (decision 5)"),
                  optional=True),
            Field("ground", "choice", QT_TRANSLATE_NOOP("ActionForm", "Ground to leave it without consideration (decision 6)"),
                  UNCONSIDERED_GROUNDS, GROUNDS, optional=True),
            Field("basis", "text", QT_TRANSLATE_NOOP(
                "ActionForm", "The earlier decision, court act or claim (decision 6)"), optional=True),
            Field("reasoning", "text", QT_TRANSLATE_NOOP("ActionForm", "Reasoning (art. 100 part 4, art. 101 part 1 6))")),
            Field("legal_norms", "text", QT_TRANSLATE_NOOP("ActionForm", "Legal norms applied (art. 101 part 1 6))"),
                  optional=True),
            Field("hearing_exception", "choice", QT_TRANSLATE_NOOP(
                "ActionForm", "No hearing: exception (art. 73 part 2, art. 98 part 3)"), tuple(EXCEPTIONS), EXCEPTIONS,
                optional=True),
            Field("exception_reason", "text", QT_TRANSLATE_NOOP("ActionForm", "Why there was no hearing (item 4)"),
                  optional=True),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"))],
        "decision_sent": [
            CHANNEL, _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Sent to the participant on")),
            _date("copy_on", QT_TRANSLATE_NOOP("ActionForm", "Copy sent to the challenged body on"), optional=True)],
        "official_heard": [
            Field("hearing_form", "choice", QT_TRANSLATE_NOOP("ActionForm", "Form of the hearing"),
                  tuple(HEARING_FORMS), HEARING_FORMS),
            Field("text", "text", QT_TRANSLATE_NOOP("ActionForm", "What the official explained"), optional=True),
            _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Heard on"))],
        "complaint_facts": [
            _date("learned_on", QT_TRANSLATE_NOOP("ActionForm", "The complainant learned of it on (art. 92 part 1)"),
                  optional=True),
            _date("filed_on", QT_TRANSLATE_NOOP("ActionForm", "Filed with the challenged body on (art. 91 part 4)"),
                  optional=True),
            Field("route_missing", "bool", QT_TRANSLATE_NOOP(
                "ActionForm", "The act did not state the appeal route (six months, art. 92 part 1-1)")),
            _date("rights_explained_on", QT_TRANSLATE_NOOP(
                "ActionForm", "Rights and duties explained on (art. 94 part 2)"), optional=True)],
        "court_recorded": [
            Field("court_name", "line", QT_TRANSLATE_NOOP("ActionForm", "Court")),
            Field("court_case", "line", QT_TRANSLATE_NOOP("ActionForm", "Court case number")),
            Field("court_outcome", "text", QT_TRANSLATE_NOOP("ActionForm", "Outcome, when known"), optional=True),
            ON],
    }
    return specs[action]
