"""The short clocks and the extension cap (digest §7; Mon–Fri working, KZ holidays)."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.calendar import Override, WorkCalendar
from app.rules.clocks import RULES, add_months, clock_due, effective_last_day, extension_cap
from app.rules.enums import Clock, OverrideKind, Party

D = dt.date
CAL = WorkCalendar()


@pytest.mark.parametrize("kind, event, due", [
    (Clock.RETURN, D(2026, 11, 16), D(2026, 11, 19)),            # §7.10 (64.7 1))
    (Clock.RETURN, D(2026, 11, 9), D(2026, 11, 12)),             # §7.11 (64.7 2))
    (Clock.FORWARD, D(2026, 11, 5), D(2026, 11, 10)),            # §7.20 (65.1)
    (Clock.EXTENSION_NOTICE, D(2026, 11, 20), D(2026, 11, 25)),  # §7.29 (76.3)
    (Clock.RECUSAL_DECISION, D(2026, 11, 9), D(2026, 11, 12)),   # §7.31 (67.3)
    (Clock.RECUSAL_NOTICE, D(2026, 11, 12), D(2026, 11, 16)),    # 67.11: 2 days over a weekend
    (Clock.TERMINATION_NOTICE, D(2026, 11, 6), D(2026, 11, 11)),  # 70.3
    (Clock.ACT_EARLIEST, D(2026, 11, 9), D(2026, 11, 12)),       # §7.35 (73.1)
    (Clock.OBJECTION, D(2026, 11, 9), D(2026, 11, 11)),          # §7.37 (73.3)
    (Clock.ORAL_MOTION, D(2026, 11, 9), D(2026, 11, 11)),
    (Clock.PROTOCOL, D(2026, 11, 12), D(2026, 11, 16)),          # §7.38 (74.4)
    (Clock.REMARKS, D(2026, 11, 16), D(2026, 11, 19)),           # 74.6
    (Clock.FILE_ACCESS, D(2026, 11, 6), D(2026, 11, 11)),        # §7.39 (75.1)
    (Clock.CORRECTION, D(2026, 11, 6), D(2026, 11, 11)),         # 82.3
    (Clock.CORRECTION_COPY, D(2026, 11, 11), D(2026, 11, 16)),   # 82.5
    (Clock.EXECUTION, D(2026, 11, 6), D(2026, 11, 13)),          # 86.3: 5 days
    (Clock.FORWARD_NOW, D(2026, 11, 6), D(2026, 11, 6)),         # 64.7-2: at once
    (Clock.FORWARD_NOW, D(2026, 11, 7), D(2026, 11, 9)),         # a Saturday: Monday
])
def test_clock_due_dates(kind, event, due):
    result = clock_due(kind, event, CAL)
    assert result.due_on == due
    assert result.article == RULES[kind].article
    assert result.steps[0].code == "clock_event" and result.steps[-1].code == "clock_due"


def test_clock_skips_holidays_and_explains_them():
    # Independence Day, 16 December 2026 (Wednesday): 3 days from Mon 14 Dec.
    result = clock_due(Clock.FORWARD, D(2026, 12, 14), CAL)
    assert result.due_on == D(2026, 12, 18)
    skipped = [s.day for s in result.steps if s.code == "skipped"]
    assert D(2026, 12, 16) in skipped


def test_office_day_off_moves_a_short_clock():
    cal = WorkCalendar([Override(D(2026, 11, 18), OverrideKind.DAY_OFF, "decree", "")])
    assert clock_due(Clock.RETURN, D(2026, 11, 16), cal).due_on == D(2026, 11, 20)


def test_custom_days_for_execution():
    assert clock_due(Clock.EXECUTION, D(2026, 11, 6), CAL, days=10).due_on == D(2026, 11, 20)


def test_participant_and_gate_parties():
    assert RULES[Clock.OBJECTION].party == Party.PARTICIPANT
    assert RULES[Clock.ACT_EARLIEST].party == Party.GATE
    assert RULES[Clock.PROTOCOL].party == Party.OFFICE


@pytest.mark.parametrize("decided, two, cap", [
    (D(2026, 11, 16), D(2027, 1, 16), D(2027, 1, 18)),   # §7.28: Saturday → Monday (76.5)
    (D(2026, 12, 31), D(2027, 2, 28), D(2027, 3, 1)),    # month end; a Sunday → Monday
    (D(2026, 8, 31), D(2026, 10, 31), D(2026, 11, 2)),   # 31 → 31, a Saturday
    (D(2026, 12, 29), D(2027, 2, 28), D(2027, 3, 1)),    # no 29 Feb in 2027
    (D(2027, 12, 30), D(2028, 2, 29), D(2028, 2, 29)),   # leap year, a Tuesday
    (D(2026, 11, 5), D(2027, 1, 5), D(2027, 1, 5)),      # a working Tuesday stays
    (D(2026, 11, 7), D(2027, 1, 7), D(2027, 1, 8)),      # 7 January: Orthodox Christmas
])
def test_extension_cap(decided, two, cap):
    result = extension_cap(decided, CAL)
    assert (result.two_months, result.cap_on) == (two, cap)
    codes = [s.code for s in result.steps]
    assert codes[0] == "extension_decided" and codes[-1] == "extension_cap"
    assert ("moved_to_working_day" in codes) == (two != cap)


@given(st.dates(min_value=D(2024, 1, 1), max_value=D(2030, 12, 31)))
def test_cap_is_a_working_day_about_two_months_on(day):
    cap = extension_cap(day, CAL).cap_on
    assert CAL.is_working(cap)
    assert 58 <= (add_months(day, 2) - day).days <= 62
    assert cap >= add_months(day, 2) and (cap - add_months(day, 2)).days < 10


def test_effective_last_day():
    assert effective_last_day(D(2027, 1, 16), CAL) == D(2027, 1, 18)
    assert effective_last_day(D(2027, 1, 19), CAL) == D(2027, 1, 19)


def test_every_clock_names_the_event_it_runs_from():
    """Architecture: a clock's start is its rule's, never its caller's."""
    import datetime as dt

    from app.rules.clocks import RULES, Event, event_day
    from app.rules.enums import Clock
    assert set(RULES) == set(Clock)
    assert all(rule.runs_from and all(isinstance(e, Event) for e in rule.runs_from) for rule in RULES.values())
    registered, ended, action = dt.date(2026, 11, 2), dt.date(2026, 11, 20), dt.date(2026, 11, 25)
    known = {Event.RECEIPT: dt.date(2026, 11, 1), Event.REGISTRATION: registered, Event.ACTION: action}
    # АППК 64.7: 1) from the end of the period to correct; 2) from registration.
    assert event_day(Clock.RETURN, {**known, Event.PERIOD_END: ended}) == ended
    assert event_day(Clock.RETURN, known) == registered
    assert event_day(Clock.FORWARD, known) == dt.date(2026, 11, 1)   # АППК 65.1: from the day of receipt
    assert event_day(Clock.EXTENSION_NOTICE, known) == action   # АППК 76.3: the extension decision
    with pytest.raises(KeyError):   # АППК 73.3: only once the participant has the notice
        event_day(Clock.OBJECTION, known)
