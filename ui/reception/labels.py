"""Translated names of the personal reception's codes (АППК 90).  Context "Labels"."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

BOOKING_STATUSES = {
    "booked": QT_TRANSLATE_NOOP("Labels", "Booked"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused (art. 73 part 2 9))"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "rescheduled": QT_TRANSLATE_NOOP("Labels", "Moved to another time"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "no_show": QT_TRANSLATE_NOOP("Labels", "Did not come"),
}
OUTCOMES = {
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved and explained at the reception"),
    "written_appeal": QT_TRANSLATE_NOOP("Labels", "A written appeal is needed (art. 90 part 4)"),
    "not_competent": QT_TRANSLATE_NOOP("Labels", "Not our competence: told where to go"),
}
SUBJECTS = {
    "land": QT_TRANSLATE_NOOP("Labels", "Land"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
    "utilities": QT_TRANSLATE_NOOP("Labels", "Water, power, heating, waste"),
    "roads": QT_TRANSLATE_NOOP("Labels", "Roads and transport"),
    "social": QT_TRANSLATE_NOOP("Labels", "Social support"),
    "education_health": QT_TRANSLATE_NOOP("Labels", "Education and health"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
CHANNELS = {
    "counter": QT_TRANSLATE_NOOP("Labels", "At the counter"),
    "phone": QT_TRANSLATE_NOOP("Labels", "By phone"),
}
WARNINGS = {
    "no_reception_in_month": QT_TRANSLATE_NOOP("Labels", "{official}: no reception in {month} (art. 90 part 3: at least once a month)"),
    "slot_on_day_off": QT_TRANSLATE_NOOP("Labels", "{official}: the reception on {day} falls on a non-working day"),
    "slot_not_approved": QT_TRANSLATE_NOOP("Labels", "{official}: the reception on {day} is not approved by the head yet"),
}
