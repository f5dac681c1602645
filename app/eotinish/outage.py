"""Outage mode: e-Otinish is down and the office registers in its own
journal only (issue 16 item 4).

АППК 69.3 puts registration in the IAS «Электрондық жолданымдар» under the
legal-statistics body's order; when that system is down (for more than an
hour the order has its own procedure) the office goes on registering
locally and enters the numbers later.  The registrar or the administrator
marks the start and the end: each is a row of ``eotinish_outage`` and an
entry of the history (who, when); every appeal registered meanwhile without
a number is flagged for catch-up (``appeal.eotinish_catch_up``, set by
``app.appeal.registration.register``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appeal.eotinish import outage_open
from app.errors import DomainError
from app.office.auth import UserInfo, require_role
from app.rules.enums import REGISTERING_ROLES
from app.rules.text import clean
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import Appeal, User
from models.entities_eotinish import EotinishOutage

LONG = dt.timedelta(hours=1)   # down longer than this: the order's procedure for an outage applies


@dataclass(frozen=True)
class Outage:
    id: int
    started_at: dt.datetime
    started_by: str
    ended_at: dt.datetime | None
    ended_by: str
    start_note: str
    end_note: str
    flagged: int      # appeals registered meanwhile, still waiting for their number

    def lasted(self, now: dt.datetime) -> dt.timedelta:
        return (self.ended_at or now) - self.started_at


def _name(user_id: int | None) -> str:
    row = User.get_or_none(User.id == user_id) if user_id is not None else None
    return f"{row.surname} {row.first_name}" if row is not None else ""


def _flagged(row: EotinishOutage) -> int:
    query = Appeal.select().where((Appeal.eotinish_catch_up == True) & (Appeal.created_at >= row.started_at))  # noqa: E712
    if row.ended_at is not None:
        query = query.where(Appeal.created_at <= row.ended_at)
    return query.count()


def _outage(row: EotinishOutage) -> Outage:
    return Outage(row.id, row.started_at, _name(row.started_by_id), row.ended_at, _name(row.ended_by_id),
                  row.start_note, row.end_note, _flagged(row))


def _note(note: str) -> str:
    value = clean(note or "", "note").strip()
    if len(value) > 1000:
        raise DomainError("too_long", "note", max=1000)
    return value


@guarded
def current_outage() -> Outage | None:
    """The outage going on, or None."""
    row = outage_open()
    return _outage(row) if row is not None else None


@guarded
def start_outage(user: UserInfo, note: str = "", now: dt.datetime | None = None) -> Outage:
    """Mark e-Otinish as down from ``now``."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    note = _note(note)
    with transaction():
        user = require_role(user, REGISTERING_ROLES)
        if outage_open() is not None:
            raise DomainError("eotinish_outage_on")
        row = EotinishOutage.create(started_at=now, started_by=user.id, start_note=note)
        history.record("eotinish_outage", row.id, "eotinish_outage_started",
                       {"started_at": now, **({"note": note} if note else {})}, user.id, now)
    return _outage(row)


@guarded
def end_outage(user: UserInfo, note: str = "", now: dt.datetime | None = None) -> Outage:
    """Mark e-Otinish as back from ``now``: what was registered meanwhile
    stays flagged until its number is entered."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    note = _note(note)
    with transaction():
        user = require_role(user, REGISTERING_ROLES)
        row = outage_open()
        if row is None:
            raise DomainError("eotinish_outage_off")
        if now < row.started_at:
            raise DomainError("eotinish_outage_end_before_start", started_at=row.started_at)
        row.ended_at, row.ended_by_id, row.end_note = now, user.id, note
        row.save(only=[EotinishOutage.ended_at, EotinishOutage.ended_by, EotinishOutage.end_note])
        done = _outage(row)
        history.record("eotinish_outage", row.id, "eotinish_outage_ended",
                       {"started_at": row.started_at, "ended_at": now,
                        "minutes": int(done.lasted(now).total_seconds() // 60), "flagged": done.flagged,
                        **({"note": note} if note else {})}, user.id, now)
    return done


@guarded
def outages(limit: int = 50) -> list[Outage]:
    """The latest outages, the newest first."""
    rows = EotinishOutage.select().order_by(EotinishOutage.id.desc()).limit(limit)
    return [_outage(r) for r in rows]
