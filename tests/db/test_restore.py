"""Restore (issue 12 item 5): over a database with a live ``-wal``, the copy
checked first, the current file kept aside, the restore recorded; a bad copy
changes nothing.  Through the service and the command line."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.appeal.registration import register
from app.errors import StorageUnavailable
from app.office.backup import make_backup
from app.office.restore import restore
from models.db import close_database, open_database

ROOT = Path(__file__).resolve().parents[2]
T = dt.datetime.fromisoformat


def appeals(path: Path) -> list[str]:
    con = sqlite3.connect(str(path))
    try:
        return [r[0] for r in con.execute("SELECT reg_number FROM appeal ORDER BY id")]
    finally:
        con.close()


def test_restore_over_a_database_with_a_live_wal(db_file, registrar, make_input, tmp_path):
    register(make_input(T("2026-11-02 10:00")), registrar, "a", now=T("2026-11-02 11:00"))
    copy = make_backup(tmp_path / "backups", now=T("2026-11-02 18:00"))
    register(make_input(T("2026-11-03 10:00")), registrar, "b", now=T("2026-11-03 11:00"))
    wal = Path(f"{db_file}-wal")
    assert wal.exists()   # the later appeal still sits in the -wal
    left = wal.read_bytes()
    close_database()
    wal.write_bytes(left)   # as a crash leaves it beside the file
    done = restore(copy, db_file, now=T("2026-11-04 09:00"))
    assert appeals(db_file) == ["2026-000001"]
    assert done.kept_aside is not None and appeals(done.kept_aside / db_file.name) == ["2026-000001", "2026-000002"]
    open_database(str(db_file))
    from models.entities import ChangeLog
    assert ChangeLog.select().where(ChangeLog.action == "restored").count() == 1


def test_a_bad_copy_changes_nothing(db_file, registrar, make_input, tmp_path):
    register(make_input(T("2026-11-02 10:00")), registrar, "a", now=T("2026-11-02 11:00"))
    close_database()
    bad = tmp_path / "zholdanym-20261101-100000.sqlite"
    bad.write_bytes(b"\0" * 4096)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(str(other)).execute("CREATE TABLE notes (x)").connection.close()
    for source in (bad, other, tmp_path / "missing.sqlite"):
        with pytest.raises(StorageUnavailable) as err:
            restore(source, db_file)
        assert err.value.code == "restore_unverified"
    assert appeals(db_file) == ["2026-000001"]
    assert not list(db_file.parent.glob("*before-restore*"))


def test_the_restore_command(db_file, registrar, make_input, tmp_path):
    register(make_input(T("2026-11-02 10:00")), registrar, "a", now=T("2026-11-02 11:00"))
    copy = make_backup(tmp_path / "backups", now=T("2026-11-02 18:00"))
    close_database()
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "restore", "--from", str(copy), "--db",
                          str(db_file)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0 and "restored" in run.stdout and "kept in" in run.stdout
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "restore", "--from", str(tmp_path / "nope"),
                          "--db", str(db_file)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2 and run.stderr.startswith("error:") and "Traceback" not in run.stderr


def test_a_restore_chosen_in_the_app_happens_at_the_next_start(db_file, registrar, office_admin, make_input,
                                                               tmp_path):
    from app.errors import DomainError
    from app.office.restore import pending_marker, request_restore, restore_pending
    register(make_input(T("2026-11-02 10:00")), registrar, "a", now=T("2026-11-02 11:00"))
    copy = make_backup(tmp_path / "backups", now=T("2026-11-02 18:00"))
    register(make_input(T("2026-11-03 10:00")), registrar, "b", now=T("2026-11-03 11:00"))
    with pytest.raises(DomainError) as err:   # the administrator's only
        request_restore(copy, db_file, registrar)
    assert err.value.code == "forbidden_role" and not pending_marker(db_file).exists()
    request_restore(copy, db_file, office_admin)
    assert appeals(db_file) == ["2026-000001", "2026-000002"]   # nothing swapped under the running app
    close_database()
    done = restore_pending(db_file)   # the next start, before the database opens
    assert done is not None and appeals(db_file) == ["2026-000001"] and not pending_marker(db_file).exists()
    assert restore_pending(db_file) is None
