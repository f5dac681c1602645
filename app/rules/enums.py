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


class OrgForm(StrEnum):
    """АППК 80.1 3), 101.1 3): a legal entity's organisational-legal form
    (a closed list; "other" with its text).  An individual entrepreneur
    (ЖК/ИП) is no legal entity: registered as an individual, with the IIN."""
    TOO = "too"                   # ЖШС / ТОО
    AO = "ao"                     # АҚ / АО
    PK = "pk"                     # ӨК / ПК
    OO = "oo"                     # ҚБ / ОО
    INSTITUTION = "institution"   # мекеме / учреждение
    GKP = "gkp"                   # МКК / ГКП
    RGP = "rgp"                   # РМК / РГП
    NAO = "nao"                   # КЕАҚ / НАО
    OTHER = "other"


class Language(StrEnum):
    KK = "kk"
    RU = "ru"
    OTHER = "other"


class Role(StrEnum):
    ADMIN = "admin"
    REGISTRAR = "registrar"
    EXECUTOR = "executor"
    HEAD = "head"
    DEPUTY = "deputy"                     # заместитель руководителя
    APPARATUS_HEAD = "apparatus_head"     # руководитель аппарата (АППК 76.3)


REGISTERING_ROLES = frozenset({Role.ADMIN, Role.REGISTRAR})
# Who heads the body: assigns, decides, terminates, returns (АППК 88.2, 67.4).
HEAD_ROLES = frozenset({Role.HEAD, Role.DEPUTY})
# АППК 76.3: only the head, a deputy or the head of the apparatus extends.
EXTENDING_ROLES = frozenset({Role.HEAD, Role.DEPUTY, Role.APPARATUS_HEAD})
CASE_ROLES = frozenset({Role.HEAD, Role.DEPUTY, Role.APPARATUS_HEAD, Role.EXECUTOR})


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
    ATTACHED = "attached"                 # АППК 64.8: filed into an earlier case


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


class Clock(StrEnum):
    """Statutory clocks besides the final term (digest §2, D4–D19; A3–A7)."""
    FORWARD = "forward"                   # АППК 65.1: 3 working days from receipt
    FORWARD_NOW = "forward_now"           # АППК 64.7-2: immediately
    CURE = "cure"                         # АППК 64.6: the period set to correct
    RETURN = "return"                     # АППК 64.7: 3 working days
    EXTENSION_NOTICE = "extension_notice"       # АППК 76.3: 3 working days
    TERMINATION_NOTICE = "termination_notice"   # АППК 70.3: 3 working days
    ACT_EARLIEST = "act_earliest"         # АППК 73.1: act not before notice + 3
    OBJECTION = "objection"               # АППК 73.3 para 1: participant, 2
    ORAL_MOTION = "oral_motion"           # АППК 73.3 para 2: participant, 2
    PROTOCOL = "protocol"                 # АППК 74.4: 2 working days
    REMARKS = "remarks"                   # АППК 74.6: participant, 3
    RECUSAL_DECISION = "recusal_decision"  # АППК 67.3: 3 working days
    RECUSAL_NOTICE = "recusal_notice"     # АППК 67.11: 2 working days
    FILE_ACCESS = "file_access"           # АППК 75.1: 3 working days
    CORRECTION = "correction"             # АППК 82.3: 3 working days
    CORRECTION_COPY = "correction_copy"   # АППК 82.5: 3 working days
    EXECUTION = "execution"               # АППК 86.3: 5 working days
    REMAND = "remand"                     # АППК 100.2: complaint sent back, 5 working days
    UNCONSIDERED_NOTICE = "unconsidered_notice"  # АППК 95.2: 3 working days
    DISCUSSION_NOTICE = "discussion_notice"  # АППК 90-5.2: 3 working days before the discussion
    PUBLICATION = "publication"           # АППК 90-6.3: the next working day
    REOPENED = "reopened"                 # АППК 100.4: a case reopened by a binding decision


class Party(StrEnum):
    """Whose clock it is: the office's duty, the participant's period, or the
    earliest day for an act (a gate, not a duty)."""
    OFFICE = "office"
    PARTICIPANT = "participant"
    GATE = "gate"


class ClockState(StrEnum):
    OPEN = "open"
    MET = "met"               # done in time
    LATE = "late"             # done after the due date
    CANCELLED = "cancelled"   # no longer needed (corrected, reversed)
    ELAPSED = "elapsed"       # a participant's period or a gate that ran out


class Outcome(StrEnum):
    """Outcome class for statistics (issue 3 item 10)."""
    CLARIFIED = "clarified"
    SATISFIED = "satisfied"
    REFUSED = "refused"
    PARTLY = "partly_satisfied"


class ComplaintRole(StrEnum):
    """Which side of a complaint the office is on (digest §4.2, §4.3)."""
    CHALLENGED = "challenged"   # АППК 91.4: our act or action is challenged
    REVIEWING = "reviewing"     # АППК 91.3, 99: we consider the complaint


class ComplaintSubject(StrEnum):
    """АППК 91.1: what is challenged."""
    ACT = "act"
    ACTION = "action"
    INACTION = "inaction"


class Suspension(StrEnum):
    """АППК 96: the challenged act's execution while the complaint runs."""
    SUSPENDED = "suspended"             # 96.1
    NOT_SUSPENDED = "not_suspended"     # an exception of 96.1 1)–3), stated per 96.2
    NOT_APPLICABLE = "not_applicable"   # inaction: nothing to execute
    ENDED = "ended"                     # the complaint was decided, left or withdrawn


class BookingStatus(StrEnum):
    """A booking for a personal reception (АППК 90, 73.2 9))."""
    BOOKED = "booked"
    REFUSED = "refused"           # a recorded decision with its reason (73.2 9))
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"   # moved: a new booking names this one
    RECEIVED = "received"
    NO_SHOW = "no_show"


ACTIVE_BOOKINGS = (BookingStatus.BOOKED, BookingStatus.RECEIVED)


class ReceptionOutcome(StrEnum):
    """What came of a personal reception (АППК 90.4)."""
    RESOLVED = "resolved"             # resolved and explained at the reception
    WRITTEN_APPEAL = "written_appeal"  # set out in writing, a written appeal (90.4)
    NOT_COMPETENT = "not_competent"   # not ours: where to go


class PetitionDecision(StrEnum):
    """АППК 90-6.1."""
    SATISFIED = "petition_satisfied"
    PARTLY = "petition_partly"
    REFUSED = "petition_refused"
