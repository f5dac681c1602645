"""Reconciliation of the office's journal with a register exported from
e-Otinish (issue 16 item 4; АППК 69.3: every appeal is registered in the
IAS «Электрондық жолданымдар», its number assigned once).

The rules, in order:

1. a row whose e-Otinish number is one of ours (trimmed, spaces removed,
   capitals: ``app.rules.eotinish.normalize_number``) is that appeal;
2. else a row is the appeal of the same IIN/BIN (both may be empty), the
   same day (the appeal's receipt or registration day) and the same name
   (the words of the name folded as the journal's search folds them:
   ``app.rules.names.name_tokens``, so Жұмабаева is Жумабаева); among
   several such appeals, the one with the lowest id not matched yet.

Then three lists: ours without theirs (appeals of the register's period,
from its first day to its last, that no row matched), theirs without ours
(rows that matched none) and the same appeal with a different kind, date
or status (statuses compared as open / closed / forwarded; a kind or status
the rules do not know is not compared).  A row matched by rule 2 whose
number our appeal lacks is a proposed link; the clerk confirms links, and
each confirmed number is recorded by the case action ``eotinish_number``
(all of them, or none, in one transaction).  Nothing else is written.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.appeal.eotinish import NUMBER_ROLES
from app.engine import perform
from app.eotinish.register_file import Sheet, parse_date
from app.errors import DomainError
from app.office.auth import UserInfo, require_role
from app.rules.codes import ActionName
from app.rules.enums import OPEN_STATUSES, AppealKind, Status
from app.rules.eotinish import normalize_number, number_problem
from app.rules.names import name_tokens
from app.store.storage import guarded, transaction
from models.db import db
from models.entities import Appeal

FIELDS = ("number", "iin_bin", "date", "name", "kind", "status")   # what a column may be mapped to

# Words of a kind as e-Otinish and spreadsheets write it (ru, kk, en), folded.
KIND_WORDS = {
    AppealKind.APPLICATION: ("заявление", "арыз", "application"),
    AppealKind.COMPLAINT: ("жалоба", "шағым", "complaint"),
    AppealKind.MESSAGE: ("сообщение", "хабар", "хабарлама", "message"),
    AppealKind.PROPOSAL: ("предложение", "ұсыныс", "proposal"),
    AppealKind.RESPONSE: ("отклик", "үн қосу", "response"),
    AppealKind.REQUEST: ("запрос", "сұрау салу", "сұрау", "request"),
    AppealKind.PETITION: ("петиция", "petition"),
}
OPEN, CLOSED, FORWARDED = "open", "closed", "forwarded"
STATUS_WORDS = {   # a status contains one of these words (folded); the first class found wins
    FORWARDED: ("направлен", "перенаправлен", "по компетенции", "жолданды", "forwarded"),
    OPEN: ("на рассмотрении", "в работе", "на исполнении", "зарегистрирован", "продлен", "новое",
           "қаралуда", "орындалуда", "тіркелді", "ұзартылды", "open", "in progress", "registered"),
    CLOSED: ("исполнен", "рассмотрен", "отказ", "закрыт", "ответ", "снят", "прекращ", "возвращ",
             "қаралды", "орындалды", "бас тарт", "жауап", "тоқтатыл", "қайтарыл", "closed", "answered"),
}


def _fold(text: str) -> str:
    return " ".join(sorted(name_tokens(text or "")))


def _kind(text: str) -> str | None:
    folded = " ".join((text or "").casefold().split())
    for kind, words in KIND_WORDS.items():
        if any(folded == w or folded.startswith(w) for w in words):
            return str(kind)
    return None


def status_class(text: str) -> str | None:
    folded = " ".join((text or "").casefold().replace("ё", "е").split())
    for cls, words in STATUS_WORDS.items():
        if any(w in folded for w in words):
            return cls
    return None


def our_status_class(status: str) -> str:
    if status in {str(s) for s in OPEN_STATUSES}:
        return OPEN
    return FORWARDED if status == Status.FORWARDED else CLOSED


@dataclass(frozen=True)
class Row:
    """One row of their register, as mapped."""
    line: int
    number: str
    iin_bin: str
    day: dt.date | None
    name: str
    kind: str        # as written
    status: str      # as written


@dataclass(frozen=True)
class Ours:
    appeal_id: int
    reg_number: str
    number: str
    iin_bin: str
    received_on: dt.date
    registered_on: dt.date
    name: str
    kind: str
    status: str


@dataclass(frozen=True)
class Match:
    ours: Ours
    theirs: Row
    by: str                          # "number" or "identity"
    differences: tuple[str, ...]     # "kind", "date", "status", "number"
    link: str = ""                   # a number to record on our appeal (rule 2, ours has none)


@dataclass(frozen=True)
class RowProblem:
    line: int
    code: str        # "date_unreadable", "number_format"
    value: str


@dataclass
class Reconciliation:
    matched: list[Match] = field(default_factory=list)
    ours_only: list[Ours] = field(default_factory=list)
    theirs_only: list[Row] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    period: tuple[dt.date, dt.date] | None = None

    @property
    def different(self) -> list[Match]:
        return [m for m in self.matched if m.differences]

    @property
    def links(self) -> list[Match]:
        return [m for m in self.matched if m.link]


def rows_of(sheet: Sheet, mapping: dict[str, str]) -> tuple[list[Row], list[RowProblem]]:
    """The register's rows through the column ``mapping`` (field → header).
    A mapping must name the number column or the name and date columns."""
    index = {name: sheet.headers.index(header) for name, header in mapping.items()
             if name in FIELDS and header in sheet.headers}
    if "number" not in index and not {"name", "date"} <= index.keys():
        raise DomainError("register_mapping_incomplete")
    rows, problems = [], []

    def cell(values: list[str], name: str) -> str:
        return values[index[name]] if name in index else ""
    for offset, values in enumerate(sheet.rows):
        line = sheet.first_line + offset
        raw_number = cell(values, "number")
        number = normalize_number(raw_number)
        if number and number_problem(number) is not None:
            problems.append(RowProblem(line, "number_format", raw_number))
            number = ""
        raw_day = cell(values, "date")
        day = parse_date(raw_day)
        if raw_day and day is None:
            problems.append(RowProblem(line, "date_unreadable", raw_day))
        rows.append(Row(line, number, _identifier(cell(values, "iin_bin")), day, cell(values, "name"),
                        cell(values, "kind"), cell(values, "status")))
    return rows, problems


def _identifier(text: str) -> str:
    """An IIN/BIN as twelve digits: a spreadsheet that kept it as a number
    lost its leading zeros (everyone born 2000-2009 has one: 001231...)."""
    text = text.replace(" ", "").replace("\u00a0", "")
    if text.endswith(".0") and text[:-2].isdigit():   # a number cell read as 10101500123.0
        text = text[:-2]
    return text.zfill(12) if text.isdigit() and len(text) < 12 else text


def _ours(rows) -> Ours:
    aid, reg, number, iin, bin_, received, registered, name, kind, status = rows
    received = dt.datetime.fromisoformat(received) if isinstance(received, str) else received
    registered = dt.date.fromisoformat(registered) if isinstance(registered, str) else registered
    return Ours(aid, reg, number, iin or bin_, received.date(), registered, name, kind, status)


_COLUMNS = (Appeal.id, Appeal.reg_number, Appeal.eotinish_number, Appeal.iin, Appeal.bin, Appeal.received_at,
            Appeal.registered_on, Appeal.applicant_display, Appeal.kind, Appeal.status)


@guarded
def reconcile(rows: list[Row], problems: list[RowProblem] | None = None,
              period: tuple[dt.date, dt.date] | None = None) -> Reconciliation:
    """Match ``rows`` with the journal (the rules above); reads only."""
    days = [r.day for r in rows if r.day is not None]
    if period is None and days:
        period = (min(days), max(days))
    out = Reconciliation(problems=list(problems or []), period=period)
    ours: dict[int, Ours] = {}
    if period is not None:
        start = dt.datetime.combine(period[0], dt.time())
        end = dt.datetime.combine(period[1] + dt.timedelta(days=1), dt.time())
        query = Appeal.select(*_COLUMNS).where((Appeal.received_at >= start) & (Appeal.received_at < end))
        ours = {r[0]: _ours(r) for r in db.execute(query).fetchall()}
    numbers = sorted({r.number for r in rows if r.number})
    by_number: dict[str, Ours] = {}
    for i in range(0, len(numbers), 500):   # their numbers may point outside the period
        chunk = Appeal.select(*_COLUMNS).where(Appeal.eotinish_number.in_(numbers[i:i + 500]))
        for r in db.execute(chunk).fetchall():
            o = ours.setdefault(r[0], _ours(r))
            by_number[o.number] = o
    by_identity: dict[tuple, list[Ours]] = {}
    for o in sorted(ours.values(), key=lambda o: o.appeal_id):
        for day in {o.received_on, o.registered_on}:
            by_identity.setdefault((o.iin_bin, day, _fold(o.name)), []).append(o)
    taken: set[int] = set()
    rest = []
    for row in rows:   # rule 1: the number
        found = by_number.get(row.number) if row.number else None
        if found is not None and found.appeal_id not in taken:
            taken.add(found.appeal_id)
            out.matched.append(Match(found, row, "number", _differences(found, row)))
        else:
            rest.append(row)
    for row in rest:   # rule 2: IIN/BIN + day + name
        candidates = by_identity.get((row.iin_bin, row.day, _fold(row.name)), []) if row.day else []
        match = next((c for c in candidates if c.appeal_id not in taken), None)
        if match is None:
            out.theirs_only.append(row)
            continue
        o = match
        taken.add(o.appeal_id)
        differences = list(_differences(o, row))
        link = ""
        if row.number and row.number != o.number:
            owner = by_number.get(row.number)
            if not o.number and owner is None:
                link = row.number            # proposed: the clerk confirms
            else:
                differences.append("number")
        out.matched.append(Match(o, row, "identity", tuple(differences), link))
    out.ours_only = sorted((o for aid, o in ours.items() if aid not in taken and _in(o, period)),
                           key=lambda o: (o.received_on, o.appeal_id))
    return out


def compare(sheet: Sheet, mapping: dict[str, str]) -> Reconciliation:
    """The register read through ``mapping`` and matched with the journal
    (one call, for the task runner); reads only."""
    rows, problems = rows_of(sheet, mapping)
    return reconcile(rows, problems)


def _in(o: Ours, period) -> bool:
    return period is not None and period[0] <= o.received_on <= period[1]


def _differences(o: Ours, row: Row) -> tuple[str, ...]:
    out = []
    kind = _kind(row.kind)
    if kind is not None and kind != o.kind:
        out.append("kind")
    if row.day is not None and row.day not in (o.received_on, o.registered_on):
        out.append("date")
    theirs = status_class(row.status)
    if theirs is not None and theirs != our_status_class(o.status):
        out.append("status")
    return tuple(out)


@guarded
def confirm_links(user: UserInfo, links: list[tuple[int, str]], today: dt.date | None = None) -> int:
    """Record each confirmed (appeal, number) by the case action
    ``eotinish_number``: all in one transaction, or none (the first refusal
    is raised with the appeal's registration number)."""
    user = require_role(user, NUMBER_ROLES)
    with transaction():
        for appeal_id, number in links:
            try:
                perform(appeal_id, ActionName.EOTINISH_NUMBER, user, {"number": number}, today=today)
            except DomainError as exc:
                row = Appeal.get_or_none(Appeal.id == appeal_id)
                errors = getattr(exc, "errors", None) or [exc]
                raise DomainError("register_link_refused", reg_number=row.reg_number if row else "",
                                  number=number, reason=errors[0].code,
                                  taken_by=errors[0].params.get("reg_number", "")) from exc
    return len(links)
