"""Changes to a booking: refused as a decision with its reason (АППК 73.2
9)), even with no free time; cancelled; moved to another time (a new
booking names the old); missed; information asked beforehand (90.2).  Every
change is in the booking's history."""
from __future__ import annotations

import datetime as dt

from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, require_role
from app.reception.booking import (
    BOOKING_ROLES,
    REFUSING_ROLES,
    BookingInput,
    book,
)
from app.rules.enums import ApplicantType, BookingStatus
from app.store import history
from app.store.storage import guarded, transaction
from models.entities_cases import ReceptionBooking, ReceptionSlot


def _booked(booking_id: int) -> ReceptionBooking:
    row = ReceptionBooking.get_or_none(ReceptionBooking.id == booking_id)
    if row is None or row.status != BookingStatus.BOOKED:
        raise DomainError("booking_not_open")
    return row


@guarded
def refuse(booking_id: int, reason: str, user: UserInfo) -> None:
    """АППК 73.2 9): a decision to refuse, with its reason shown to the applicant."""
    require_role(user, REFUSING_ROLES)
    if not reason.strip():
        raise ValidationErrors([DomainError("required", "reason")])
    _set(booking_id, BookingStatus.REFUSED, user, reason=reason.strip(), decided_by=user.id)


@guarded
def cancel(booking_id: int, reason: str, user: UserInfo) -> None:
    require_role(user, BOOKING_ROLES | REFUSING_ROLES)
    if not reason.strip():
        raise ValidationErrors([DomainError("required", "reason")])
    _set(booking_id, BookingStatus.CANCELLED, user, reason=reason.strip())


@guarded
def no_show(booking_id: int, user: UserInfo, today: dt.date | None = None) -> None:
    require_role(user, BOOKING_ROLES | REFUSING_ROLES)
    row = ReceptionBooking.get_or_none(ReceptionBooking.id == booking_id)
    if row is not None and row.slot_id and ReceptionSlot.get_by_id(row.slot_id).day > (today or dt.date.today()):
        raise DomainError("booking_in_future")   # nobody misses a reception still to come
    _set(booking_id, BookingStatus.NO_SHOW, user)


def _set(booking_id: int, status: BookingStatus, user: UserInfo, **values) -> None:
    with transaction():
        row = _booked(booking_id)
        ReceptionBooking.update(status=str(status), **values).where(ReceptionBooking.id == row.id).execute()
        history.record("booking", row.id, str(status), {"status": [row.status, str(status)],
                                                        **{k: v for k, v in values.items() if k != "decided_by"}},
                       user.id)


@guarded
def reschedule(booking_id: int, slot_id: int, time: str, user: UserInfo, submission_key: str,
               today: dt.date | None = None) -> ReceptionBooking:
    """Moved to another time: a new booking that names the old one."""
    require_role(user, BOOKING_ROLES)
    with transaction():
        again = ReceptionBooking.get_or_none(ReceptionBooking.submission_key == submission_key)
        if again is not None:   # a retried move returns the booking it made; another key is no move
            if again.rescheduled_from != booking_id:
                raise DomainError("booking_not_open")
            return again
        old = _booked(booking_id)
        ReceptionBooking.update(status=str(BookingStatus.RESCHEDULED)).where(ReceptionBooking.id == old.id).execute()
        data = BookingInput(slot_id=slot_id, time=time, question=old.question, channel=old.channel,
                            applicant_type=ApplicantType(old.applicant_type), surname=old.surname,
                            first_name=old.first_name, patronymic=old.patronymic, iin=old.iin,
                            org_name=old.org_name, bin=old.bin, phone=old.phone,
                            postal_address=old.postal_address, preferred_id=old.preferred_id)
        new = book(data, user, submission_key, today, rescheduled_from=old.id)
        history.record("booking", old.id, "rescheduled", {"status": [old.status, "rescheduled"],
                                                          "new_number": new.number}, user.id)
    return new


@guarded
def request_information(booking_id: int, text: str, on: dt.date, user: UserInfo) -> None:
    """АППК 90.2: information asked to clarify the matter; the reception is held all the same."""
    require_role(user, BOOKING_ROLES | REFUSING_ROLES)
    if not text.strip():
        raise ValidationErrors([DomainError("required", "info_request")])
    with transaction():
        row = _booked(booking_id)
        ReceptionBooking.update(info_request=text.strip(), info_requested_on=on).where(
            ReceptionBooking.id == row.id).execute()
        history.record("booking", row.id, "information_requested", {"info_request": text.strip(), "on": on},
                       user.id)



