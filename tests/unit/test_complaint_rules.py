"""The complaint's own rules: filing term (АППК 92), what it must state
(93.2), suspension (96), and which actions belong to which side."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.engine.registry import REGISTRY
from app.rules.calendar import Override, WorkCalendar
from app.rules.codes import Procedure as P
from app.rules.complaint import (
    ComplaintInput,
    complaint_missing,
    filing_term,
    suspension_for,
)
from app.rules.enums import OverrideKind, Suspension

D = dt.date
CAL = WorkCalendar()
WEEKDAYS_ONLY = WorkCalendar(public_holidays=False)


@pytest.mark.parametrize("learned, without_route, due, article", [
    (D(2026, 8, 3), False, D(2026, 11, 3), "92.1"),        # digest 31: three months
    (D(2026, 6, 1), True, D(2026, 12, 1), "92.1-1"),       # digest 32: six months
    (D(2026, 8, 31), False, D(2026, 11, 30), "92.1"),      # 31 Aug -> 30 Nov: no 31st
    (D(2026, 5, 31), True, D(2026, 11, 30), "92.1-1"),     # 31 May -> 30 Nov
    (D(2027, 11, 30), False, D(2028, 2, 29), "92.1"),      # into a leap February
    (D(2026, 11, 30), False, D(2027, 3, 1), "92.1"),       # 28 Feb 2027 is a Sunday -> Mon 1 Mar
    (D(2026, 9, 5), False, D(2026, 12, 7), "92.1"),        # Sat 5 Dec -> Mon 7 Dec
])
def test_filing_term(learned, without_route, due, article):
    term = filing_term(learned, without_route, WEEKDAYS_ONLY)
    assert (term.due_on, term.article, term.months) == (due, article, 6 if without_route else 3)
    assert term.steps[-1].code == "filing_due" and term.steps[-1].params["article"] == article


def test_a_last_day_on_a_day_off_moves_to_the_next_working_day():
    # АППК 76.5 by analogy (digest Q13): Thu 3 Dec 2026 made a day off by decree.
    cal = WorkCalendar([Override(D(2026, 12, 3), OverrideKind.DAY_OFF, "decree", "")],
                       public_holidays=False)
    term = filing_term(D(2026, 9, 3), False, cal)
    assert term.due_on == D(2026, 12, 4)
    assert [s.code for s in term.steps] == ["learned", "months_later", "skipped",
                                            "moved_to_working_day", "filing_due"]
    assert term.steps[3].params["article"] == "76.5"


def test_public_holidays_count_as_days_off():
    # 16 Dec is Independence Day: three months from 16 Sep end after it.
    term = filing_term(D(2026, 9, 16), False, CAL)
    assert term.due_on > D(2026, 12, 16) and CAL.is_working(term.due_on)
    assert all(not CAL.is_working(D(2026, 12, 16) + dt.timedelta(days=i))
               for i in range((term.due_on - D(2026, 12, 16)).days))


@given(st.dates(min_value=D(2025, 1, 1), max_value=D(2030, 12, 31)), st.booleans())
def test_the_term_is_never_shorter_than_the_months_and_ends_on_a_working_day(learned, without_route):
    term = filing_term(learned, without_route, CAL)
    months = 6 if without_route else 3
    assert CAL.is_working(term.due_on)
    assert (term.due_on.year - learned.year) * 12 + term.due_on.month - learned.month >= months
    assert term.due_on - learned <= dt.timedelta(days=31 * months + 10)


class _Appeal:
    attachments_count = 2


def test_what_a_complaint_must_state():   # АППК 93.2 3), 4), 8)
    empty = ComplaintInput()
    assert complaint_missing(_Appeal(), empty) == ["actual_address", "challenged_body", "attachments_list"]
    full = ComplaintInput(actual_address="Ақсу", challenged_body="Әкім", attachments_list="акт")
    assert complaint_missing(_Appeal(), full) == []


@pytest.mark.parametrize("subject, ground, state", [
    ("act", "", Suspension.SUSPENDED),            # 96.1
    ("action", "", Suspension.SUSPENDED),
    ("act", "96.1.1", Suspension.NOT_SUSPENDED),  # 96.1 1), stated per 96.2
    ("inaction", "", Suspension.NOT_APPLICABLE),
])
def test_suspension(subject, ground, state):
    assert suspension_for(ComplaintInput(subject=subject, no_suspension_ground=ground)) == state


@pytest.mark.parametrize("action, kind, role, fits", [
    ("extend", "complaint", "reviewing", False),          # АППК 99: never extended
    ("decide", "complaint", "reviewing", False),          # decisions of 100.1 instead
    ("terminate", "complaint", "challenged", False),
    ("complaint_decide", "complaint", "reviewing", True),
    ("complaint_decide", "complaint", "challenged", False),   # 91.4: send or satisfy
    ("hearing_notice", "complaint", "challenged", False),
    ("hearing_notice", "complaint", "reviewing", True),       # 98.3
    ("complaint_send", "complaint", "challenged", True),
    ("complaint_send", "complaint", "reviewing", False),
    ("restore_term", "complaint", "challenged", False),       # 92.2: the complaint body
    ("complaint_send", "application", None, False),
    ("court_recorded", "application", None, False),
    ("decide", "application", None, True),
    ("extend", "complaint", None, True),   # a complaint registered before issue 5: refused by its handler
])
def test_actions_per_side(action, kind, role, fits):
    # A complaint without its record (registered before issue 5) follows the
    # full procedure (app.complaint.hooks.classify).
    procedure = {("complaint", "reviewing"): P.COMPLAINT_REVIEWING,
                 ("complaint", "challenged"): P.COMPLAINT_CHALLENGED}.get((kind, role), P.APPLICATION)
    assert (procedure in REGISTRY[action].applies_to) is fits
