"""Personal reception in figures (issue 6 item 4): receptions and people
received per official and month, questions by subject, outcomes, and how
many became written appeals (АППК 90.4); and the reception duties that need
attention in the control lists."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.reception.schedule import warnings
from app.rules.calendar import WorkCalendar
from app.rules.enums import BookingStatus
from app.store.storage import guarded
from models.entities_cases import ReceptionBooking, ReceptionRecord, ReceptionSlot


@dataclass(frozen=True)
class ReceptionStats:
    by_official: dict        # (official_id, "YYYY-MM") -> {"receptions": n, "people": n}
    by_subject: Counter
    by_outcome: Counter
    converted: int
    people: int


@guarded
def stats(first: dt.date, last: dt.date) -> ReceptionStats:
    start = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
    rows = list(ReceptionRecord.select().where((ReceptionRecord.received_at >= start)
                                               & (ReceptionRecord.received_at < end)))
    by_official: dict = defaultdict(lambda: {"receptions": 0, "people": 0})
    days = defaultdict(set)
    for r in rows:
        key = (r.official_id, r.received_at.strftime("%Y-%m"))
        by_official[key]["people"] += 1
        days[key].add(r.received_at.date())
    for key, seen in days.items():
        by_official[key]["receptions"] = len(seen)   # a reception = a day the official received
    return ReceptionStats(dict(by_official), Counter(r.subject for r in rows), Counter(r.outcome for r in rows),
                          sum(1 for r in rows if r.appeal_id is not None), len(rows))


@dataclass(frozen=True)
class Duties:
    months_without: list     # app.reception.schedule.Warning of "no_reception_in_month"
    without_outcome: list    # bookings whose time passed with no outcome recorded
    unregistered: Sequence = ()  # receptions needing a written appeal not yet registered (90.4)


@guarded
def duties(today: dt.date, cal: WorkCalendar) -> Duties:
    """The control lists' reception duties: this month and the next without a
    reception for someone (АППК 90.3), bookings left without an outcome."""
    missing = [w for w in warnings(today.year, today.month, cal, months=2) if w.code == "no_reception_in_month"]
    stale = list(ReceptionBooking.select(ReceptionBooking, ReceptionSlot).join(ReceptionSlot)
                 .where((ReceptionBooking.status == str(BookingStatus.BOOKED)) & (ReceptionSlot.day < today))
                 .order_by(ReceptionSlot.day))
    pending = list(ReceptionRecord.select().where((ReceptionRecord.outcome == "written_appeal")
                                                  & ReceptionRecord.appeal.is_null())
                   .order_by(ReceptionRecord.received_at))
    return Duties(missing, stale, pending)
