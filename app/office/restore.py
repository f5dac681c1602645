"""Restoring a backup (issue 12 item 5): the chosen copy is checked, the
current file and its ``-wal``/``-shm`` are kept aside (never overwritten:
copying a backup over a file whose ``-wal`` stays beside it corrupts it),
the copy is put in place, opened, migrated and checked, and the restore is
recorded in the history.  The database must be closed by the caller."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageUnavailable
from app.office.auth import UserInfo, require_role
from app.office.backup import verify_copy
from app.rules.enums import Role
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


def pending_marker(database: Path) -> Path:
    return database.with_name(database.name + ".restore-pending")


def request_restore(source: Path, database: Path, admin: UserInfo) -> None:
    """An administrator chooses a copy in the app: it is checked now and put
    in place at the next start of the app on this computer, before the
    database is opened (the running app never swaps its file under itself)."""
    require_role(admin, {Role.ADMIN})
    problems = verify_copy(source) if source.is_file() else ["no such file"]
    if problems:
        raise StorageUnavailable("restore_unverified", "; ".join(problems[:3]))
    pending_marker(database).write_text(json.dumps({"source": str(source), "user_id": admin.id}),
                                        encoding="utf-8")


def restore_pending(database: Path) -> Restored | None:
    """Carry out a restore requested in the app (at start-up, the database
    still closed); the request is consumed whatever the outcome."""
    marker = pending_marker(database)
    if not marker.is_file():
        return None
    try:
        request = json.loads(marker.read_text(encoding="utf-8"))
        source, user_id = Path(str(request["source"])), request.get("user_id")
    except (ValueError, KeyError, TypeError, OSError) as exc:
        marker.unlink(missing_ok=True)
        raise StorageUnavailable("restore_unverified", str(exc)) from exc
    try:
        return restore(source, database, user_id=user_id if isinstance(user_id, int) else None)
    finally:
        marker.unlink(missing_ok=True)
