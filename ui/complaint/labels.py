"""Translated names of the complaint codes (АППК 91–101), merged into the
workflow's tables by ``ui.case.workflow_labels``.  Context "Labels"."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ACTIONS = {
    "complaint_send": QT_TRANSLATE_NOOP("Labels", "Send the complaint with the case file to the complaint body (art. 91 part 4)"),
    "complaint_satisfy": QT_TRANSLATE_NOOP("Labels", "Satisfy the complaint fully ourselves (art. 91 part 4)"),
    "review_result": QT_TRANSLATE_NOOP("Labels", "Decision of the complaint body received (art. 100 part 4)"),
    "restore_term": QT_TRANSLATE_NOOP("Labels", "Motion to restore the filing term (art. 92 part 2)"),
    "complaint_decide": QT_TRANSLATE_NOOP("Labels", "Decision on the complaint (art. 100)"),
    "decision_sent": QT_TRANSLATE_NOOP("Labels", "Decision sent to the participant, copy to the challenged body (art. 100 part 4)"),
    "court_recorded": QT_TRANSLATE_NOOP("Labels", "Court case recorded (art. 100 part 6)"),
    "official_heard": QT_TRANSLATE_NOOP("Labels", "The challenged official heard (art. 98 part 3)"),
    "complaint_facts": QT_TRANSLATE_NOOP("Labels", "Complaint facts: when learned, when filed, rights explained, whose act (art. 92, 93, art. 94 part 2)"),
    # Written into our challenged case's history (art. 96, art. 100 part 4).
    "execution_suspended": QT_TRANSLATE_NOOP("Labels", "Execution suspended by a complaint (art. 96 part 1)"),
    "execution_resumed": QT_TRANSLATE_NOOP("Labels", "Execution resumed after the complaint"),
    "execution_stopped": QT_TRANSLATE_NOOP("Labels", "Not executed: the complaint's outcome (art. 100 part 4)"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened by a binding decision on a complaint (art. 100 part 4)"),
}
# What a reopened case must do (АППК 100.1 2), 3), 5), 100.4).
REOPEN_TASKS = {
    "reconsider": QT_TRANSLATE_NOOP("Labels", "Consider the case again (art. 100 part 1 5))"),
    "comply": QT_TRANSLATE_NOOP("Labels", "Carry out the new act or the action (art. 100 part 4)"),
}
CLOCKS = {
    "final_91.4": QT_TRANSLATE_NOOP("Labels", "Send the complaint on, or satisfy it fully"),
    "remand": QT_TRANSLATE_NOOP("Labels", "Send the complaint back to the challenged body (art. 100 part 2)"),
    "unconsidered_notice": QT_TRANSLATE_NOOP("Labels", "Notice: complaint left without consideration (art. 95 part 2)"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened case: do what the binding decision obliges (art. 100 part 4)"),
}
# The six decisions of АППК 100.1, by their short codes (forms) ...
CHOICES = {
    "revoke": QT_TRANSLATE_NOOP("Labels", "1) Revoke the act"),
    "revoke_new": QT_TRANSLATE_NOOP("Labels", "2) Revoke the act and adopt a new act"),
    "perform": QT_TRANSLATE_NOOP("Labels", "3) Take the administrative action"),
    "unsatisfied": QT_TRANSLATE_NOOP("Labels", "4) Leave the complaint unsatisfied"),
    "remand": QT_TRANSLATE_NOOP("Labels", "5) Send it back to the challenged body with the violations found"),
    "unconsidered": QT_TRANSLATE_NOOP("Labels", "6) Leave the complaint without consideration (art. 95)"),
    "deemed_refusal": QT_TRANSLATE_NOOP("Labels", "No decision in term: deemed refused (art. 100 part 5)"),
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied by the challenged body itself (art. 91 part 4)"),
}
# ... and as stored on the case.
DECISIONS = {
    "complaint_sent": QT_TRANSLATE_NOOP("Labels", "Sent to the complaint body with the case file (art. 91 part 4)"),
    "complaint_satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied by the challenged body itself (art. 91 part 4)"),
    **{f"complaint_{code}": text for code, text in CHOICES.items() if code not in ("deemed_refusal", "satisfied")},
}
EXECUTION = {
    "paused": QT_TRANSLATE_NOOP("Labels", "Execution paused while the complaint runs"),
    "resumed": QT_TRANSLATE_NOOP("Labels", "Execution resumed"),
    "stopped": QT_TRANSLATE_NOOP("Labels", "Not executed (revoked, replaced or sent back)"),
}
GROUNDS = {
    "100.3.1": QT_TRANSLATE_NOOP("Labels", "Material circumstances wrongly defined or not established (art. 100 part 3)"),
    "100.3.2": QT_TRANSLATE_NOOP("Labels", "The act or action does not match the case materials (art. 100 part 3)"),
    "100.3.3": QT_TRANSLATE_NOOP("Labels", "Legislation breached or misapplied (art. 100 part 3)"),
    "95.1.1": QT_TRANSLATE_NOOP("Labels", "A decision on a complaint on the same subject and grounds exists (art. 95 part 1 1))"),
    "95.1.2": QT_TRANSLATE_NOOP("Labels", "A court act in force on the same subject and grounds (art. 95 part 1 2))"),
    "95.1.3": QT_TRANSLATE_NOOP("Labels", "The complaint was returned (art. 95 part 1 3))"),
    "95.1.4": QT_TRANSLATE_NOOP("Labels", "The withdrawal of the complaint accepted (art. 95 part 1 4))"),
    "95.1.5": QT_TRANSLATE_NOOP("Labels", "An administrative claim on the same matter is before a court (art. 95 part 1 5))"),
    "64.9": QT_TRANSLATE_NOOP("Labels", "Withdrawn before it was sent on (art. 64 part 9, art. 94 part 1)"),
}
ROLES = {
    "challenged": QT_TRANSLATE_NOOP("Labels", "Our act or action is challenged: send it on or satisfy it (art. 91 part 4)"),
    "reviewing": QT_TRANSLATE_NOOP("Labels", "We consider the complaint as the complaint body (art. 91 part 3)"),
}
ROLES_SHORT = {   # the register's column
    "challenged": QT_TRANSLATE_NOOP("Labels", "Our act challenged"),
    "reviewing": QT_TRANSLATE_NOOP("Labels", "We consider it"),
}
SUBJECTS = {
    "act": QT_TRANSLATE_NOOP("Labels", "Administrative act"),
    "action": QT_TRANSLATE_NOOP("Labels", "Administrative action"),
    "inaction": QT_TRANSLATE_NOOP("Labels", "Inaction"),
}
SUSPENSION = {
    "suspended": QT_TRANSLATE_NOOP("Labels", "Execution suspended (art. 96 part 1)"),
    "not_suspended": QT_TRANSLATE_NOOP("Labels", "Not suspended"),
    "not_applicable": QT_TRANSLATE_NOOP("Labels", "Nothing to suspend (inaction)"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Suspension ended"),
}
NO_SUSPENSION = {
    "96.1.1": QT_TRANSLATE_NOOP("Labels", "1) protection of rights, public or state interests"),
    "96.1.2": QT_TRANSLATE_NOOP("Labels", "2) financial regulator, National Bank or budget audit act"),
    "96.1.3": QT_TRANSLATE_NOOP("Labels", "3) another case provided by law"),
}
RESTORE_REASONS = {
    "illness": QT_TRANSLATE_NOOP("Labels", "Illness"),
    "force_majeure": QT_TRANSLATE_NOOP("Labels", "Force majeure"),
    "other": QT_TRANSLATE_NOOP("Labels", "Another reason that made filing impossible"),
}
RESTORED = {
    "granted": QT_TRANSLATE_NOOP("Labels", "Term restored (art. 92 part 2)"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Restoration refused (art. 92 part 2)"),
}
MEANS = {
    "act": QT_TRANSLATE_NOOP("Labels", "A favourable administrative act"),
    "action": QT_TRANSLATE_NOOP("Labels", "An administrative action"),
}
