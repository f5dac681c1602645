"""Opening, checking and closing the database, for the UI and the CLI
(which never reach ``models`` directly)."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from peewee import DatabaseError

from app.errors import StorageUnavailable
from app.store.storage import guarded
from models import db as _db

SQLITE_MAGIC = b"SQLite format 3\x00"
MARK_TABLE = "schema_migration"   # every Zholdanym database has it (models.db's migration runner)


def open_database(url: str, migrate: bool = True, create: bool = True, on_step=None) -> None:
    """Open a SQLite path or ``postgresql://`` URL and apply pending migrations
    (read-only commands pass ``migrate=False``).  With ``create=False`` only an
    existing Zholdanym database is opened: nothing is created where a path was
    mistyped.  A database of another program is never opened, nor migrated.
    Failures raise StorageUnavailable: ``database_missing``, ``database_empty``
    (a 0-byte file), ``database_not_sqlite``, ``database_foreign``, or the
    engine's own.  ``on_step(code)`` is told before a long step: "creating"
    (the schema of a new database) or "migrating" (an older one's)."""
    path = _db.sqlite_path_from_url(url)
    if path is not None:
        _probe_file(path, create)
    try:
        _db.open_database(url, migrate=False)
        tables = set(_db.db.get_tables())
        if MARK_TABLE not in tables and (tables or not create):
            _db.close_database()
            raise StorageUnavailable("database_foreign", url)
        newer = _db.unknown_migrations() if MARK_TABLE in tables else []
        if newer:   # an older build would misread, and its writes corrupt, what a newer one made
            _db.close_database()
            raise StorageUnavailable("database_newer", ", ".join(sorted(newer)))
        if migrate:
            if on_step is not None and _db.pending_migrations():
                on_step("migrating" if tables else "creating")
            _db.apply_migrations()
    except DatabaseError as exc:
        raise StorageUnavailable("database_unavailable", str(exc)) from exc


def _probe_file(path: Path, create: bool) -> None:
    """What can be told of a SQLite file without opening it for writing
    (opening it would switch it to WAL, changing even a foreign file)."""
    if not path.exists():
        if not create:
            raise StorageUnavailable("database_missing", str(path))
        return
    if not path.is_file():
        raise StorageUnavailable("database_not_sqlite", str(path))
    if path.stat().st_size == 0:
        if not create:
            raise StorageUnavailable("database_empty", str(path))
        return   # SQLite makes an empty file a new database
    with path.open("rb") as f:
        if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise StorageUnavailable("database_not_sqlite", str(path))
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return   # the newest pages may be in the WAL: judged once opened
    uri = "file:" + quote(str(path.resolve())) + "?immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StorageUnavailable("database_not_sqlite", f"{path}: {exc}") from exc
    if MARK_TABLE not in tables and (tables or not create):
        raise StorageUnavailable("database_foreign", str(path))


def close_database() -> None:
    _db.close_database()


@guarded
def integrity_problems() -> list[str]:
    """Problems found by the engine's quick check (SQLite); empty when healthy."""
    return _db.integrity_problems()


def open_path() -> Path | None:
    """The SQLite file the app has open (None for PostgreSQL)."""
    return None if _db.db.obj is None or not _db.is_sqlite() else Path(_db.db.obj.database)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL or path; None for PostgreSQL."""
    return _db.sqlite_path_from_url(url)


def newest_schema() -> int:
    """The newest database schema this build knows (``--version``)."""
    return _db.newest_schema()


@guarded
def schema_version() -> int:
    return _db.schema_version()
