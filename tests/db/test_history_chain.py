"""The tamper-evident history (issue 12): every change_log row is chained to
the one before it by SHA-256; the database refuses to update or delete a
row; whoever edits the file directly (dropping the triggers first) is found
by verify_chain and by ``main.py check``; writers never fork the chain."""
from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing as mp
import sqlite3
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from peewee import IntegrityError
from playhouse.migrations import Runner

from app.documents import issuing as documents
from app.office import calendar_store
from app.rules.enums import Language, OverrideKind
from app.store import chain, history
from app.store.storage import transaction
from models.db import close_database, db, open_database
from models.entities import ChangeLog

ROOT = Path(__file__).resolve().parents[2]
RECUSAL = {"decided_on": dt.date(2026, 11, 16), "official": "Н. С. Омаров", "outcome_text": "ok",
           "reasons": "r", "delivery_channel": "SMS", "delivery_date": dt.date(2026, 11, 16)}


@pytest.fixture
def flow(staff, new_appeal, act, office_admin):
    """A normal day: registrations, a decision, a document, a calendar change
    (the bulk path of the history).  Returns the ids that matter."""
    a = new_appeal("2026-11-02 10:00")
    b = new_appeal("2026-11-02 11:00", language=Language.RU)   # a notice in Russian to a Russian appeal (АППК 89.2)
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    act(a, "accept", who="exec", today="2026-11-03")
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-10")
    doc = documents.issue(b, "notice-recusal", "ru", staff["akim"].id, RECUSAL)
    change = calendar_store.add_override(dt.date(2026, 11, 20), OverrideKind.DAY_OFF, "Қаулы", "№ 1",
                                         office_admin.id)
    assert change.recomputed >= 1
    decide = ChangeLog.get((ChangeLog.entity_id == a) & (ChangeLog.action == "decide"))
    issued = ChangeLog.get(ChangeLog.action == "document_issued")
    return {"appeal": a, "decide": decide.id, "document": doc.id, "number": doc.number,
            "issued": issued.id, "exec": staff["exec"].id, "akim": staff["akim"].id}


def check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_the_chain_is_intact_after_a_normal_flow(flow, db_file):
    report = chain.verify_chain()
    assert report.ok, report.breaks
    rows = list(ChangeLog.select().order_by(ChangeLog.id))
    assert report.rows == len(rows) > 10 and report.last_id == rows[-1].id
    assert report.documents == 1 and report.head == rows[-1].row_hash
    assert rows[0].prev_hash == chain.GENESIS
    assert all(b.prev_hash == a.row_hash for a, b in zip(rows, rows[1:]))
    assert {r.action for r in rows} >= {"registered", "decide", "document_issued", "due_recomputed"}
    issued = ChangeLog.get_by_id(flow["issued"])
    assert issued.row_hash == chain.link_hash(issued.prev_hash, "appeal", issued.entity_id, "document_issued",
                                              issued.changes, flow["akim"], issued.at)
    close_database()
    done = check(db_file)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "history chain: ok" in done.stdout and "issued documents: ok (1 " in done.stdout


def test_the_database_refuses_to_change_or_delete_history(flow, db_file):
    row = ChangeLog.get_by_id(flow["decide"])
    with pytest.raises(IntegrityError, match="append-only"):
        ChangeLog.update(changes="{}").where(ChangeLog.id == row.id).execute()
    with pytest.raises(IntegrityError, match="append-only"):
        ChangeLog.delete().where(ChangeLog.id == row.id).execute()
    close_database()
    con = sqlite3.connect(str(db_file))
    try:
        for sql in ("UPDATE change_log SET user_id = NULL", "DELETE FROM change_log WHERE id = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()
    open_database(str(db_file))
    assert ChangeLog.get_by_id(row.id).changes == row.changes
    assert chain.verify_chain().ok


def tamper(path: Path, *statements: tuple) -> None:
    """An attacker with the file: drop the triggers, then edit."""
    close_database()
    con = sqlite3.connect(str(path))
    con.execute("DROP TRIGGER change_log_no_update")
    con.execute("DROP TRIGGER change_log_no_delete")
    for sql, *params in statements:
        con.execute(sql, params)
    con.commit()
    con.close()


def stored(path: Path, row_id: int) -> tuple:
    con = sqlite3.connect(str(path))
    try:
        return con.execute("SELECT entity, entity_id, action, changes, user_id, at, prev_hash "
                           "FROM change_log WHERE id = ?", (row_id,)).fetchone()
    finally:
        con.close()


def found(path: Path, problem: str, row_id: int, text: str) -> None:
    """verify_chain names ``row_id`` first; so does ``main.py check``, exit 1."""
    open_database(str(path), migrate=False)
    report = chain.verify_chain()
    close_database()
    assert not report.ok
    assert (report.first.problem, report.first.row_id) == (problem, row_id), report.breaks
    done = check(path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "history chain: BROKEN" in done.stdout
    first = next(line for line in done.stdout.splitlines() if line.startswith("first broken row:"))
    assert text.format(row=row_id) in first, done.stdout


def test_a_changed_outcome_is_found(flow, db_file):
    row = flow["decide"]
    changes = stored(db_file, row)[3]
    assert '"satisfied"' in changes
    tamper(db_file, ("UPDATE change_log SET changes = ? WHERE id = ?",
                     changes.replace('"satisfied"', '"refused"'), row))
    found(db_file, "content_changed", row, "change_log row {row}: changed after it was written")


def test_a_changed_decider_is_found(flow, db_file):
    row = flow["decide"]
    tamper(db_file, ("UPDATE change_log SET user_id = ? WHERE id = ?", flow["exec"], row))
    found(db_file, "content_changed", row, "change_log row {row}: changed")


def test_a_changed_decider_with_its_hash_recomputed_breaks_the_next_link(flow, db_file):
    row = flow["decide"]
    entity, entity_id, action, changes, _user, at, prev = stored(db_file, row)
    forged = chain.link_hash(prev, entity, entity_id, action, changes, flow["exec"], at)
    tamper(db_file, ("UPDATE change_log SET user_id = ?, row_hash = ? WHERE id = ?", flow["exec"], forged, row))
    open_database(str(db_file), migrate=False)
    following = ChangeLog.select(ChangeLog.id).where(ChangeLog.id > row).order_by(ChangeLog.id).first().id
    close_database()
    found(db_file, "link_broken", following, "change_log row {row}: does not follow row " + str(row))


def test_a_deleted_row_is_found_through_the_link(flow, db_file):
    row = flow["decide"]
    tamper(db_file, ("DELETE FROM change_log WHERE id = ?", row))
    found(db_file, "link_broken", row + 1, "change_log row {row}: does not follow row " + str(row - 1))


def test_a_replaced_document_is_found(flow, db_file):
    forged = b"PK forged document"
    tamper(db_file, ("UPDATE document SET content = ?, sha256 = ? WHERE id = ?",
                     forged, hashlib.sha256(forged).hexdigest(), flow["document"]))
    found(db_file, "document_changed", flow["document"], "document {row} (" + flow["number"] + ")")


def test_a_deleted_document_is_found(flow, db_file):
    tamper(db_file, ("DELETE FROM document WHERE id = ?", flow["document"]))
    found(db_file, "document_missing", flow["issued"], "records document " + flow["number"])


def test_a_row_written_past_the_app_is_found(flow, db_file):
    close_database()
    con = sqlite3.connect(str(db_file))
    con.execute("INSERT INTO change_log (entity, entity_id, action, changes, user_id, at) "
                "VALUES ('appeal', 1, 'decide', '{}', NULL, '2026-11-10 10:00:00')")
    con.commit()
    last = con.execute("SELECT max(id) FROM change_log").fetchone()[0]
    con.close()
    found(db_file, "not_chained", last, "change_log row {row}: written without its hash")


# --- Concurrent writers ---------------------------------------------------------

PROCESSES, EACH = 4, 30


def _writer(path: str, index: int, barrier, results) -> None:
    """Run in a spawned process: append EACH rows as fast as possible, one
    write transaction each, as the services do."""
    try:
        from app.store import history as h
        from app.store.storage import transaction as tx
        from models.db import close_database as close
        from models.db import open_database as open_
        open_(path)
        barrier.wait(timeout=60)
        for i in range(EACH):
            with tx():
                h.record("test", index, "written", {"i": i}, None)
        close()
        results.put((index, None))
    except BaseException:  # report everything to the parent
        results.put((index, traceback.format_exc()))


def test_concurrent_writers_do_not_fork_the_chain(db_file):
    close_database()
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(db_file), i, barrier, results)) for i in range(PROCESSES)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    assert [err for _, err in outcomes if err] == []
    open_database(str(db_file))
    report = chain.verify_chain()
    assert report.ok, report.breaks
    assert ChangeLog.select().where(ChangeLog.entity == "test").count() == PROCESSES * EACH
    hashes = [r.prev_hash for r in ChangeLog.select(ChangeLog.prev_hash)]
    assert len(hashes) == len(set(hashes)), "two rows follow the same one: the chain forked"


def test_record_alone_is_its_own_write_transaction(db_file):
    """Outside a service's transaction, record() still reads the head under the lock."""
    first = history.record("test", 1, "written", {}, None)
    with transaction():
        second = history.record("test", 1, "written", {"at": dt.date(2026, 1, 1)}, None,
                                at=dt.datetime(2026, 1, 1, 9, 30, 0, 250))
    assert ChangeLog.get_by_id(second).prev_hash == ChangeLog.get_by_id(first).row_hash
    assert chain.verify_chain().ok


# --- Migration 0007 ---------------------------------------------------------------

def test_migration_chains_the_existing_rows_and_adds_the_triggers(tmp_path):
    path = tmp_path / "old.sqlite"
    open_database(str(path), migrate=False)
    Runner(db.obj, str(ROOT / "models" / "migrations")).up(target="0006_users")
    db.execute_sql("INSERT INTO change_log (entity, entity_id, action, changes, user_id, at) VALUES "
                   "('appeal', 1, 'registered', '{\"n\": \"Әлия\"}', NULL, '2026-11-02 10:00:00'), "
                   "('appeal', 1, 'decide', '{}', NULL, '2026-11-03 10:00:00.000250'), "
                   "('office', 1, 'changed', '{}', NULL, '2026-11-04 10:00:00')")
    db.execute_sql("DELETE FROM change_log WHERE id = 2")   # a gap, as a rollback leaves on PostgreSQL
    close_database()
    open_database(str(path))
    rows = list(ChangeLog.select().order_by(ChangeLog.id))
    assert [r.id for r in rows] == [1, 3] and rows[0].prev_hash == chain.GENESIS
    assert rows[1].prev_hash == rows[0].row_hash != ""
    history.record("appeal", 1, "decide", {}, None)
    assert chain.verify_chain().ok and chain.verify_chain().rows == 3
    triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"change_log_no_update", "change_log_no_delete"} <= triggers
    close_database()
