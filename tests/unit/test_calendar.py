"""WorkCalendar: weekends, Kazakh public holidays, library transfers, overrides."""
from __future__ import annotations

import datetime as dt

import pytest

from app.rules.calendar import Override, WorkCalendar
from app.rules.enums import OverrideKind

D = dt.date.fromisoformat
CAL = WorkCalendar()
PLAIN = WorkCalendar(public_holidays=False)


@pytest.mark.parametrize("day, working, reason", [
    ("2026-11-06", True, None),        # Friday
    ("2026-11-07", False, "weekend"),  # Saturday
    ("2026-11-08", False, "weekend"),  # Sunday
    ("2026-11-09", True, None),        # Monday
])
def test_weekdays_and_weekends(day, working, reason):
    info = CAL.day_info(D(day))
    assert (info.working, info.reason) == (working, reason)
    assert CAL.is_working(D(day)) is working


@pytest.mark.parametrize("day, name, observed, estimated", [
    ("2026-03-23", "Наурыз мейрамы", False, False),
    ("2026-03-24", "Наурыз мейрамы", True, False),
    ("2026-03-25", "Наурыз мейрамы", True, False),
    ("2026-05-27", "Құрбан айт", False, True),
    ("2026-12-16", "Тәуелсіздік күні", False, False),
    ("2027-01-01", "Жаңа жыл", False, False),
    ("2027-01-04", "Жаңа жыл", True, False),
    ("2027-01-07", "Православиелік Рождество", False, False),
])
def test_public_holidays_in_kazakh(day, name, observed, estimated):
    info = CAL.day_info(D(day))
    assert info.working is False
    assert info.reason == "holiday"
    assert info.name_kk == name  # markers stripped from the name
    assert (info.observed, info.estimated) == (observed, estimated)


def test_holidays_ignored_when_public_holidays_off():
    assert PLAIN.is_working(D("2026-12-16"))
    assert PLAIN.is_working(D("2026-03-23"))
    assert PLAIN.is_working(D("2025-01-03"))
    assert not PLAIN.is_working(D("2025-01-05"))  # an ordinary Sunday then


def test_library_transfer_2025():
    friday_off = CAL.day_info(D("2025-01-03"))
    assert friday_off.working is False and friday_off.reason == "holiday"
    sunday_worked = CAL.day_info(D("2025-01-05"))
    assert sunday_worked.working is True
    assert sunday_worked.reason == "override_working_day"


@pytest.mark.parametrize("day, kind, working, reason", [
    ("2026-12-16", OverrideKind.WORKING_DAY, True, "override_working_day"),  # holiday
    ("2026-11-07", OverrideKind.WORKING_DAY, True, "override_working_day"),  # Saturday
    ("2026-11-09", OverrideKind.DAY_OFF, False, "override_day_off"),         # Monday
    ("2025-01-05", OverrideKind.DAY_OFF, False, "override_day_off"),         # library workday
])
def test_overrides_win(day, kind, working, reason):
    ov = Override(D(day), kind, "Үкімет қаулысы", "№ 123")
    info = WorkCalendar([ov]).day_info(D(day))
    assert (info.working, info.reason, info.override) == (working, reason, ov)


def test_overrides_property_sorted():
    a = Override(D("2026-12-31"), OverrideKind.DAY_OFF, "r")
    b = Override(D("2026-11-07"), OverrideKind.WORKING_DAY, "r")
    assert WorkCalendar([a, b]).overrides == (b, a)


@pytest.mark.parametrize("day, expected", [
    ("2026-11-05", "2026-11-06"),  # Thu -> Fri
    ("2026-11-06", "2026-11-09"),  # Fri -> Mon
    ("2026-11-07", "2026-11-09"),  # Sat -> Mon
    ("2026-03-20", "2026-03-26"),  # Nauryz 21-25
    ("2026-12-31", "2027-01-05"),  # New Year 1, 2, (3 Sun), 4 observed
    ("2027-01-06", "2027-01-08"),  # Orthodox Christmas 7th
])
def test_next_working_day(day, expected):
    assert CAL.next_working_day(D(day)) == D(expected)


@pytest.mark.parametrize("start, count, expected", [
    ("2026-11-02", 0, "2026-11-02"),
    ("2026-11-02", 1, "2026-11-03"),
    ("2026-11-06", 1, "2026-11-09"),
    ("2026-11-07", 1, "2026-11-09"),  # start on a weekend is day 0
    ("2026-11-02", 15, "2026-11-23"),
    ("2026-12-14", 3, "2026-12-18"),  # skips 16 Dec
])
def test_add_working_days(start, count, expected):
    assert CAL.add_working_days(D(start), count) == D(expected)


@pytest.mark.parametrize("start, end, expected", [
    ("2026-11-02", "2026-11-02", 0),
    ("2026-11-02", "2026-11-03", 1),
    ("2026-11-06", "2026-11-09", 1),   # weekend not counted
    ("2026-11-07", "2026-11-08", 0),
    ("2026-11-02", "2026-11-23", 15),
    ("2026-11-09", "2026-11-06", -1),
    ("2026-11-23", "2026-11-02", -15),
    ("2026-12-15", "2026-12-17", 1),   # 16 Dec holiday
])
def test_working_days_between(start, end, expected):
    assert CAL.working_days_between(D(start), D(end)) == expected


def test_days_of_year_lists_only_special_days():
    days = {i.day: i for i in CAL.days_of_year(2025)}
    assert D("2025-01-03") in days and D("2025-01-05") in days
    assert D("2025-01-04") not in days       # ordinary Saturday
    assert D("2025-01-06") not in days       # ordinary Monday
