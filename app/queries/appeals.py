"""Journal queries over a million appeals: count, one window of ids, one page
of rows.  Filters and sorts run in SQL on indexed columns; the name search
uses the portable token table (prefix ranges), never LIKE '%…%'."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from peewee import JOIN, SQL, fn

from app.office.calendar_store import load_calendar
from app.rules.calendar import WorkCalendar
from app.rules.deadlines import working_days_left
from app.rules.enums import OPEN_STATUSES, QuickFilter
from app.rules.names import name_tokens
from app.store.storage import guarded
from models.db import db
from models.entities import Appeal, AppealToken, CoExecutor, RegistrationCounter, User

SORT_KEYS = ("reg", "received", "kind", "applicant", "substance", "executor",
             "status", "due", "left")
# Sort keys, each on an index.  The number sorts by (year, sequence): an
# index-only scan, and right also when a late appeal carries last year's
# number.  Substance (long free text) is not sortable at a million rows.
_SORT_FIELDS = {
    "reg": (Appeal.reg_year, Appeal.reg_seq), "received": (Appeal.received_at,),
    "kind": (Appeal.kind,), "applicant": (Appeal.applicant_norm,),
    "executor": (Appeal.executor,), "status": (Appeal.status,), "due": (Appeal.due_on,),
    "left": (Appeal.due_on,),
}
SORTABLE = frozenset(_SORT_FIELDS)
_OPEN = [str(s) for s in OPEN_STATUSES]
_HIGH = "\U0010ffff"


@dataclass(frozen=True)
class Criteria:
    quick: QuickFilter = QuickFilter.ALL
    text: str = ""
    sort: str = "reg"
    descending: bool = True
    today: dt.date | None = None
    executor_id: int | None = None

    def sorted_by(self, key: str, descending: bool) -> Criteria:
        return replace(self, sort=key, descending=descending)


@dataclass(frozen=True)
class JournalRow:
    id: int
    reg_number: str
    received_at: dt.datetime
    kind: str
    applicant: str
    substance: str
    executor: str
    status: str
    due_on: dt.date
    days_left: int | None
    missing: bool


def mine(user_id: int):
    """"My cases": the user is the executor or an active co-executor."""
    co = CoExecutor.select(CoExecutor.appeal).where((CoExecutor.user == user_id)
                                                    & (CoExecutor.active == True))  # noqa: E712
    return (Appeal.executor == user_id) | Appeal.id.in_(co)


def _ids_where(cond):
    return Appeal.select(Appeal.id).where(cond)


def _union(parts):
    """Ids matching any part; each part runs on its own index (an OR of
    differently indexed columns would make SQLite scan the table)."""
    out = None
    for part in parts:
        out = part if out is None else out | part
    return out


def _text_condition(text: str):
    text = text.strip()
    if not text:
        return None
    compact = text.replace(" ", "")
    if re.fullmatch(r"\d{12}", compact):   # IIN, BIN or an e-Otinish number
        return Appeal.id.in_(_union(_ids_where(f == compact)
                                    for f in (Appeal.iin, Appeal.bin, Appeal.eotinish_number)))
    if re.fullmatch(r"[\w\-/]*\d[\w\-/]*", compact):
        # A registration number (or its beginning), with any office prefix;
        # digits alone are also the sequence number in any year ("123").
        # An e-Otinish number is stored in capitals (issue 16): typed in either case, it is found.
        parts = [_ids_where(Appeal.eotinish_number.in_(sorted({compact, compact.upper()})))]
        parts += [_ids_where((Appeal.reg_number >= v) & (Appeal.reg_number < v + _HIGH))
                  for v in sorted({compact, compact.upper()})]
        if compact.isdigit() and len(compact) <= 9:
            years = [r.year for r in RegistrationCounter.select(RegistrationCounter.year)]
            parts.append(_ids_where(Appeal.reg_year.in_(years) & (Appeal.reg_seq == int(compact))))
        return Appeal.id.in_(_union(parts))
    sub = _name_ids(text)
    return None if sub is None else Appeal.id.in_(sub)


def _name_ids(text: str):
    """Ids of appeals whose applicant has a word starting with each typed word.

    Both sides are folded alike (app.rules.names): Kazakh letters count as
    their Russian counterparts, so either spelling finds the person.

    One indexed range per word, intersected in SQL (two IN lists would make
    the planner probe each list per row: 4x slower at a million appeals).
    """
    sub: Any = None
    for w in sorted(name_tokens(text)):
        part = (AppealToken.select(AppealToken.appeal)
                .where((AppealToken.token >= w) & (AppealToken.token < w + _HIGH)))
        sub = part if sub is None else sub & part
    return sub


def is_name_search(c: Criteria) -> bool:
    """A search by name only: small result sets, read as one id list."""
    text = c.text.strip().replace(" ", "")
    return bool(text) and not re.search(r"\d", text) and bool(name_tokens(c.text))


def _where(c: Criteria, cal: WorkCalendar):
    today = c.today or dt.date.today()
    conds = []
    if c.quick == QuickFilter.DUE_TODAY:
        conds.append(Appeal.status.in_(_OPEN) & (Appeal.due_on == today))
    elif c.quick == QuickFilter.OVERDUE:
        conds.append(Appeal.status.in_(_OPEN) & (Appeal.due_on < today))
    elif c.quick == QuickFilter.DUE_SOON:
        limit = cal.add_working_days(today, 3)
        conds.append(Appeal.status.in_(_OPEN) & (Appeal.due_on >= today) & (Appeal.due_on <= limit))
    if c.executor_id is not None:
        conds.append(mine(c.executor_id))
    text = _text_condition(c.text)
    if text is not None:
        conds.append(text)
    return conds


def _base(c: Criteria, cal: WorkCalendar, *fields):
    query = Appeal.select(*fields)
    for cond in _where(c, cal):
        query = query.where(cond)
    return query


@guarded
def count(c: Criteria, cal: WorkCalendar) -> int:
    # COUNT(*) lets SQLite count the smallest b-tree instead of reading rows.
    return db.execute(_base(c, cal, fn.COUNT(SQL("*")))).fetchone()[0]


def _numbers_window(descending: bool, offset: int, limit: int) -> list[int]:
    """The whole journal in number order, without OFFSET scans.

    Numbers are gap-free within a year and appeals are never deleted, so row
    ``offset`` is a computable (year, sequence): each year's slice is one
    index seek on (reg_year, reg_seq), however deep the user scrolls.
    """
    years = sorted(((r.year, r.last_value) for r in RegistrationCounter.select()),
                   reverse=descending)
    out: list[int] = []
    for year, last in years:
        if offset >= last:
            offset -= last
            continue
        take = min(limit - len(out), last - offset)
        lo, hi = (last - offset - take + 1, last - offset) if descending else (offset + 1, offset + take)
        query = (Appeal.select(Appeal.id)
                 .where((Appeal.reg_year == year) & Appeal.reg_seq.between(lo, hi))
                 .order_by(Appeal.reg_seq.desc() if descending else Appeal.reg_seq.asc()))
        out += [r[0] for r in db.execute(query).fetchall()]
        offset = 0
        if len(out) >= limit:
            break
    return out


@guarded
def ids_window(c: Criteria, cal: WorkCalendar, offset: int, limit: int | None) -> list[int]:
    if (c.quick == QuickFilter.ALL and c.executor_id is None and not c.text.strip()
            and c.sort == "reg" and limit is not None):
        return _numbers_window(c.descending, offset, limit)
    keys: tuple[Any, ...] = _SORT_FIELDS.get(c.sort, _SORT_FIELDS["reg"])
    if c.sort != "reg":
        keys = (*keys, Appeal.id)
    order = [k.desc() if c.descending else k.asc() for k in keys]
    query = _base(c, cal, Appeal.id).order_by(*order).limit(limit).offset(offset)
    return [r[0] for r in db.execute(query).fetchall()]


@guarded
def all_ids(c: Criteria, cal: WorkCalendar) -> list[int]:
    """The whole ordered id list (for searches, whose results are small)."""
    plain = (c.quick == QuickFilter.ALL and c.executor_id is None and c.sort == "reg"
             and is_name_search(c))
    if plain:   # newest first straight from the token index, without reading appeals
        sub = _name_ids(c.text)
        rows = db.execute(sub.order_by(SQL("1 DESC" if c.descending else "1"))).fetchall()
        return [r[0] for r in rows]
    return ids_window(c, cal, 0, None)


@guarded
def rows_by_id(ids: list[int], cal: WorkCalendar, today: dt.date | None = None) -> dict[int, JournalRow]:
    if not ids:
        return {}
    today = today or dt.date.today()
    query = (Appeal
             .select(Appeal.id, Appeal.reg_number, Appeal.received_at, Appeal.kind,
                     Appeal.applicant_display, Appeal.substance, User.surname,
                     User.first_name, Appeal.status, Appeal.due_on, Appeal.missing)
             .join(User, JOIN.LEFT_OUTER, on=(Appeal.executor == User.id))
             .where(Appeal.id.in_(ids)))
    out = {}
    for (aid, number, received, kind, applicant, substance, ex_s, ex_f,
         status, due, missing) in db.execute(query).fetchall():
        due = as_date(due)
        is_open = status in _OPEN
        left = working_days_left(today, due, cal) if is_open else None
        out[aid] = JournalRow(aid, number, as_datetime(received), kind, applicant,
                              (substance or "")[:200], f"{ex_s} {ex_f}" if ex_s else "",
                              status, due, left, bool(missing))
    return out


def as_date(value) -> dt.date:
    """A date as the driver gives it (SQLite: ISO text; PostgreSQL: a date)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def as_datetime(value) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


@guarded
def earlier_appeals(iin: str = "", bin_: str = "", limit: int = 20) -> list[JournalRow]:
    """Earlier appeals of the same person or organisation (АППК 64.7.2: repeat
    appeals matter), newest first."""
    number = (iin or bin_).replace(" ", "")
    if len(number) != 12:
        return []
    field = Appeal.iin if iin else Appeal.bin
    ids = [r[0] for r in db.execute(Appeal.select(Appeal.id).where(field == number)
                                    .order_by(Appeal.id.desc()).limit(limit)).fetchall()]
    rows = rows_by_id(ids, load_calendar())
    return [rows[i] for i in ids]
