"""The head's dashboard on PostgreSQL: the same sums, the same lists."""
from __future__ import annotations

import datetime as dt

from app.appeal.registration import register
from app.queries import dashboard as q
from models.entities import Appeal
from tests.pg.test_pg_registration import _input, _setup

D = dt.date


def test_dashboard_on_postgresql(pg_url):
    _admin, registrar = _setup()
    old = register(_input(dt.datetime(2025, 11, 10, 10)), registrar, "old").id
    Appeal.update(status="decided", outcome="satisfied", due_on=D(2025, 12, 1), closed_on=D(2026, 1, 20)).where(
        Appeal.id == old).execute()
    stuck = register(_input(dt.datetime(2026, 1, 15, 10), "Басқа"), registrar, "stuck").id
    Appeal.update(status="in_progress", due_on=D(2026, 2, 5)).where(Appeal.id == stuck).execute()
    new = register(_input(dt.datetime(2026, 11, 27, 10), "Үшінші"), registrar, "new").id
    data = q.dashboard(D(2026, 11, 30))
    assert [p.received for p in data.months] == [0, 1] + [0] * 9 + [1]
    assert data.months[-1].received_year_before == 1
    assert [(p.open_at_end, p.overdue_at_end) for p in data.months[:3]] == [(1, 1), (1, 0), (1, 1)]
    assert (data.months[-1].open_at_end, data.months[-1].overdue_at_end) == (2, 1)
    assert data.ended == {"satisfied": 1}
    assert q.ids("open", D(2026, 11, 30), month=D(2026, 11, 1)) == sorted([stuck, new], reverse=True)
    assert q.ids("ended", D(2026, 11, 30), key="satisfied") == [old]
