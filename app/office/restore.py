"""Restoring a backup (issue 12 item 5): the chosen copy is checked, the
current file and its ``-wal``/``-shm`` are kept aside (never overwritten:
copying a backup over a file whose ``-wal`` stays beside it corrupts it),
the copy is put in place, opened, migrated and checked, and the restore is
recorded in the history.  The database must be closed by the caller."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageUnavailable
from app.office.backup import verify_copy
from app.store import history
from models.db import close_database, integrity_problems, open_database

SIDES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    kept_aside: Path | None   # the folder with the file it replaced


def restore(source: Path, database: Path, now: dt.datetime | None = None,
            user_id: int | None = None) -> Restored:
    """Put the copy ``source`` in place of ``database``; raises
    StorageUnavailable("restore_unverified") and changes nothing when the
    copy cannot be trusted."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    problems = verify_copy(source) if source.is_file() else ["no such file"]
    if problems:
        raise StorageUnavailable("restore_unverified", "; ".join(problems[:3]))
    aside = None
    present = [Path(f"{database}{s}") for s in SIDES if Path(f"{database}{s}").exists()]
    if present:
        aside = database.parent / f"{database.stem}-before-restore-{now:%Y%m%d-%H%M%S}"
        aside.mkdir()
        for path in present:
            path.replace(aside / path.name)
    try:
        _copy(source, database)
        open_database(str(database))   # migrates an older copy, as any start does
        try:
            if integrity_problems():
                raise StorageUnavailable("restore_unverified", "integrity check of the restored file")
            history.record("office", 0, "restored", {"from": str(source), "kept_aside": str(aside or "")},
                           user_id, now)
        finally:
            close_database()
    except Exception:
        for s in SIDES:   # put back what was there: a failed restore changes nothing
            Path(f"{database}{s}").unlink(missing_ok=True)
        if aside is not None:
            for path in aside.iterdir():
                path.replace(database.parent / path.name)
            aside.rmdir()
        raise
    return Restored(database, source, aside)


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest, pages=-1)
        finally:
            dest.close()
    finally:
        src.close()
