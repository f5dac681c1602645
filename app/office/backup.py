"""Automatic backups of the SQLite file that can be trusted (issue 12 item 5).

Taken at start-up when the newest copy is older than a day, and on exit.
Each copy is made in one step (the backup API with all pages at once, so a
stream of writes cannot restart it for ever), written to a partial file,
checked (``quick_check`` and this app's tables) and only then put in the
rotation.  A copy that fails its check is kept apart in ``rejected/`` and
never pushes a good copy out.  The rotation keeps the newest copy of each of
the last 7 days, 5 weeks and 12 months.  Partial files left by a killed
backup are removed.  PostgreSQL offices back up with ``pg_dump``.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.errors import StorageUnavailable
from models.db import backup_to, is_sqlite

KEEP = 3           # the most recent copies kept whatever their age (several sessions a day)
DAYS, WEEKS, MONTHS = 7, 5, 12
PREFIX = "zholdanym-"
REJECTED = "rejected"
STALE = dt.timedelta(hours=1)   # a partial file older than this is a killed backup's


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.sqlite"))


def newest_age(folder: Path, now: dt.datetime) -> dt.timedelta | None:
    files = backups(folder)
    if not files:
        return None
    return now - dt.datetime.fromtimestamp(files[-1].stat().st_mtime)


def verify_copy(path: Path) -> list[str]:
    """What is wrong with a copy (empty when it can be restored): it opens,
    passes ``quick_check`` and has this app's tables."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in con.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    if not {"appeal", "change_log", "app_user"} <= tables:
        problems.append("not a Zholdanym database")
    return problems


def make_backup(folder: Path, now: dt.datetime | None = None, keep: int = KEEP,
                progress=None) -> Path | None:
    """Copy the open database into ``folder``, check the copy, and rotate.

    Raises StorageUnavailable("backup_failed") when the copy cannot be made
    and ("backup_unverified") when it fails its check: then the rotation is
    left as it was and the copy waits in ``rejected/`` for a look.
    """
    if not is_sqlite():
        return None
    try:
        return _make_backup(folder, now or dt.datetime.now(), keep, progress)
    except (OSError, sqlite3.Error) as exc:
        raise StorageUnavailable("backup_failed", str(exc)) from exc


def _make_backup(folder: Path, now: dt.datetime, keep: int, progress) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale(folder, now)
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}.sqlite"
    partial = target.with_suffix(".partial")
    backup_to(partial, progress)
    problems = verify_copy(partial)
    if problems:
        apart = folder / REJECTED
        apart.mkdir(exist_ok=True)
        partial.replace(apart / target.name)
        raise StorageUnavailable("backup_unverified", "; ".join(problems[:3]))
    partial.replace(target)
    for old in beyond_rotation(backups(folder), keep):
        old.unlink()
    return target


def _remove_stale(folder: Path, now: dt.datetime) -> None:
    for old in folder.glob(f"{PREFIX}*.partial"):
        if now - dt.datetime.fromtimestamp(old.stat().st_mtime) > STALE:
            old.unlink(missing_ok=True)


def _stamp(path: Path) -> dt.datetime:
    try:
        return dt.datetime.strptime(path.stem[len(PREFIX):], "%Y%m%d-%H%M%S")
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def beyond_rotation(files: list[Path], keep: int) -> list[Path]:
    """The copies no rule keeps: the newest ``keep``, the newest of each of
    the last DAYS days, WEEKS weeks and MONTHS months (of the copies' dates)."""
    kept = set(files[-keep:]) if keep > 0 else set()
    newest: dict[tuple, Path] = {}
    for path in files:   # oldest first: the newest of each period wins
        day = _stamp(path).date()
        for key in (("d", day), ("w", day.isocalendar()[:2]), ("m", day.year, day.month)):
            newest[key] = path
    for kind, limit in (("d", DAYS), ("w", WEEKS), ("m", MONTHS)):
        periods = sorted(k for k in newest if k[0] == kind)[-limit:]
        kept.update(newest[k] for k in periods)
    return [p for p in files if p not in kept]


def backup_if_due(folder: Path, now: dt.datetime | None = None,
                  every: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    now = now or dt.datetime.now()
    age = newest_age(folder, now)
    if age is not None and age < every:
        return None
    return make_backup(folder, now)
