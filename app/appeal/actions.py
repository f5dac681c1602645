"""The appeal's case actions (АППК 64–89), each declared once: article,
states, roles, the procedures it serves, its inputs and its handler.

Sources and roles come from ``app.rules.transitions``; the engine reads these
records through ``app.engine.registry``.
"""
from __future__ import annotations

from app.appeal import consideration as c
from app.appeal import eotinish as e
from app.appeal import hearing as h
from app.appeal import inputs as i
from app.appeal import intake as k
from app.cases.action import Action, CaseView
from app.rules.codes import ActionName as N
from app.rules.codes import Procedure as P
from app.rules.enums import CASE_ROLES, EXTENDING_ROLES, Clock, Role
from app.rules.transitions import (
    ACTED,
    ANY,
    CONSIDERING,
    FORWARDERS,
    HEADS,
    OFFICE,
    OPEN,
    S,
)

APPEALS = frozenset({P.APPLICATION, P.SIMPLIFIED})   # not a complaint's, not a petition's
EVERY = frozenset(P)
NOT_CHALLENGED = EVERY - {P.COMPLAINT_CHALLENGED}     # the challenged body only sends it on (91.4)
NOT_COMPLAINTS = EVERY - {P.COMPLAINT_CHALLENGED, P.COMPLAINT_REVIEWING}
# АППК 91.4: the challenged body sends the complaint and the case file on within
# 3 working days (or fully satisfies it); the return is the complaint body's (95.1 3)).
SENDS_ON = {P.COMPLAINT_CHALLENGED: "challenged_sends_on"}
NO_COMPLAINT_EXTENSION = {P.COMPLAINT_CHALLENGED: "extension_forbidden_complaint",
                          P.COMPLAINT_REVIEWING: "extension_forbidden_complaint"}   # АППК 99


def _protocol_signed(view: CaseView) -> bool:
    return view.closed(Clock.PROTOCOL)   # АППК 74.5: read once signed


def _not_marked(view: CaseView) -> bool:
    return not view.appeal.security


def _not_reopened(view: CaseView) -> bool:   # АППК 100.4: the decision says what to do
    return view.appeal.reopened_on is None


ACTIONS = (
    # Assignment and consideration (АППК 71).
    Action(N.ASSIGN, "71.1", OPEN, HEADS, c.assign, i.Assign, reversible=True),
    Action(N.ACCEPT, "71.1", frozenset({S.ASSIGNED}), CASE_ROLES, c.accept, i.OnDate,
           target=S.IN_PROGRESS, reversible=True),
    # Intake problems (АППК 64.6–64.9, 65).
    Action(N.REQUEST_CORRECTION, "64.6", frozenset({S.REGISTERED, S.INCOMPLETE, S.ASSIGNED, S.IN_PROGRESS}),
           OFFICE, k.request_correction, i.RequestCorrection, target=S.INCOMPLETE, applies_to=NOT_CHALLENGED,
           reversible=True, refusals=SENDS_ON),
    Action(N.CORRECTED, "64.6", frozenset({S.INCOMPLETE}), OFFICE, k.corrected, i.Noted,
           applies_to=NOT_CHALLENGED, reversible=True, refusals=SENDS_ON),
    Action(N.MARK_SECURITY, "64.7-2", OPEN, OFFICE, k.mark_security, i.Noted, reversible=True,
           offered_if=_not_marked),
    Action(N.RETURN, "64.7", OPEN, HEADS, k.return_appeal, i.Return, target=S.RETURNED,
           applies_to=NOT_CHALLENGED - {P.PETITION}, reversible=True,   # АППК 90-4.2: a petition is considered
           refusals=SENDS_ON, offered_if=_not_reopened),
    Action(N.ATTACH, "64.8", frozenset({S.REGISTERED, S.INCOMPLETE, S.ASSIGNED}), HEADS, k.attach, i.Attach,
           target=S.ATTACHED, applies_to=APPEALS, reversible=True),
    Action(N.FORWARD, "65.1", OPEN, FORWARDERS, k.forward, i.Forward, target=S.FORWARDED,
           applies_to=NOT_CHALLENGED, reversible=True, offered_if=_not_reopened),
    Action(N.FORWARD_PART, "65.2", OPEN, FORWARDERS, k.forward_part, i.ForwardPart,
           applies_to=NOT_CHALLENGED, offered_if=_not_reopened),
    # АППК 64.9, 70.1 4): the body accepts the applicant's written withdrawal; the
    # chancellery registers the letter, the case's officials end the case (issue 12).
    Action(N.WITHDRAW, "64.9", OPEN, CASE_ROLES, k.withdraw, i.Withdraw, target=S.WITHDRAWN, reversible=True),
    # АППК 76.3: extension; never for a complaint (99) or a petition (90-5.1).
    Action(N.EXTEND, "76.3", OPEN, EXTENDING_ROLES, c.extend, i.Extend, applies_to=APPEALS,
           reversible=True, refusals=NO_COMPLAINT_EXTENSION),
    # АППК 73–74: hearing; the challenged body does not consider (91.4).
    Action(N.HEARING_NOTICE, "73.1", frozenset({S.ASSIGNED, S.IN_PROGRESS}), CASE_ROLES, h.hearing_notice,
           i.HearingNotice, target=S.HEARING, applies_to=NOT_CHALLENGED, reversible=True),
    Action(N.HEARING_EXCEPTION, "73.2", CONSIDERING, CASE_ROLES, h.hearing_exception,
           i.HearingExceptionInput, applies_to=NOT_CHALLENGED, reversible=True),
    Action(N.OBJECTION, "73.3", frozenset({S.HEARING}), OFFICE, h.objection, i.Texted,
           applies_to=NOT_CHALLENGED, needs_clock=(Clock.OBJECTION,)),
    Action(N.ORAL_MOTION, "73.3", frozenset({S.HEARING}), OFFICE, h.oral_motion, i.OralMotion,
           applies_to=NOT_CHALLENGED, needs_clock=(Clock.ORAL_MOTION,)),
    Action(N.ORAL_HEARING, "74.1", frozenset({S.HEARING}), CASE_ROLES, h.oral_hearing, i.Noted,
           applies_to=NOT_CHALLENGED),
    Action(N.PROTOCOL_SIGNED, "74.4", ANY, CASE_ROLES, h.protocol_signed, i.OnDate,
           applies_to=NOT_CHALLENGED, needs_clock=(Clock.PROTOCOL,)),
    Action(N.PROTOCOL_READ, "74.5", ANY, OFFICE, h.protocol_read, i.OnDate, applies_to=NOT_CHALLENGED,
           offered_if=_protocol_signed),
    Action(N.PROTOCOL_REMARKS, "74.6", ANY, OFFICE, h.protocol_remarks, i.ProtocolRemarks,
           applies_to=NOT_CHALLENGED, needs_clock=(Clock.REMARKS,)),
    # АППК 77, 89, 70, 88: decisions; a complaint's are of art. 100, a petition's of 90-6.
    Action(N.DECIDE, "77.1", CONSIDERING, HEADS, c.decide, i.Decide, applies_to=APPEALS, reversible=True),
    Action(N.TERMINATE, "70.1", OPEN, HEADS | {Role.EXECUTOR},
           c.terminate, i.Terminate, target=S.TERMINATED, applies_to=APPEALS, reversible=True),
    # АППК 67: recusal.
    Action(N.RECUSAL_DECLARED, "67.1", OPEN, OFFICE, h.recusal_declared, i.RecusalDeclared),
    Action(N.RECUSAL_DECIDED, "67.3", OPEN, HEADS, h.recusal_decided, i.RecusalDecided,
           needs_clock=(Clock.RECUSAL_DECISION,)),
    # Notices and the other clocks (АППК 66, 75, 81, 82, 86).
    Action(N.NOTIFY, "66", ANY, OFFICE, h.notify, i.Notify, needs_clock=h.NOTICE_CLOCKS),
    Action(N.FILE_ACCESS_REQUESTED, "75.1", ANY, OFFICE, h.file_access_requested, i.OnDate),
    Action(N.FILE_ACCESS_GIVEN, "75.1", ANY, OFFICE, h.file_access_given, i.FileAccessGiven,
           needs_clock=(Clock.FILE_ACCESS,)),
    Action(N.CORRECTION_REQUESTED, "82.3", ACTED, OFFICE, h.correction_requested, i.Texted),
    Action(N.ACT_CORRECTED, "82.3", ACTED, CASE_ROLES, h.act_corrected, i.Texted),
    Action(N.DELIVERED, "81", frozenset({S.DECIDED}), OFFICE, h.delivered, i.Delivered, applies_to=APPEALS),
    Action(N.EXECUTED, "86.3", frozenset({S.DECIDED}), CASE_ROLES, h.executed, i.Noted, applies_to=APPEALS,
           needs_clock=(Clock.EXECUTION,)),
    # АППК 69.3: the number the IAS «Электрондық жолданымдар» gave, entered by the
    # chancellery (the registrar; the administrator acts on no case) in any state of any
    # case, a closed one too; once given, changed only by a correction.
    Action(N.EOTINISH_NUMBER, "69.3", ANY, e.NUMBER_ROLES, e.set_number, e.NumberInput,
           offered_if=e.has_no_number),
    Action(N.EOTINISH_CORRECT, "69.3", ANY, e.NUMBER_ROLES, e.correct_number, e.CorrectionInput,
           offered_if=e.has_number),
    # The applicant's feedback on the answer (issue 16 item 6; АППК 69.4: the heads answer
    # for the work with appeals), once the case is decided or answered.
    Action(N.FEEDBACK, "69.4", ACTED - {S.TERMINATED}, OFFICE, e.feedback, e.FeedbackInput),
)
