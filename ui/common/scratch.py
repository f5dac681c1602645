"""Temporary copies of documents (personal data) in one private folder per
session, removed at exit and, if the app was killed, at the next start
(issue 12 item 7).  Files the app creates are private to the user on Linux
and macOS (umask 077); the Windows profile is private already."""
from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT_NAME = "zholdanym-scratch"
STALE_S = 24 * 3600   # a folder of a session that ended (killed) long ago

_session: list[Path] = []


def private_files() -> None:
    """From now on, what this process creates is readable by the user only."""
    if os.name == "posix":
        os.umask(0o077)


def protect(*paths: Path) -> None:
    """Existing files of the office (database, its -wal/-shm, backups, logs):
    the user's only, on Linux and macOS."""
    if os.name != "posix":
        return
    for path in paths:
        with contextlib.suppress(OSError):
            if path.is_dir():
                path.chmod(0o700)
                for child in path.iterdir():
                    if child.is_file():
                        child.chmod(0o600)
            elif path.exists():
                path.chmod(0o600)


def _root() -> Path:
    root = Path(tempfile.gettempdir()) / f"{ROOT_NAME}-{_user()}"
    root.mkdir(mode=0o700, exist_ok=True)
    return root


def _user() -> str:
    try:
        return str(os.getuid())   # type: ignore[attr-defined,unused-ignore]
    except AttributeError:        # Windows: the temp folder is the user's own
        return "user"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":   # on Windows signal 0 is CTRL_C_EVENT: never send it; age decides there
        return True
    try:
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return True


def clean_stale() -> list[Path]:
    """Remove the folders of sessions that are gone (killed apps), and the
    ``zholdanym-*`` copies older versions left in the temp folder."""
    removed = []
    now = time.time()
    candidates = [p for p in _root().glob("session-*") if p.is_dir()]
    candidates += [p for p in Path(tempfile.gettempdir()).glob("zholdanym-*")
                   if p.is_dir() and not p.name.startswith(ROOT_NAME) and not p.name.startswith("zholdanym-lo-")
                   and now - p.stat().st_mtime > STALE_S]
    for folder in candidates:
        if folder.name.startswith("session-"):
            pid = int(folder.name.split("-")[1]) if folder.name.split("-")[1].isdigit() else -1
            age = now - folder.stat().st_mtime
            if pid == os.getpid() or (_alive(pid) and age < (STALE_S if os.name != "posix" else STALE_S * 30)):
                continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def session() -> Path:
    """This session's private folder (made on first use, removed at exit)."""
    if not _session:
        folder = _root() / f"session-{os.getpid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        _session.append(folder)
        atexit.register(end_session)
    return _session[0]


def folder() -> Path:
    """A fresh folder inside the session's, for one document's copies."""
    return Path(tempfile.mkdtemp(prefix="doc-", dir=session()))


def end_session() -> None:
    if _session:
        shutil.rmtree(_session.pop(), ignore_errors=True)
