"""Closed vocabularies of the domain.  Values are stored in the database."""
from __future__ import annotations

from enum import StrEnum


class AppealKind(StrEnum):
    """АППК 4.1, 4.38, 4.37, 4.35, 4.36, 4.32, 4.31-1."""
    APPLICATION = "application"   # арыз / заявление
    COMPLAINT = "complaint"       # шағым / жалоба
    MESSAGE = "message"           # хабар / сообщение
    PROPOSAL = "proposal"         # ұсыныс / предложение
    RESPONSE = "response"         # үн қосу / отклик
    REQUEST = "request"           # сұрау салу / запрос
    PETITION = "petition"         # петиция / петиция


class AppealForm(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"     # АППК 64.4
    ORAL = "oral"                 # АППК 63.1: recorded in a protocol
    VIDEO = "video"               # АППК 64.5


class ApplicantType(StrEnum):
    INDIVIDUAL = "individual"
    LEGAL = "legal"


class Language(StrEnum):
    KK = "kk"
    RU = "ru"
    OTHER = "other"


class Role(StrEnum):
    ADMIN = "admin"
    REGISTRAR = "registrar"
    EXECUTOR = "executor"
    HEAD = "head"


REGISTERING_ROLES = frozenset({Role.ADMIN, Role.REGISTRAR})


class Status(StrEnum):
    REGISTERED = "registered"
    INCOMPLETE = "incomplete"             # АППК 64.6: awaiting correction
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    HEARING = "hearing"                   # АППК 73
    DECIDED = "decided"
    ANSWERED = "answered"
    NOTED = "noted"                       # taken into consideration, АППК 89
    FORWARDED = "forwarded"               # АППК 65
    RETURNED = "returned"                 # АППК 64.7
    WITHDRAWN = "withdrawn"               # АППК 64.9
    TERMINATED = "terminated"             # АППК 70


OPEN_STATUSES = (Status.REGISTERED, Status.INCOMPLETE, Status.ASSIGNED,
                 Status.IN_PROGRESS, Status.HEARING)


class OverrideKind(StrEnum):
    DAY_OFF = "day_off"
    WORKING_DAY = "working_day"


class QuickFilter(StrEnum):
    ALL = "all"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"                 # within 3 working days
