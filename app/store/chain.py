"""The history's hash chain (issue 12): every ``change_log`` row carries the
SHA-256 of its stored fields and of the row before it, so a row changed or
removed after the fact, or an issued document whose file no longer matches
its history entry, is found by :func:`verify_chain`.

The serialisation is canonical and frozen (migration 0007 holds a copy):
a JSON array of the format tag, the previous row's hash, the entity, its id,
the action, the ``changes`` text exactly as stored, the user id (or null) and
the timestamp as stored (SQLite keeps it as text, ``YYYY-MM-DD HH:MM:SS``;
a PostgreSQL timestamp is written the same way).

Deletion is found through the links, never through ids: PostgreSQL leaves
id gaps where a transaction rolled back.  The chain cannot tell that the
newest rows were cut off, nor stop someone who can write to the database
from rewriting every hash from the point of change on (see README, "Data
safety"); :class:`ChainReport` gives the head so it can be kept elsewhere.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.errors import DomainError
from app.store.storage import guarded
from models.db import db

FORMAT = "zh-chain-1"
GENESIS = "0" * 64          # the "previous hash" of the first row
BATCH = 20_000              # rows read per query while verifying
DOCUMENT_BATCH = 50         # documents (with their files) per query
MAX_BREAKS = 50             # problems kept in a report

# What verify_chain may find (the ui turns each into a sentence).
CONTENT_CHANGED = "content_changed"        # the row's fields no longer give its hash
LINK_BROKEN = "link_broken"                # the row does not follow the one before it
NOT_CHAINED = "not_chained"                # a row written without its hashes
DOCUMENT_CHANGED = "document_changed"      # the file or its SHA-256 differs from its history entry
DOCUMENT_UNRECORDED = "document_unrecorded"  # an issued document without its history entry
DOCUMENT_MISSING = "document_missing"      # a history entry names a document that is gone


def stamp(value) -> str:
    """The timestamp as stored: SQLite gives its text back, PostgreSQL a
    datetime, written as SQLite stores one."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


# json.dumps(..., ensure_ascii=False, separators=(",", ":")), built once: a
# million rows are hashed per check.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_sha256 = hashlib.sha256


def link_hash(prev: str, entity: str, entity_id: int, action: str, changes: str,
              user_id: int | None, at) -> str:
    """SHA-256 (hex) of one row's stored fields and its predecessor's hash."""
    text = _encode([FORMAT, prev, entity, entity_id, action, changes, user_id,
                    at if isinstance(at, str) else stamp(at)])
    return _sha256(text.encode("utf-8")).hexdigest()


def chain_head() -> str:
    """The newest row's hash (GENESIS for an empty history).  Call inside the
    write transaction that appends, after :func:`lock_chain`."""
    row = db.execute_sql("SELECT row_hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row is not None else GENESIS


@dataclass(frozen=True)
class ChainBreak:
    problem: str                 # one of the codes above
    row_id: int                  # the change_log row (for documents: the document's id)
    table: str = "change_log"    # or "document"
    number: str = ""             # a document's number
    entry_id: int | None = None  # a document's history entry
    previous_id: int | None = None   # a broken link: the row read before this one


@dataclass(frozen=True)
class ChainReport:
    rows: int                     # history rows read
    head: str                     # the last row's hash (GENESIS when empty)
    last_id: int | None
    documents: int                # issued documents compared with their entries
    breaks: tuple[ChainBreak, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.breaks

    @property
    def first(self) -> ChainBreak | None:
        """The first broken history row (else the first document problem)."""
        return self.breaks[0] if self.breaks else None


def _rows(after: int) -> Iterator[tuple]:
    sql = ("SELECT id, entity, entity_id, action, changes, user_id, at, prev_hash, row_hash "
           f"FROM change_log WHERE id > {db.param} ORDER BY id LIMIT {db.param}")
    while True:
        batch = db.execute_sql(sql, (after, BATCH)).fetchall()
        yield from batch
        if len(batch) < BATCH:
            return
        after = batch[-1][0]


@guarded
def verify_chain() -> ChainReport:
    """Walk the history in id order, a batch at a time, and compare every
    issued document with its entry.  Rows and documents added while the walk
    runs are either checked whole or left for the next check.  Raises
    DomainError ``history_unchained`` on a database older than the chain
    (schema 7; opening it in the app adds it)."""
    if "row_hash" not in {c.name for c in db.get_columns("change_log")}:
        raise DomainError("history_unchained")
    newest_document = db.execute_sql("SELECT max(id) FROM document").fetchone()[0] or 0
    breaks: list[ChainBreak] = []
    issued: dict[tuple[int, str], tuple[int, str]] = {}   # (appeal, number) -> (entry, sha256)
    expected, count, last_id = GENESIS, 0, None
    previous: int | None = None
    for row_id, entity, entity_id, action, changes, user_id, at, prev, stored in _rows(0):
        count += 1
        previous, last_id = last_id, row_id
        problems = []
        if not stored:
            problems.append(NOT_CHAINED)
        else:
            if link_hash(prev, entity, entity_id, action, changes, user_id, at) != stored:
                problems.append(CONTENT_CHANGED)
            if prev != expected:
                problems.append(LINK_BROKEN)
        for problem in problems[:MAX_BREAKS - len(breaks)]:
            breaks.append(ChainBreak(problem, row_id, previous_id=previous))
        expected = stored or ""   # one broken row is reported once, not with every row after it
        if action == "document_issued" and entity == "appeal":
            try:
                details = json.loads(changes)
                issued[(entity_id, str(details["document"]))] = (row_id, str(details.get("sha256", "")))
            except (ValueError, KeyError, TypeError):
                pass   # a mangled entry is already a broken row
    documents = _check_documents(issued, newest_document, breaks)
    return ChainReport(count, expected or GENESIS, last_id, documents, tuple(breaks))


def _check_documents(issued: dict[tuple[int, str], tuple[int, str]], newest: int,
                     breaks: list[ChainBreak]) -> int:
    """Each document: its file's SHA-256, its stored SHA-256 and its history
    entry's agree.  Documents issued after the walk began are left out."""
    sql = ("SELECT id, appeal_id, number, sha256, content FROM document "
           f"WHERE id > {db.param} ORDER BY id LIMIT {db.param}")
    after, count, seen = 0, 0, set()
    while True:
        batch = db.execute_sql(sql, (after, DOCUMENT_BATCH)).fetchall()
        for doc_id, appeal_id, number, sha, content in batch:
            key = (appeal_id, number)
            seen.add(key)
            if doc_id > newest:
                continue
            count += 1
            entry = issued.get(key)
            problem = None
            if entry is None:
                problem = DOCUMENT_UNRECORDED
            elif hashlib.sha256(bytes(content)).hexdigest() != sha or sha != entry[1]:
                problem = DOCUMENT_CHANGED
            if problem is not None and len(breaks) < MAX_BREAKS:
                breaks.append(ChainBreak(problem, doc_id, "document", number,
                                         entry[0] if entry else None))
        if len(batch) < DOCUMENT_BATCH:
            break
        after = batch[-1][0]
    for key, (entry_id, _sha) in sorted(issued.items(), key=lambda item: item[1][0]):
        if key not in seen and len(breaks) < MAX_BREAKS:
            breaks.append(ChainBreak(DOCUMENT_MISSING, entry_id, "change_log", key[1], entry_id))
    return count
