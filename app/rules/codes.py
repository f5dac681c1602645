"""The codes of case actions, procedures, decisions and grounds.

Each is a ``StrEnum`` whose values are the codes stored in the database and
in the history, documented once here with its article.  Citation form in
code: ``# АППК 70.1 3)``; a code's value keeps the form it was stored in.
"""
from __future__ import annotations

from enum import StrEnum


class ActionName(StrEnum):
    """Every case action; the value is ``change_log.action`` of its entry.
    Each has exactly one declaration (``app.engine.registry``)."""
    ASSIGN = "assign"                          # АППК 71.1: the head's resolution
    ACCEPT = "accept"                          # АППК 71.1
    REQUEST_CORRECTION = "request_correction"  # АППК 64.6
    CORRECTED = "corrected"                    # АППК 64.6
    MARK_SECURITY = "mark_security"            # АППК 64.7-2
    RETURN = "return"                          # АППК 64.7
    ATTACH = "attach"                          # АППК 64.8
    FORWARD = "forward"                        # АППК 65.1
    FORWARD_PART = "forward_part"              # АППК 65.2
    WITHDRAW = "withdraw"                      # АППК 64.9
    EXTEND = "extend"                          # АППК 76.3
    HEARING_NOTICE = "hearing_notice"          # АППК 73.1
    HEARING_EXCEPTION = "hearing_exception"    # АППК 73.2
    OBJECTION = "objection"                    # АППК 73.3
    ORAL_MOTION = "oral_motion"                # АППК 73.3
    ORAL_HEARING = "oral_hearing"              # АППК 74.1
    PROTOCOL_SIGNED = "protocol_signed"        # АППК 74.4
    PROTOCOL_READ = "protocol_read"            # АППК 74.5
    PROTOCOL_REMARKS = "protocol_remarks"      # АППК 74.6
    DECIDE = "decide"                          # АППК 77.1, 89.1
    TERMINATE = "terminate"                    # АППК 70.1, 88.1
    RECUSAL_DECLARED = "recusal_declared"      # АППК 67.1
    RECUSAL_DECIDED = "recusal_decided"        # АППК 67.3
    NOTIFY = "notify"                          # АППК 66
    FILE_ACCESS_REQUESTED = "file_access_requested"  # АППК 75.1
    FILE_ACCESS_GIVEN = "file_access_given"    # АППК 75.1
    CORRECTION_REQUESTED = "correction_requested"  # АППК 82.3
    ACT_CORRECTED = "act_corrected"            # АППК 82.3
    DELIVERED = "delivered"                    # АППК 81
    EXECUTED = "executed"                      # АППК 86.3
    COMPLAINT_SEND = "complaint_send"          # АППК 91.4
    COMPLAINT_SATISFY = "complaint_satisfy"    # АППК 91.4 para 3
    REVIEW_RESULT = "review_result"            # АППК 100.4, 100.5
    RESTORE_TERM = "restore_term"              # АППК 92.2
    COMPLAINT_DECIDE = "complaint_decide"      # АППК 100.1
    DECISION_SENT = "decision_sent"            # АППК 100.4
    OFFICIAL_HEARD = "official_heard"          # АППК 98.3
    COMPLAINT_FACTS = "complaint_facts"        # АППК 92.1, 94.2
    COURT_RECORDED = "court_recorded"          # АППК 100.6
    PETITION_VISIT = "petition_visit"          # АППК 90-5.2
    PETITION_DISCUSSION_SET = "petition_discussion_set"    # АППК 90-5.2
    PETITION_NOTIFIED = "petition_notified"    # АППК 90-5.2
    PETITION_DISCUSSION_HELD = "petition_discussion_held"  # АППК 90-5.2
    PETITION_COMMISSION = "petition_commission"  # АППК 90-5.2
    PETITION_DECIDE = "petition_decide"        # АППК 90-6.1
    PETITION_PUBLISHED = "petition_published"  # АППК 90-6.3
    PETITION_STATEMENT = "petition_statement"  # АППК 90-6.3
    EOTINISH_NUMBER = "eotinish_number"        # АППК 69.3: the number e-Otinish gave
    EOTINISH_CORRECT = "eotinish_correct"      # АППК 69.3: that number corrected, with the reason
    FEEDBACK = "feedback"                      # the applicant's feedback on the answer (issue 16)
    REVERSE = "reverse"                        # a recorded counter-action, never an edit


class Procedure(StrEnum):
    """The procedure a case follows; an action declares those it applies to."""
    APPLICATION = "application"    # АППК 62–86: the full administrative procedure
    SIMPLIFIED = "simplified"      # АППК 87–89: messages, proposals, responses, requests
    COMPLAINT_CHALLENGED = "complaint_challenged"  # АППК 91.4: our act is challenged
    COMPLAINT_REVIEWING = "complaint_reviewing"    # АППК 91.3, 97–100: we consider it
    PETITION = "petition"          # АППК 90-1–90-6


class Decision(StrEnum):
    """What ends a case on the merits or otherwise (``appeal.decision``)."""
    ACT_FAVOURABLE = "act_favourable"   # АППК 77.1 1), 4.2
    ACT_BURDENING = "act_burdening"     # АППК 77.1 1), 4.3
    ANSWER = "answer"                   # АППК 89.1 1)
    NOTED = "noted"                     # АППК 89.1 2)
    TERMINATION = "termination"         # АППК 77.1 2), 70, 88


class TerminationGround(StrEnum):
    """АППК 70.1 (full procedure) and 88.1 (simplified)."""
    SAME_DECISION = "70.1.1"     # АППК 70.1 1)
    COURT_ACT = "70.1.2"         # АППК 70.1 2)
    RETURNED = "70.1.3"          # АППК 70.1 3): through the return
    WITHDRAWN = "70.1.4"         # АППК 70.1 4): through the withdrawal
    OTHER_LAW = "70.1.5"         # АППК 70.1 5)
    REPEAT = "88.1.1"            # АППК 88.1 1)
    UNIDENTIFIED = "88.1.2"      # АППК 88.1 2)
    NO_SUBSTANCE = "88.1.3"      # АППК 88.1 3)
    WITHDRAWN_SIMPLE = "88.1.4"  # АППК 88.1 4): through the withdrawal


class ReturnGround(StrEnum):
    """АППК 64.7."""
    NOT_CORRECTED = "64.7.1"           # АППК 64.7 1)
    REPEAT = "64.7.2.repeat"           # АППК 64.7 2)
    ABUSIVE = "64.7.2.abusive"         # АППК 64.7 2)


class RecusalGround(StrEnum):
    """АППК 67.1 1)–4)."""
    PARTICIPANT = "67.1.1"
    RELATIVE = "67.1.2"
    DEPENDENT = "67.1.3"
    INTERESTED = "67.1.4"


class HearingException(StrEnum):
    """АППК 73.2 1)–10): an act without hearing the participant."""
    ITEM_1 = "73.2.1"       # a favourable act affecting no one else
    ITEM_2 = "73.2.2"       # enforcement proceedings
    ITEM_3 = "73.2.3"       # a term under five working days
    ITEM_4 = "73.2.4"       # the act must be adopted at once
    ITEM_5 = "73.2.5"       # the participant asked for it
    ITEM_6 = "73.2.6"       # simplified procedure
    ITEM_7 = "73.2.7"       # an automated decision
    ITEM_8 = "73.2.8"       # a court act bars the activity
    ITEM_9 = "73.2.9"       # refusal to register for a personal reception
    ITEM_10 = "73.2.10"     # termination under 88.1


class HearingForm(StrEnum):
    """АППК 73.1 para 2."""
    WRITTEN = "written"
    ORAL = "oral"
    VIDEO = "video"
    SYSTEM = "system"


class RemarkDecision(StrEnum):
    """АППК 74.6: the decision on the participant's remarks on the protocol."""
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PARTLY_ACCEPTED = "partly_accepted"


class ComplaintDecision(StrEnum):
    """АППК 100.1 1)–6)."""
    REVOKE = "revoke"              # 1) revoke the act in whole or in part
    REVOKE_NEW = "revoke_new"      # 2) revoke and adopt a new act
    PERFORM = "perform"            # 3) perform the action
    UNSATISFIED = "unsatisfied"    # 4) leave the complaint unsatisfied
    REMAND = "remand"              # 5) send the case back with the violations
    UNCONSIDERED = "unconsidered"  # 6) leave without consideration (95)


class ReviewResult(StrEnum):
    """What the challenged body learns of the complaint body (АППК 100.4, 100.5)."""
    REVOKE = "revoke"
    REVOKE_NEW = "revoke_new"
    PERFORM = "perform"
    UNSATISFIED = "unsatisfied"
    REMAND = "remand"
    UNCONSIDERED = "unconsidered"
    DEEMED_REFUSAL = "deemed_refusal"   # АППК 100.5: no decision in term


class ComplaintGround(StrEnum):
    """АППК 100.3 1)–3): grounds to revoke or change an act."""
    LAW = "100.3.1"
    FACTS = "100.3.2"
    PROCEDURE = "100.3.3"


class UnconsideredGround(StrEnum):
    """АППК 95.1; a return (3)) and a withdrawal (4)) have their own actions."""
    DECIDED = "95.1.1"
    COURT = "95.1.2"
    OTHER = "95.1.5"


class RestoreReason(StrEnum):
    """АППК 92.2: valid reasons for a missed filing term."""
    ILLNESS = "illness"
    FORCE_MAJEURE = "force_majeure"
    OTHER = "other"


class ReopenTask(StrEnum):
    """What a binding decision on a complaint (АППК 100.4) asks of our reopened case."""
    RECONSIDER = "reconsider"   # 100.1 5): the case sent back: the procedure again
    COMPLY = "comply"           # 100.1 2), 3), or a court: the new act or the action it obliges


# The complaint body's decisions that reopen our case (АППК 100.1 2), 3), 5)).
REOPENING = {"revoke_new": ReopenTask.COMPLY, "perform": ReopenTask.COMPLY, "remand": ReopenTask.RECONSIDER}


class SatisfiedBy(StrEnum):
    """АППК 91.4 para 3: how the challenged body satisfies a complaint itself."""
    ACT = "act"
    ACTION = "action"
