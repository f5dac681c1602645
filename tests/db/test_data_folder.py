"""The data folder without the doubled name (issue 15 item 7): the old
``Zholdanym/Zholdanym`` folder's contents are moved in place on the first start."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ui.common import data_folder
from ui.common.data_folder import FAILED, KEPT, MOVED, NOTHING, PARTLY, migrate

ROOT = Path(__file__).resolve().parents[2]


def wal_database(folder: Path, rows: int = 3) -> None:
    """A database whose last rows are still in its -wal file (as a session left it)."""
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder.parent / "scratch-db"
    scratch.mkdir(exist_ok=True)
    db = scratch / "zholdanym.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE appeal (n INTEGER)")
    con.commit()
    for n in range(rows):
        con.execute("INSERT INTO appeal VALUES (?)", (n,))
        con.commit()
    for suffix in ("", "-wal", "-shm"):   # copied while open: the rows live in the -wal
        shutil.copyfile(f"{db}{suffix}", folder / f"zholdanym.sqlite{suffix}")
    con.close()
    shutil.rmtree(scratch)


def count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM appeal").fetchone()[0]
    finally:
        con.close()


def old_folder(base: Path) -> Path:
    """``base/Zholdanym/Zholdanym`` as builds before this one left it."""
    old = base / "Zholdanym" / "Zholdanym"
    wal_database(old)
    (old / "backups").mkdir()
    (old / "backups" / "zholdanym-2026-12-01.sqlite").write_bytes(b"copy")
    (old / "logs").mkdir()
    (old / "logs" / "zholdanym.log").write_text("old log\n", encoding="utf-8")
    (old / "templates").mkdir()
    (old / "templates" / "talon.docx").write_bytes(b"docx")
    (old / "zholdanym.sqlite.restore-pending").write_text("x", encoding="utf-8")
    return old


def listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_old_folder_is_moved_in_place_and_removed(tmp_path):
    old = old_folder(tmp_path)
    new = tmp_path / "Zholdanym"
    assert count(old / "zholdanym.sqlite") == 3
    outcome = migrate(old, new)
    assert outcome.kind == MOVED and outcome.folder == new and not outcome.warning
    assert not old.exists() and not data_folder.moving_name(old).exists()
    assert count(new / "zholdanym.sqlite") == 3   # the -wal went with it: no row lost
    assert (new / "backups" / "zholdanym-2026-12-01.sqlite").read_bytes() == b"copy"
    assert (new / "logs" / "zholdanym.log").read_text(encoding="utf-8") == "old log\n"
    assert (new / "templates" / "talon.docx").read_bytes() == b"docx"
    assert (new / "zholdanym.sqlite.restore-pending").exists()
    assert any("removed the old folder" in line for line in outcome.lines)
    before = listing(new)
    again = migrate(old, new)   # the second start: nothing to do
    assert again.kind == NOTHING and again.folder == new and again.lines == []
    assert listing(new) == before


def test_both_with_a_database_keep_the_new_one_and_leave_the_old_one_untouched(tmp_path):
    old = old_folder(tmp_path)
    new = tmp_path / "Zholdanym"
    (new / "logs").mkdir()
    wal_database(new, rows=7)
    old_files, new_files = listing(old), listing(new)
    outcome = migrate(old, new)
    assert outcome.kind == KEPT and outcome.folder == new and outcome.old == old and outcome.warning
    assert listing(old) == old_files
    assert listing(new) == new_files   # the old folder (inside it) untouched too
    assert count(new / "zholdanym.sqlite") == 7 and count(old / "zholdanym.sqlite") == 3


def test_folders_in_both_are_merged_and_nothing_is_overwritten(tmp_path):
    old = old_folder(tmp_path)
    new = tmp_path / "Zholdanym"
    (new / "logs").mkdir()
    (new / "logs" / "zholdanym.log").write_text("new log\n", encoding="utf-8")
    (new / "logs" / "other.log").write_text("other\n", encoding="utf-8")
    outcome = migrate(old, new)
    assert outcome.kind == PARTLY and outcome.folder == new
    moving = data_folder.moving_name(old)
    assert outcome.old == moving
    assert count(new / "zholdanym.sqlite") == 3
    assert (new / "backups" / "zholdanym-2026-12-01.sqlite").exists()
    assert (new / "logs" / "zholdanym.log").read_text(encoding="utf-8") == "new log\n"
    assert (new / "logs" / "other.log").exists()
    assert (moving / "logs" / "zholdanym.log").read_text(encoding="utf-8") == "old log\n"
    assert any("left in" in line and "zholdanym.log" in line for line in outcome.lines)
    # the next start carries on from the .moving folder, still refusing to overwrite
    (new / "logs" / "zholdanym.log").rename(new / "logs" / "zholdanym.1.log")
    later = migrate(old, new)
    assert later.kind == MOVED and not moving.exists()
    assert (new / "logs" / "zholdanym.log").read_text(encoding="utf-8") == "old log\n"


def test_a_database_that_cannot_move_stays_whole_where_it_was(tmp_path, monkeypatch):
    old = old_folder(tmp_path)
    new = tmp_path / "Zholdanym"
    before = listing(old)
    real = os.rename

    def refuse_database(src, dst):
        if str(src).endswith("zholdanym.sqlite"):   # the -wal and -shm went first
            raise PermissionError(13, "in use", str(src))
        return real(src, dst)
    monkeypatch.setattr(data_folder.os, "rename", refuse_database)
    outcome = migrate(old, new)
    assert outcome.kind == FAILED and outcome.folder == old and outcome.warning
    assert listing(old) == before   # the -wal came back beside its database
    assert not (new / "zholdanym.sqlite-wal").exists()
    assert count(old / "zholdanym.sqlite") == 3
    assert any("could not move the database" in line for line in outcome.lines)
    monkeypatch.undo()
    assert migrate(old, new).kind == MOVED and count(new / "zholdanym.sqlite") == 3


def test_a_folder_in_use_is_not_renamed_and_nothing_changes(tmp_path, monkeypatch):
    old = old_folder(tmp_path)
    new = tmp_path / "Zholdanym"
    before = listing(new)

    def refuse(self, target):
        raise PermissionError(13, "in use", str(self))
    monkeypatch.setattr(Path, "rename", refuse)
    outcome = migrate(old, new)
    assert outcome.kind == FAILED and outcome.folder == old
    assert listing(new) == before


def test_nothing_old_means_nothing_done(tmp_path):
    outcome = migrate(tmp_path / "Zholdanym" / "Zholdanym", tmp_path / "Zholdanym")
    assert outcome.kind == NOTHING and not (tmp_path / "Zholdanym").exists()


def run_main(tmp_path: Path, *args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ZHOLDANYM_DB"}
    env.update(XDG_DATA_HOME=str(tmp_path / "share"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    if env_db is not None:
        env["ZHOLDANYM_DB"] = env_db
    code = ("import sys, main\n"
            "if sys.argv[1] == 'where': print(main.data_dir()); print(main.resolve_db(None))\n"
            "else: sys.exit(main.main(sys.argv[1:]))\n")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is where Qt looks on Linux")
def test_the_data_folder_has_the_name_once(tmp_path):
    done = run_main(tmp_path, "where")
    assert done.returncode == 0, done.stderr
    folder, db = done.stdout.splitlines()
    assert Path(folder) == tmp_path / "share" / "Zholdanym"
    assert Path(db) == tmp_path / "share" / "Zholdanym" / "zholdanym.sqlite"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is where Qt looks on Linux")
def test_a_command_moves_the_old_folder_first(tmp_path, template_db):
    old = tmp_path / "share" / "Zholdanym" / "Zholdanym"
    old.mkdir(parents=True)
    shutil.copyfile(template_db, old / "zholdanym.sqlite")
    (old / "backups").mkdir()
    done = run_main(tmp_path, "check")
    assert done.returncode == 0, done.stdout + done.stderr
    new = tmp_path / "share" / "Zholdanym"
    assert not old.exists() and (new / "zholdanym.sqlite").exists() and (new / "backups").is_dir()
    assert f"database: {new / 'zholdanym.sqlite'}" in done.stdout and "integrity: ok" in done.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is where Qt looks on Linux")
def test_a_database_chosen_elsewhere_touches_nothing(tmp_path, template_db):
    old = old_folder(tmp_path / "share")
    before = listing(old)
    elsewhere = tmp_path / "office" / "office.sqlite"
    elsewhere.parent.mkdir()
    shutil.copyfile(template_db, elsewhere)
    assert run_main(tmp_path, "check", "--db", str(elsewhere)).returncode == 0
    assert run_main(tmp_path, "check", env_db=str(elsewhere)).returncode == 0
    assert listing(old) == before
    assert sorted(p.name for p in (tmp_path / "share" / "Zholdanym").iterdir()) == ["Zholdanym"]
