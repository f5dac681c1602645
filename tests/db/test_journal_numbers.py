"""Journal search by registration number for formats with an office prefix."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.appeal.registration import register
from app.office.profile import get_settings, update_settings
from app.queries.appeals import Criteria, count, ids_window
from app.rules.calendar import WorkCalendar

T = dt.datetime.fromisoformat
CAL = WorkCalendar()
TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("fmt, prefix, number, query", [
    ("{prefix}-{year}-{seq:06d}", "Ж", "Ж-2026-000001", "Ж-2026-000001"),
    ("{prefix}-{year}-{seq:06d}", "Ж", "Ж-2026-000001", "Ж-2026"),
    ("{prefix}/{year}/{seq:04d}", "АЛМ", "АЛМ/2026/0001", "АЛМ/2026/0001"),
    ("{prefix}{year}-{seq:06d}", "Ж", "Ж2026-000001", "Ж2026-0000"),
    ("{prefix}-{year}-{seq:06d}", "Ж", "Ж-2026-000001", "ж-2026-0"),
], ids=["dash-full", "dash-prefix", "slash-full", "glued-prefix", "lower-case"])
def test_search_by_number_with_prefix_format(office_admin, make_input, fmt, prefix, number, query):
    # Formats accepted by validate_format must stay searchable by their number.
    update_settings(dataclasses.replace(get_settings(), number_format=fmt, number_prefix=prefix),
                    office_admin.id)
    r = register(make_input(T("2026-11-06 10:00")), office_admin, "p", now=T("2026-11-06 11:00"))
    assert r.reg_number == number
    c = Criteria(text=query, today=TODAY)
    assert ids_window(c, CAL, 0, 10) == [r.id]
    assert count(c, CAL) == 1
