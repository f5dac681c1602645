"""What the booking talon shows: the booking number, date, time, place and
official (issue 6 item 2), or the refusal with its reason (АППК 73.2 9))."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import DomainError
from app.office.profile import get_settings
from app.store.storage import guarded
from models.entities import User
from models.entities_cases import ReceptionBooking, ReceptionSlot


@dataclass(frozen=True)
class BookingTalon:
    number: str
    day: dt.date | None       # none: refused outright, no time given
    time: str
    place: str
    official: str
    position: str
    applicant: str
    question: str
    status: str
    reason: str
    office_kk: str
    office_ru: str
    office_phone: str
    booked_at: dt.datetime


@guarded
def talon(booking_id: int) -> BookingTalon:
    b = ReceptionBooking.get_or_none(ReceptionBooking.id == booking_id)
    if b is None:
        raise DomainError("booking_not_found")
    slot = ReceptionSlot.get_or_none(ReceptionSlot.id == b.slot_id) if b.slot_id else None
    official = User.get_by_id(slot.official_id) if slot is not None else None
    office = get_settings()
    name = " ".join(p for p in (official.surname, official.first_name, official.patronymic) if p) if official else ""
    return BookingTalon(b.number, slot.day if slot else None, b.time, slot.place if slot else "", name,
                        official.position if official else "", b.applicant_display, b.question, b.status,
                        b.reason, office.name_kk, office.name_ru, office.phone, b.created_at)
