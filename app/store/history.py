"""Append-only change history: who, when, what.  Nothing is ever deleted."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN

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


def record(entity: str, entity_id: int, action: str, changes: dict,
           user_id: int | None, at: dt.datetime | None = None) -> int:
    """Record one change; returns its id.  ``changes`` maps a field to
    ``[old, new]`` or holds details of the action."""
    payload = {k: ([_jsonable(x) for x in v] if isinstance(v, (list, tuple)) else _jsonable(v))
               for k, v in changes.items()}
    return ChangeLog.create(entity=entity, entity_id=entity_id, action=action,
                     changes=json.dumps(payload, ensure_ascii=False), user=user_id,
                     at=at or dt.datetime.now().replace(microsecond=0)).id


def record_many(rows: list[dict]) -> None:
    """Bulk form of :func:`record` (rows hold the ChangeLog columns)."""
    for row in rows:
        row["changes"] = json.dumps(row["changes"], ensure_ascii=False, default=_jsonable)
    for start in range(0, len(rows), 500):
        ChangeLog.insert_many(rows[start:start + 500]).execute()


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
