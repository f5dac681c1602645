"""Personal reception (АППК 90): the schedule, bookings and their talon, the
reception journal.

This is the package's face: what ``ui`` may import."""
from app.reception.booking import (
    CHANNELS,
    BookingInput,
    book,
    day_list,
    refuse_request,
    request_errors,
    times,
)
from app.reception.booking_changes import cancel, no_show, refuse, request_information, reschedule
from app.reception.booking_talon import BookingTalon, talon
from app.reception.journal import CONVERTIBLE, SUBJECTS, RecordInput, convert, from_booking, record, records
from app.reception.schedule import (
    RECEIVING_ROLES,
    SlotInput,
    approve,
    month_bounds,
    save_slot,
    slots,
    warnings,
    withdraw_slot,
)

__all__ = [
    "BookingInput",
    "BookingTalon",
    "CHANNELS",
    "CONVERTIBLE",
    "RECEIVING_ROLES",
    "RecordInput",
    "SUBJECTS",
    "SlotInput",
    "approve",
    "book",
    "cancel",
    "convert",
    "day_list",
    "from_booking",
    "month_bounds",
    "no_show",
    "record",
    "records",
    "refuse",
    "refuse_request",
    "request_errors",
    "request_information",
    "reschedule",
    "save_slot",
    "slots",
    "talon",
    "times",
    "warnings",
    "withdraw_slot",
]
