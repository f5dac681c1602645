"""The head's dashboard (issue 16 item 2): every figure on a database with
known cases, checked against the numbers worked out by hand and against a
row-by-row count of the same definitions, and every figure's list of appeals."""
from __future__ import annotations

import datetime as dt

import pytest

from app.queries import dashboard as q
from models.entities import Appeal

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture
def known(new_appeal, staff):
    """Seven appeals over two years; their ends set on the rows (what the
    workflow's closings write: status, outcome, closed_on)."""
    def make(received: str, **end) -> int:
        appeal_id = new_appeal(received)
        if end:
            Appeal.update(**end).where(Appeal.id == appeal_id).execute()
        return appeal_id
    exec1, exec2 = staff["exec"].id, staff["exec2"].id
    a = {
        # a year before the period; closed late in January, inside the period
        "old": make("2025-11-10 10:00", status="decided", outcome="satisfied", due_on=D(2025, 12, 1),
                    closed_on=D(2026, 1, 20), executor=exec1),
        "forwarded": make("2026-01-15 10:00", status="forwarded", due_on=D(2026, 2, 5), closed_on=D(2026, 2, 5)),
        "stuck": make("2026-01-15 11:00", status="in_progress", due_on=D(2026, 2, 5), executor=exec1),
        "refused": make("2026-06-10 10:00", status="decided", outcome="refused", due_on=D(2026, 6, 30),
                        closed_on=D(2026, 6, 20), executor=exec2),
        "new1": make("2026-11-02 10:00", status="assigned", executor=exec1),
        "new2": make("2026-11-02 11:00"),
        "new3": make("2026-11-27 12:00"),
        # two years back: outside both series
        "ancient": make("2024-10-01 10:00", status="answered", outcome="clarified", due_on=D(2024, 10, 22),
                        closed_on=D(2024, 10, 20)),
    }
    return a


def brute(month_end: dt.date) -> tuple[set, set]:
    """Open and overdue at a day, row by row (the definitions of the module's note)."""
    opened, late = set(), set()
    for r in Appeal.select(Appeal.id, Appeal.registered_on, Appeal.closed_on, Appeal.due_on):
        if r.registered_on <= month_end and (r.closed_on is None or r.closed_on > month_end):
            opened.add(r.id)
            if r.due_on < month_end:
                late.add(r.id)
    return opened, late


def test_every_figure_of_the_dashboard(known, staff):
    data = q.dashboard(TODAY)
    assert (data.first, data.last) == (D(2025, 12, 1), TODAY)
    months = {p.month: p for p in data.months}
    assert list(months) == [D(2025, 12, 1)] + [D(2026, m, 1) for m in range(1, 12)]
    assert [p.received for p in data.months] == [0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 3]
    assert [p.received_year_before for p in data.months] == [0] * 11 + [1]   # Nov 2025: "old"
    # Worked out by hand: December 2025 has "old" open and overdue (due 1 Dec);
    # January: "old" closed on the 20th, the two of 15 Jan open, neither due yet.
    assert (months[D(2025, 12, 1)].open_at_end, months[D(2025, 12, 1)].overdue_at_end) == (1, 1)
    assert (months[D(2026, 1, 1)].open_at_end, months[D(2026, 1, 1)].overdue_at_end) == (2, 0)
    assert (months[D(2026, 2, 1)].open_at_end, months[D(2026, 2, 1)].overdue_at_end) == (1, 1)   # "stuck"
    assert (months[D(2026, 6, 1)].open_at_end, months[D(2026, 6, 1)].overdue_at_end) == (1, 1)
    nov = months[D(2026, 11, 1)]   # today: "stuck", the three of November; two due 23 Nov
    assert (nov.open_at_end, nov.overdue_at_end) == (4, 3)
    for p in data.months:
        end = min(q._next_month(p.month) - dt.timedelta(days=1), TODAY)
        opened, late = brute(end)
        assert (p.open_at_end, p.overdue_at_end) == (len(opened), len(late)), p.month
        assert set(q.ids("open", TODAY, month=p.month)) == opened
        assert set(q.ids("overdue", TODAY, month=p.month)) == late
    assert data.ended == {"satisfied": 1, "forwarded": 1, "refused": 1}   # 2024's clarified is outside
    assert q.ids("ended", TODAY, key="satisfied") == [known["old"]]
    assert q.ids("ended", TODAY, key="forwarded") == [known["forwarded"]]
    assert q.ids("received", TODAY, month=D(2026, 11, 1)) == sorted(
        [known["new1"], known["new2"], known["new3"]], reverse=True)
    assert q.ids("received_year_before", TODAY, month=D(2026, 11, 1)) == [known["old"]]
    people = {e.executor_id: e for e in data.executors}
    e1, e2 = people[staff["exec"].id], people[staff["exec2"].id]
    assert (e1.open, e1.overdue, e1.ended, e1.late) == (2, 2, 1, 1)   # stuck, new1 open; old ended late
    assert (e2.open, e2.overdue, e2.ended, e2.late) == (0, 0, 1, 0)
    assert (people[None].open, people[None].overdue, people[None].ended) == (2, 1, 1)
    assert data.executors[-1].executor_id is None   # "not assigned" last
    assert set(q.ids("executor_open", TODAY, executor_id=staff["exec"].id)) == {known["stuck"], known["new1"]}
    assert q.ids("executor_late", TODAY, executor_id=staff["exec"].id) == [known["old"]]
    assert q.ids("executor_ended", TODAY, executor_id=staff["exec2"].id) == [known["refused"]]
    assert set(q.ids("executor_overdue", TODAY, executor_id=None)) == {known["new2"]}


def test_an_empty_office_has_a_dashboard_of_zeros(office_admin):
    data = q.dashboard(TODAY)
    assert len(data.months) == 12 and all(
        (p.received, p.received_year_before, p.open_at_end, p.overdue_at_end) == (0, 0, 0, 0) for p in data.months)
    assert data.ended == {} and data.executors == []


def test_the_29th_of_february(known):
    """A leap day's year before is the 28th: the dashboard opens on 29 February."""
    data = q.dashboard(D(2028, 2, 29))
    assert data.months[-1].month == D(2028, 2, 1) and data.months[-1].received_year_before == 0
    assert q.ids("received_year_before", D(2028, 2, 29), month=D(2028, 2, 1)) == []
    assert q._year_before(D(2028, 2, 29)) == D(2027, 2, 28)


def test_months_across_new_year():
    assert q.month_starts(D(2026, 2, 14), 4) == [D(2025, 11, 1), D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1)]


def test_an_unknown_figure_is_refused(office_admin):
    with pytest.raises(ValueError):
        q.ids("everything", TODAY)
