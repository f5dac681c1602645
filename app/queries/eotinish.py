"""The queue "not yet in e-Otinish" (issue 16 item 4; АППК 69.3): appeals
registered in the office's journal whose e-Otinish number is not entered
yet, the longest waiting first, with how long each has waited.

Read from the index ``appeal_eotinish_queue`` (eotinish_number, received_at,
id) of migration 0011: the count and the first page touch only the waiting
appeals, in order, however many a million the journal holds."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from peewee import SQL, fn

from app.queries.appeals import as_date, as_datetime
from app.reports.exclusion import excluded_ids_query
from app.rules.calendar import WorkCalendar
from app.store.storage import guarded
from models.db import db
from models.entities import Appeal

LIMIT = 500   # shown at once; the count says how many wait in all


class QueueItem(NamedTuple):
    appeal_id: int
    reg_number: str
    applicant: str
    received_at: dt.datetime
    registered_on: dt.date
    catch_up: bool       # registered while e-Otinish was down
    waited_days: int     # working days since registration (0: registered today)
    waited_hours: int    # hours since receipt, for one registered today


@dataclass(frozen=True)
class Queue:
    total: int
    items: list[QueueItem]


def waiting():
    """No number yet (the first column of appeal_eotinish_queue), and not
    one of the appeals art. 69 part 3 paragraph 2 leaves out of the
    accounting: # АППК 69.3: "... есепке алуға жатпайды" (advertising, state
    services, currency notices; marked in the reports window, app.reports)."""
    return (Appeal.eotinish_number == "") & Appeal.id.not_in(excluded_ids_query())


@guarded
def queue(now: dt.datetime, cal: WorkCalendar, limit: int = LIMIT) -> Queue:
    """How many appeals wait for their number, and the first ``limit`` of
    them in order of receipt."""
    total = db.execute(Appeal.select(fn.COUNT(SQL("*"))).where(waiting())).fetchone()[0]
    query = (Appeal.select(Appeal.id, Appeal.reg_number, Appeal.applicant_display, Appeal.received_at,
                           Appeal.registered_on, Appeal.eotinish_catch_up)
             .where(waiting()).order_by(Appeal.received_at, Appeal.id).limit(limit))
    rows = [(aid, number, applicant, as_datetime(received), as_date(registered), bool(catch_up))
            for aid, number, applicant, received, registered, catch_up in db.execute(query).fetchall()]
    days = _waited({r[4] for r in rows}, now.date(), cal)
    return Queue(int(total), [QueueItem(*row, days[row[4]], max(0, int((now - row[3]).total_seconds() // 3600)))
                              for row in rows])


def _waited(registered: set[dt.date], today: dt.date, cal: WorkCalendar) -> dict[dt.date, int]:
    """Working days from each registration day to today, each day of the
    calendar walked once (the oldest appeal may wait for years)."""
    out, counted, after = {}, 0, today
    for day in sorted(registered, reverse=True):
        if day < after:
            counted += cal.working_days_between(day, after)
            after = day
        out[day] = counted
    return out
