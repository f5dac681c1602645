"""Registration date (АППК 64.3) and statutory term (АППК 76) — digest §7."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.appeal.terms import DEFAULT_TERMS
from app.rules.calendar import Override, WorkCalendar
from app.rules.deadlines import WorkingHours, compute, due_date, registration_date, working_days_left
from app.rules.enums import AppealKind, OverrideKind

D = dt.date.fromisoformat
T = dt.datetime.fromisoformat
# Digest test calendar: Mon–Fri working, no public holidays unless stated.
DIGEST = WorkCalendar(public_holidays=False)
DIGEST_16 = WorkCalendar([Override(D("2026-12-16"), OverrideKind.DAY_OFF, "test")],
                         public_holidays=False)
KZ = WorkCalendar()


@pytest.mark.parametrize("received, registered", [
    ("2026-11-06 10:00", "2026-11-06"),  # statement 1
    ("2026-11-07 10:00", "2026-11-09"),  # statement 2 (Saturday)
    ("2026-11-06 19:05", "2026-11-09"),  # statement 3 (after 18:30)
    ("2026-11-06 07:30", "2026-11-06"),  # before opening: same day
    ("2026-11-06 18:29", "2026-11-06"),
    ("2026-11-06 18:30", "2026-11-09"),  # exactly at the end: next working day
    ("2026-11-05 18:30", "2026-11-06"),
])
def test_registration_date_digest(received, registered):
    day, steps = registration_date(T(received), DIGEST)
    assert day == D(registered)
    assert steps[0].code == "received" and steps[0].day == T(received).date()
    assert steps[-1].day == D(registered)
    assert steps[-1].code == ("registered_same_day" if day == T(received).date()
                              else "registered_next_day")


@pytest.mark.parametrize("received, registered", [
    ("2026-12-15 19:00", "2026-12-17"),  # eve of Independence Day
    ("2026-12-16 10:00", "2026-12-17"),  # on the holiday
    ("2026-03-20 18:45", "2026-03-26"),  # eve of Nauryz (21–25 March)
    ("2026-12-31 19:00", "2027-01-05"),  # New Year 1, 2, Sunday 3, observed 4
])
def test_registration_date_kz_holidays(received, registered):
    assert registration_date(T(received), KZ)[0] == D(registered)


def test_registration_steps_explain_skipped_days():
    _, steps = registration_date(T("2026-11-06 19:05"), DIGEST)
    assert [s.code for s in steps] == ["received", "skipped", "skipped", "registered_next_day"]
    assert [s.day for s in steps[1:3]] == [D("2026-11-07"), D("2026-11-08")]
    assert all(s.params["reason"] == "weekend" for s in steps[1:3])
    assert steps[-1].params == {"article": "64.3", "why": "after_hours", "end": "18:30"}


def test_custom_working_hours():
    hours = WorkingHours.parse("08:00", "17:00")
    assert registration_date(T("2026-11-06 17:00"), DIGEST, hours)[0] == D("2026-11-09")
    assert registration_date(T("2026-11-06 16:59"), DIGEST, hours)[0] == D("2026-11-06")


@pytest.mark.parametrize("received, cal, registered, due", [
    ("2026-11-02 10:00", DIGEST, "2026-11-02", "2026-11-23"),     # statement 23
    ("2026-11-07 11:00", DIGEST, "2026-11-09", "2026-11-30"),     # statement 24
    ("2026-11-25 10:00", DIGEST_16, "2026-11-25", "2026-12-17"),  # statement 25, with
    ("2026-11-25 10:00", DIGEST, "2026-11-25", "2026-12-16"),     # statement 25, without
    ("2026-11-25 10:00", KZ, "2026-11-25", "2026-12-17"),         # real KZ calendar
    ("2026-12-28 10:00", KZ, "2026-12-28", "2027-01-21"),         # across New Year 2027
])
def test_application_due_date(received, cal, registered, due):
    d = compute(T(received), 15, "76.1", cal)
    assert (d.registered_on, d.due_on) == (D(registered), D(due))


def test_statement_22_forwarded_appeal():
    assert due_date(D("2026-11-20"), 15, "76.2", DIGEST)[0] == D("2026-12-11")


def test_statement_23_counting_starts_next_day():
    _, steps = due_date(D("2026-11-02"), 15, "76.1", DIGEST)
    assert steps[0].code == "count_starts" and steps[0].day == D("2026-11-03")
    assert steps[0].params == {"article": "76.2"}


@pytest.mark.parametrize("kind, days, article, due", [
    (AppealKind.APPLICATION, 15, "76.1", "2026-11-23"),
    (AppealKind.COMPLAINT, 20, "99", "2026-11-30"),
    (AppealKind.PETITION, 20, "90-5.1.2", "2026-11-30"),
])
def test_terms_per_kind(kind, days, article, due):
    term = DEFAULT_TERMS[kind]
    assert (term.days, term.article) == (days, article)
    d = compute(T("2026-11-02 09:30"), term.days, term.article, KZ)
    assert d.due_on == D(due)


def test_explanation_steps_statement_25_real_calendar():
    d = compute(T("2026-11-25 10:00"), 15, "76.1", KZ)
    counted = [s for s in d.steps if s.code == "counted"]
    assert len(counted) == 15
    assert [s.params["n"] for s in counted] == list(range(1, 16))
    assert all(KZ.is_working(s.day) for s in counted)
    skipped = {s.day: s.params for s in d.steps if s.code == "skipped"}
    assert skipped[D("2026-12-16")]["reason"] == "holiday"
    assert skipped[D("2026-12-16")]["name_kk"] == "Тәуелсіздік күні"
    assert skipped[D("2026-11-28")]["reason"] == "weekend"
    assert d.steps[-1].code == "due" and d.steps[-1].day == D("2026-12-17")
    assert d.steps[-1].params == {"term_days": 15, "article": "76.1"}


def test_skipped_override_step_carries_decree():
    _, steps = due_date(D("2026-11-25"), 15, "76.1", DIGEST_16)
    step = next(s for s in steps if s.day == D("2026-12-16"))
    assert step.code == "skipped"
    assert step.params["reason"] == "override_day_off"
    assert step.params["override_reason"] == "test"


@pytest.mark.parametrize("today, expected", [
    ("2026-11-23", 0), ("2026-11-20", 1), ("2026-11-24", -1), ("2026-11-30", -5),
])
def test_working_days_left(today, expected):
    assert working_days_left(D(today), D("2026-11-23"), DIGEST) == expected


@pytest.mark.parametrize("today, due", [
    ("2026-11-21", "2026-11-20"),  # Saturday after a Friday due date
    ("2026-12-16", "2026-12-15"),  # holiday after the due date
])
def test_overdue_on_a_day_off_is_negative(today, due):
    # "0 on the last day, negative when overdue": a day past the due date is
    # overdue (the journal's OVERDUE filter lists it), so it must not read 0.
    assert working_days_left(D(today), D(due), KZ) < 0


@settings(max_examples=150, deadline=None)
@given(received=st.datetimes(min_value=dt.datetime(2025, 1, 1),
                             max_value=dt.datetime(2027, 12, 1)),
       term=st.integers(min_value=1, max_value=40))
def test_due_date_properties(received, term):
    d = compute(received, term, "76.1", KZ)
    assert KZ.is_working(d.registered_on)
    assert d.registered_on >= received.date()
    assert KZ.is_working(d.due_on)
    assert d.due_on > d.registered_on
    assert KZ.working_days_between(d.registered_on, d.due_on) == term
    assert sum(s.code == "counted" for s in d.steps) == term
