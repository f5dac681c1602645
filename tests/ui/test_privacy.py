"""Privacy on disk (issue 12 item 7): document copies in one private folder
per session, removed at exit and after a killed session; what the app makes
is the user's only on Linux; a password never shows in a URL we print."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.db import masked
from ui.common import scratch

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def fresh_session(monkeypatch, tmp_path):
    monkeypatch.setattr(scratch.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(scratch, "_session", [])
    yield tmp_path
    scratch.end_session()


def test_copies_live_in_one_private_folder_removed_at_exit(fresh_session):
    one, two = scratch.folder(), scratch.folder()
    assert one.parent == two.parent == scratch.session()
    (one / "act.docx").write_bytes(b"personal data")
    if os.name == "posix":
        assert mode(scratch.session()) == 0o700
    session = scratch.session()
    scratch.end_session()
    assert not session.exists()


def test_a_killed_sessions_copies_go_at_the_next_start(fresh_session):
    root = fresh_session / f"{scratch.ROOT_NAME}-{scratch._user()}"
    dead = root / "session-999999999"
    dead.mkdir(parents=True)
    (dead / "answer.pdf").write_bytes(b"x")
    old = fresh_session / "zholdanym-abc123"   # as versions before this one left them
    old.mkdir()
    then = time.time() - 3 * 24 * 3600
    os.utime(old, (then, then))
    live = scratch.session()
    removed = scratch.clean_stale()
    assert dead in removed and old in removed and live.exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; the Windows profile is private")
def test_a_backup_made_by_the_command_is_the_users_only(tmp_path):
    db = tmp_path / "office.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    old = os.umask(0o022)   # a shared machine's default: files readable by all
    try:
        subprocess.run([sys.executable, "-c", f"from models.db import open_database; open_database({str(db)!r})"],
                       cwd=ROOT, env=env, check=True, timeout=120)
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "backup", "--db", str(db), "--to",
                               str(tmp_path / "backups")], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr
    [copy] = list((tmp_path / "backups").glob("zholdanym-*.sqlite"))
    assert mode(copy) == 0o600 and mode(tmp_path / "backups") == 0o700


def test_a_password_in_a_url_is_masked():
    assert masked("postgresql://office:s3cret@db.local:5432/zh") == "postgresql://office:***@db.local:5432/zh"
    assert masked("postgresql://office@db.local/zh") == "postgresql://office@db.local/zh"
