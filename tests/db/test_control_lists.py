"""Control lists (every office clock, office-wide and per executor) and the ladder."""
import pytest

from app.appeal import clock_ladder as ladder
from app.office.calendar_store import load_calendar
from app.queries import appeals as journal
from app.queries import control
from app.rules.enums import QuickFilter
from tests.db.conftest import D


@pytest.fixture
def office(new_appeal, act, staff):
    """Registered Mon 2 Nov (due 23 Nov) and Thu 5 Nov (due 26 Nov)."""
    a = new_appeal("2026-11-02 10:00")
    b = new_appeal("2026-11-05 10:00")
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    act(b, "assign", executor_id=staff["exec2"].id, co_executor_ids=[staff["exec"].id],
        resolution="r", today="2026-11-05")
    return a, b


def lists(today, executor_id=None, within=3):
    cal = load_calendar()
    return {which: [(i.appeal_id, i.kind, i.due_on) for i in
                    control.control_list(which, D(today), cal, within, executor_id)]
            for which in control.LISTS}


def test_lists_hold_the_final_term_and_short_clocks(office, act, staff):
    a, b = office
    act(b, "hearing_notice", who="exec2", preliminary="p", hearing_form="written", today="2026-11-19")
    act(b, "oral_hearing", who="exec2", today="2026-11-20")   # protocol due Tue 24 Nov
    got = lists("2026-11-23")
    assert got["due_today"] == [(a, "final", D("2026-11-23"))]
    assert got["due_within"] == [(a, "final", D("2026-11-23")), (b, "protocol", D("2026-11-24")),
                                 (b, "final", D("2026-11-26"))]
    assert got["overdue"] == []
    # Participant periods and the act gate are not office duties.
    assert all(kind not in ("objection", "act_earliest") for v in got.values() for _, kind, _ in v)
    cal = load_calendar()
    assert control.counts(D("2026-11-23"), cal) == {"due_today": 1, "overdue": 0, "due_within": 3}
    assert control.counts(D("2026-11-25"), cal) == {"due_today": 0, "overdue": 2, "due_within": 1}


def test_per_executor_lists_include_co_executors(office, staff):
    a, b = office
    assert [i[0] for i in lists("2026-11-20", staff["exec"].id, within=5)["due_within"]] == [a, b]
    assert [i[0] for i in lists("2026-11-20", staff["exec2"].id, within=5)["due_within"]] == [b]
    rows = {r.executor_id: r.counts for r in control.by_executor(D("2026-11-24"), load_calendar())}
    assert rows[staff["exec"].id] == {"due_today": 0, "overdue": 1, "due_within": 0}
    assert rows[staff["exec2"].id] == {"due_today": 0, "overdue": 0, "due_within": 1}


def test_extension_moves_a_case_out_of_overdue(office, act):
    a, _ = office
    cal = load_calendar()
    overdue = journal.Criteria(quick=QuickFilter.OVERDUE, today=D("2026-11-24"))
    assert journal.all_ids(overdue, cal) == [a]
    act(a, "extend", new_due_on=D("2026-12-18"), reason="r", today="2026-11-20")
    assert journal.all_ids(overdue, cal) == []
    # ...but the notice of the extension is now an office clock in the lists.
    assert lists("2026-11-25")["due_today"] == [(a, "extension_notice", D("2026-11-25"))]
    assert lists("2026-11-26")["overdue"] == [(a, "extension_notice", D("2026-11-25"))]


def test_my_cases_in_the_journal(office, staff):
    a, b = office
    cal = load_calendar()
    mine = journal.Criteria(executor_id=staff["exec"].id, today=D("2026-11-20"))
    assert sorted(journal.all_ids(mine, cal)) == [a, b]


def test_ladder(office, act):
    a, _ = office
    act(a, "extend", new_due_on=D("2026-12-18"), reason="r", today="2026-11-20")
    lad = ladder.ladder(a, today=D("2026-11-26"))
    kinds = [(r.kind, r.state) for r in lad.rungs]
    # Running first (the overdue notice, then the final term), then finished ones.
    # Assigning it made forwarding moot (АППК 65.1 is for appeals outside competence).
    assert kinds == [("extension_notice", "overdue"), ("final", "open"), ("forward", "cancelled")]
    final = lad.rungs[1]
    assert final.due_on == D("2026-12-18") and lad.extended and not lad.deemed_refusal
    assert final.steps[-1].code == "extended_to"
    notice = lad.rungs[0]
    assert notice.days_left == -1 and [s.code for s in notice.steps][-1] == "clock_due"


def test_deemed_refusal(office, act):
    a, b = office
    assert ladder.ladder(a, today=D("2026-11-24")).deemed_refusal   # АППК 91.2
    assert not ladder.ladder(b, today=D("2026-11-24")).deemed_refusal
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-25")
    lad = ladder.ladder(a, today=D("2026-11-26"))
    assert lad.deemed_refusal and lad.rungs[-1].kind in ("final", "forward")
    assert {r.kind: r.state for r in lad.rungs}["final"] == "late"
