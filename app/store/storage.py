"""Turns storage failures into domain errors the UI can explain, and opens
write transactions."""
from __future__ import annotations

import contextlib
import functools
import threading

from peewee import DatabaseError, DataError, IntegrityError, InterfaceError, OperationalError

from app.errors import StorageUnavailable
from models.db import db, serialize_writes


def _code(exc: DatabaseError | InterfaceError) -> str:
    text = str(exc).lower()
    if isinstance(exc, OperationalError) and ("locked" in text or "busy" in text):
        return "database_locked"
    if isinstance(exc, (OperationalError, InterfaceError)):
        return "database_unavailable"
    if isinstance(exc, IntegrityError):
        return "database_conflict"
    if isinstance(exc, DataError):
        return "database_value_rejected"
    return "database_error"


def guarded(fn):
    """Run ``fn``; any database failure raises StorageUnavailable with a code.

    Write transactions inside ``fn`` are rolled back by ``db.atomic()``, so
    nothing is half-written.  A lost connection is closed, so the next call
    reconnects (a PostgreSQL server restart, a network blip).
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (DatabaseError, InterfaceError) as exc:   # peewee's InterfaceError is no DatabaseError
            code = _code(exc)
            if code == "database_unavailable" and db.obj is not None and db.in_transaction() is False:
                with contextlib.suppress(Exception):
                    db.close()
            raise StorageUnavailable(code, str(exc)) from exc
    return wrapper


@contextlib.contextmanager
def transaction():
    """A write transaction that also serialises with other writers.

    SQLite transactions begin IMMEDIATE (see models.db); on PostgreSQL an
    advisory lock orders registrations, calendar changes and talon prints, so
    a due date is never computed on a calendar another workstation is changing.
    """
    with db.atomic():
        serialize_writes()
        yield


# Reference data read once inside one long write transaction (issue 14 item 6:
# the demo's fill reads the calendar, the office, the terms and the acting
# user about 2,000 times each).  While the transaction holds the write lock
# (SQLite: BEGIN IMMEDIATE; PostgreSQL: the advisory lock every writer takes)
# no other workstation can change them, and a change made inside it is
# recorded in the history, which drops what was read (see ``forget_steady``).
STEADY_ENTITIES = frozenset({"calendar_override", "office", "term_rule", "user"})
_steady = threading.local()


@contextlib.contextmanager
def steady():
    """A write transaction in which ``steady_read`` reads each thing once."""
    with transaction():
        _steady.memo = {}
        try:
            yield
        finally:
            _steady.memo = None


def steady_read(key, load):
    """``load()``, or inside ``steady`` what it gave the first time."""
    memo = getattr(_steady, "memo", None)
    if memo is None:
        return load()
    if key not in memo:
        memo[key] = load()
    return memo[key]


def forget_steady(entity: str) -> None:
    """A change to ``entity`` was recorded: read the reference data anew."""
    memo = getattr(_steady, "memo", None)
    if memo and entity in STEADY_ENTITIES:
        memo.clear()
