"""Before a migration changes an office's database, a checked copy of it is
made beside it, named after the schema it holds; without one there is no
upgrade (issue 15 item 5)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import StorageUnavailable
from app.store import database
from app.store.database import close_database, open_database
from models import db as models_db


def _older_database(path: Path) -> None:
    """A database of the previous schema (9), as the last version left it."""
    models_db.open_database(str(path), migrate=False)
    models_db._runner().up(target="0009_code_exactly")
    models_db.close_database()


def _schema_of(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return max(int(r[0][:4]) for r in con.execute("SELECT name FROM schema_migration"))
    finally:
        con.close()


def test_an_upgrade_leaves_a_checked_copy_of_the_previous_schema(tmp_path):
    path = tmp_path / "office.sqlite"
    _older_database(path)
    open_database(str(path))
    close_database()
    copies = sorted((tmp_path / "backups").glob("before-upgrade-schema-0009-*.sqlite"))
    assert len(copies) == 1 and _schema_of(copies[0]) == 9 and _schema_of(path) == models_db.newest_schema()
    con = sqlite3.connect(f"file:{copies[0]}?mode=ro", uri=True)
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    con.close()
    open_database(str(path))                                    # nothing to migrate: no new copy
    close_database()
    assert sorted((tmp_path / "backups").glob("before-upgrade-*")) == copies


def test_a_new_database_needs_no_copy(tmp_path):
    open_database(str(tmp_path / "office.sqlite"))
    close_database()
    assert not (tmp_path / "backups").exists()


def test_no_checked_copy_no_upgrade(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite"
    _older_database(path)

    def disk_full(target, progress=None):
        Path(target).write_bytes(b"half a copy")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(database._db, "backup_to", disk_full)
    with pytest.raises(StorageUnavailable) as caught:
        open_database(str(path))
    assert caught.value.code == "backup_before_upgrade_failed" and "No space" in caught.value.params["detail"]
    assert _schema_of(path) == 9                                # left as it was
    assert list((tmp_path / "backups").iterdir()) == []         # no half copy left to be mistaken for one
