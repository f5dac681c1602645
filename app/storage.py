"""Turns storage failures into domain errors the UI can explain."""
from __future__ import annotations

import functools

from peewee import InterfaceError, OperationalError

from app.errors import StorageUnavailable
from models.db import db


def guarded(fn):
    """Run ``fn``; a locked or unreachable database raises StorageUnavailable.

    Write transactions inside ``fn`` are rolled back by ``db.atomic()``, so
    nothing is half-written.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            text = str(exc).lower()
            code = "database_locked" if ("locked" in text or "busy" in text) else "database_unavailable"
            raise StorageUnavailable(code, str(exc)) from exc
    return wrapper


def transaction():
    """A write transaction (portable; IMMEDIATE on SQLite, see models.db)."""
    return db.atomic()
