"""The report's figures: every table counted in SQL, and the appeals behind
any figure.

What the words mean (the same in every table, the CLI and the workbook):

* **received in the period**: registered on a day of the period
  (``appeal.registered_on``, the day of the registration number; АППК 64.2).
* **considered in the period**: the case is closed (its status is no longer
  one of ``OPEN_STATUSES``) and the day its final term stopped
  (``appeal.closed_on``: the decision, the answer, the taking into
  consideration, the termination, the return, the forwarding) is a day of the
  period.  A case reopened by a binding decision (АППК 100.4) is open again
  and counts when it closes again.
* **late / in time**: of the considered, closed after / on or before the due
  date of the case's final term (``closed_on > due_on``; ``due_on`` is the
  term as extended, АППК 76.3) - the rule of the case's ladder
  (app.appeal.clock_ladder: ``MET if closed <= due_on else LATE``).
* **open past term**: of the received, still open today and past the final
  term's due date (``status in OPEN_STATUSES and due_on < today``) - the
  control lists' "overdue" final terms (app.queries.control, app.queries.appeals).
* **extended**: of the received, the final term was extended (АППК 76.3;
  ``due_on != statutory_due_on``, not a reopened case) - as the ladder says.
* **by author of the resolution** (the "per deputy" table): who assigned the
  case (АППК 71.1: the akim's or a deputy's resolution), the latest "assign"
  entry of its history.

АППК 69.3 para 2: appeals marked as not subject to accounting are left out
of every appeal figure (app.reports.exclusion); the report says how many.
Personal receptions are not appeals and are all counted.

Counting: per period one grouped query over the appeals received or
considered in it (the ``registered_on`` and ``closed_on`` ranges) gives
"facts" - the distinct combinations of the classifying columns and flags with
their counts - and every table is summed from them in Python.  A drill-down
runs the same query for ids and keeps those the same classification puts into
the cell, so a figure and its list cannot disagree.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from peewee import SQL, Case, fn

from app.reports.exclusion import ENTITY, EXCLUDE, excluded_ids_query
from app.reports.period import Period
from app.rules.codes import ComplaintDecision
from app.rules.enums import (
    OPEN_STATUSES,
    AppealForm,
    AppealKind,
    ComplaintSubject,
    Language,
    PetitionDecision,
    ReceptionOutcome,
    Status,
)
from app.store.session import in_connection
from app.store.storage import guarded
from models.db import db
from models.entities import Appeal, ChangeLog, User
from models.entities_cases import Complaint, ReceptionRecord

_OPEN = [str(s) for s in OPEN_STATUSES]

# What came of a considered case, one row each (the list, and what
# else closes a case so that the rows add up to the considered).
OUTCOMES = ("satisfied", "partly", "refused", "explained", "noted", "forwarded", "returned",
            "terminated", "unconsidered", "remanded", "attached", "other")
_OUTCOME_CLASS = {"satisfied": "satisfied", "partly_satisfied": "partly", "refused": "refused",
                  "clarified": "explained"}
# АППК 100.1 1)-6), and the challenged body's own steps of 91.4.
COMPLAINT_DECISIONS = (*(str(d) for d in ComplaintDecision), "satisfied_91_4", "sent_91_4", "other")
PETITION_ROWS = ("total", *(str(d) for d in PetitionDecision))
APPLICANT_ROWS = ("individual", "legal", "collective")
RECEPTION_SUBJECTS = ("land", "housing", "utilities", "roads", "social", "education_health", "other")
RECEPTION_ROWS = ("people", "written_appeal_registered",
                  *(f"subject_{s}" for s in RECEPTION_SUBJECTS),
                  *(f"outcome_{o}" for o in ReceptionOutcome))
MEASURES = ("received", "considered", "in_time", "late", "open_past_term", "extended")
NONE_KEY = "none"


class Fact(NamedTuple):
    """One appeal's classifying columns (as read from either database)."""
    kind: str
    form: str
    applicant_type: str
    collective: bool
    language: str
    executor: str
    status: str
    decision: str
    outcome: str
    resolution: str     # who assigned the case (the latest "assign" in the history), or ""
    subject: str        # a complaint's subject (АППК 91.1), or ""
    received: bool      # registered in the period
    considered: bool    # closed in the period
    extended: bool
    overdue: bool       # open today past its due date
    late: bool          # closed after its due date


def outcome_of(f: Fact) -> str:
    if f.decision == "complaint_unconsidered":   # АППК 95, 100.1 6)
        return "unconsidered"
    if f.decision == "complaint_remand":         # АППК 100.1 5)
        return "remanded"
    by_status = {Status.NOTED: "noted", Status.FORWARDED: "forwarded", Status.RETURNED: "returned",
                 Status.TERMINATED: "terminated", Status.WITHDRAWN: "terminated",
                 Status.ATTACHED: "attached"}
    if f.status in by_status:
        return by_status[Status(f.status)]
    return _OUTCOME_CLASS.get(f.outcome, "other")


def complaint_decision_of(f: Fact) -> str:
    if f.decision.startswith("complaint_") and f.decision[10:] in {str(d) for d in ComplaintDecision}:
        return f.decision[10:]
    return {"complaint_satisfied": "satisfied_91_4", "complaint_sent": "sent_91_4"}.get(f.decision, "other")


# Which facts each measure counts.
_MEASURE: dict[str, Callable[[Fact], bool]] = {
    "received": lambda f: f.received,
    "extended": lambda f: f.received and f.extended,
    "open_past_term": lambda f: f.received and f.overdue,
    "considered": lambda f: f.considered,
    "in_time": lambda f: f.considered and not f.late,
    "late": lambda f: f.considered and f.late,
}


@dataclass(frozen=True)
class TableSpec:
    code: str
    columns: tuple[str, ...]
    classify: Callable[[Fact], Iterable[str]]
    rows: tuple[str, ...] = ()        # fixed rows (zeros shown); empty: the keys found
    entity: str = "appeal"            # what a drill-down lists


def _only(kind: AppealKind, fn_: Callable[[Fact], Iterable[str]]) -> Callable[[Fact], Iterable[str]]:
    return lambda f: fn_(f) if f.kind == kind else ()


TABLES: tuple[TableSpec, ...] = (
    TableSpec("summary", MEASURES, lambda f: ("total",), ("total",)),
    TableSpec("by_kind", MEASURES, lambda f: (f.kind,), tuple(str(k) for k in AppealKind)),
    TableSpec("by_form", MEASURES, lambda f: (f.form,), tuple(str(k) for k in AppealForm)),
    TableSpec("by_applicant", MEASURES,
              lambda f: (f.applicant_type, "collective") if f.collective else (f.applicant_type,),
              APPLICANT_ROWS),
    TableSpec("by_language", MEASURES, lambda f: (f.language,), tuple(str(k) for k in Language)),
    TableSpec("by_outcome", ("considered", "in_time", "late"), lambda f: (outcome_of(f),), OUTCOMES),
    TableSpec("by_executor", MEASURES, lambda f: (f.executor,)),
    # The resolution's author (АППК 71.1: the head's or a deputy's assignment).
    TableSpec("by_deputy", MEASURES, lambda f: (f.resolution,) if f.resolution else ()),
    TableSpec("complaints_by_decision", ("considered", "in_time", "late"),
              _only(AppealKind.COMPLAINT, lambda f: (complaint_decision_of(f),)), COMPLAINT_DECISIONS),
    # АППК 91.1: what the complaint challenges.
    TableSpec("complaints_by_subject", ("received", "considered", "late"),
              _only(AppealKind.COMPLAINT, lambda f: (f.subject,)), tuple(str(s) for s in ComplaintSubject)),
    TableSpec("petitions", ("received", "considered", "in_time", "late", "open_past_term"),
              _only(AppealKind.PETITION,
                    lambda f: ("total", f.decision) if f.decision in PETITION_ROWS else ("total",)),
              PETITION_ROWS),
    TableSpec("receptions", ("received",), lambda f: (), RECEPTION_ROWS, entity="reception"),
    TableSpec("excluded_69_3", ("received",), lambda f: (),
              ("69.3.advertising", "69.3.state_services", "69.3.currency")),
)
SPECS = {t.code: t for t in TABLES}
# Tables whose row is one column's value: a drill-down reads only those appeals.
_PLAIN: dict[str, Any] = {"by_kind": Appeal.kind, "by_form": Appeal.form, "by_language": Appeal.language,
          "by_executor": Appeal.executor}


@dataclass(frozen=True)
class Cell:
    current: int
    previous: int

    @property
    def difference(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True)
class Table:
    code: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict                       # (row, column) -> Cell
    entity: str = "appeal"
    names: dict = field(default_factory=dict)   # row key -> a person's name (executors, deputies)

    def cell(self, row: str, column: str) -> Cell:
        return self.cells.get((row, column), Cell(0, 0))


@dataclass(frozen=True)
class Report:
    period: Period
    previous: Period
    today: dt.date
    tables: dict                      # code -> Table
    notes: tuple[str, ...]            # codes the caller translates

    def table(self, code: str) -> Table:
        return self.tables[code]


# ---- the queries -------------------------------------------------------------------------

def _flag(cond):
    return Case(None, [(cond, 1)], 0)


def _between(column, period: Period):
    return (column >= period.first) & (column <= period.last)


def _fact_query(period: Period, today: dt.date, what, base: str = "", narrow=None):
    """One pass over the appeals received or considered in the period (two
    index ranges, SQLite's multi-index OR), with their classifying columns,
    the measures' flags, the resolution's author and a complaint's subject
    (one index seek each); ``what`` is the trailing column (COUNT(*) or the id)."""
    received = _between(Appeal.registered_on, period)
    considered = _between(Appeal.closed_on, period) & Appeal.status.not_in(_OPEN)
    author = (ChangeLog.select(ChangeLog.user)
              .where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == Appeal.id)
                     & (ChangeLog.action == "assign"))
              .order_by(ChangeLog.id.desc()).limit(1))
    subject = Case(None, [(Appeal.kind == str(AppealKind.COMPLAINT),
                           Complaint.select(Complaint.subject).where(Complaint.appeal == Appeal.id))], None)
    columns = (Appeal.kind, Appeal.form, Appeal.applicant_type, Appeal.collective, Appeal.language,
               Appeal.executor, Appeal.status, Appeal.decision, Appeal.outcome, author, subject,
               _flag(received), _flag(considered),
               _flag((Appeal.due_on != Appeal.statutory_due_on) & Appeal.reopened_on.is_null()),
               _flag(Appeal.status.in_(_OPEN) & (Appeal.due_on < today)),
               _flag(Appeal.closed_on > Appeal.due_on))
    rows = {"received": received, "considered": considered}.get(base, received | considered)
    if narrow is not None:
        rows &= narrow
    query = Appeal.select(*columns, what).where(rows & Appeal.id.not_in(excluded_ids_query()))
    return query, len(columns)


def _fact(row) -> Fact:
    (kind, form, applicant_type, collective, language, executor, status, decision, outcome, author, subject,
     received, considered, extended, overdue, late) = row[:16]
    return Fact(kind, form, applicant_type, bool(collective), language,
                NONE_KEY if executor is None else str(executor), status, decision or "", outcome or "",
                "" if author is None else str(author), subject or "", bool(received), bool(considered),
                bool(extended), bool(overdue), bool(late))


def _facts(period: Period, today: dt.date) -> list[tuple[Fact, int]]:
    query, n = _fact_query(period, today, fn.COUNT(SQL("*")))
    # By position: the same in SQLite and PostgreSQL, whose parameters would
    # keep it from matching a repeated expression.
    query = query.group_by(*(SQL(str(i)) for i in range(1, n + 1)))
    return [(_fact(r), int(r[-1])) for r in db.execute(query).fetchall()]


def _fact_ids(period: Period, today: dt.date, base: str, narrow) -> list[tuple[Fact, int]]:
    """The facts with their appeal ids; only the measure's range, and only the
    rows of one value where the table is a plain column (fewer rows to read)."""
    query, _ = _fact_query(period, today, Appeal.id, base, narrow)
    return [(_fact(r), int(r[-1])) for r in db.execute(query.order_by(Appeal.id)).fetchall()]


def _count_tables(specs: list[TableSpec], facts: list[tuple[Fact, int]]) -> dict[str, dict]:
    """Every table summed from the facts: each fact's measures and each
    table's rows worked out once."""
    out: dict[str, dict] = {spec.code: {} for spec in specs}
    columns = {spec.code: frozenset(spec.columns) for spec in specs}
    for f, n in facts:
        measures = [m for m, keep in _MEASURE.items() if keep(f)]
        if not measures:
            continue
        for spec in specs:
            cells, wanted = out[spec.code], columns[spec.code]
            for row in spec.classify(f):
                for m in measures:
                    if m in wanted:
                        cells[(row, m)] = cells.get((row, m), 0) + n
    return out


def _reception_records(period: Period, what) -> list:
    start = dt.datetime.combine(period.first, dt.time.min)
    end = dt.datetime.combine(period.last + dt.timedelta(days=1), dt.time.min)
    return db.execute(ReceptionRecord.select(what, ReceptionRecord.subject, ReceptionRecord.outcome,
                                             ReceptionRecord.appeal)
                      .where((ReceptionRecord.received_at >= start) & (ReceptionRecord.received_at < end))
                      .order_by(ReceptionRecord.id)).fetchall()


def _reception_rows(subject: str, outcome: str, appeal_id) -> tuple[str, ...]:
    rows = ["people", f"subject_{subject}", f"outcome_{outcome}"]
    if appeal_id is not None:   # АППК 90.4: set out in writing and registered
        rows.append("written_appeal_registered")
    return tuple(rows)


def _receptions(period: Period) -> dict:
    out: dict = {}
    for _rid, subject, outcome, appeal in _reception_records(period, ReceptionRecord.id):
        for row in _reception_rows(subject, outcome, appeal):
            out[(row, "received")] = out.get((row, "received"), 0) + 1
    return out


def _exclusions() -> dict[int, str]:
    """Appeal id -> its exclusion reason (АППК 69.3 para 2), for those excluded now."""
    last: dict[int, tuple[str, str]] = {}
    query = (ChangeLog.select(ChangeLog.entity_id, ChangeLog.action, ChangeLog.changes)
             .where(ChangeLog.entity == ENTITY).order_by(ChangeLog.id))
    for entity_id, action, changes in db.execute(query).fetchall():
        reason = json.loads(changes).get("reason", [None, None])
        last[entity_id] = (action, reason[1] if isinstance(reason, list) else reason)
    return {aid: reason for aid, (action, reason) in last.items() if action == EXCLUDE}


def _excluded_in(period: Period) -> dict[str, list[int]]:
    marks = _exclusions()
    if not marks:
        return {}
    ids = [r[0] for r in db.execute(Appeal.select(Appeal.id).where(
        Appeal.id.in_(list(marks)) & _between(Appeal.registered_on, period)).order_by(Appeal.id)).fetchall()]
    out: dict[str, list[int]] = {}
    for aid in ids:
        out.setdefault(marks[aid], []).append(aid)
    return out


def _counts(period: Period, today: dt.date) -> dict[str, dict]:
    out = _count_tables([spec for spec in TABLES if spec.code not in ("receptions", "excluded_69_3")],
                        _facts(period, today))
    out["receptions"] = _receptions(period)
    out["excluded_69_3"] = {(r, "received"): len(v) for r, v in _excluded_in(period).items()}
    return out


def _names(keys: set[str]) -> dict[str, str]:
    ids = [int(k) for k in keys if k.isdigit()]
    if not ids:
        return {}
    return {str(u.id): f"{u.surname} {u.first_name}".strip()
            for u in User.select(User.id, User.surname, User.first_name).where(User.id.in_(ids))}


def _both(period: Period, previous: Period, today: dt.date) -> tuple[dict, dict]:
    """Both periods' counts, the year before on a second connection meanwhile:
    each is mostly one SQL query, which runs without holding Python's lock.
    A database in memory has no second connection: one after the other."""
    if not db.database or db.database == ":memory:":
        return _counts(period, today), _counts(previous, today)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report") as pool:
        before = pool.submit(in_connection, _counts, previous, today)
        now = _counts(period, today)
        return now, before.result()


@guarded
def build(period: Period, today: dt.date | None = None) -> Report:
    """Every table of the report for ``period`` and the same period a year earlier."""
    today = today or dt.date.today()
    previous = period.previous()
    now, before = _both(period, previous, today)
    tables = {}
    for spec in TABLES:
        a, b = now[spec.code], before[spec.code]
        rows = spec.rows or tuple(sorted({r for r, _ in a} | {r for r, _ in b},
                                         key=lambda k: (k == NONE_KEY, k.isdigit(), int(k) if k.isdigit() else 0, k)))
        cells = {(r, c): Cell(a.get((r, c), 0), b.get((r, c), 0)) for r in rows for c in spec.columns}
        names = _names(set(rows)) if not spec.rows else {}
        if names:   # people in the order of their names
            rows = tuple(sorted(rows, key=lambda k: (k == NONE_KEY, names.get(k, ""), k)))
        tables[spec.code] = Table(spec.code, rows, spec.columns, cells, spec.entity, names)
    return Report(period, previous, today, tables, ("art_69_3_excluded",))


@guarded
def cell_ids(code: str, row: str, column: str, period: Period, today: dt.date | None = None) -> list[int]:
    """The ids behind one figure of ``period`` (for the previous period's
    figure pass ``period.previous()``): appeal ids, or reception record ids
    for the receptions table (its ``entity``); ascending."""
    spec = SPECS.get(code)
    if spec is None or column not in spec.columns:
        raise KeyError((code, column))
    today = today or dt.date.today()
    if code == "receptions":
        return [rid for rid, subject, outcome, appeal in _reception_records(period, ReceptionRecord.id)
                if row in _reception_rows(subject, outcome, appeal)]
    if code == "excluded_69_3":
        return _excluded_in(period).get(row, [])
    keep = _MEASURE[column]
    base = "considered" if column in ("considered", "in_time", "late") else "received"
    column_of = _PLAIN.get(code)
    narrow = None
    if column_of is not None:
        narrow = column_of.is_null() if row == NONE_KEY else column_of == (int(row) if row.isdigit() else row)
    ids = {aid for f, aid in _fact_ids(period, today, base, narrow) if keep(f) and row in spec.classify(f)}
    return sorted(ids)
