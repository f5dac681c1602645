"""Journal: quick filters, search, sorting, paging, earlier appeals."""
from __future__ import annotations

import datetime as dt

import pytest

from app.appeal.registration import register
from app.queries.appeals import Criteria, all_ids, count, earlier_appeals, ids_window, rows_by_id
from app.rules.calendar import WorkCalendar
from app.rules.enums import ApplicantType, QuickFilter
from models.entities import Appeal

T = dt.datetime.fromisoformat
D = dt.date.fromisoformat
CAL = WorkCalendar()
TODAY = D("2026-11-24")
IIN = "900101300007"
BIN = "050240000005"

# key: (received, surname, first name, extra fields); due dates with the KZ calendar
APPEALS = {
    "a1": ("2026-11-02 10:00", "ҚАСЫМОВА", "Айгүл", {}),              # due 11-23
    "a2": ("2026-11-03 10:00", "Қасымова", "Дана", {}),               # due 11-24
    "a3": ("2026-11-06 10:00", "Қасымов", "Ерлан", {}),               # due 11-27
    "a4": ("2026-11-09 10:00", "Сейітов", "Болат", {"iin": IIN}),     # due 11-30
    "a5": ("2026-11-02 11:00", "Әлиева", "Жанна", {}),                # due 11-23, answered
    "a6": ("2026-11-04 10:00", "Ахметова", "Жанна", {"signed": False}),  # due 11-25
    "a7": ("2026-11-05 10:00", "", "", {"applicant_type": ApplicantType.LEGAL,
                                        "org_name": "«Дала» ЖШС", "bin": BIN}),  # due 11-26
}


@pytest.fixture
def ids(registrar, make_input):
    out = {}
    for key, (received, surname, first, extra) in APPEALS.items():
        data = make_input(T(received), surname=surname, first_name=first, patronymic="", **extra)
        out[key] = register(data, registrar, key, now=T("2026-11-24 12:00")).id
    Appeal.update(status="answered").where(Appeal.id == out["a5"]).execute()
    return out


def _keys(ids, found):
    back = {v: k for k, v in ids.items()}
    return [back[i] for i in found]


def _find(ids, criteria):
    found = ids_window(criteria, CAL, 0, 100)
    assert count(criteria, CAL) == len(found)
    return _keys(ids, found)


@pytest.mark.parametrize("quick, expected", [
    (QuickFilter.ALL, ["a7", "a6", "a5", "a4", "a3", "a2", "a1"]),
    (QuickFilter.DUE_TODAY, ["a2"]),
    (QuickFilter.OVERDUE, ["a1"]),                   # a5 is closed
    (QuickFilter.DUE_SOON, ["a7", "a6", "a3", "a2"]),  # 11-24 .. 11-27
])
def test_quick_filters(ids, quick, expected):
    assert _find(ids, Criteria(quick=quick, today=TODAY)) == expected


@pytest.mark.parametrize("today, quick, expected", [
    ("2026-11-27", QuickFilter.DUE_SOON, ["a4", "a3"]),   # Fri: limit is Wed 12-02
    ("2026-11-30", QuickFilter.DUE_TODAY, ["a4"]),
    ("2026-11-30", QuickFilter.OVERDUE, ["a7", "a6", "a3", "a2", "a1"]),
])
def test_quick_filters_other_days(ids, today, quick, expected):
    assert _find(ids, Criteria(quick=quick, today=D(today))) == expected


@pytest.mark.parametrize("text, expected", [
    ("қасымова", ["a2", "a1"]),
    ("ҚАСЫМОВА", ["a2", "a1"]),
    ("қасым", ["a3", "a2", "a1"]),
    ("қасымова айгүл", ["a1"]),
    ("Айгүл  ҚАСЫМОВА", ["a1"]),
    ("жанна", ["a6", "a5"]),
    ("әлиева", ["a5"]),
    ("дала", ["a7"]),
    ("жоқ", []),
    ("2026-000001", ["a1"]),
    ("2026-00000", ["a7", "a6", "a5", "a4", "a3", "a2", "a1"]),
    (IIN, ["a4"]),
    ("900101 300007", ["a4"]),
    (BIN, ["a7"]),
    ("", ["a7", "a6", "a5", "a4", "a3", "a2", "a1"]),
])
def test_search(ids, text, expected):
    assert _find(ids, Criteria(text=text, today=TODAY)) == expected


def test_search_combines_with_quick_filter(ids):
    assert _find(ids, Criteria(quick=QuickFilter.OVERDUE, text="қасым", today=TODAY)) == ["a1"]


def test_sort_by_due_date(ids):
    up = _find(ids, Criteria(sort="due", descending=False, today=TODAY))
    assert up == ["a1", "a5", "a2", "a6", "a7", "a3", "a4"]  # ties by id
    down = _find(ids, Criteria(sort="due", descending=True, today=TODAY))
    assert down == list(reversed(up))


def test_ids_window_pages(ids):
    c = Criteria(sort="due", descending=False, today=TODAY)
    pages = [_keys(ids, ids_window(c, CAL, offset, 3)) for offset in (0, 3, 6, 9)]
    assert pages == [["a1", "a5", "a2"], ["a6", "a7", "a3"], ["a4"], []]


def test_rows_by_id(ids):
    rows = rows_by_id(list(ids.values()), CAL, today=TODAY)
    assert set(rows) == set(ids.values())
    a1, a5, a4, a6 = (rows[ids[k]] for k in ("a1", "a5", "a4", "a6"))
    assert (a1.reg_number, a1.due_on, a1.days_left) == ("2026-000001", D("2026-11-23"), -1)
    assert a1.applicant == "ҚАСЫМОВА Айгүл" and a1.received_at == T("2026-11-02 10:00")
    assert a4.days_left == 4 and a4.status == "registered"
    assert a5.days_left is None and a5.status == "answered"
    assert a6.missing is True and a1.missing is False
    assert rows_by_id([], CAL) == {}


@pytest.mark.parametrize("criteria", [
    Criteria(text="қасым"), Criteria(text="қасым", descending=False),
    Criteria(text="жанна ахметова"), Criteria(quick=QuickFilter.OVERDUE, today=TODAY),
    Criteria(text="2026-0000", sort="due"), Criteria(),
])
def test_all_ids_matches_ids_window(ids, criteria):
    assert all_ids(criteria, CAL) == ids_window(criteria, CAL, 0, 100)


def test_overdue_row_on_day_off_is_negative(ids):
    saturday = D("2026-11-28")  # a3 was due Friday 11-27
    assert "a3" in _find(ids, Criteria(quick=QuickFilter.OVERDUE, today=saturday))
    assert rows_by_id([ids["a3"]], CAL, today=saturday)[ids["a3"]].days_left < 0


def test_earlier_appeals(ids, registrar, make_input):
    newer = register(make_input(T("2026-11-24 09:00"), iin=IIN), registrar, "again",
                     now=T("2026-11-24 12:00")).id
    rows = earlier_appeals(iin=IIN)
    assert [r.id for r in rows] == [newer, ids["a4"]]
    assert [r.id for r in earlier_appeals(bin_=BIN)] == [ids["a7"]]
    assert earlier_appeals(iin="900101300") == []
    assert earlier_appeals() == []

