"""The sets of states and roles the case actions are declared with
(``app.appeal.actions``, ``app.complaint.actions``, ``app.petition.actions``).

Pure rules; the engine (``app.engine``) checks a declaration's states
and roles before anything is written.
"""
from __future__ import annotations

from app.rules.enums import CASE_ROLES, HEAD_ROLES, OPEN_STATUSES, Role, Status

S = Status
OPEN = frozenset(OPEN_STATUSES)
ANY = frozenset(Status)
CONSIDERING = frozenset({S.ASSIGNED, S.IN_PROGRESS, S.HEARING})
ACTED = frozenset({S.DECIDED, S.ANSWERED, S.NOTED, S.TERMINATED})
OFFICE = CASE_ROLES | {Role.REGISTRAR}
HEADS = HEAD_ROLES
FORWARDERS = HEAD_ROLES | {Role.REGISTRAR}   # the chancellery forwards on the head's word


# АППК 67.4 "жоғары тұрған лауазымды адам", 91.3 "бағыныстылық тәртібімен
# жоғары тұрған": who stands above whom inside one office.  The akim above
# everyone; a deputy and the head of the apparatus, both answering to the
# akim, above the staff but not above each other (a reading, README).
RANK = {Role.HEAD: 3, Role.DEPUTY: 2, Role.APPARATUS_HEAD: 2, Role.EXECUTOR: 1, Role.REGISTRAR: 1,
        Role.ADMIN: 0}


def superior(decider: str, official: str) -> bool:
    """``decider``'s role stands above ``official``'s in the office."""
    return RANK.get(Role(decider), 0) > RANK.get(Role(official), 0)


def has_superior(official: str) -> bool:
    """Someone in the office stands above ``official`` (not so for the akim:
    his superior is the superior body, АППК 67.6, 91.3)."""
    return any(rank > RANK.get(Role(official), 0) for rank in RANK.values())
