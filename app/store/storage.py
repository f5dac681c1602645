"""Turns storage failures into domain errors the UI can explain, and opens
write transactions."""
from __future__ import annotations

import contextlib
import functools

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
