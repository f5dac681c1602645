"""The data folder without the doubled name (issue 15 item 7).

Builds before this one kept their data in ``.../Zholdanym/Zholdanym`` (Qt's
AppDataLocation with the organisation and the application both named
Zholdanym); now it is ``.../Zholdanym``, where the Windows uninstaller says the
data is kept.  On the first start of this build the old folder's contents are
moved in place, by renames on the same volume, before the database is opened.

Pure: paths in, an :class:`Outcome` out (no Qt).  The moves never overwrite
anything and never lose data:

1. the old folder is renamed, whole, to ``<old>.moving`` beside it: one rename,
   which fails (changing nothing) when a file in it is in use on Windows;
2. the database with its ``-wal``/``-shm``/``-journal`` goes next, as a group:
   when one of them cannot be moved the others go back and the folder gets its
   old name again, so the database is used where it was;
3. then everything else; a folder that exists in both is merged, a file that
   exists in both stays where it was (``<old>.moving``), and so does anything a
   rename refused.  The next start carries on from ``<old>.moving``;
4. the emptied folder is removed.

When both folders hold a database nothing is touched: the new one is used and
the outcome says the old one is kept (the app tells the user once).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DATABASE = "zholdanym.sqlite"
COMPANIONS = ("-wal", "-shm", "-journal")

NOTHING = "nothing"    # no old folder: nothing to do (also every later start)
MOVED = "moved"        # the old folder's contents are in the new one
PARTLY = "partly"      # the database moved; some entries were left in <old>.moving
KEPT = "kept"          # both hold a database: the new one is used, the old one untouched
FAILED = "failed"      # nothing could be moved: the database is used where it is


@dataclass
class Outcome:
    kind: str
    folder: Path                   # the folder to use this time
    old: Path | None = None        # the old folder (or its .moving name) still there, if any
    lines: list[str] = field(default_factory=list)   # what happened, for the log (English)

    @property
    def warning(self) -> bool:
        return self.kind in (PARTLY, KEPT, FAILED)


def moving_name(old: Path) -> Path:
    return old.with_name(old.name + ".moving")


def database_group(folder: Path) -> list[str]:
    """The database's files present in ``folder``, the database itself last."""
    names = [DATABASE + suffix for suffix in COMPANIONS] + [DATABASE]
    return [n for n in names if (folder / n).exists()]


def migrate(old: Path, new: Path) -> Outcome:
    """Move the old data folder's contents into ``new`` when it has no database."""
    moving = moving_name(old)
    source = moving if moving.is_dir() else old if old.is_dir() else None
    if source is None:
        return Outcome(NOTHING, new)
    has_db = (source / DATABASE).exists()
    if (new / DATABASE).exists() and has_db:
        return Outcome(KEPT, new, source, [
            f"data folder: both {new} and the old {source} hold a database; "
            f"using {new}, the old folder is left untouched"])
    lines: list[str] = []
    if source == old:
        try:
            old.rename(moving)
        except OSError as exc:
            return Outcome(FAILED, old if has_db else new, old, [
                f"data folder: could not rename {old} to {moving} ({exc}); "
                f"nothing was moved, trying again at the next start"])
        lines.append(f"data folder: renamed {old} to {moving} to move its contents into {new}")
    new.mkdir(parents=True, exist_ok=True)
    group = database_group(moving)
    if group:
        error = _move_group(moving, new, group)
        if error is not None:
            back = _rename_back(moving, old)
            where = old if back is None else moving
            lines.append(f"data folder: could not move the database to {new} ({error}); "
                         f"it stays in {where} and is used there, trying again at the next start")
            if back is not None:
                lines.append(f"data folder: could not rename {moving} back to {old} ({back})")
            return Outcome(FAILED, where, where, lines)
        lines.append(f"data folder: moved {', '.join(group)} to {new}")
    left: list[str] = []
    for entry in sorted(moving.iterdir()):
        _move(entry, new / entry.name, left)
    if left:
        lines.append(f"data folder: left in {moving}: {', '.join(left)}")
        return Outcome(PARTLY, new, moving, lines)
    try:
        moving.rmdir()
    except OSError as exc:
        lines.append(f"data folder: could not remove the emptied {moving} ({exc})")
        return Outcome(PARTLY, new, moving, lines)
    lines.append(f"data folder: moved everything from {old} to {new}; removed the old folder")
    return Outcome(MOVED, new, None, lines)


def _move_group(source: Path, target: Path, names: list[str]) -> OSError | None:
    """Move the database's files together, or none of them."""
    done: list[str] = []
    for name in names:
        if (target / name).exists():   # a stray -wal beside no database: never replaced
            error: OSError | None = FileExistsError(f"{target / name} exists")
        else:
            try:
                os.rename(source / name, target / name)
                done.append(name)
                continue
            except OSError as exc:
                error = exc
        for moved in reversed(done):
            os.rename(target / moved, source / moved)
        return error
    return None


def _rename_back(moving: Path, old: Path) -> OSError | None:
    try:
        moving.rename(old)
    except OSError as exc:
        return exc
    return None


def _move(entry: Path, target: Path, left: list[str]) -> None:
    """Rename ``entry`` to ``target``; merge a folder into an existing one; never overwrite."""
    if target.is_dir() and entry.is_dir() and not entry.is_symlink():
        for child in sorted(entry.iterdir()):
            _move(child, target / child.name, left)
        try:
            entry.rmdir()
        except OSError:
            pass   # what is left in it is listed already
        return
    if target.exists() or target.is_symlink():
        left.append(f"{entry} ({target} exists)")
        return
    try:
        os.rename(entry, target)
    except OSError as exc:
        left.append(f"{entry} ({exc})")
