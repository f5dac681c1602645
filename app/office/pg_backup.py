"""Backups of a PostgreSQL office (issue 12 item 5): ``pg_dump`` in its custom
format, checked with ``pg_restore --list`` before it enters the same
rotation as the SQLite copies; restore with ``pg_restore`` into an empty
database only (never over live data).  The password travels in the
environment, never on a command line."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from app.errors import StorageUnavailable
from app.office.backup import KEEP, PREFIX, REJECTED, beyond_rotation
from app.store import history
from models.entities import ChangeLog

SUFFIX = ".dump"
TIMEOUT_S = 3600


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise StorageUnavailable("pg_tool_missing", name)
    return found


def _split(url: str) -> tuple[str, dict]:
    """The URL without its password, and the environment that carries it."""
    parts = urlparse(url)
    env = dict(os.environ)
    if parts.password:
        env["PGPASSWORD"] = parts.password
        netloc = parts.netloc.replace(f":{parts.password}@", "@")
        url = urlunparse(parts._replace(netloc=netloc))
    return url, env


def dumps(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))


def pg_backup(url: str, folder: Path, now: dt.datetime | None = None, keep: int = KEEP) -> Path:
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}{SUFFIX}"
    partial = target.with_suffix(".partial")
    bare, env = _split(url)
    done = subprocess.run([tool("pg_dump"), "--format=custom", f"--file={partial}", bare], env=env,
                          capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageUnavailable("backup_failed", done.stderr.strip()[-300:])
    listing = subprocess.run([tool("pg_restore"), "--list", str(partial)], capture_output=True, text=True,
                             timeout=TIMEOUT_S)
    if listing.returncode != 0 or "TABLE DATA public change_log" not in listing.stdout:
        apart = folder / REJECTED
        apart.mkdir(exist_ok=True)
        partial.replace(apart / target.name)
        raise StorageUnavailable("backup_unverified", listing.stderr.strip()[-300:])
    partial.replace(target)
    for old in beyond_rotation(dumps(folder), keep):
        old.unlink()
    return target


def pg_restore(dump: Path, url: str) -> None:
    """Into an empty database only: the office's data is never overwritten."""
    import psycopg
    bare, env = _split(url)
    with psycopg.connect(url) as con:
        tables = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    if tables and tables[0]:
        raise StorageUnavailable("restore_target_not_empty", bare)
    done = subprocess.run([tool("pg_restore"), "--no-owner", "--exit-on-error", f"--dbname={bare}", str(dump)],
                          env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise StorageUnavailable("restore_unverified", done.stderr.strip()[-300:])


def record_backup(target: Path) -> None:
    """Note the dump in the history, so every workstation knows its age."""
    history.record("office", 0, "backed_up", {"file": target.name}, None)


def backup_overdue(now: dt.datetime | None = None, every: dt.timedelta = dt.timedelta(days=1)) -> dt.timedelta | None:
    """How old the newest recorded backup is when older than ``every``
    (``dt.timedelta.max`` when none was ever recorded); None when it is fresh."""
    now = now or dt.datetime.now()
    last = (ChangeLog.select(ChangeLog.at).where((ChangeLog.entity == "office") & (ChangeLog.action == "backed_up"))
            .order_by(ChangeLog.id.desc()).first())
    if last is None:
        return dt.timedelta.max
    age = now - last.at
    return age if age > every else None
