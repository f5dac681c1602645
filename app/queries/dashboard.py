"""The head's dashboard (issue 16 item 2): intake per month against the same
months a year earlier, open and overdue cases at each month's end, how the
cases of the period ended, and each executor's load and lateness.

What the figures mean (the dashboard's note says it on screen):
  - *received*: appeals registered in the month (``registered_on``);
  - *open at a day*: registered by then and not yet closed then (the final
    term stopped after it, ``closed_on``, or not yet);
  - *overdue at a day*: open then with its due date, as it stands now
    (extensions of art. 76 included), before that day.  The due date an
    appeal had before an extension is not in the table, so an appeal later
    extended counts by its new date: a past month can show fewer overdue
    than it had (a reading for the lawyer; the journal and history are exact);
  - *ended*: closed in the period, by outcome (art. 82-style results of a
    decision: satisfied, partly, refused, clarified) or, without one, by how
    it ended (taken into consideration, forwarded, returned, withdrawn,
    terminated, attached to an earlier case);
  - *late*: closed after its due date.

Every figure is a count on an index: registrations on ``registered_on``,
closings and how they ended on ``appeal_closed``, overdue on
``appeal_due_closed`` (migration 0012), the open cases on
``(status, due_on)``; a month at a time, so a year costs a few dozen small
counts (``bench/bench_dashboard.py``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import SQL, Case, fn

from app.rules.enums import OPEN_STATUSES
from app.store.storage import guarded
from models.db import db
from models.entities import Appeal, User

_OPEN = [str(s) for s in OPEN_STATUSES]
MONTHS = 12


@dataclass(frozen=True)
class MonthPoint:
    month: dt.date          # its first day
    received: int
    received_year_before: int
    open_at_end: int        # at the month's last day (today for the current month)
    overdue_at_end: int


@dataclass(frozen=True)
class ExecutorLoad:
    executor_id: int | None   # None: not yet assigned
    name: str
    open: int
    overdue: int               # open now and past the due date
    ended: int                 # closed in the period
    late: int                  # of those, closed after the due date


@dataclass(frozen=True)
class Dashboard:
    first: dt.date
    last: dt.date              # today
    months: list[MonthPoint]
    ended: dict[str, int]      # outcome or status code -> count, the period's closings
    executors: list[ExecutorLoad]


def month_starts(today: dt.date, count: int = MONTHS) -> list[dt.date]:
    """The first days of ``count`` months ending with ``today``'s."""
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append(dt.date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _year_before(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February's is the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _count(cond) -> int:
    return db.execute(Appeal.select(fn.COUNT(SQL("*"))).where(cond)).fetchone()[0]


def _by_month(field, starts: list[dt.date], end: dt.date) -> list[int]:
    """How many rows have ``field`` in each month of ``starts`` (up to
    ``end``): a count on the index's range per month (a dozen small counts
    cost less than one pass summing a CASE per month over the year)."""
    return [_count((field >= s) & (field <= min(_next_month(s) - dt.timedelta(days=1), end))) for s in starts]


@guarded
def dashboard(today: dt.date, months: int = MONTHS) -> Dashboard:
    starts = month_starts(today, months)
    first = starts[0]
    ends = [min(_next_month(s) - dt.timedelta(days=1), today) for s in starts]
    received = _by_month(Appeal.registered_on, starts, today)
    before = [_year_before(s) for s in starts]
    received_before = _by_month(Appeal.registered_on, before, _year_before(today))
    # Open at a day = registered by then − closed by then (closed_on ≥ registered_on).
    registered_until = _count(Appeal.registered_on < first)
    closed_until = _count(Appeal.closed_on < first)
    closed = _by_month(Appeal.closed_on, starts, today)
    # Overdue at a day e: due before e and not closed by e.  Since a case is
    # due no earlier than it is registered, "due before e" implies "registered
    # by e", and
    #   overdue(e) = #(due < e) − #(closed ≤ e) + #(closed ≤ e, due ≥ e),
    # three counts on the indexes: due_on (one large count, then a month's
    # range at a time), closed_on (as above) and (due_on, closed_on), whose
    # range due ≥ e is the cases of the last weeks before e and after it.
    due_before, previous = _count(Appeal.due_on < first), first
    points, reg_total, closed_total = [], registered_until, closed_until
    for i, (s, e) in enumerate(zip(starts, ends)):
        reg_total += received[i]
        closed_total += closed[i]   # closed by e
        due_before += _count((Appeal.due_on >= previous) & (Appeal.due_on < e))
        previous = e
        early = _count((Appeal.due_on >= e) & (Appeal.closed_on <= e))
        points.append(MonthPoint(s, received[i], received_before[i], reg_total - closed_total,
                                 due_before - closed_total + early))

    ended: dict[str, int] = {}
    query = (Appeal.select(Appeal.status, Appeal.outcome, fn.COUNT(SQL("*")))
             .where((Appeal.closed_on >= first) & (Appeal.closed_on <= today))
             .group_by(Appeal.status, Appeal.outcome))
    for status, outcome, n in db.execute(query).fetchall():
        key = outcome or status
        ended[key] = ended.get(key, 0) + int(n)
    return Dashboard(first, today, points, ended, _executors(first, today))


def _executors(first: dt.date, today: dt.date) -> list[ExecutorLoad]:
    def total(cond):
        return fn.SUM(Case(None, [(cond, 1)], 0))
    table: dict[int | None, list[int]] = {}
    now = (Appeal.select(Appeal.executor, fn.COUNT(SQL("*")), total(Appeal.due_on < today))
           .where(Appeal.status.in_(_OPEN)).group_by(Appeal.executor))
    for executor, n, late in db.execute(now).fetchall():
        table.setdefault(executor, [0, 0, 0, 0])[:2] = [int(n), int(late or 0)]
    done = (Appeal.select(Appeal.executor, fn.COUNT(SQL("*")), total(Appeal.closed_on > Appeal.due_on))
            .where((Appeal.closed_on >= first) & (Appeal.closed_on <= today)).group_by(Appeal.executor))
    for executor, n, late in db.execute(done).fetchall():
        table.setdefault(executor, [0, 0, 0, 0])[2:] = [int(n), int(late or 0)]
    names = {u.id: f"{u.surname} {u.first_name}".strip() for u in
             User.select(User.id, User.surname, User.first_name).where(
                 User.id.in_([e for e in table if e is not None]))}
    rows = [ExecutorLoad(e, names.get(e, "") if e is not None else "", *v) for e, v in table.items()]
    return sorted(rows, key=lambda r: (r.executor_id is None, -r.open, r.name))


@guarded
def ids(which: str, today: dt.date, month: dt.date | None = None, key: str | None = None,
        executor_id: int | None = None) -> list[int]:
    """The appeals behind a figure, newest first: ``received`` / ``open`` /
    ``overdue`` of a month (``month``: its first day), ``ended`` with a
    ``key`` (outcome or status) over the dashboard's period, and an
    executor's ``executor_open`` / ``executor_overdue`` now or
    ``executor_ended`` / ``executor_late`` over the period."""
    starts = month_starts(today)
    first = starts[0]
    month = month or today.replace(day=1)   # the month figures need one: the current month by default
    end = min(_next_month(month) - dt.timedelta(days=1), today)
    ended = (Appeal.closed_on >= first) & (Appeal.closed_on <= today)
    mine = Appeal.executor.is_null() if executor_id is None else (Appeal.executor == executor_id)
    conds = {
        "received": lambda: (Appeal.registered_on >= month) & (Appeal.registered_on <= end),
        "received_year_before": lambda: ((Appeal.registered_on >= _year_before(month))
                                         & (Appeal.registered_on <= _year_before(end))),
        "open": lambda: (Appeal.registered_on <= end) & (Appeal.closed_on.is_null() | (Appeal.closed_on > end)),
        "overdue": lambda: ((Appeal.registered_on <= end) & (Appeal.due_on < end)
                            & (Appeal.closed_on.is_null() | (Appeal.closed_on > end))),
        "ended": lambda: ended & ((Appeal.outcome == key) | ((Appeal.outcome == "") & (Appeal.status == key))),
        "executor_open": lambda: Appeal.status.in_(_OPEN) & mine,
        "executor_overdue": lambda: Appeal.status.in_(_OPEN) & mine & (Appeal.due_on < today),
        "executor_ended": lambda: ended & mine,
        "executor_late": lambda: ended & mine & (Appeal.closed_on > Appeal.due_on),
    }
    if which not in conds:
        raise ValueError(which)
    if which in ("open", "overdue"):   # open at the end: not closed, or closed after it (two index ranges)
        found: set[int] = set()
        for still in (Appeal.closed_on.is_null(), Appeal.closed_on > end):
            # every appeal is registered by today: only a past month's end needs the test
            cond = still & (Appeal.registered_on <= end) if end < today else still
            if which == "overdue":
                cond &= Appeal.due_on < end
            found.update(r[0] for r in db.execute(Appeal.select(Appeal.id).where(cond)).fetchall())
        return sorted(found, reverse=True)
    query = Appeal.select(Appeal.id).where(conds[which]()).order_by(Appeal.id.desc())
    return [r[0] for r in db.execute(query).fetchall()]
