"""Which action may be taken in which state, by whom, and the state it leads to.

Pure rules, checked by ``app.cases.engine`` before anything is written, and used
by the UI only to list the actions of a case.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import DomainError
from app.rules.enums import CASE_ROLES, EXTENDING_ROLES, HEAD_ROLES, OPEN_STATUSES, Role, Status

S = Status
OPEN = frozenset(OPEN_STATUSES)
ANY = frozenset(Status)
CONSIDERING = frozenset({S.ASSIGNED, S.IN_PROGRESS, S.HEARING})
ACTED = frozenset({S.DECIDED, S.ANSWERED, S.NOTED, S.TERMINATED})
OFFICE = CASE_ROLES | {Role.REGISTRAR}
HEADS = HEAD_ROLES
FORWARDERS = HEAD_ROLES | {Role.REGISTRAR}   # the chancellery forwards on the head's word


@dataclass(frozen=True)
class Rule:
    sources: frozenset
    roles: frozenset
    target: Status | None = None   # None: the state does not change


RULES: dict[str, Rule] = {
    # Assignment and consideration.
    "assign": Rule(OPEN, HEADS),
    "accept": Rule(frozenset({S.ASSIGNED}), CASE_ROLES, S.IN_PROGRESS),
    # АППК 64.6–64.8, 65: intake problems.
    "request_correction": Rule(frozenset({S.REGISTERED, S.INCOMPLETE, S.ASSIGNED, S.IN_PROGRESS}),
                               OFFICE, S.INCOMPLETE),
    "corrected": Rule(frozenset({S.INCOMPLETE}), OFFICE),
    "mark_security": Rule(OPEN, OFFICE),
    "return": Rule(OPEN, HEADS, S.RETURNED),
    "attach": Rule(frozenset({S.REGISTERED, S.INCOMPLETE, S.ASSIGNED}), HEADS, S.ATTACHED),
    "forward": Rule(OPEN, FORWARDERS, S.FORWARDED),
    "forward_part": Rule(OPEN, FORWARDERS),
    "withdraw": Rule(OPEN, OFFICE, S.WITHDRAWN),
    # АППК 76.3: extension.
    "extend": Rule(OPEN, EXTENDING_ROLES),
    # АППК 73–74: hearing.
    "hearing_notice": Rule(frozenset({S.ASSIGNED, S.IN_PROGRESS}), CASE_ROLES, S.HEARING),
    "hearing_exception": Rule(CONSIDERING, CASE_ROLES),
    "objection": Rule(frozenset({S.HEARING}), OFFICE),
    "oral_motion": Rule(frozenset({S.HEARING}), OFFICE),
    "oral_hearing": Rule(frozenset({S.HEARING}), CASE_ROLES),
    "protocol_signed": Rule(ANY, CASE_ROLES),
    "protocol_read": Rule(ANY, OFFICE),
    "protocol_remarks": Rule(ANY, OFFICE),
    # АППК 77, 89, 70, 88: decisions.
    "decide": Rule(CONSIDERING, HEADS),
    "terminate": Rule(OPEN, HEADS | {Role.EXECUTOR}, S.TERMINATED),
    # АППК 67: recusal.
    "recusal_declared": Rule(OPEN, OFFICE),
    "recusal_decided": Rule(OPEN, HEADS),
    # Notices and the other clocks (АППК 75, 82, 86).
    "notify": Rule(ANY, OFFICE),
    "file_access_requested": Rule(ANY, OFFICE),
    "file_access_given": Rule(ANY, OFFICE),
    "correction_requested": Rule(ACTED, OFFICE),
    "act_corrected": Rule(ACTED, CASE_ROLES),
    "delivered": Rule(frozenset({S.DECIDED}), OFFICE),
    "executed": Rule(frozenset({S.DECIDED}), CASE_ROLES),
    # Complaints (АППК 91.4, 92.2, 95, 100, 100.6): see app.rules.complaint
    # for which side of a complaint each belongs to.
    "complaint_send": Rule(OPEN, FORWARDERS, S.FORWARDED),
    "complaint_satisfy": Rule(OPEN, HEADS, S.DECIDED),
    "review_result": Rule(frozenset({S.FORWARDED}), OFFICE),
    "restore_term": Rule(OPEN, HEADS),
    "complaint_decide": Rule(OPEN - {S.INCOMPLETE}, HEADS, S.DECIDED),
    "decision_sent": Rule(frozenset({S.DECIDED}), OFFICE),
    "official_heard": Rule(OPEN - {S.INCOMPLETE}, CASE_ROLES),
    "complaint_facts": Rule(OPEN, OFFICE),
    "court_recorded": Rule(ANY, OFFICE),
    # Petitions (АППК 90-5.2, 90-6).
    "petition_visit": Rule(OPEN, OFFICE),
    "petition_discussion_set": Rule(OPEN, OFFICE),
    "petition_notified": Rule(OPEN, OFFICE),
    "petition_discussion_held": Rule(OPEN, OFFICE),
    "petition_commission": Rule(OPEN, OFFICE),
    "petition_decide": Rule(OPEN - {S.INCOMPLETE}, HEADS, S.DECIDED),
    "petition_published": Rule(frozenset({S.DECIDED}), OFFICE),
    "petition_statement": Rule(frozenset({S.DECIDED}), HEADS),
    # A recorded counter-action; never an edit of the past.
    "reverse": Rule(ANY, HEADS),
}
ACTIONS = tuple(RULES)


def check(action: str, status: str, role: Role) -> Rule:
    """The rule of ``action``; DomainError when the state or role forbids it."""
    rule = RULES.get(action)
    if rule is None:
        raise DomainError("unknown_action", action=action)
    if Status(status) not in rule.sources:
        raise DomainError("transition_forbidden", action=action, status=str(status))
    if role not in rule.roles:
        raise DomainError("action_forbidden_role", action=action,
                          roles=sorted(str(r) for r in rule.roles))
    return rule


def available(status: str) -> list[str]:
    """Actions possible in ``status`` (whoever the user is: the UI offers them
    all and the service explains a refusal for the user's role)."""
    return [a for a, rule in RULES.items() if Status(status) in rule.sources]
