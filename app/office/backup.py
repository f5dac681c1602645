"""Automatic backups of the SQLite file: online backup, rotated copies.

Taken at start-up when the newest copy is older than a day, and on exit.
PostgreSQL offices back up with the server's own tools (pg_dump).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.errors import StorageUnavailable
from models.db import backup_to, is_sqlite

KEEP = 14
PREFIX = "zholdanym-"


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.sqlite"))


def newest_age(folder: Path, now: dt.datetime) -> dt.timedelta | None:
    files = backups(folder)
    if not files:
        return None
    return now - dt.datetime.fromtimestamp(files[-1].stat().st_mtime)


def make_backup(folder: Path, now: dt.datetime | None = None, keep: int = KEEP,
                progress=None) -> Path | None:
    """Copy the open database into ``folder`` and drop copies beyond ``keep``.

    Raises StorageUnavailable("backup_failed") when the copy cannot be made;
    a partial copy never replaces a good one.
    """
    if not is_sqlite():
        return None
    try:
        return _make_backup(folder, now, keep, progress)
    except (OSError, sqlite3.Error) as exc:
        raise StorageUnavailable("backup_failed", str(exc)) from exc


def _make_backup(folder: Path, now, keep: int, progress) -> Path:
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}.sqlite"
    partial = target.with_suffix(".partial")
    backup_to(partial, progress)
    partial.replace(target)
    for old in backups(folder)[:-keep]:
        old.unlink()
    return target


def backup_if_due(folder: Path, now: dt.datetime | None = None,
                  every: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    now = now or dt.datetime.now()
    age = newest_age(folder, now)
    if age is not None and age < every:
        return None
    return make_backup(folder, now)
