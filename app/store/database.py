"""Opening, checking and closing the database, for the UI and the CLI
(which never reach ``models`` directly)."""
from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError

from app.errors import StorageUnavailable
from app.store.storage import guarded
from models import db as _db


def open_database(url: str, migrate: bool = True) -> None:
    """Open a SQLite path or ``postgresql://`` URL and apply pending migrations
    (read-only commands pass ``migrate=False``).  Failures raise
    StorageUnavailable."""
    try:
        _db.open_database(url, migrate=migrate)
    except DatabaseError as exc:
        raise StorageUnavailable("database_unavailable", str(exc)) from exc


def close_database() -> None:
    _db.close_database()


@guarded
def integrity_problems() -> list[str]:
    """Problems found by the engine's quick check (SQLite); empty when healthy."""
    return _db.integrity_problems()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL or path; None for PostgreSQL."""
    return _db.sqlite_path_from_url(url)


@guarded
def schema_version() -> int:
    return _db.schema_version()
