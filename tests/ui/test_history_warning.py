"""Start-up tells plainly when the history chain is broken (issue 12), from
the background worker that runs the integrity check; and it refuses to open
another program's database instead of migrating it."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

import ui.start as app_main
from models.db import close_database, open_database
from ui.common.tasks import TaskRunner


def test_a_broken_chain_is_reported_at_start(qtbot, demo_db, monkeypatch):
    close_database()
    con = sqlite3.connect(str(demo_db))
    con.execute("DROP TRIGGER change_log_no_update")
    row = con.execute("SELECT max(id) FROM change_log WHERE action = 'decide'").fetchone()[0]
    con.execute("UPDATE change_log SET user_id = NULL WHERE id = ?", (row,))
    con.commit()
    con.close()
    open_database(str(demo_db))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    runner = TaskRunner()
    app_main.check_integrity(runner)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    runner.shutdown()
    assert len(warnings) == 1
    assert "history of changes was altered" in warnings[0] and f"entry {row} " in warnings[0]


def test_an_intact_chain_says_nothing(qtbot, demo_db, monkeypatch):
    warnings, done = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(app_main, "report_chain", lambda report: done.append(report))
    runner = TaskRunner()
    app_main.check_integrity(runner)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    runner.shutdown()
    assert done[0].ok and done[0].rows > 100 and warnings == []


def test_another_programs_database_is_not_opened(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "accounts.sqlite"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app_main.open_or_explain(str(path)) is False
    assert "belongs to another program" in shown[0]
    con = sqlite3.connect(str(path))
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["invoice"]
    con.close()
