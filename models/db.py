"""Database proxy, opening by URL, integrity check and online backup.

SQLite is the default (one office, one file); PostgreSQL is reached with a
``postgresql://`` URL.  Everything above this module uses portable peewee:
``db.atomic()`` is a write transaction on both engines (on SQLite every
transaction begins IMMEDIATE, so two processes never interleave writes).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from peewee import DatabaseProxy, Model, PostgresqlDatabase, SqliteDatabase
from playhouse.migrations import Runner

db = DatabaseProxy()

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "cache_size": -64000,
}
BUSY_TIMEOUT_S = 10


class BaseModel(Model):
    id: Any   # peewee's implicit primary key (an AutoField, also an expression on the class)

    class Meta:
        database = db
        legacy_table_names = False


def masked(url: str) -> str:
    """``url`` fit for a log or a message: a password in it becomes ***."""
    parts = urlparse(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


def sqlite_path_from_url(url: str) -> Path | None:
    """Return the file path for a SQLite URL or plain path, None for others."""
    if url.startswith(("postgres://", "postgresql://")):
        return None
    if url.startswith("sqlite:///"):
        return Path(unquote(url[len("sqlite:///"):]))
    return Path(url)


CONNECT_TIMEOUT_S = 10   # a server that does not answer is said so, not waited for


def make_database(url: str, password: str | None = None):
    """Build (not connect) a peewee database for a path or URL.  ``password``
    (a workstation's, from the credential store) is a connect parameter,
    never part of a URL that could be logged; it wins over one in the URL."""
    path = sqlite_path_from_url(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteDatabase(
            str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_S,
            lock_type="IMMEDIATE", check_same_thread=False)
    parts = urlparse(url)
    return PostgresqlDatabase(
        unquote(parts.path.lstrip("/")), user=unquote(parts.username or "") or None,
        password=password or unquote(parts.password or "") or None,
        host=parts.hostname or "localhost", port=parts.port or 5432,
        connect_timeout=CONNECT_TIMEOUT_S, prefer_psycopg3=True)


def open_database(url: str, migrate: bool = True, password: str | None = None):
    """Point the proxy at ``url``, connect, and apply pending migrations."""
    close_database()
    database = make_database(url, password)
    db.initialize(database)
    db.connect(reuse_if_open=True)
    if migrate:
        apply_migrations()
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()


def is_sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


_COMPILED: dict[tuple[type, str], str] = {}


def compiled(name: str, build) -> str:
    """The SQL text of a hot query, built by peewee once per kind of engine.

    peewee writes a query's SQL anew at every call; for the case's 61
    columns that is 0.7 ms, more than SQLite takes to answer it, and every
    case action reads its case (issue 14 item 6).  ``build()`` returns the
    query with 0 for each parameter; run the text with ``Model.raw(sql, ...)``,
    the parameters in the same order."""
    key = (type(db.obj), name)
    sql = _COMPILED.get(key)
    if sql is None:
        sql = _COMPILED[key] = build().sql()[0]
    return sql


WRITE_LOCK_KEY = 7470002


def serialize_writes() -> None:
    """Inside a transaction: wait for other writers.  SQLite already holds the
    write lock (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped
    advisory lock, released at commit or rollback."""
    if not is_sqlite() and db.transaction_depth() == 1:
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))


def integrity_problems() -> list[str]:
    """``PRAGMA quick_check`` on SQLite; an empty list means healthy."""
    if not is_sqlite():
        return []
    rows = db.execute_sql("PRAGMA quick_check").fetchall()
    return [r[0] for r in rows if r[0] != "ok"]


def backup_to(target: Path, progress=None) -> None:
    """Online backup of the SQLite database into ``target`` (a new file), in
    one step: all pages at once, so writes by other connections cannot make
    it start over for ever (it waits for the write lock like any reader)."""
    source = sqlite3.connect(db.obj.database, timeout=BUSY_TIMEOUT_S)
    try:
        dest = sqlite3.connect(str(target))
        try:
            def _progress(status, remaining, total):
                if progress is not None:
                    progress(total - remaining, total)
            source.backup(dest, pages=-1, progress=_progress)
        finally:
            dest.close()
    finally:
        source.close()


# Ordered schema migrations (playhouse.migrations) and the schema version.
def _runner() -> Runner:
    return Runner(db.obj, str(MIGRATIONS_DIR))


def apply_migrations() -> list[str]:
    """Apply pending migrations.  Two app instances starting together are
    serialised by the write lock, so a step never runs twice."""
    runner = _runner()
    if runner.History.table_exists() and all(m.applied for m in runner.status()):
        return []   # nothing to do: a workstation's role, which may not create tables, opens it too
    with db.atomic():
        if not is_sqlite():
            db.execute_sql("SELECT pg_advisory_xact_lock(7470001)")
        return runner.up()


def pending_migrations() -> int:
    """How many migrations are not applied yet (all of them on a new database)."""
    runner = _runner()
    if not runner.History.table_exists():
        return len(runner.migrations())
    return sum(1 for m in runner.status() if not m.applied)


def schema_version() -> int:
    """The number of the newest applied migration (0 for an empty file)."""
    applied = [m.idx for m in _runner().status() if m.applied]
    return max(applied, default=0)


def unknown_migrations() -> list[str]:
    """Applied migrations this build has no file for: the database was
    upgraded by a newer build (issue 15 item 5)."""
    return [m.name for m in _runner().status() if m.path is None]


def newest_schema() -> int:
    """The newest schema this build knows, from its migration files (no database needed)."""
    return max((int(p.name[:4]) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")), default=0)


def latest_version() -> int:
    return max((m.idx for m in _runner().migrations()), default=0)


def known_migrations() -> list[str]:
    """The names of this build's migrations, in order (no database needed)."""
    from playhouse.migrations import Migration
    return [m.name for m in Migration.load_directory(str(MIGRATIONS_DIR))]


def probe_server(host: str, port: int, database: str, user: str, password: str | None,
                 timeout: int = 5) -> tuple[set[str], list[str] | None, bool]:
    """Connect once to a PostgreSQL server, outside the app's connection, and
    tell what is there: the tables of the public schema, the applied
    migrations (None without the migrations table), and whether ``user`` may
    migrate (the owner of its tables).  psycopg's errors pass through."""
    import psycopg
    with psycopg.connect(host=host, port=port, dbname=database, user=user, password=password or None,
                         connect_timeout=timeout, autocommit=True) as con:
        tables = {r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        applied = ([r[0] for r in con.execute("SELECT name FROM schema_migration")]
                   if "schema_migration" in tables else None)
        # Who may migrate: the owner of the app's tables (before PostgreSQL 15
        # everyone may create in "public", so that privilege says nothing).
        if "schema_migration" in tables:
            row = con.execute("SELECT tableowner = current_user FROM pg_tables "
                              "WHERE schemaname = 'public' AND tablename = 'schema_migration'").fetchone()
        else:
            row = con.execute("SELECT has_schema_privilege(current_user, 'public', 'CREATE')").fetchone()
        return tables, applied, bool(row and row[0])
