"""What a case action is: its declaration (:class:`Action`), what its handler
reads (:class:`Ctx`) and returns (:class:`Act`), and the hooks a procedure
gives the engine for its own record (:class:`Hooks`).

Procedure-neutral: nothing here knows a complaint or a petition.  Each
procedure package declares its actions in its ``actions.py``; the engine
(``app.engine``) reads one registry built from those declarations.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from app.errors import DomainError
from app.office.auth import UserInfo
from app.rules.calendar import WorkCalendar
from app.rules.clocks import Event, clock_due, event_day
from app.rules.codes import ActionName, Procedure
from app.rules.enums import Clock, ClockState, Role, Status
from app.rules.text import clean
from models.db import compiled
from models.entities import Appeal, CaseClock, ChangeLog

MAX_TEXT = 4000
ALL_PROCEDURES = frozenset(Procedure)


class Open(NamedTuple):
    """A clock the action opens.  It runs from the event its rule names
    (``app.rules.clocks.RULES``); ``due_on`` only for a date the office sets
    or counts back, ``days`` only where the act sets its own term."""
    kind: Clock
    due_on: dt.date | None = None
    days: int | None = None


@dataclass
class Act:
    """What an action changes.  ``events``: the days of the events the action
    reports (the participant received the notice, the period to correct
    ends), besides the action's own day and the appeal's receipt and
    registration, which the engine knows."""
    changes: dict = field(default_factory=dict)
    details: dict = field(default_factory=dict)
    status: Status | None = None
    opens: list[Open] = field(default_factory=list)
    events: dict[Event, dt.date | None] = field(default_factory=dict)
    closes: list = field(default_factory=list)     # (kind, day)
    cancels: list = field(default_factory=list)    # kinds
    after: Callable[[int], None] | None = None     # writes that need the action id
    warnings: list = field(default_factory=list)
    record: dict = field(default_factory=dict)     # changes of the procedure's own record (Hooks.model)
    execution: str | None = None   # what the action does to a challenged act's execution (a hook's)


@dataclass(frozen=True)
class Result:
    action_id: int
    status: Status
    warnings: tuple


class Ctx:
    """The appeal, the user, today, the calendar and the form's values."""

    def __init__(self, appeal: Appeal, user: UserInfo, today: dt.date, cal: WorkCalendar,
                 params: dict):
        self.appeal, self.user, self.today, self.cal = appeal, user, today, cal
        self.params = params
        self.errors: list[DomainError] = []
        self.record_model: Any = None   # the procedure's own record (Hooks.model), if any

    def fail(self, code: str, field_name: str | None = None, **params: Any) -> None:
        self.errors.append(DomainError(code, field_name, **params))

    def date(self, name: str = "on_date", default_today: bool = True) -> dt.date | None:
        """A date of an event: not in the future, not before registration."""
        value = self.params.get(name) or (self.today if default_today else None)
        if value is None:
            self.fail("required", name)
        elif value > self.today:
            self.fail("date_in_future", name)
        elif value < self.appeal.registered_on:
            self.fail("date_before_registration", name)
        return value

    def text(self, name: str, required: bool = True, limit: int = MAX_TEXT) -> str:
        try:   # the one input rule (app.rules.text): stored as printed
            value = clean(self.params.get(name) or "", name).strip()
        except DomainError as exc:
            self.errors.append(exc)
            return ""
        if required and not value:
            self.fail("required", name)
        elif len(value) > limit:
            self.fail("too_long", name, max=limit)
        return value

    def choice(self, name: str, options) -> str:
        value = str(self.params.get(name) or "")
        if value not in {str(o) for o in options}:
            self.fail("required", name)
        return value

    def open_clock(self, kind: Clock) -> CaseClock | None:
        return (CaseClock.select().where((CaseClock.appeal == self.appeal.id)
                                         & (CaseClock.kind == str(kind))
                                         & (CaseClock.state == str(ClockState.OPEN)))
                .order_by(CaseClock.id.desc()).first())

    def open_clocks(self) -> dict[str, CaseClock]:
        """Every open clock of the case, the latest of each kind, in one query."""
        sql = compiled("open-clocks", lambda: CaseClock.select().where(
            (CaseClock.appeal == 0) & (CaseClock.state == str(ClockState.OPEN))).order_by(CaseClock.id))
        return {row.kind: row for row in CaseClock.raw(sql, self.appeal.id, str(ClockState.OPEN))}

    def due(self, kind: Clock, **events: dt.date | None) -> dt.date:
        """The last day of ``kind`` if it opened now: from the event its rule
        names (the appeal's receipt and registration, this action's day, or
        an event given here by name, such as ``notice_received``)."""
        known = {Event.RECEIPT: self.appeal.received_at.date(), Event.REGISTRATION: self.appeal.registered_on,
                 Event.ACTION: self.params.get("on_date") or self.today,
                 **{Event(name): day for name, day in events.items()}}
        return clock_due(kind, event_day(kind, known), self.cal).due_on


def closing_state(clock: CaseClock, day: dt.date) -> ClockState:
    return ClockState.MET if day <= clock.due_on else ClockState.LATE


class CaseView:
    """What "offered" looks at, read once per case and only when asked."""

    def __init__(self, appeal: Appeal):
        self.appeal = appeal

    @cached_property
    def running(self) -> frozenset[str]:
        return frozenset(c.kind for c in CaseClock.select(CaseClock.kind).where(
            (CaseClock.appeal == self.appeal.id) & (CaseClock.state == str(ClockState.OPEN))))

    def closed(self, kind: Clock) -> bool:
        """A clock of ``kind`` ran and is no longer open."""
        return CaseClock.select().where((CaseClock.appeal == self.appeal.id)
                                        & (CaseClock.kind == str(kind))
                                        & (CaseClock.state != str(ClockState.OPEN))).exists()

    def done(self, action: ActionName) -> bool:
        """The history has an entry of ``action``."""
        return ChangeLog.select().where(
            (ChangeLog.entity == "appeal") & (ChangeLog.entity_id == self.appeal.id)
            & (ChangeLog.action == str(action))).exists()


@dataclass(frozen=True)
class Action:
    """One case action, declared once in its procedure's ``actions.py``.

    ``inputs`` is a dataclass (``app.cases.inputs``): the form is built from
    its fields, and the engine refuses values it does not declare.
    ``offered_if`` narrows "offered" beyond the state and the clocks (a term
    to restore only when it was missed); ``refusals`` names the error code
    for a procedure the action is not for, where a plainer one helps."""
    name: ActionName
    article: str
    sources: frozenset[Status]
    roles: frozenset[Role]
    handle: Callable[[Ctx], Act]
    inputs: type
    applies_to: frozenset[Procedure] = ALL_PROCEDURES
    target: Status | None = None
    needs_clock: tuple[Clock, ...] = ()
    reversible: bool = False
    offered_if: Callable[[CaseView], bool] | None = None
    refusals: Mapping[Procedure, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hooks:
    """What a procedure with its own record adds to every action of its
    cases: ``model`` (the record beside the appeal, written from
    ``Act.record``), ``check`` (a refusal before anything is read, such as
    АППК 97.2) and ``settle`` (effects once the handler has accepted)."""
    model: Any
    check: Callable[[Appeal, UserInfo], None] | None = None
    settle: Callable[[Ctx, Act, ActionName, bool], None] | None = None
