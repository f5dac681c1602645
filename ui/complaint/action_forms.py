"""Captions of the complaint actions' form fields (their inputs are declared
in ``app.complaint.inputs``), merged into ``ui.case.action_forms``."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.complaint import labels as L

# A field's caption, whichever action it belongs to.
DEFAULT = {
    "basis": QT_TRANSLATE_NOOP("ActionForm", "The earlier decision, court act or claim (decision 6)"),
    "competent": QT_TRANSLATE_NOOP("ActionForm", "The act or action is within our own competence (art. 100 part 2; decisions 1–3)"),
    "copy_on": QT_TRANSLATE_NOOP("ActionForm", "Copy sent to the challenged body on"),
    "court_case": QT_TRANSLATE_NOOP("ActionForm", "Court case number"),
    "court_name": QT_TRANSLATE_NOOP("ActionForm", "Court"),
    "court_outcome": QT_TRANSLATE_NOOP("ActionForm", "Outcome, when known"),
    "filed_on": QT_TRANSLATE_NOOP("ActionForm", "Filed with the challenged body on (art. 91 part 4)"),
    "fully": QT_TRANSLATE_NOOP("ActionForm", "Every demand of the complaint is satisfied (art. 91 part 4, third paragraph)"),
    "grounds": QT_TRANSLATE_NOOP("ActionForm", "Grounds found (art. 100 part 3; for decisions 1, 2, 3 and 5)"),
    "learned_on": QT_TRANSLATE_NOOP("ActionForm", "The complainant learned of it on (art. 92 part 1)"),
    "legal_norms": QT_TRANSLATE_NOOP("ActionForm", "Legal norms applied (art. 101 part 1 6))"),
    "means": QT_TRANSLATE_NOOP("ActionForm", "Satisfied by"),
    "motion_on": QT_TRANSLATE_NOOP("ActionForm", "Motion filed on"),
    "new_act": QT_TRANSLATE_NOOP("ActionForm", "The new act (decision 2)"),
    "not_worse": QT_TRANSLATE_NOOP("ActionForm", "The new act does not worsen the complainant's position (art. 98 part 6)"),
    "proposals": QT_TRANSLATE_NOOP("ActionForm", "Proposals to remove them (decision 5)"),
    "reason_kind": QT_TRANSLATE_NOOP("ActionForm", "Reason (art. 92 part 2)"),
    "remedy": QT_TRANSLATE_NOOP("ActionForm", "The act adopted or the action taken (number, date, content)"),
    "result": QT_TRANSLATE_NOOP("ActionForm", "Decision of the complaint body"),
    "rights_explained_on": QT_TRANSLATE_NOOP("ActionForm", "Rights and duties explained on (art. 94 part 2)"),
    "route_missing": QT_TRANSLATE_NOOP("ActionForm", "The act did not state the appeal route (six months, art. 92 part 1-1)"),
    "violations": QT_TRANSLATE_NOOP("ActionForm", "Violations found (decision 5)"),
    "with_file": QT_TRANSLATE_NOOP("ActionForm", "The whole administrative case file goes with it (art. 91 part 4)"),
    "challenged_body": QT_TRANSLATE_NOOP("ActionForm", "Body or official challenged (art. 93 part 2 4))"),
    "challenged_user_id": QT_TRANSLATE_NOOP("ActionForm", "Official who took it, if ours (art. 97 part 2)"),
    "term_days": QT_TRANSLATE_NOOP("ActionForm", "Working days the decision gives us (empty: the office's default; art. 100 part 4)"),
    "court_obliges": QT_TRANSLATE_NOOP("ActionForm", "The court obliges us to (our case reopens)"),
    "subordinate": QT_TRANSLATE_NOOP("ActionForm", "The body or official challenged stands below us, not our office or our akim (art. 91 part 3)"),
}
# Captions that differ for one action.
CAPTIONS = {
    "complaint_decide": {
        "decision": QT_TRANSLATE_NOOP("ActionForm", "Decision (art. 100 part 1)"),
        "ground": QT_TRANSLATE_NOOP("ActionForm", "Ground to leave it without consideration (decision 6)"),
        "hearing_exception": QT_TRANSLATE_NOOP("ActionForm", "No hearing: exception (art. 73 part 2, art. 98 part 3)"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"),
        "term_days": QT_TRANSLATE_NOOP("ActionForm", "Working days for our own case this decision reopens (empty: the office's default; art. 100 part 4)"),
    },
    "complaint_satisfy": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the act or action"),
    },
    "complaint_send": {
        "body": QT_TRANSLATE_NOOP("ActionForm", "Complaint body"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Sent on"),
    },
    "decision_sent": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Sent to the participant on"),
    },
    "official_heard": {
        "text": QT_TRANSLATE_NOOP("ActionForm", "What the official explained"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Heard on"),
    },
    "restore_term": {
        "reason": QT_TRANSLATE_NOOP("ActionForm", "The facts and the proof"),
        "granted": QT_TRANSLATE_NOOP("ActionForm", "The term is restored"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"),
    },
    "review_result": {
        "note": QT_TRANSLATE_NOOP("ActionForm", "Its number and date, what we must do"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Received on"),
    },
}
# The label tables of the complaint's choices (ui.common.labels.label).
TABLES = {"means": L.MEANS, "result": L.CHOICES, "reason_kind": L.RESTORE_REASONS,
          "court_obliges": L.REOPEN_TASKS}
ACTION_TABLES = {("complaint_decide", "decision"): L.CHOICES}
