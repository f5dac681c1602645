"""The short clocks of the Code and the extension cap, computed and explained.

Pure rules, no storage.  Convention (digest §2, Q2): "N working days from
event E" ends on the N-th working day after E's date, i.e. day 1 is the first
working day after the event, as art. 76 part 2 counts the final term.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.rules.calendar import WorkCalendar
from app.rules.deadlines import Step, count_working_days, skip_step
from app.rules.enums import Clock, Party


class Event(StrEnum):
    """What a clock runs from.  A clock's rule names it; no caller chooses."""
    RECEIPT = "receipt"                  # the appeal came in (АППК 64.3, 65.1, 91.4)
    REGISTRATION = "registration"        # the day it was registered (АППК 64.3)
    ACTION = "action"                    # the day of the action that opens the clock: a decision,
                                         # a notice sent, a motion filed, a delivery
    NOTICE_RECEIVED = "notice_received"  # the participant received the notice (АППК 73.3)
    PERIOD_END = "period_end"            # the period to correct that the office set ran out (64.7 1))
    RESUMED = "resumed"                  # a suspension of the act ended (АППК 96.1, 86.3)


@dataclass(frozen=True)
class ClockRule:
    days: int            # working days; 0 = the same day ("immediately")
    article: str
    party: Party
    runs_from: tuple[Event, ...]   # the first of these the case knows
    fixed: bool = False  # its last day is set by the office or counted back, not counted forward


A, R = Event.ACTION, Event.REGISTRATION
RULES = {
    # АППК 65.1: "келіп түскен күнінен бастап үш жұмыс күні ішінде" - from the day of receipt.
    Clock.FORWARD: ClockRule(3, "65.1", Party.OFFICE, (Event.RECEIPT,)),
    Clock.FORWARD_NOW: ClockRule(0, "64.7-2", Party.OFFICE, (A,)),
    Clock.CURE: ClockRule(0, "64.6", Party.PARTICIPANT, (A,), fixed=True),   # the date is set by the office
    # АППК 64.7: 1) once the period to correct ran out; 2) from registration.
    Clock.RETURN: ClockRule(3, "64.7", Party.OFFICE, (Event.PERIOD_END, R)),
    Clock.EXTENSION_NOTICE: ClockRule(3, "76.3", Party.OFFICE, (A,)),
    Clock.TERMINATION_NOTICE: ClockRule(3, "70.3", Party.OFFICE, (A,)),
    Clock.ACT_EARLIEST: ClockRule(3, "73.1", Party.GATE, (Event.NOTICE_RECEIVED,)),
    Clock.OBJECTION: ClockRule(2, "73.3", Party.PARTICIPANT, (Event.NOTICE_RECEIVED,)),
    Clock.ORAL_MOTION: ClockRule(2, "73.3", Party.PARTICIPANT, (Event.NOTICE_RECEIVED,)),
    Clock.PROTOCOL: ClockRule(2, "74.4", Party.OFFICE, (A,)),
    Clock.REMARKS: ClockRule(3, "74.6", Party.PARTICIPANT, (A,)),
    Clock.RECUSAL_DECISION: ClockRule(3, "67.3", Party.OFFICE, (A,)),
    Clock.RECUSAL_NOTICE: ClockRule(2, "67.11", Party.OFFICE, (A,)),
    Clock.FILE_ACCESS: ClockRule(3, "75.1", Party.OFFICE, (A,)),
    Clock.CORRECTION: ClockRule(3, "82.3", Party.OFFICE, (A,)),
    Clock.CORRECTION_COPY: ClockRule(3, "82.5", Party.OFFICE, (A,)),
    # АППК 86.3: from the delivery; again from the end of a suspension (96.1).
    Clock.EXECUTION: ClockRule(5, "86.3", Party.OFFICE, (Event.RESUMED, A)),
    Clock.REMAND: ClockRule(5, "100.2", Party.OFFICE, (A,)),
    Clock.UNCONSIDERED_NOTICE: ClockRule(3, "95.2", Party.OFFICE, (A,)),
    # АППК 90-5.2: due three working days before the discussion, counted back.
    Clock.DISCUSSION_NOTICE: ClockRule(0, "90-5.2", Party.OFFICE, (A,), fixed=True),
    Clock.PUBLICATION: ClockRule(1, "90-6.3", Party.OFFICE, (A,)),
    # АППК 100.4 "орындау үшін міндетті": a case reopened by the complaint body's decision
    # of 100.1 2), 3), 5) (or a court's) runs the term that decision sets, or the office's
    # recorded default (app.office.readings, 15 working days as 76.1), from the day we learn it.
    Clock.REOPENED: ClockRule(15, "100.4", Party.OFFICE, (A,)),
}

# Clocks whose last day is a date the office set or counted back, not a
# count forward from their event: a calendar change does not move them.
FIXED_DATE = frozenset(kind for kind, rule in RULES.items() if rule.fixed)


def event_day(kind: Clock, events: Mapping[Event, dt.date | None]) -> dt.date:
    """The day ``kind`` runs from: the first event of its rule that ``events``
    knows.  KeyError when none is known (a handler's omission, not input)."""
    for event in RULES[kind].runs_from:
        day = events.get(event)
        if day is not None:
            return day
    raise KeyError(f"{kind}: none of {RULES[kind].runs_from} is known")


@dataclass(frozen=True)
class ClockDue:
    kind: str
    event_on: dt.date
    days: int
    article: str
    due_on: dt.date
    steps: tuple[Step, ...]


def clock_due(kind: Clock, event_on: dt.date, cal: WorkCalendar,
              days: int | None = None) -> ClockDue:
    """The due date of ``kind`` triggered on ``event_on``, explained.

    Day 1 is the first working day after the event (АППК 76.2 applied to
    the short clocks, digest Q2); a clock of 0 days ("immediately") is due
    the same day, or the next working day when the event day is a day off.
    """
    rule = RULES[kind]
    n = rule.days if days is None else days
    steps = [Step("clock_event", event_on, {"clock": str(kind), "article": rule.article})]
    if n == 0:
        due = event_on if cal.is_working(event_on) else cal.next_working_day(event_on)
        steps.append(Step("clock_due", due, {"days": 0, "article": rule.article}))
        return ClockDue(str(kind), event_on, 0, rule.article, due, tuple(steps))
    day, counted = count_working_days(event_on, n, cal)
    steps += counted
    steps.append(Step("clock_due", day, {"days": n, "article": rule.article}))
    return ClockDue(str(kind), event_on, n, rule.article, day, tuple(steps))


# АППК 90-5.2: the invitation goes out when three working days remain before
# the public discussion (digest §7.25, a reading of "қалғанда").
DAYS_BEFORE_DISCUSSION = 3


def discussion_notice_due(discussion_on: dt.date, cal: WorkCalendar) -> ClockDue:
    """АППК 90-5.2: the last day to invite the author and the interested
    persons: the third working day before the discussion, counted back from
    it (the discussion day is day 0), explained day by day going back."""
    article = RULES[Clock.DISCUSSION_NOTICE].article
    steps: list[Step] = []
    day, counted = discussion_on, 0
    while counted < DAYS_BEFORE_DISCUSSION:
        day -= dt.timedelta(days=1)
        if cal.is_working(day):
            counted += 1
            steps.append(Step("counted", day, {"n": counted}))
        else:
            steps.append(skip_step(cal, day))
    steps.append(Step("discussion_notice", day, {"article": article}))
    return ClockDue(str(Clock.DISCUSSION_NOTICE), discussion_on, DAYS_BEFORE_DISCUSSION, article,
                    day, tuple(steps))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day number ``months`` later, or that month's last day.

    A convention: the Code has no rule for counting months (digest Q4 a).
    """
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ExtensionCap:
    decided_on: dt.date
    two_months: dt.date
    cap_on: dt.date
    steps: tuple[Step, ...]


def extension_cap(decided_on: dt.date, cal: WorkCalendar) -> ExtensionCap:
    """АППК 76.3: at most two months from the extension decision; АППК 76.5:
    a last day on a non-working day moves to the next working day."""
    two = add_months(decided_on, 2)
    steps = [Step("extension_decided", decided_on, {"article": "76.3"}),
             Step("two_months", two, {"article": "76.3"})]
    cap = two
    while not cal.is_working(cap):
        steps.append(skip_step(cal, cap))
        cap += dt.timedelta(days=1)
    if cap != two:
        steps.append(Step("moved_to_working_day", cap, {"article": "76.5"}))
    steps.append(Step("extension_cap", cap, {"article": "76.3"}))
    return ExtensionCap(decided_on, two, cap, tuple(steps))


def effective_last_day(day: dt.date, cal: WorkCalendar) -> dt.date:
    """АППК 76.5: a last day on a non-working day is the next working day."""
    return day if cal.is_working(day) else cal.next_working_day(day)
