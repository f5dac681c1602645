"""The office's calendar overrides, and recomputing deadlines when they change.

A decree that moves a day off changes the statutory due date of every open
appeal whose counting window contains that day (АППК 76.1–76.2): those are
recomputed in the same transaction, and each change is recorded.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import DomainError, ValidationErrors
from app.office.auth import require_admin
from app.rules.calendar import Override, WorkCalendar
from app.rules.clocks import FIXED_DATE, clock_due
from app.rules.deadlines import due_date, term_start
from app.rules.enums import OPEN_STATUSES, Clock, ClockState, OverrideKind
from app.store import history
from app.store.storage import guarded, steady_read, transaction
from models.entities import Appeal, CalendarOverride, CaseClock


@dataclass(frozen=True)
class OverrideRecord:
    id: int
    day: dt.date
    kind: OverrideKind
    reason: str
    decree: str
    active: bool


@dataclass(frozen=True)
class CalendarChange:
    override_id: int
    recomputed: int          # open appeals whose term moved
    clocks: int = 0          # running short clocks that moved


@guarded
def load_calendar() -> WorkCalendar:
    return steady_read("calendar", _load_calendar)


def _load_calendar() -> WorkCalendar:
    rows = CalendarOverride.select().where(CalendarOverride.active == True)  # noqa: E712
    return WorkCalendar(Override(r.day, OverrideKind(r.kind), r.reason, r.decree) for r in rows)


@guarded
def list_overrides(include_revoked: bool = True) -> list[OverrideRecord]:
    query = CalendarOverride.select().order_by(CalendarOverride.day.desc())
    if not include_revoked:
        query = query.where(CalendarOverride.active == True)  # noqa: E712
    return [OverrideRecord(r.id, r.day, OverrideKind(r.kind), r.reason, r.decree, r.active)
            for r in query]


def _recompute(day: dt.date, user_id: int, cause: dict) -> tuple[int, int]:
    """Recompute due dates of open, unextended appeals whose window holds ``day``."""
    cal = load_calendar()
    query = (Appeal
             .select(Appeal.id, Appeal.received_at, Appeal.registered_on, Appeal.term_days,
                     Appeal.term_article,
                     Appeal.statutory_due_on, Appeal.due_on)
             .where(Appeal.status.in_([str(s) for s in OPEN_STATUSES])
                    & (Appeal.registered_on < day)
                    & (Appeal.statutory_due_on >= day - dt.timedelta(days=1))
                    & (Appeal.due_on == Appeal.statutory_due_on)))
    changed, log = 0, []
    now = dt.datetime.now().replace(microsecond=0)
    for a in query:
        start = term_start(a.received_at, a.registered_on, a.term_article)
        new_due, _ = due_date(start, a.term_days, a.term_article, cal)
        if new_due != a.due_on:
            Appeal.update(due_on=new_due, statutory_due_on=new_due).where(Appeal.id == a.id).execute()
            old_due, new = a.due_on.isoformat(), new_due.isoformat()
            log.append({"entity": "appeal", "entity_id": a.id, "action": "due_recomputed",
                        "user": user_id, "at": now,
                        "changes": {"due_on": [old_due, new], "statutory_due_on": [old_due, new],
                                    **cause}})
            changed += 1
    clocks = _recompute_clocks(day, cal, user_id, now, cause, log)
    history.record_many(log)
    return changed, clocks


def _recompute_clocks(day: dt.date, cal: WorkCalendar, user_id: int, now, cause: dict,
                      log: list) -> int:
    """Running short clocks whose window holds ``day`` (a period to correct is
    a date the office set, and stays)."""
    query = CaseClock.select().where((CaseClock.state == str(ClockState.OPEN))
                                     & CaseClock.kind.not_in([str(k) for k in FIXED_DATE])
                                     & (CaseClock.event_on <= day)
                                     & (CaseClock.due_on >= day - dt.timedelta(days=1)))
    changed = 0
    for c in query:
        new_due = clock_due(Clock(c.kind), c.event_on, cal, c.days).due_on
        if new_due != c.due_on:
            CaseClock.update(due_on=new_due).where(CaseClock.id == c.id).execute()
            log.append({"entity": "appeal", "entity_id": c.appeal_id, "action": "clock_recomputed",
                        "user": user_id, "at": now,
                        "changes": {f"clock_{c.kind}": f"due {new_due.isoformat()}", **cause}})
            changed += 1
    return changed


@guarded
def add_override(day: dt.date, kind: OverrideKind, reason: str, decree: str,
                 user_id: int) -> CalendarChange:
    require_admin(user_id)
    if not reason.strip():
        raise ValidationErrors([DomainError("required", "reason")])
    with transaction():
        # Checked inside the write lock; a unique partial index backs it up.
        if CalendarOverride.select().where((CalendarOverride.day == day)
                                           & (CalendarOverride.active == True)).exists():  # noqa: E712
            raise ValidationErrors([DomainError("override_exists", "day")])
        row = CalendarOverride.create(day=day, kind=str(kind), reason=reason.strip(),
                                      decree=decree.strip(), created_by=user_id)
        history.record("calendar_override", row.id, "created",
                       {"day": day, "kind": str(kind), "reason": row.reason,
                        "decree": row.decree}, user_id)
        count, clocks = _recompute(day, user_id, {"override_id": row.id, "day": day.isoformat()})
        history.record("calendar_override", row.id, "deadlines_recomputed",
                       {"appeals": count, "clocks": clocks}, user_id)
    return CalendarChange(row.id, count, clocks)


@guarded
def revoke_override(override_id: int, user_id: int) -> CalendarChange:
    """Revoke (never delete) an override and recompute affected deadlines."""
    require_admin(user_id)
    with transaction():
        row = CalendarOverride.get_by_id(override_id)
        if not row.active:
            raise DomainError("override_revoked")
        row.active = False
        row.save()
        history.record("calendar_override", row.id, "revoked", {"active": [True, False]}, user_id)
        count, clocks = _recompute(row.day, user_id, {"override_id": row.id,
                                                      "day": row.day.isoformat()})
        history.record("calendar_override", row.id, "deadlines_recomputed",
                       {"appeals": count, "clocks": clocks}, user_id)
    return CalendarChange(row.id, count, clocks)
