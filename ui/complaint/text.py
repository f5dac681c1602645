"""Names of a complaint's fields and coded values, for its card and history
(merged by ``ui.case.card_text``).  Context "Card"."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.complaint import labels as L

FIELDS = {
    "complaint_role": QT_TRANSLATE_NOOP("Card", "Our side of the complaint"),
    "role": QT_TRANSLATE_NOOP("Card", "Our side of the complaint"),
    "complaint_subject": QT_TRANSLATE_NOOP("Card", "Challenged (art. 91 part 1)"),
    "subject": QT_TRANSLATE_NOOP("Card", "Challenged (art. 91 part 1)"),
    "challenged_case": QT_TRANSLATE_NOOP("Card", "Our case challenged"),
    "challenged_body": QT_TRANSLATE_NOOP("Card", "Body or official challenged (art. 93 part 2 4))"),
    "challenged_act": QT_TRANSLATE_NOOP("Card", "The act or action challenged"),
    "challenged_act_on": QT_TRANSLATE_NOOP("Card", "Date of the act or action"),
    "actual_address": QT_TRANSLATE_NOOP("Card", "Actual address (art. 93 part 2 3))"),
    "attachments_list": QT_TRANSLATE_NOOP("Card", "List of attached documents (art. 93 part 2 8))"),
    "learned_on": QT_TRANSLATE_NOOP("Card", "Learned of it on (art. 92 part 1)"),
    "route_missing": QT_TRANSLATE_NOOP("Card", "The act did not state the appeal route (art. 92 part 1-1)"),
    "filing_due_on": QT_TRANSLATE_NOOP("Card", "Last day to file (art. 92)"),
    "filed_late": QT_TRANSLATE_NOOP("Card", "Filed after the term (art. 92 part 3)"),
    "restored": QT_TRANSLATE_NOOP("Card", "Restoration of the term (art. 92 part 2)"),
    "restore_reason": QT_TRANSLATE_NOOP("Card", "Reason for restoring"),
    "reason_kind": QT_TRANSLATE_NOOP("Card", "Kind of reason (art. 92 part 2)"),
    "motion_on": QT_TRANSLATE_NOOP("Card", "Motion filed on"),
    "suspension": QT_TRANSLATE_NOOP("Card", "Execution of the act (art. 96)"),
    "suspension_ground": QT_TRANSLATE_NOOP("Card", "Not suspended under (art. 96 part 1)"),
    "suspension_reason": QT_TRANSLATE_NOOP("Card", "Grounds stated in the act (art. 96 part 2)"),
    "suspension_ended_on": QT_TRANSLATE_NOOP("Card", "Suspension ended on"),
    "rights_explained_on": QT_TRANSLATE_NOOP("Card", "Rights and duties explained on (art. 94 part 2)"),
    "sent_to": QT_TRANSLATE_NOOP("Card", "Sent to the complaint body"),
    "sent_on": QT_TRANSLATE_NOOP("Card", "Sent on (art. 91 part 4)"),
    "remedy": QT_TRANSLATE_NOOP("Card", "Satisfied by (art. 91 part 4)"),
    "means": QT_TRANSLATE_NOOP("Card", "Satisfied by"),
    "review_result": QT_TRANSLATE_NOOP("Card", "Decision of the complaint body"),
    "grounds": QT_TRANSLATE_NOOP("Card", "Grounds found (art. 100 part 3)"),
    "reasoning": QT_TRANSLATE_NOOP("Card", "Reasoning"),
    "legal_norms": QT_TRANSLATE_NOOP("Card", "Legal norms applied"),
    "violations": QT_TRANSLATE_NOOP("Card", "Violations found"),
    "proposals": QT_TRANSLATE_NOOP("Card", "Proposals to remove them"),
    "new_act": QT_TRANSLATE_NOOP("Card", "New act"),
    "basis": QT_TRANSLATE_NOOP("Card", "Earlier decision, court act or claim"),
    "court_name": QT_TRANSLATE_NOOP("Card", "Court"),
    "court_case": QT_TRANSLATE_NOOP("Card", "Court case number"),
    "court_outcome": QT_TRANSLATE_NOOP("Card", "Court outcome"),
    "copy_on": QT_TRANSLATE_NOOP("Card", "Copy sent to the challenged body on"),
    "return_ground": QT_TRANSLATE_NOOP("Card", "Ground of the return"),
    "filed_on": QT_TRANSLATE_NOOP("Card", "Filed with the challenged body on (art. 91 part 4)"),
    "official_heard_on": QT_TRANSLATE_NOOP("Card", "Challenged official heard on (art. 98 part 3)"),
    "execution": QT_TRANSLATE_NOOP("Card", "Execution of our act"),
    "with_file": QT_TRANSLATE_NOOP("Card", "With the whole case file (art. 91 part 4)"),
    "fully": QT_TRANSLATE_NOOP("Card", "Every demand satisfied (art. 91 part 4)"),
    "competent": QT_TRANSLATE_NOOP("Card", "Within our own competence (art. 100 part 2)"),
    "not_worse": QT_TRANSLATE_NOOP("Card", "Not worse for the complainant (art. 98 part 6)"),
    "complaint": QT_TRANSLATE_NOOP("Card", "Complaint"),
    "result": QT_TRANSLATE_NOOP("Card", "Outcome of the complaint"),
    "challenged_user": QT_TRANSLATE_NOOP("Card", "Official challenged (art. 97 part 2)"),
}
CODED = {"complaint_role": L.ROLES, "role": L.ROLES, "complaint_subject": L.SUBJECTS,
         "subject": L.SUBJECTS, "suspension": L.SUSPENSION, "suspension_ground": L.NO_SUSPENSION,
         "means": L.MEANS, "review_result": L.CHOICES, "restored": L.RESTORED,
         "reason_kind": L.RESTORE_REASONS, "result": L.CHOICES, "execution": L.EXECUTION}
# Shown in the registration entry of a complaint besides the appeal's summary.
REGISTERED = ("complaint_role", "complaint_subject", "challenged_case", "challenged_body", "challenged_user",
              "challenged_act", "learned_on", "filed_on", "filing_due_on", "late", "suspension",
              "suspension_ground", "suspension_reason", "rights_explained_on", "execution")
