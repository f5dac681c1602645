"""Registration date (АППК 64.3) and the statutory term (АППК 76).

Every result explains itself as a list of :class:`Step` records: codes and
dates, turned into sentences by ``ui.common.explain``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.rules.calendar import WorkCalendar


@dataclass(frozen=True)
class WorkingHours:
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(18, 30)

    @classmethod
    def parse(cls, start: str, end: str) -> WorkingHours:
        return cls(dt.time.fromisoformat(start), dt.time.fromisoformat(end))


@dataclass(frozen=True)
class Step:
    """One line of an explanation.

    Codes: received, registered_same_day, registered_next_day, registered_on,
    skipped, count_starts, counted, due.
    """
    code: str
    day: dt.date | None = None
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Deadline:
    received: dt.datetime
    registered_on: dt.date
    term_days: int
    article: str
    due_on: dt.date
    steps: tuple[Step, ...]


def skip_step(cal: WorkCalendar, day: dt.date) -> Step:
    info = cal.day_info(day)
    params = {"reason": info.reason, "name_kk": info.name_kk,
              "observed": info.observed, "estimated": info.estimated}
    if info.override is not None:
        params.update(override_reason=info.override.reason, decree=info.override.decree)
    return Step("skipped", day, params)


def registration_date(received: dt.datetime, cal: WorkCalendar,
                      hours: WorkingHours = WorkingHours()) -> tuple[dt.date, list[Step]]:
    """АППК 64.3: registered the day it is received; received after the end of
    the working day or on a non-working day, on the next working day.

    An appeal received before the working day starts is registered that day:
    the Code names only "after the end" (digest, art. 64 part 3, ambiguity).
    """
    day = received.date()
    steps = [Step("received", day, {"time": received.strftime("%H:%M")})]
    if cal.is_working(day) and received.time() < hours.end:
        steps.append(Step("registered_same_day", day, {"article": "64.3"}))
        return day, steps
    why = "after_hours" if cal.is_working(day) else "non_working_day"
    if why == "non_working_day":
        steps.append(skip_step(cal, day))
    registered = cal.next_working_day(day)
    probe = day + dt.timedelta(days=1)
    while probe < registered:
        steps.append(skip_step(cal, probe))
        probe += dt.timedelta(days=1)
    steps.append(Step("registered_next_day", registered,
                      {"article": "64.3", "why": why, "end": hours.end.strftime("%H:%M")}))
    return registered, steps


# Terms counted from the day of receipt, not of registration: the body whose
# act is challenged sends the complaint on "within 3 working days of the day
# the complaint is received" (АППК 91.4 para 2).
FROM_RECEIPT = frozenset({"91.4"})
# АППК 91.4 para 2: the body whose act is challenged sends the complaint on
# (or satisfies it, para 3) within 3 working days of receipt.
CHALLENGED_TERM = (3, "91.4")


def term_start(received: dt.datetime, registered_on: dt.date, article: str) -> dt.date:
    """The day 0 of a final term: registration (76.2) or receipt (91.4)."""
    return received.date() if article in FROM_RECEIPT else registered_on


def due_date(registered_on: dt.date, term_days: int, article: str,
             cal: WorkCalendar) -> tuple[dt.date, list[Step]]:
    """АППК 76.1–76.2: ``term_days`` working days; counting starts the day
    after registration, so the registration day is day 0.  АППК 76.5 (a last
    day on a non-working day moves on) is built in: only working days count.
    For a term of ``FROM_RECEIPT`` the first argument is the day of receipt.
    """
    first = registered_on + dt.timedelta(days=1)
    day, counted = count_working_days(registered_on, term_days, cal)
    start = "91.4" if article in FROM_RECEIPT else "76.2"
    steps = [Step("count_starts", first, {"article": start}), *counted,
             Step("due", day, {"term_days": term_days, "article": article})]
    return day, steps


def count_working_days(start: dt.date, n: int, cal: WorkCalendar) -> tuple[dt.date, list[Step]]:
    """The ``n``-th working day after ``start`` (start is day 0), with a step
    for every day counted or skipped."""
    steps, day, counted = [], start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if cal.is_working(day):
            counted += 1
            steps.append(Step("counted", day, {"n": counted}))
        else:
            steps.append(skip_step(cal, day))
    return day, steps


def compute(received: dt.datetime, term_days: int, article: str, cal: WorkCalendar,
            hours: WorkingHours = WorkingHours()) -> Deadline:
    registered, reg_steps = registration_date(received, cal, hours)
    due, due_steps = due_date(term_start(received, registered, article), term_days, article, cal)
    return Deadline(received, registered, term_days, article, due,
                    tuple(reg_steps + due_steps))


def explain_registered(received: dt.datetime, registered_on: dt.date, term_days: int,
                       article: str, cal: WorkCalendar,
                       hours: WorkingHours = WorkingHours()) -> Deadline:
    """The deadline of an appeal already registered.

    The registration date is a recorded fact and is never re-derived: when
    today's hours or calendar would give another date, the explanation says
    only when it was registered.  The term is counted on today's calendar from
    that date, which is how due dates are kept after calendar changes.
    """
    derived, reg_steps = registration_date(received, cal, hours)
    if derived != registered_on:
        reg_steps = [Step("received", received.date(), {"time": received.strftime("%H:%M")}),
                     Step("registered_on", registered_on, {"article": "64.3"})]
    due, due_steps = due_date(term_start(received, registered_on, article), term_days, article, cal)
    return Deadline(received, registered_on, term_days, article, due, tuple(reg_steps + due_steps))


def working_days_left(today: dt.date, due_on: dt.date, cal: WorkCalendar) -> int:
    """Working days from today to the due date: 0 on the last day, negative
    when overdue (each working day past the due date counts one, and a day
    off right after the due date already counts as -1: the term has run out)."""
    if today > due_on:
        return -max(1, cal.working_days_between(due_on, today))
    return cal.working_days_between(today, due_on)
