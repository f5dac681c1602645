"""The schedule of personal reception (АППК 90.3): slots of the akim and the
deputies, approved by the head, and the warnings a schedule needs: someone
with no reception in a month, a slot on a non-working day, a slot not yet
approved."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, require_role
from app.reception.booking import active_bookings
from app.reception.times import minutes
from app.rules.calendar import WorkCalendar
from app.rules.enums import HEAD_ROLES, Role
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import User
from models.entities_cases import ReceptionSlot

# АППК 90.1: heads and their deputies receive; the head approves (90.3).
RECEIVING_ROLES = HEAD_ROLES
SCHEDULING_ROLES = frozenset({Role.ADMIN, Role.REGISTRAR, Role.APPARATUS_HEAD, Role.HEAD})
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass
class SlotInput:
    official_id: int | None
    day: dt.date | None
    start: str
    end: str
    place: str
    subjects: str = ""
    interval: int = 15


def _check(data: SlotInput, slot_id: int | None) -> list[DomainError]:
    errors = []
    official = User.get_or_none(User.id == data.official_id) if data.official_id else None
    if official is None or not official.active or Role(official.role) not in RECEIVING_ROLES:
        errors.append(DomainError("not_a_receiving_official", "official_id"))
    if data.day is None:
        errors.append(DomainError("required", "day"))
    for name in ("start", "end"):
        if not _TIME.fullmatch(getattr(data, name).strip()):
            errors.append(DomainError("time_invalid", name))
    if not data.place.strip():
        errors.append(DomainError("required", "place"))
    if not 5 <= data.interval <= 120:
        errors.append(DomainError("interval_range", "interval"))
    if errors:
        return errors
    if minutes(data.end) <= minutes(data.start):
        return [DomainError("hours_order", "end")]
    # An official is not in two receptions at once.
    for other in ReceptionSlot.select().where((ReceptionSlot.official == data.official_id)
                                              & (ReceptionSlot.day == data.day)
                                              & (ReceptionSlot.active == True)):  # noqa: E712
        if other.id != slot_id and minutes(other.start) < minutes(data.end) \
                and minutes(data.start) < minutes(other.end):
            errors.append(DomainError("official_double_booked", "start", start=other.start, end=other.end))
    return errors


@guarded
def save_slot(data: SlotInput, user: UserInfo, slot_id: int | None = None) -> int:
    """Add a slot or change one; a change needs approval again (90.3), and is
    refused while people are booked for it (move them first)."""
    require_role(user, SCHEDULING_ROLES)
    data.start, data.end, data.place = data.start.strip(), data.end.strip(), data.place.strip()
    with transaction():
        errors = _check(data, slot_id)
        if errors:
            raise ValidationErrors(errors)
        values = {"official": data.official_id, "day": data.day, "start": data.start, "end": data.end,
                  "place": data.place, "subjects": data.subjects.strip(), "interval": data.interval}
        if slot_id is None:
            slot = ReceptionSlot.create(**values, created_by=user.id)
            history.record("reception_slot", slot.id, "slot_added", values, user.id)
            return slot.id
        slot = ReceptionSlot.get_by_id(slot_id)
        if active_bookings(slot_id, received=True):   # people booked keep their time and place
            raise DomainError("slot_has_bookings")
        changes = {k: [getattr(slot, k + "_id" if k == "official" else k), v] for k, v in values.items()
                   if getattr(slot, k + "_id" if k == "official" else k) != v}
        ReceptionSlot.update(**values, approved_by=None, approved_at=None).where(
            ReceptionSlot.id == slot_id).execute()
        history.record("reception_slot", slot_id, "slot_changed", changes, user.id)
        return slot_id


@guarded
def withdraw_slot(slot_id: int, user: UserInfo, reason: str) -> None:
    """A slot is withdrawn, never deleted; its bookings keep their history."""
    require_role(user, SCHEDULING_ROLES)
    if not reason.strip():
        raise ValidationErrors([DomainError("required", "reason")])
    with transaction():
        if active_bookings(slot_id):
            raise DomainError("slot_has_bookings")
        ReceptionSlot.update(active=False).where(ReceptionSlot.id == slot_id).execute()
        history.record("reception_slot", slot_id, "slot_withdrawn", {"reason": reason.strip()}, user.id)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


@guarded
def approve(year: int, month: int, user: UserInfo, now: dt.datetime | None = None) -> int:
    """АППК 90.3: the head approves the month's schedule; who and when kept."""
    if user.role != Role.HEAD:
        raise DomainError("approval_by_head")
    first, last = month_bounds(year, month)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with transaction():
        ids = [s.id for s in ReceptionSlot.select(ReceptionSlot.id).where(
            ReceptionSlot.day.between(first, last) & (ReceptionSlot.active == True)  # noqa: E712
            & ReceptionSlot.approved_by.is_null())]
        if not ids:
            raise DomainError("nothing_to_approve")
        ReceptionSlot.update(approved_by=user.id, approved_at=now).where(ReceptionSlot.id.in_(ids)).execute()
        history.record("reception_schedule", year * 100 + month, "schedule_approved",
                       {"month": f"{year}-{month:02d}", "slots": len(ids)}, user.id, now)
    return len(ids)


@guarded
def slots(first: dt.date, last: dt.date, official_id: int | None = None) -> list[ReceptionSlot]:
    query = (ReceptionSlot.select().where(ReceptionSlot.day.between(first, last)
                                          & (ReceptionSlot.active == True))  # noqa: E712
             .order_by(ReceptionSlot.day, ReceptionSlot.start))
    if official_id:
        query = query.where(ReceptionSlot.official == official_id)
    return list(query)


@dataclass(frozen=True)
class Warning:
    code: str              # no_reception_in_month, slot_on_day_off, slot_not_approved
    official_id: int
    month: str             # YYYY-MM
    day: dt.date | None = None


@guarded
def warnings(year: int, month: int, cal: WorkCalendar, months: int = 1) -> list[Warning]:
    """АППК 90.3: each head and deputy receives at least once a month (a
    reading: per person, digest Q5), on working days, by the approved
    schedule."""
    out = []
    people = list(User.select().where(User.role.in_([str(r) for r in RECEIVING_ROLES])
                                      & (User.active == True)).order_by(User.id))  # noqa: E712
    for i in range(months):
        y, m = year + (month - 1 + i) // 12, (month - 1 + i) % 12 + 1
        first, last = month_bounds(y, m)
        in_month = slots(first, last)
        for person in people:
            own = [s for s in in_month if s.official_id == person.id and cal.is_working(s.day)
                   and s.approved_by_id is not None]   # only the approved schedule receives
            if not own:
                out.append(Warning("no_reception_in_month", person.id, f"{y}-{m:02d}"))
        for s in in_month:
            if not cal.is_working(s.day):
                out.append(Warning("slot_on_day_off", s.official_id, f"{y}-{m:02d}", s.day))
            elif s.approved_by_id is None:
                out.append(Warning("slot_not_approved", s.official_id, f"{y}-{m:02d}", s.day))
    return out
