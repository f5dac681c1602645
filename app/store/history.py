"""Append-only change history: who, when, what.  Nothing is ever deleted.

Every row is chained to the one before it (app.store.chain): it is appended
only here, inside a write transaction that holds the write lock, so two
workstations never link to the same predecessor.  The database refuses to
update or delete a row (triggers of migration 0007)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN

from app.store.chain import chain_head, link_hash
from app.store.storage import forget_steady
from models.db import WRITE_LOCK_KEY, db, is_sqlite
from models.entities import ChangeLog, User


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    user_name: str
    action: str
    changes: dict


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def lock_chain() -> None:
    """Inside a transaction: wait for the other writers before reading the
    chain's head.  SQLite's transactions begin IMMEDIATE and so already hold
    the write lock; on PostgreSQL this is the advisory lock every app
    transaction takes first (app.store.storage.transaction), so taking it
    again is free there and the chain is appended in commit order."""
    if not is_sqlite():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))


def record(entity: str, entity_id: int, action: str, changes: dict,
           user_id: int | None, at: dt.datetime | None = None) -> int:
    """Record one change; returns its id.  ``changes`` maps a field to
    ``[old, new]`` or holds details of the action."""
    payload = {k: ([_jsonable(x) for x in v] if isinstance(v, (list, tuple)) else _jsonable(v))
               for k, v in changes.items()}
    row = {"entity": str(entity), "entity_id": int(entity_id), "action": str(action),
           "changes": json.dumps(payload, ensure_ascii=False),
           "user": None if user_id is None else int(user_id),
           "at": at or dt.datetime.now().replace(microsecond=0)}
    if db.in_transaction():
        return _append([row])
    with db.atomic():   # alone: a write transaction of its own
        return _append([row])


def record_many(rows: list[dict]) -> None:
    """Bulk form of :func:`record` (rows hold the ChangeLog columns)."""
    for row in rows:
        row["changes"] = json.dumps(row["changes"], ensure_ascii=False, default=_jsonable)
        row["entity"], row["entity_id"], row["action"] = str(row["entity"]), int(row["entity_id"]), \
            str(row["action"])
        row["user"] = None if row.get("user") is None else int(row["user"])
        row["at"] = row.get("at") or dt.datetime.now().replace(microsecond=0)
    if not rows:
        return
    if db.in_transaction():
        _append(rows)
        return
    with db.atomic():
        _append(rows)


def _append(rows: list[dict]) -> int:
    """Chain ``rows`` to the head and insert them in order; the last id."""
    lock_chain()
    for row in rows:
        forget_steady(row["entity"])
    prev = chain_head()
    for row in rows:
        row["prev_hash"] = prev
        row["row_hash"] = prev = link_hash(prev, row["entity"], row["entity_id"], row["action"],
                                           row["changes"], row["user"], row["at"])
    if len(rows) == 1:
        return ChangeLog.insert(**rows[0]).execute()
    for start in range(0, len(rows), 500):   # one statement each: ids in chain order
        ChangeLog.insert_many(rows[start:start + 500]).execute()
    return 0


def history_of(entity: str, entity_id: int) -> list[HistoryEntry]:
    query = (ChangeLog
             .select(ChangeLog, User)
             .join(User, JOIN.LEFT_OUTER, on=(ChangeLog.user == User.id))
             .where((ChangeLog.entity == entity) & (ChangeLog.entity_id == entity_id))
             .order_by(ChangeLog.at, ChangeLog.id))
    out = []
    for row in query:
        user = row.user if row.user_id else None
        name = f"{user.surname} {user.first_name}" if user else ""
        out.append(HistoryEntry(row.id, row.at, name, row.action, json.loads(row.changes)))
    return out
