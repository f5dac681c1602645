"""Booking a personal reception at the counter or by phone: one person per
time of a slot, numbered per year, never deleted; a refusal is a recorded
decision with its reason (АППК 73.2 9)); cancelling and moving keep the
history; information asked before the reception (90.2) is recorded."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from peewee import IntegrityError

from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, require_role
from app.reception.times import minutes
from app.rules.enums import ACTIVE_BOOKINGS, HEAD_ROLES, REGISTERING_ROLES, ApplicantType, BookingStatus, Role
from app.rules.identifiers import is_valid_bin, is_valid_iin
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import User
from models.entities_cases import BookingCounter, ReceptionBooking, ReceptionSlot

BOOKING_ROLES = REGISTERING_ROLES | {Role.APPARATUS_HEAD}
# АППК 73.2 9): the body's decision to refuse registration for a reception.
REFUSING_ROLES = HEAD_ROLES | {Role.APPARATUS_HEAD}
CHANNELS = ("counter", "phone")


@dataclass
class BookingInput:
    slot_id: int | None
    time: str
    question: str
    channel: str = "counter"
    applicant_type: ApplicantType = ApplicantType.INDIVIDUAL
    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    iin: str = ""
    org_name: str = ""
    bin: str = ""
    phone: str = ""
    postal_address: str = ""
    preferred_id: int | None = None


def _display(b: BookingInput) -> str:
    if b.applicant_type == ApplicantType.LEGAL:
        return b.org_name.strip()
    return " ".join(p.strip() for p in (b.surname, b.first_name, b.patronymic) if p.strip())


def times(slot: ReceptionSlot) -> list[str]:
    """The times a slot offers, one person each."""
    start, end = minutes(slot.start), minutes(slot.end)
    return [f"{m // 60:02d}:{m % 60:02d}" for m in range(start, end, slot.interval)]


def _check(b: BookingInput, today: dt.date) -> tuple[ReceptionSlot | None, list[DomainError]]:
    errors = []
    slot = ReceptionSlot.get_or_none((ReceptionSlot.id == b.slot_id) & (ReceptionSlot.active == True))  # noqa: E712
    if slot is None:
        errors.append(DomainError("required", "slot_id"))
    elif slot.approved_by_id is None:   # АППК 90.3: by the schedule the head approved
        errors.append(DomainError("schedule_not_approved", "slot_id"))
    elif slot.day < today:
        errors.append(DomainError("slot_in_past", "slot_id"))
    elif b.time not in times(slot):
        errors.append(DomainError("required", "time"))
    if not _display(b):
        errors.append(DomainError("required", "org_name" if b.applicant_type == ApplicantType.LEGAL else "surname"))
    if not (b.phone.strip() or b.postal_address.strip()):
        errors.append(DomainError("contact_required", "phone"))
    if not b.question.strip():
        errors.append(DomainError("required", "question"))
    if b.iin and not is_valid_iin(b.iin):
        errors.append(DomainError("iin_invalid", "iin"))
    if b.bin and not is_valid_bin(b.bin):
        errors.append(DomainError("bin_invalid", "bin"))
    if b.channel not in CHANNELS:
        errors.append(DomainError("required", "channel"))
    if b.preferred_id is not None and not User.select().where(
            (User.id == b.preferred_id) & User.role.in_([str(r) for r in HEAD_ROLES])).exists():
        errors.append(DomainError("not_a_receiving_official", "preferred_id"))
    return slot, errors


def _taken(slot_id: int, time: str) -> bool:
    return ReceptionBooking.select().where(
        (ReceptionBooking.slot == slot_id) & (ReceptionBooking.time == time)
        & ReceptionBooking.status.in_([str(s) for s in ACTIVE_BOOKINGS])).exists()


@guarded
def book(b: BookingInput, user: UserInfo, submission_key: str, today: dt.date | None = None,
         rescheduled_from: int | None = None) -> ReceptionBooking:
    """A numbered booking; a time already taken is refused (one person each)."""
    require_role(user, BOOKING_ROLES)
    today = today or dt.date.today()
    existing = ReceptionBooking.get_or_none(ReceptionBooking.submission_key == submission_key)
    if existing is not None:
        return existing
    b.iin, b.bin = b.iin.replace(" ", ""), b.bin.replace(" ", "")
    try:
        with transaction():
            again = ReceptionBooking.get_or_none(ReceptionBooking.submission_key == submission_key)
            if again is not None:   # the same submit arrived twice
                return again
            slot, errors = _check(b, today)
            if not errors and slot is not None and _taken(slot.id, b.time):
                errors.append(DomainError("slot_taken", "time"))
            if errors:
                raise ValidationErrors(errors)
            row = _create(b, user, submission_key, slot, BookingStatus.BOOKED, rescheduled_from=rescheduled_from)
    except IntegrityError:   # another workstation took the time a moment earlier
        if b.slot_id and _taken(b.slot_id, b.time):
            raise ValidationErrors([DomainError("slot_taken", "time")]) from None
        raise
    return row


def _create(b: BookingInput, user: UserInfo, key: str, slot, status: BookingStatus, **extra) -> ReceptionBooking:
    """A numbered booking (per year, inside the write transaction)."""
    year = slot.day.year if slot is not None else dt.date.today().year
    BookingCounter.insert(year=year, last_value=0).on_conflict_ignore().execute()
    BookingCounter.update(last_value=BookingCounter.last_value + 1).where(BookingCounter.year == year).execute()
    seq = BookingCounter.get_by_id(year).last_value
    values = {k: v for k, v in asdict(b).items() if k not in ("slot_id", "preferred_id")}
    values["applicant_type"] = str(b.applicant_type)
    row = ReceptionBooking.create(
        **values, number=f"Q-{year}-{seq:05d}", year=year, seq=seq, submission_key=key,
        slot=slot.id if slot is not None else None, preferred=b.preferred_id, applicant_display=_display(b),
        status=str(status), created_by=user.id, **extra)
    history.record("booking", row.id, str(status) if status != BookingStatus.BOOKED else "booked",
                   {**values, **{k: v for k, v in extra.items() if k != "decided_by"}, "number": row.number,
                    "slot": row.slot_id, "day": slot.day if slot is not None else None}, user.id)
    return row


@guarded
def request_errors(b: BookingInput) -> list[DomainError]:
    """What is wrong with the person and the question, whatever the time."""
    return [e for e in _check(b, dt.date.today())[1] if e.field not in ("slot_id", "time")]


@guarded
def refuse_request(b: BookingInput, reason: str, user: UserInfo, submission_key: str) -> ReceptionBooking:
    """АППК 73.2 9): a request to register for a reception refused outright,
    even when no time is free: numbered, with its reason, for the talon."""
    require_role(user, REFUSING_ROLES)
    errors = request_errors(b)
    if not reason.strip():
        errors.append(DomainError("required", "reason"))
    if errors:
        raise ValidationErrors(errors)
    with transaction():
        again = ReceptionBooking.get_or_none(ReceptionBooking.submission_key == submission_key)
        if again is not None:
            return again
        slot = ReceptionSlot.get_or_none(ReceptionSlot.id == b.slot_id) if b.slot_id else None
        b.time = ""
        return _create(b, user, submission_key, slot, BookingStatus.REFUSED, reason=reason.strip(),
                       decided_by=user.id)


@guarded
def day_list(day: dt.date, official_id: int | None = None) -> list[ReceptionBooking]:
    """The day's bookings per official, in time order (printable)."""
    query = (ReceptionBooking.select(ReceptionBooking, ReceptionSlot).join(ReceptionSlot)
             .where(ReceptionSlot.day == day).order_by(ReceptionSlot.official, ReceptionBooking.time))
    if official_id:
        query = query.where(ReceptionSlot.official == official_id)
    return list(query)


def active_bookings(slot_id: int, received: bool = False) -> int:
    statuses = ACTIVE_BOOKINGS if received else (BookingStatus.BOOKED,)
    return ReceptionBooking.select().where(
        (ReceptionBooking.slot == slot_id) & ReceptionBooking.status.in_([str(s) for s in statuses])).count()
