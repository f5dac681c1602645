"""A workstation's connection to the office server (issue 15 item 6).

The host, port, database and user are kept in ``server.json`` in the user's
data folder (written whole or not at all); the password only in the system's
credential store (``keyring``: Windows Credential Manager, Secret Service on
Linux) under the service "Zholdanym", named ``user@host:port/db``: never in a
file, a URL or the log.  Without a credential store the password is asked at
each start.  Qt-free: the start-up (ui) words every outcome."""
from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.errors import DomainError, StorageUnavailable, ValidationErrors
from models import db as _db

SERVICE = "Zholdanym"
FILE_NAME = "server.json"
DATABASE_FILE = "zholdanym.sqlite"
DEFAULT_PORT = 5432
TEST_TIMEOUT_S = 5

log = logging.getLogger("zholdanym.connection")


@dataclass(frozen=True)
class ServerConnection:
    host: str
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""

    @property
    def key(self) -> str:
        """The password's name in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def url(self) -> str:
        """The database's URL, without a password (fit for a message or the log)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.database, safe='')}"


def server_connection(host: str, port: int, database: str, user: str) -> ServerConnection:
    """The values typed, trimmed and checked: each missing one is reported at its field."""
    values = {"host": host.strip(), "database": database.strip(), "user": user.strip()}
    errors = [DomainError("required", field) for field, value in values.items() if not value]
    if not 0 < int(port) < 65536:
        errors.append(DomainError("server_port", "port"))
    if errors:
        raise ValidationErrors(errors)
    return ServerConnection(values["host"], int(port), values["database"], values["user"])


# --- The settings file -----------------------------------------------------

def load(folder: Path) -> ServerConnection | None:
    """The stored connection in ``folder``; None when there is none (or the
    file cannot be read: the start then asks, it never guesses)."""
    path = folder / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ServerConnection(str(data["host"]), int(data.get("port") or DEFAULT_PORT),
                                str(data["database"]), str(data["user"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the stored server connection %s cannot be read: %s", path, exc)
        return None


def save(folder: Path, conn: ServerConnection) -> Path:
    """Write ``server.json`` atomically (a temporary file renamed over it): no password in it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    partial = path.with_suffix(".partial")
    text = json.dumps({"host": conn.host, "port": conn.port, "database": conn.database, "user": conn.user},
                      ensure_ascii=False, indent=2)
    with partial.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, path)
    return path


def forget(folder: Path) -> ServerConnection | None:
    """Remove the stored connection and its password; returns what was stored."""
    conn = load(folder)
    if conn is not None:
        drop_password(conn)
    (folder / FILE_NAME).unlink(missing_ok=True)
    return conn


# --- The credential store --------------------------------------------------

def _store():
    """The system's credential store, or None when this computer has none
    (keyring's "fail" or "null" backend, or no keyring at all)."""
    try:
        import keyring
        from keyring.backends import fail, null
        backend = keyring.get_keyring()
        if isinstance(backend, (fail.Keyring, null.Keyring)) and sys.platform == "win32":
            # A frozen build may lack the backends' entry points: Windows' own store is always there.
            from keyring.backends.Windows import WinVaultKeyring
            backend = WinVaultKeyring()
            keyring.set_keyring(backend)
    except Exception as exc:   # a broken store is no store: the password is asked instead
        log.warning("no credential store: %s", exc)
        return None
    return None if isinstance(backend, (fail.Keyring, null.Keyring)) else backend


def store_available() -> bool:
    return _store() is not None


def store_name() -> str | None:
    """The credential store's name (e.g. "Windows WinVaultKeyring"), None without one."""
    store = _store()
    return None if store is None else f"{getattr(store, 'name', '')} {type(store).__name__}".strip()


def stored_password(conn: ServerConnection) -> str | None:
    store = _store()
    if store is None:
        return None
    try:
        return store.get_password(SERVICE, conn.key)
    except Exception as exc:   # a locked or broken store: asked instead
        log.warning("the credential store did not answer: %s", exc)
        return None


def store_password(conn: ServerConnection, password: str) -> bool:
    """Keep ``password`` in the credential store; False when there is none
    (then it is asked at each start, and written nowhere)."""
    store = _store()
    if store is None:
        return False
    try:
        store.set_password(SERVICE, conn.key, password)
    except Exception as exc:
        log.warning("the credential store refused the password: %s", exc)
        return False
    return True


def drop_password(conn: ServerConnection) -> None:
    store = _store()
    if store is None:
        return
    try:
        store.delete_password(SERVICE, conn.key)
    except Exception:   # nothing stored under that name: nothing to remove
        pass


# --- Testing a connection --------------------------------------------------

# libpq's and the server's words for each failure, every word of a group
# present (English; Russian too, as Windows installers set the server's).
_PROBLEMS = (
    ("server_password", "password", (("password authentication failed",), ("no password supplied",),
                                     ("проверку подлинности",))),
    ("server_not_allowed", "host", (("pg_hba.conf",),)),
    ("server_database_missing", "database", (('database "', "does not exist"), ("база данных", "не существует"))),
    ("server_host_unknown", "host", (("failed to resolve host",), ("could not translate host name",),
                                     ("name or service not known",), ("no such host",),
                                     ("nodename nor servname",), ("name resolution",))),
    ("server_unreachable", "host", (("connection refused",), ("timeout expired",), ("timed out",),
                                    ("no route to host",), ("network is unreachable",))),
)


def _problem(text: str, conn: ServerConnection) -> DomainError:
    low = text.lower()
    for code, field, groups in _PROBLEMS:
        if any(all(word in low for word in group) for group in groups):
            return DomainError(code, field, port=conn.port, detail=text.strip())
    return StorageUnavailable("server_error", text.strip())


def check_server(conn: ServerConnection, password: str | None, timeout: int = TEST_TIMEOUT_S) -> int:
    """Connect as a workstation would and check the database is a Zholdanym
    one this build can use; returns its schema version.  Raises a
    DomainError naming the field at fault: ``server_password``,
    ``server_host_unknown``, ``server_unreachable``, ``server_not_allowed``,
    ``server_database_missing``, ``server_not_set_up`` (no schema: the IT
    person runs ``setup-server``), ``server_foreign``, ``database_newer``,
    ``server_schema_older`` (the workstation may not migrate), ``server_error``."""
    try:
        import psycopg
    except ImportError as exc:   # a build without the driver
        raise StorageUnavailable("server_error", str(exc)) from exc
    try:
        tables, applied, may_create = _db.probe_server(
            conn.host, conn.port, conn.database, conn.user, password, timeout)
    except psycopg.Error as exc:
        raise _problem(str(exc), conn) from exc
    if applied is None:
        raise DomainError("server_foreign" if tables else "server_not_set_up", "database")
    known = _db.known_migrations()
    newer = sorted(set(applied) - set(known))
    if newer:   # an older build would misread what a newer one made
        raise DomainError("database_newer", "database", detail=", ".join(newer))
    if set(known) - set(applied) and not may_create:
        raise DomainError("server_schema_older", "database")
    return max((int(n[:4]) for n in applied if n[:4].isdigit()), default=0)


# --- What the app opens at start -------------------------------------------

@dataclass(frozen=True)
class StartTarget:
    """The database the app opens: ``url`` (never with a workstation's
    password), the ``password`` from the credential store (None: ask),
    the stored ``server`` connection it came from, and ``choose``: nothing
    is chosen yet, the first start asks (this computer or the office server)."""
    url: str
    password: str | None = None
    server: ServerConnection | None = None
    choose: bool = False
    folder: Path | None = None   # the data folder, where server.json is kept


def resolve_start(arg: str | None, env: str | None, folder: Path, demo: bool = False) -> StartTarget:
    """--db, then $ZHOLDANYM_DB, then the stored server connection, then the
    SQLite file in the data folder; when none of them is there yet (and not
    for the demo) the first start asks which.  Never a silent fallback from
    a stored server to a local file."""
    if arg or env:
        return StartTarget(url=str(arg or env), folder=folder)
    server = load(folder)
    if server is not None:
        return StartTarget(url=server.url, password=stored_password(server), server=server, folder=folder)
    sqlite = folder / DATABASE_FILE
    return StartTarget(url=str(sqlite), choose=not (sqlite.exists() or demo), folder=folder)
