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
