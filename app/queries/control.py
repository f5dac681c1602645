"""Control lists: what is due today, overdue, or due within N working days,
for the whole office or one executor, over the final term and every office
clock.  Each list is two indexed range scans: open appeals on (status,
due_on) and open clocks on (state, due_on)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from peewee import JOIN, SQL, Case, fn

from app.office.calendar_store import load_calendar
from app.queries.appeals import as_date, mine
from app.queries.eotinish import queue as eotinish_queue
from app.queries.reception_stats import duties
from app.rules.calendar import WorkCalendar
from app.rules.deadlines import working_days_left
from app.rules.enums import OPEN_STATUSES, ClockState, Party
from app.store.storage import guarded
from models.db import db
from models.entities import Appeal, CaseClock, User

LISTS = ("due_today", "overdue", "due_within")
_OPEN = [str(s) for s in OPEN_STATUSES]


class ControlItem(NamedTuple):
    """One due item: which case, which clock, when.  Display fields come
    separately (:func:`details`), a page at a time.  A tuple: lists run to
    tens of thousands of items."""
    appeal_id: int
    kind: str            # "final" or an app.rules.enums.Clock
    article: str
    due_on: dt.date
    days_left: int


@dataclass(frozen=True)
class ItemDetails:
    reg_number: str
    applicant: str
    executor: str
    term_article: str    # the article of the final term


def _range(which: str, today: dt.date, cal: WorkCalendar, within: int, field):
    if which == "due_today":
        return field == today
    if which == "overdue":
        return field < today
    return (field >= today) & (field <= cal.add_working_days(today, within))


def _mine(executor_id: int | None):
    return None if executor_id is None else mine(executor_id)


def _final_query(which, today, cal, within, executor_id, *fields):
    query = Appeal.select(*fields).where(Appeal.status.in_(_OPEN)
                                         & _range(which, today, cal, within, Appeal.due_on))
    mine = _mine(executor_id)
    return query if mine is None else query.where(mine)


def _clock_query(which, today, cal, within, executor_id, *fields):
    query = CaseClock.select(*fields).where(
        (CaseClock.state == str(ClockState.OPEN))
        & _range(which, today, cal, within, CaseClock.due_on)
        & (CaseClock.party == str(Party.OFFICE)))
    mine = _mine(executor_id)
    if mine is None:
        return query
    return query.join(Appeal, on=(CaseClock.appeal == Appeal.id)).where(mine)


@guarded
def counts(today: dt.date, cal: WorkCalendar, within: int = 3,
           executor_id: int | None = None) -> dict[str, int]:
    out = {}
    for which in LISTS:
        total = 0
        for make in (_final_query, _clock_query):
            total += db.execute(make(which, today, cal, within, executor_id,
                                     fn.COUNT(SQL("*")))).fetchone()[0]
        out[which] = total
    return out


@guarded
def control_list(which: str, today: dt.date, cal: WorkCalendar, within: int = 3,
                 executor_id: int | None = None) -> list[ControlItem]:
    """Every item of one list, the earliest due first: ids, clocks and dates
    only, read from the (status, due_on) and (state, due_on) indexes."""
    # The final term's article comes with the details: reading it here would
    # leave the index for the table, row by row.
    final = _final_query(which, today, cal, within, executor_id, Appeal.id, Appeal.due_on)
    clocks = _clock_query(which, today, cal, within, executor_id, CaseClock.appeal,
                          CaseClock.kind, CaseClock.article, CaseClock.due_on)
    rows = [(aid, "final", "", due) for aid, due in db.execute(final).fetchall()]
    rows += db.execute(clocks).fetchall()
    rows.sort(key=itemgetter(3, 0, 1))   # ISO dates (or dates) sort as days
    days = {}   # each distinct due date parsed and counted once
    for due in {r[3] for r in rows}:
        day = as_date(due)
        days[due] = (day, working_days_left(today, day, cal))
    return [ControlItem(aid, kind, article, *days[due]) for aid, kind, article, due in rows]


@guarded
def details(ids: list[int]) -> dict[int, ItemDetails]:
    """Number, applicant and executor of the given cases (a visible page)."""
    out = {}
    for start in range(0, len(ids), 500):
        query = (Appeal.select(Appeal.id, Appeal.reg_number, Appeal.applicant_display,
                               User.surname, User.first_name, Appeal.term_article, Appeal.reopened_on)
                 .join(User, JOIN.LEFT_OUTER, on=(Appeal.executor == User.id))
                 .where(Appeal.id.in_(ids[start:start + 500])))
        for aid, number, applicant, surname, first, article, reopened in db.execute(query).fetchall():
            # АППК 100.4: a reopened case runs the term of the binding decision.
            out[aid] = ItemDetails(number, applicant, f"{surname} {first}" if surname else "",
                                   "100.4" if reopened else article)
    return out


@dataclass(frozen=True)
class ExecutorCounts:
    executor_id: int | None
    name: str
    counts: dict


def _grouped(query, due_field, today: dt.date):
    """Per-executor sums in SQL: one pass over the open rows up to the limit."""
    def total(cond):
        return fn.SUM(Case(None, [(cond, 1)], 0))
    return (query.select(Appeal.executor, total(due_field == today), total(due_field < today),
                         total(due_field >= today))
            .group_by(Appeal.executor))


@guarded
def by_executor(today: dt.date, cal: WorkCalendar, within: int = 3) -> list[ExecutorCounts]:
    """The office's lists counted per executor (the head's overview)."""
    limit = cal.add_working_days(today, within)
    finals = Appeal.select().where(Appeal.status.in_(_OPEN) & (Appeal.due_on <= limit))
    clocks = (CaseClock.select().join(Appeal, on=(CaseClock.appeal == Appeal.id))
              .where((CaseClock.state == str(ClockState.OPEN)) & (CaseClock.due_on <= limit)
                     & (CaseClock.party == str(Party.OFFICE))))
    table: dict[int | None, dict] = {}
    for query, due_field in ((finals, Appeal.due_on), (clocks, CaseClock.due_on)):
        for executor, today_n, overdue_n, within_n in db.execute(
                _grouped(query, due_field, today)).fetchall():
            row = table.setdefault(executor, dict.fromkeys(LISTS, 0))
            row["due_today"] += int(today_n or 0)
            row["overdue"] += int(overdue_n or 0)
            row["due_within"] += int(within_n or 0)
    names = {u.id: f"{u.surname} {u.first_name}" for u in
             User.select(User.id, User.surname, User.first_name).where(User.id.in_(
                 [e for e in table if e is not None]))}
    return sorted((ExecutorCounts(e, names.get(e, "") if e is not None else "", c) for e, c in table.items()),
                  key=lambda r: (r.executor_id is None, r.name))


@dataclass(frozen=True)
class Snapshot:
    """What the control panel shows: the counts, one list, the overview,
    the reception duties (АППК 90.3: months without a reception, bookings
    left without an outcome) and the queue of appeals not yet in e-Otinish
    (АППК 69.3, ``app.queries.eotinish``)."""
    counts: dict
    items: list
    overview: list
    reception: object = None
    eotinish: object = None


@guarded
def snapshot(which: str, today: dt.date, within: int = 3,
             executor_id: int | None = None, now: dt.datetime | None = None) -> Snapshot:
    """Everything the panel needs in one call (run off the UI thread)."""
    cal = load_calendar()
    now = now or dt.datetime.combine(today, dt.datetime.now().time())
    return Snapshot(counts(today, cal, within, executor_id),
                    control_list(which, today, cal, within, executor_id),
                    by_executor(today, cal, within), duties(today, cal), eotinish_queue(now, cal))
