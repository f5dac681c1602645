"""Translated names of the workflow's codes: actions, clocks, grounds,
decisions.  Read with ``ui.common.labels.label`` (context "Labels")."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.explain import article_text
from ui.common.labels import label
from ui.complaint import labels as _complaint
from ui.eotinish import labels as _eotinish
from ui.petition import labels as _petition

CASE_ACTIONS = {
    "assign": QT_TRANSLATE_NOOP("Labels", "Assign (resolution)"),
    "accept": QT_TRANSLATE_NOOP("Labels", "Take into work"),
    "request_correction": QT_TRANSLATE_NOOP("Labels", "Ask to correct the appeal (art. 64 part 6)"),
    "corrected": QT_TRANSLATE_NOOP("Labels", "Corrected by the applicant"),
    "mark_security": QT_TRANSLATE_NOOP("Labels", "Reports a crime or a threat to security (art. 64 part 7-2)"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return the appeal (art. 64 part 7)"),
    "attach": QT_TRANSLATE_NOOP("Labels", "File into the earlier case without an answer (art. 64 part 8)"),
    "forward": QT_TRANSLATE_NOOP("Labels", "Forward the whole appeal (art. 65 part 1)"),
    "forward_part": QT_TRANSLATE_NOOP("Labels", "Forward some requests (art. 65 part 2)"),
    "withdraw": QT_TRANSLATE_NOOP("Labels", "Withdrawn by the applicant (art. 64 part 9)"),
    "extend": QT_TRANSLATE_NOOP("Labels", "Extend the term (art. 76 part 3)"),
    "hearing_notice": QT_TRANSLATE_NOOP("Labels", "Notify the preliminary decision (art. 73)"),
    "hearing_exception": QT_TRANSLATE_NOOP("Labels", "No hearing: exception of art. 73 part 2"),
    "objection": QT_TRANSLATE_NOOP("Labels", "Objection received (art. 73 part 3)"),
    "oral_motion": QT_TRANSLATE_NOOP("Labels", "Motion for an oral hearing (art. 73 part 3)"),
    "oral_hearing": QT_TRANSLATE_NOOP("Labels", "Oral hearing held (art. 74)"),
    "protocol_signed": QT_TRANSLATE_NOOP("Labels", "Protocol signed (art. 74 part 4)"),
    "protocol_read": QT_TRANSLATE_NOOP("Labels", "Protocol read by the participant (art. 74 part 5)"),
    "protocol_remarks": QT_TRANSLATE_NOOP("Labels", "Remarks on the protocol (art. 74 part 6)"),
    "decide": QT_TRANSLATE_NOOP("Labels", "Decision (art. 77, art. 89)"),
    "terminate": QT_TRANSLATE_NOOP("Labels", "Terminate the procedure (art. 70, art. 88)"),
    "recusal_declared": QT_TRANSLATE_NOOP("Labels", "Recusal declared (art. 67)"),
    "recusal_decided": QT_TRANSLATE_NOOP("Labels", "Decide the recusal (art. 67)"),
    "notify": QT_TRANSLATE_NOOP("Labels", "Notice sent to the participant"),
    "file_access_requested": QT_TRANSLATE_NOOP("Labels", "Access to the file requested (art. 75)"),
    "file_access_given": QT_TRANSLATE_NOOP("Labels", "Access to the file given (art. 75)"),
    "correction_requested": QT_TRANSLATE_NOOP("Labels", "Correction of a clerical error requested (art. 82)"),
    "act_corrected": QT_TRANSLATE_NOOP("Labels", "Clerical error corrected (art. 82)"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Decision delivered to the participant (art. 81)"),
    "executed": QT_TRANSLATE_NOOP("Labels", "Act executed (art. 86)"),
    "reverse": QT_TRANSLATE_NOOP("Labels", "Reverse the latest action"),
}
CLOCKS = {
    "final": QT_TRANSLATE_NOOP("Labels", "Term of consideration"),
    "internal": QT_TRANSLATE_NOOP("Labels", "Internal date of the resolution"),
    "forward": QT_TRANSLATE_NOOP("Labels", "Assign, or forward if not ours (art. 65 part 1)"),
    "forward_now": QT_TRANSLATE_NOOP("Labels", "Forward at once: crime or security (art. 64 part 7-2)"),
    "cure": QT_TRANSLATE_NOOP("Labels", "Applicant's period to correct (art. 64 part 6)"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return with reasons (art. 64 part 7)"),
    "extension_notice": QT_TRANSLATE_NOOP("Labels", "Notice of the extension (art. 76 part 3)"),
    "termination_notice": QT_TRANSLATE_NOOP("Labels", "Notice of the termination (art. 70 part 3)"),
    "act_earliest": QT_TRANSLATE_NOOP("Labels", "Earliest day for the act after the notice (art. 73 part 1)"),
    "objection": QT_TRANSLATE_NOOP("Labels", "Participant's objection (art. 73 part 3)"),
    "oral_motion": QT_TRANSLATE_NOOP("Labels", "Participant's motion for an oral hearing (art. 73 part 3)"),
    "protocol": QT_TRANSLATE_NOOP("Labels", "Hearing protocol signed (art. 74 part 4)"),
    "remarks": QT_TRANSLATE_NOOP("Labels", "Participant's remarks on the protocol (art. 74 part 6)"),
    "recusal_decision": QT_TRANSLATE_NOOP("Labels", "Decision on the recusal (art. 67 part 3)"),
    "recusal_notice": QT_TRANSLATE_NOOP("Labels", "Notice of the recusal decision (art. 67 part 11)"),
    "file_access": QT_TRANSLATE_NOOP("Labels", "Access to the case file (art. 75 part 1)"),
    "correction": QT_TRANSLATE_NOOP("Labels", "Correction of a clerical error (art. 82 part 3)"),
    "correction_copy": QT_TRANSLATE_NOOP("Labels", "Corrected copy sent (art. 82 part 5)"),
    "execution": QT_TRANSLATE_NOOP("Labels", "Execution of the act (art. 86 part 3)"),
}
CLOCK_STATES = {
    "open": QT_TRANSLATE_NOOP("Labels", "running"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "missed, still open"),
    "met": QT_TRANSLATE_NOOP("Labels", "done in time"),
    "late": QT_TRANSLATE_NOOP("Labels", "done late"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "no longer needed"),
    "elapsed": QT_TRANSLATE_NOOP("Labels", "period over"),
}
DECISIONS = {
    "act_favourable": QT_TRANSLATE_NOOP("Labels", "Administrative act, favourable"),
    "act_burdening": QT_TRANSLATE_NOOP("Labels", "Administrative act, burdening"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Answer (art. 89 part 1 1))"),
    "noted": QT_TRANSLATE_NOOP("Labels", "Taken into consideration (art. 89 part 1 2))"),
    "termination": QT_TRANSLATE_NOOP("Labels", "Termination of the procedure"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return of the appeal"),
    "forwarded": QT_TRANSLATE_NOOP("Labels", "Forwarded to the competent body"),
    "withdrawal": QT_TRANSLATE_NOOP("Labels", "Withdrawal by the applicant"),
    "attached": QT_TRANSLATE_NOOP("Labels", "Filed into the earlier case without an answer"),
}
OUTCOMES = {
    "clarified": QT_TRANSLATE_NOOP("Labels", "Clarified"),
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "partly_satisfied": QT_TRANSLATE_NOOP("Labels", "Partly satisfied"),
}
GROUNDS = {
    "64.7.1": QT_TRANSLATE_NOOP("Labels", "The period to correct expired (art. 64 part 7 1))"),
    "64.7.2.repeat": QT_TRANSLATE_NOOP("Labels", "Repeat appeal without new arguments after a terminated procedure (art. 64 part 7 2))"),
    "64.7.2.abusive": QT_TRANSLATE_NOOP("Labels", "Obscene or abusive language (art. 64 part 7 2))"),
    "70.1.1": QT_TRANSLATE_NOOP("Labels", "A decision on the same subject and grounds already exists (art. 70 part 1 1))"),
    "70.1.2": QT_TRANSLATE_NOOP("Labels", "A court act in force on the same subject (art. 70 part 1 2))"),
    "70.1.3": QT_TRANSLATE_NOOP("Labels", "Returned after the period to correct (art. 70 part 1 3))"),
    "70.1.4": QT_TRANSLATE_NOOP("Labels", "Withdrawn by the applicant (art. 70 part 1 4))"),
    "70.1.5": QT_TRANSLATE_NOOP("Labels", "Other grounds provided by law (art. 70 part 1 5))"),
    "88.1.1": QT_TRANSLATE_NOOP("Labels", "Repeat without new arguments, already answered (art. 88 part 1 1))"),
    "88.1.2": QT_TRANSLATE_NOOP("Labels", "Author unidentifiable, no signature or postal address (art. 88 part 1 2))"),
    "88.1.3": QT_TRANSLATE_NOOP("Labels", "The substance is not stated (art. 88 part 1 3))"),
    "88.1.4": QT_TRANSLATE_NOOP("Labels", "Withdrawn by the applicant (art. 88 part 1 4))"),
    "67.1.1": QT_TRANSLATE_NOOP("Labels", "Took part as a participant or representative (art. 67 part 1 1))"),
    "67.1.2": QT_TRANSLATE_NOOP("Labels", "Relative, spouse or in-law of a participant (art. 67 part 1 2))"),
    "67.1.3": QT_TRANSLATE_NOOP("Labels", "Dependent on a participant (art. 67 part 1 3))"),
    "67.1.4": QT_TRANSLATE_NOOP("Labels", "Interested in the outcome, or doubt of impartiality (art. 67 part 1 4))"),
}
EXCEPTIONS = {
    "73.2.1": QT_TRANSLATE_NOOP("Labels", "1) a favourable act that affects no one else"),
    "73.2.2": QT_TRANSLATE_NOOP("Labels", "2) enforcement proceedings"),
    "73.2.3": QT_TRANSLATE_NOOP("Labels", "3) the law sets a term under five working days"),
    "73.2.4": QT_TRANSLATE_NOOP("Labels", "4) the act must be adopted at once (the act states why)"),
    "73.2.5": QT_TRANSLATE_NOOP("Labels", "5) the participant asked for it"),
    "73.2.6": QT_TRANSLATE_NOOP("Labels", "6) simplified procedure"),
    "73.2.7": QT_TRANSLATE_NOOP("Labels", "7) an automated decision without administrative choice"),
    "73.2.8": QT_TRANSLATE_NOOP("Labels", "8) a court act in force bars the activity"),
    "73.2.9": QT_TRANSLATE_NOOP("Labels", "9) refusal to register for a personal reception"),
    "73.2.10": QT_TRANSLATE_NOOP("Labels", "10) termination under art. 88 part 1"),
}
HEARING_FORMS = {
    "written": QT_TRANSLATE_NOOP("Labels", "In writing"),
    "oral": QT_TRANSLATE_NOOP("Labels", "Orally, in person"),
    "video": QT_TRANSLATE_NOOP("Labels", "By videoconference"),
    "system": QT_TRANSLATE_NOOP("Labels", "Through an information system"),
}
REMARK_DECISIONS = {
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "partly_accepted": QT_TRANSLATE_NOOP("Labels", "Partly accepted"),
}
LISTS = {   # every clock of every case: final terms and short clocks (the journal's filters: final terms)
    "due_today": QT_TRANSLATE_NOOP("Labels", "Due today, every clock"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue, every clock"),
    "due_within": QT_TRANSLATE_NOOP("Labels", "Due within {n} working days, every clock"),
}
DOCUMENTS = {
    "act": QT_TRANSLATE_NOOP("Labels", "Administrative act (art. 80)"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Answer (art. 89)"),
    "notice-incomplete": QT_TRANSLATE_NOOP("Labels", "Notice: correct the appeal (art. 64 part 6)"),
    "notice-return": QT_TRANSLATE_NOOP("Labels", "Notice of return (art. 64 part 7)"),
    "notice-forward": QT_TRANSLATE_NOOP("Labels", "Notice of forwarding (art. 65)"),
    "notice-extension": QT_TRANSLATE_NOOP("Labels", "Notice of extension (art. 76 part 3)"),
    "notice-hearing": QT_TRANSLATE_NOOP("Labels", "Preliminary decision and hearing (art. 73)"),
    "notice-termination": QT_TRANSLATE_NOOP("Labels", "Notice of termination (art. 70 part 3)"),
    "notice-recusal": QT_TRANSLATE_NOOP("Labels", "Notice of the recusal decision (art. 67 part 11)"),
    "protocol-oral-appeal": QT_TRANSLATE_NOOP("Labels", "Protocol of an oral appeal (art. 63 part 1)"),
    "protocol-hearing": QT_TRANSLATE_NOOP("Labels", "Protocol of an oral hearing (art. 74)"),
}

# Complaints (АППК 91–101).
CASE_ACTIONS.update(_complaint.ACTIONS)
CLOCKS.update(_complaint.CLOCKS)
DECISIONS.update(_complaint.DECISIONS)
GROUNDS.update(_complaint.GROUNDS)
DOCUMENTS.update({
    "complaint-decision": QT_TRANSLATE_NOOP("Labels", "Decision on the complaint (art. 100–101)"),
    "complaint-forward": QT_TRANSLATE_NOOP("Labels", "Letter sending the complaint and the case file (art. 91 part 4)"),
})


def final_name(article: str) -> str:
    """The final term's name: the challenged body's step is not a consideration."""
    key = "final_91.4" if article == "91.4" else "final"
    return f"{label(CLOCKS, key)} ({article_text(article)})"

# Petitions (АППК 90-5, 90-6) and their documents.
CASE_ACTIONS.update(_petition.ACTIONS)
CASE_ACTIONS.update(_eotinish.ACTIONS)   # issue 16: the e-Otinish link, the feedback
CLOCKS.update(_petition.CLOCKS)
DECISIONS.update(_petition.DECISIONS)
DOCUMENTS.update({
    "petition-decision": QT_TRANSLATE_NOOP("Labels", "Decision on the petition (art. 90-6)"),
    "reception-schedule": QT_TRANSLATE_NOOP("Labels", "Reception schedule (art. 90 part 3)"),
})
