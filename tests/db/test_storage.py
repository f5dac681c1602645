"""SQLite storage: migrations, pragmas, integrity, backups, a locked file."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

import models.db
from app.appeal.registration import register
from app.errors import StorageUnavailable
from app.office.backup import backup_if_due, backups, make_backup
from models.db import (
    apply_migrations,
    close_database,
    db,
    integrity_problems,
    latest_version,
    open_database,
    schema_version,
)
from models.entities import Appeal, ChangeLog, RegistrationCounter, TermRule

T = dt.datetime.fromisoformat
# The newest migration: a file opened by the app is fully migrated.
LATEST = len(list((Path(__file__).resolve().parents[2] / "models" / "migrations").glob("0*.py")))


def test_schema_version_and_default_terms(db_file):
    assert schema_version() == LATEST == latest_version()
    assert {(r.kind, r.days, r.article) for r in TermRule.select()} == {
        ("application", 15, "76.1"), ("complaint", 20, "99"), ("message", 15, "76.1"),
        ("proposal", 15, "76.1"), ("response", 15, "76.1"), ("request", 15, "76.1"),
        ("petition", 20, "90-5.1.2")}


def test_upgrade_from_schema_1_keeps_appeals(tmp_path, make_input):
    """A foundation-era file (schema 1) with an appeal gains the workflow
    columns with their defaults; nothing is lost."""
    from playhouse.migrations import Runner

    from models.db import MIGRATIONS_DIR
    path = tmp_path / "old.sqlite"
    open_database(str(path), migrate=False)
    Runner(db.obj, str(MIGRATIONS_DIR)).up(target="0001_initial")
    assert schema_version() == 1
    # Rows as the foundation wrote them (today's code knows newer columns).
    db.execute_sql("INSERT INTO office (name_kk, name_ru, bin, address, phone, head_name, "
                   "head_position, work_start, work_end, number_format, number_prefix, created_at) "
                   "VALUES ('Ә', 'А', '', '', '', '', '', '09:00', '18:30', '{year}-{seq:06d}', '', "
                   "'2026-11-06 09:00:00')")
    db.execute_sql("INSERT INTO app_user (login, password_hash, surname, first_name, patronymic, "
                   "position, role, active, created_at) VALUES ('r', 'x', 'R', 'S', '', 'P', "
                   "'registrar', 1, '2026-11-06 09:00:00')")
    user_id = db.execute_sql("SELECT id FROM app_user").fetchone()[0]
    # Registration in schema 1 would not know the new columns: insert as then.
    appeal_columns = "reg_number, reg_year, reg_seq, submission_key, kind, form, applicant_type, " \
        "applicant_display, applicant_norm, received_at, registered_on, term_days, term_article, " \
        "statutory_due_on, due_on, status, registered_by_id, surname, first_name, patronymic, iin, " \
        "org_name, bin, outgoing_number, postal_address, phone, email, collective, signatories, " \
        "addressee, substance, language, signed, attachments_count, attachment_pages, " \
        "eotinish_number, missing, created_at"
    db.execute_sql(f"INSERT INTO appeal ({appeal_columns}) VALUES ('2026-000001', 2026, 1, 'k', "
                   "'application', 'paper', 'individual', 'X Y', 'x y', '2026-11-06 10:00:00', "
                   "'2026-11-06', 15, '76.1', '2026-11-27', '2026-11-27', 'registered', ?, "
                   "'X', 'Y', '', '', '', '', '', 'addr', '', '', 0, 0, 'akim', 's', 'kk', 1, 0, 0, "
                   "'', '', '2026-11-06 10:00:00')", (user_id,))
    close_database()
    open_database(str(path))
    assert schema_version() == LATEST
    row = Appeal.get()
    assert (row.reg_number, row.resolution, row.security, row.closed_on, row.decision) == (
        "2026-000001", "", False, None, "")
    assert integrity_problems() == []
    close_database()


def test_migrations_idempotent_on_reopen(db_file, registrar, make_input):
    register(make_input(T("2026-11-06 10:00")), registrar, "k", now=T("2026-11-06 11:00"))
    close_database()
    open_database(str(db_file))
    assert schema_version() == LATEST
    assert apply_migrations() == []
    assert TermRule.select().count() == 7
    assert Appeal.select().count() == 1


def test_new_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    try:
        open_database(f"sqlite:///{path}")
        assert path.exists() and schema_version() == LATEST
    finally:
        close_database()


@pytest.mark.parametrize("pragma, expected", [
    ("journal_mode", "wal"), ("foreign_keys", 1), ("synchronous", 2),
])
def test_pragmas(db_file, pragma, expected):
    assert db.execute_sql(f"PRAGMA {pragma}").fetchone()[0] == expected


def test_foreign_keys_enforced(db_file):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        ChangeLog.create(entity="x", entity_id=1, action="y", user=999)


def test_integrity_problems_empty(db_file, registrar):
    assert integrity_problems() == []


def _appeals_in(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT reg_number FROM appeal").fetchall()
    finally:
        con.close()


def test_backup_readable_and_rotated(db_file, registrar, make_input, tmp_path):
    register(make_input(T("2026-11-06 10:00")), registrar, "k", now=T("2026-11-06 11:00"))
    folder = tmp_path / "backups"
    made = [make_backup(folder, now=T(f"2026-11-20 1{i}:00"), keep=3) for i in range(5)]   # five sessions
    assert made[0].name == "zholdanym-20261120-100000.sqlite"
    assert backups(folder) == made[2:]
    assert not made[0].exists() and not made[1].exists()
    assert _appeals_in(made[-1]) == [("2026-000001",)]
    assert list(folder.glob("*.partial")) == []


def test_backup_if_due(db_file, office_admin, tmp_path):
    folder = tmp_path / "backups"
    now = dt.datetime.now().replace(microsecond=0)
    first = backup_if_due(folder, now=now)
    assert first is not None and first.exists()
    assert backup_if_due(folder, now=now + dt.timedelta(hours=1)) is None
    assert len(backups(folder)) == 1
    stale = (now - dt.timedelta(days=2)).timestamp()
    os.utime(first, (stale, stale))
    second = backup_if_due(folder, now=now + dt.timedelta(hours=1))
    assert second is not None and second != first
    assert len(backups(folder)) == 2


def test_locked_database_raises_and_writes_nothing(db_file, registrar, make_input, monkeypatch):
    close_database()
    monkeypatch.setattr(models.db, "BUSY_TIMEOUT_S", 0.2)
    open_database(str(db_file))
    other = sqlite3.connect(str(db_file), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageUnavailable) as exc:
            register(make_input(T("2026-11-06 10:00")), registrar, "k", now=T("2026-11-06 11:00"))
        assert exc.value.code == "database_locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Appeal.select().count() == 0
    assert RegistrationCounter.select().count() == 0
    assert ChangeLog.select().where(ChangeLog.entity == "appeal").count() == 0
    r = register(make_input(T("2026-11-06 10:00")), registrar, "k", now=T("2026-11-06 11:00"))
    assert r.reg_number == "2026-000001" and r.repeated_submit is False


def test_backups_keep_days_weeks_and_months_not_sessions(db_file, tmp_path):
    """Issue 12: a year of daily sessions keeps 7 days, 5 weeks, 12 months."""
    folder = tmp_path / "backups"
    start = T("2025-12-01 18:00")
    for n in range(0, 365, 1):
        make_backup(folder, now=start + dt.timedelta(days=n), keep=1)
    kept = [p.name[10:18] for p in backups(folder)]
    assert len(kept) <= 7 + 5 + 12 and kept[-1] == "20261130"
    assert {k[:6] for k in kept} >= {"202601", "202606", "202611"}   # a copy of each month


def test_a_damaged_database_never_enters_the_rotation(db_file, registrar, make_input, tmp_path, monkeypatch):
    from app.errors import StorageUnavailable
    from app.office import backup
    folder = tmp_path / "backups"
    good = make_backup(folder, now=T("2026-11-20 10:00"))
    monkeypatch.setattr(backup, "verify_copy", lambda path: ["*** in database main ***"])
    for hour in range(11, 20):   # session after session on a damaged file
        with pytest.raises(StorageUnavailable) as err:
            make_backup(folder, now=T(f"2026-11-20 {hour}:00"))
        assert err.value.code == "backup_unverified"
    assert backups(folder) == [good] and len(list((folder / "rejected").iterdir())) == 9


def test_a_stale_partial_file_is_removed(db_file, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "zholdanym-20261101-100000.partial"
    stale.write_bytes(b"x" * 1000)
    old = T("2026-11-01 10:00").timestamp()
    os.utime(stale, (old, old))
    make_backup(folder, now=T("2026-11-20 10:00"))
    assert not stale.exists()


def test_the_copy_finishes_under_continuous_writes(db_file, registrar, make_input, tmp_path):
    """Another connection commits all the time: the one-step copy still ends."""
    import sqlite3
    import threading
    path = db_file
    stop = threading.Event()

    def writer():
        con = sqlite3.connect(str(path), timeout=30)
        con.execute("CREATE TABLE IF NOT EXISTS bench_noise (x INTEGER)")
        while not stop.is_set():
            con.execute("INSERT INTO bench_noise VALUES (1)")
            con.commit()
        con.close()
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = make_backup(tmp_path / "backups", now=T("2026-11-20 10:00"))
    finally:
        stop.set()
        thread.join()
    assert made is not None and made.exists()
