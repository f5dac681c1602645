"""The history chain on PostgreSQL: intact after real work, UPDATE, DELETE
and TRUNCATE refused by the trigger, a direct edit found by verify_chain and
``main.py check``, concurrent writers (processes) never fork the chain, and
migration 0007 chains the rows already there."""
from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing as mp
import os
import subprocess
import sys
import traceback
import uuid
from pathlib import Path

import psycopg
import pytest
from peewee import IntegrityError
from playhouse.migrations import Runner

from app.appeal.registration import register
from app.documents import issuing as documents
from app.engine import perform
from app.office.auth import create_user
from app.office.profile import get_settings, update_settings
from app.rules.enums import Role
from app.store import chain, history
from models.db import close_database, db, open_database
from models.entities import ChangeLog
from tests.pg.conftest import ENV, _with_db
from tests.pg.test_pg_registration import _input, _setup

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


def _flow() -> dict:
    admin, registrar = _setup()
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "аудан әкімдігі", "акимат района"
    update_settings(settings, admin.id)
    akim = create_user(login_name="akim", password="secret1-long", surname="Әкімов", first_name="Әкім",
                       position="Әкім", role=Role.HEAD, created_by=admin.id)
    a = register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "a").id
    perform(a, "assign", akim, {"executor_id": akim.id, "resolution": "r"}, today=D(2026, 11, 3))
    perform(a, "decide", akim, {"decision": "act_favourable", "outcome": "satisfied",
                                "hearing_exception": "73.2.1"}, today=D(2026, 11, 9))
    doc = documents.issue(a, "act", "ru", akim.id,
                          {"matter": "m", "reasoning": "r", "decision_text": "d",
                           "act_kind_text": "Благоприятный административный акт"}, today=D(2026, 11, 10))
    decide = ChangeLog.get((ChangeLog.entity_id == a) & (ChangeLog.action == "decide"))
    return {"appeal": a, "decide": decide.id, "document": doc.id, "admin": admin.id}


def check(url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", url],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_chain_intact_and_history_refuses_changes(pg_url):
    ids = _flow()
    report = chain.verify_chain()
    assert report.ok, report.breaks
    assert report.rows == ChangeLog.select().count() and report.documents == 1
    for statement in ("UPDATE change_log SET changes = '{}'", "DELETE FROM change_log",
                      "TRUNCATE change_log"):
        with pytest.raises(IntegrityError, match="append-only"), db.atomic():
            db.execute_sql(statement)
    assert ChangeLog.get_by_id(ids["decide"]).changes != "{}"
    close_database()
    done = check(pg_url)
    assert done.returncode == 0 and "history chain: ok" in done.stdout, done.stdout + done.stderr


def test_a_direct_edit_is_found(pg_url):
    ids = _flow()
    row = ChangeLog.get_by_id(ids["decide"])
    close_database()
    with psycopg.connect(pg_url, autocommit=True) as attacker:   # the owner can drop the triggers
        attacker.execute("ALTER TABLE change_log DISABLE TRIGGER USER")
        attacker.execute("UPDATE change_log SET changes = replace(changes, 'satisfied', 'refused') "
                         "WHERE id = %s", (row.id,))
        first, second = [r[0] for r in attacker.execute("SELECT id FROM change_log ORDER BY id LIMIT 2")]
        attacker.execute("DELETE FROM change_log WHERE id = %s", (first,))
        forged = b"forged"
        attacker.execute("UPDATE document SET content = %s, sha256 = %s WHERE id = %s",
                         (forged, hashlib.sha256(forged).hexdigest(), ids["document"]))
    open_database(pg_url, migrate=False)
    report = chain.verify_chain()
    problems = [(b.problem, b.row_id) for b in report.breaks]
    assert problems == [("link_broken", second), ("content_changed", row.id),
                        ("document_changed", ids["document"])]
    close_database()
    done = check(pg_url)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"first broken row: change_log row {second}: is not the start of the chain" in done.stdout
    assert f"also: change_log row {row.id}: changed after it was written" in done.stdout
    assert f"also: document {ids['document']} (" in done.stdout


PROCESSES, EACH = 4, 25


def _writer(url: str, index: int, barrier, results) -> None:
    """A workstation appending as fast as it can: half in the services'
    transaction, half through record() alone."""
    try:
        from app.store import history as h
        from app.store.storage import transaction as tx
        open_database(url)
        barrier.wait(timeout=60)
        for i in range(EACH):
            if index % 2:
                h.record("test", index, "written", {"i": i}, None)
            else:
                with tx():
                    h.record("test", index, "written", {"i": i}, None)
        close_database()
        results.put(None)
    except BaseException:
        results.put(traceback.format_exc())


def test_concurrent_writers_do_not_fork_the_chain(pg_url):
    close_database()
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(pg_url, i, barrier, results)) for i in range(PROCESSES)]
    for p in procs:
        p.start()
    errors = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert [e for e in errors if e] == []
    open_database(pg_url)
    report = chain.verify_chain()
    assert report.ok, report.breaks
    assert report.rows == PROCESSES * EACH
    prevs = [r.prev_hash for r in ChangeLog.select(ChangeLog.prev_hash)]
    assert len(prevs) == len(set(prevs)), "two rows follow the same one: the chain forked"


def test_migration_chains_existing_rows_on_postgresql():
    base = os.environ.get(ENV)
    if not base:
        pytest.skip(f"PostgreSQL is not configured here: set {ENV}")
    name = f"zh_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(_with_db(base, "postgres"), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    url = _with_db(base, name)
    try:
        open_database(url, migrate=False)
        Runner(db.obj, str(ROOT / "models" / "migrations")).up(target="0006_users")
        db.execute_sql("INSERT INTO change_log (entity, entity_id, action, changes, user_id, at) VALUES "
                       "('appeal', 1, 'registered', '{\"n\": \"Әлия\"}', NULL, '2026-11-02 10:00:00'), "
                       "('appeal', 1, 'decide', '{}', NULL, '2026-11-03 10:00:00.00025'), "
                       "('office', 1, 'changed', '{}', NULL, '2026-11-04 10:00:00')")
        close_database()
        open_database(url)
        history.record("appeal", 1, "closed", {}, None)
        report = chain.verify_chain()
        assert report.ok and report.rows == 4, report.breaks
        with pytest.raises(IntegrityError), db.atomic():
            db.execute_sql("DELETE FROM change_log WHERE id = 1")
    finally:
        close_database()
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()
