"""A database a newer build upgraded is refused by this one, clearly and
without a change (issue 15 item 5): an older build would misread its tables
and its writes could damage them. The app, the CLI and PostgreSQL alike."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import StorageUnavailable
from app.store.database import close_database, open_database
from models import db as models_db

ROOT = Path(__file__).resolve().parents[2]
FUTURE = "0099_from_a_newer_version"


def _upgrade_by_a_newer_build() -> None:
    runner = models_db._runner()
    runner.History.create(name=FUTURE, applied=dt.datetime(2027, 1, 1))


def test_a_newer_schema_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "office.sqlite"
    open_database(str(path))
    _upgrade_by_a_newer_build()
    close_database()
    before = path.read_bytes()
    with pytest.raises(StorageUnavailable) as caught:
        open_database(str(path))
    assert caught.value.code == "database_newer" and FUTURE in caught.value.params["detail"]
    with pytest.raises(StorageUnavailable):
        open_database(str(path), migrate=False)             # read-only commands too
    assert path.read_bytes() == before
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2 and "upgraded by a newer version" in done.stderr and "Traceback" not in done.stderr


def test_the_same_schema_opens(tmp_path):
    path = tmp_path / "office.sqlite"
    open_database(str(path))
    close_database()
    open_database(str(path))                                  # nothing unknown: opens as always
    assert models_db.unknown_migrations() == []
    close_database()
