"""Opening, checking and closing the database, for the UI and the CLI
(which never reach ``models`` directly)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from urllib.parse import quote

from peewee import DatabaseError

from app.errors import StorageUnavailable
from app.store.storage import guarded
from models import db as _db

SQLITE_MAGIC = b"SQLite format 3\x00"
MARK_TABLE = "schema_migration"   # every Zholdanym database has it (models.db's migration runner)


def open_database(url: str, migrate: bool = True, create: bool = True, on_step=None,
                  password: str | None = None) -> None:
    """Open a SQLite path or ``postgresql://`` URL and apply pending migrations
    (read-only commands pass ``migrate=False``).  With ``create=False`` only an
    existing Zholdanym database is opened: nothing is created where a path was
    mistyped.  A database of another program is never opened, nor migrated.
    Failures raise StorageUnavailable: ``database_missing``, ``database_empty``
    (a 0-byte file), ``database_not_sqlite``, ``database_foreign``, or the
    engine's own.  ``password``: a workstation's, from the credential store,
    passed to the driver as a parameter (never in the URL).  ``on_step(code)`` is told before a long step: "creating"
    (the schema of a new database) or "migrating" (an older one's)."""
    path = _db.sqlite_path_from_url(url)
    if path is not None:
        _probe_file(path, create)
    try:
        _db.open_database(url, migrate=False, password=password)
        tables = set(_db.db.get_tables())
        if MARK_TABLE not in tables and (tables or not create):
            _db.close_database()
            raise StorageUnavailable("database_foreign", url)
        newer = _db.unknown_migrations() if MARK_TABLE in tables else []
        if newer:   # an older build would misread, and its writes corrupt, what a newer one made
            _db.close_database()
            raise StorageUnavailable("database_newer", ", ".join(sorted(newer)))
        if migrate:
            pending = _db.pending_migrations()
            if on_step is not None and pending:
                on_step("migrating" if tables else "creating")
            if pending and tables and path is not None:
                backup_before_migration(path)   # an upgrade: a verified copy first, or no upgrade
            _db.apply_migrations()
    except DatabaseError as exc:
        raise StorageUnavailable("database_unavailable", str(exc)) from exc


BEFORE_UPGRADE = "before-upgrade-schema-"


def backup_before_migration(path: Path, now: dt.datetime | None = None) -> Path:
    """Copy the database, as it is, into ``backups/`` beside it before a
    migration changes it, named after the schema it holds
    (``before-upgrade-schema-0009-20261203-164500.sqlite``), and check the
    copy: it opens, passes ``quick_check`` and holds the same schema version.
    Outside the daily rotation: nothing deletes it. A copy that cannot be made
    or fails its check stops the upgrade (``backup_before_upgrade_failed``):
    the database stays as it was, at its version (issue 15 item 5)."""
    version = _db.schema_version()
    folder = path.parent / "backups"
    target = folder / f"{BEFORE_UPGRADE}{version:04d}-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _db.backup_to(partial)
        con = sqlite3.connect(str(partial))
        try:   # one self-contained file: no -wal or -shm beside the copy
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
        problem = _copy_problem(partial, version)
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        problem = str(exc)
    if problem:
        partial.unlink(missing_ok=True)
        _db.close_database()
        raise StorageUnavailable("backup_before_upgrade_failed", problem)
    partial.replace(target)
    return target


def _copy_problem(copy: Path, version: int) -> str | None:
    con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        bad = [r[0] for r in con.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        names = [r[0] for r in con.execute(f"SELECT name FROM {MARK_TABLE}")]
    finally:
        con.close()
    if bad:
        return "; ".join(bad[:3])
    copied = max((int(n[:4]) for n in names if n[:4].isdigit()), default=0)
    return None if copied == version else f"the copy holds schema {copied}, not {version}"


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
