"""The ladder of a case: the final term and every short clock, running ones
first, each with its due date, state and day-by-day explanation."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appeal.case_card import explain
from app.complaint.record import role_of
from app.errors import DomainError
from app.office.calendar_store import load_calendar
from app.rules.calendar import WorkCalendar
from app.rules.clocks import RULES, clock_due
from app.rules.deadlines import Step, working_days_left
from app.rules.enums import OPEN_STATUSES, AppealKind, Clock, ClockState, ComplaintRole, Party
from app.store.storage import guarded
from models.entities import Appeal, CaseClock

# Ladder states besides ClockState: a running office duty past its date.
OVERDUE = "overdue"


@dataclass(frozen=True)
class Rung:
    kind: str            # "final", "internal" or an app.rules.enums.Clock
    article: str
    party: str
    event_on: dt.date | None
    due_on: dt.date
    state: str           # ClockState values, or "overdue"
    closed_on: dt.date | None
    days_left: int | None
    steps: tuple[Step, ...]

    @property
    def running(self) -> bool:
        return self.state in (ClockState.OPEN, OVERDUE)


@dataclass(frozen=True)
class Ladder:
    appeal_id: int
    rungs: tuple[Rung, ...]
    deemed_refusal: bool      # АППК 91.2: the final term ran out without a decision
    extended: bool
    deemed_article: str = "91.2"   # 100.5 for a complaint the office considers


def _state(party: str, due: dt.date, today: dt.date, stored: str) -> str:
    if stored != ClockState.OPEN:
        return stored
    if today > due:
        return OVERDUE if party == Party.OFFICE else ClockState.ELAPSED
    return ClockState.OPEN


def _final(row: Appeal, today: dt.date, cal: WorkCalendar) -> Rung:
    article = row.term_article
    if row.reopened_on is not None:   # АППК 100.4: the term of the case reopened by a binding decision
        steps = list(clock_due(Clock.REOPENED, row.reopened_on, cal, row.reopen_days).steps)
        article = RULES[Clock.REOPENED].article
    else:
        steps = list(explain(row, cal).steps)
    if row.reopened_on is None and row.due_on != row.statutory_due_on:
        steps.append(Step("extended_to", row.due_on, {"article": "76.3"}))
    is_open = row.status in OPEN_STATUSES
    if is_open:
        state = OVERDUE if today > row.due_on else ClockState.OPEN
    else:
        closed = row.closed_on or today
        state = ClockState.MET if closed <= row.due_on else ClockState.LATE
    left = working_days_left(today, row.due_on, cal) if is_open else None
    return Rung("final", article, Party.OFFICE, row.reopened_on or row.registered_on, row.due_on, state,
                row.closed_on, left, tuple(steps))


def _clock(c: CaseClock, today: dt.date, cal: WorkCalendar) -> Rung:
    kind = Clock(c.kind)
    steps: tuple[Step, ...]
    if kind == Clock.CURE:
        steps = (Step("cure_set", c.event_on, {"until": c.due_on, "article": c.article}),)
    elif kind == Clock.DISCUSSION_NOTICE:   # counted back from the discussion (АППК 90-5.2)
        steps = (Step("discussion_notice", c.due_on, {"article": c.article}),)
    else:
        steps = clock_due(kind, c.event_on, cal, c.days).steps
    state = _state(c.party, c.due_on, today, c.state)
    left = working_days_left(today, c.due_on, cal) if state in (ClockState.OPEN, OVERDUE) else None
    return Rung(str(kind), c.article, c.party, c.event_on, c.due_on, state, c.closed_on, left, steps)


@guarded
def ladder(appeal_id: int, today: dt.date | None = None) -> Ladder:
    today = today or dt.date.today()
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    cal = load_calendar()
    rungs = [_final(row, today, cal)]
    if row.internal_due_on is not None:
        is_open = row.status in OPEN_STATUSES
        state = (ClockState.OPEN if today <= row.internal_due_on else OVERDUE) if is_open else (
            ClockState.MET if (row.closed_on or today) <= row.internal_due_on else ClockState.LATE)
        rungs.append(Rung("internal", "", Party.OFFICE, None, row.internal_due_on, state,
                          row.closed_on, None, ()))
    clocks = CaseClock.select().where(CaseClock.appeal == appeal_id).order_by(CaseClock.id)
    rungs += [_clock(c, today, cal) for c in clocks]
    rungs.sort(key=lambda r: (not r.running, r.due_on if r.running else dt.date.max - (r.due_on - dt.date.min)))
    deemed = (row.status in OPEN_STATUSES and today > row.due_on) or (
        row.decided_on is not None and row.decided_on > row.due_on)
    if row.reopened_on is not None and row.reopen_task == "comply":
        deemed = False   # carrying out a binding decision (100.4) is a duty, not a decision to refuse
    article = "91.2"
    if row.kind == AppealKind.COMPLAINT:
        # АППК 100.5: the complaint body is deemed to refuse; the challenged
        # body's three-day step (91.4) is a duty, not a decision to refuse.
        role = role_of(row.id)
        deemed = deemed and role != ComplaintRole.CHALLENGED
        article = "100.5"
    extended = row.reopened_on is None and row.due_on != row.statutory_due_on
    return Ladder(row.id, tuple(rungs), deemed, extended, article)
