"""PostgreSQL backups (issue 12 item 5): ``main.py backup`` runs pg_dump
(custom format), checked, into the rotation; ``main.py restore`` puts it into
an empty database through pg_restore and refuses a database with data."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from tests.pg.test_pg_registration import _input, _setup

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=300)


def test_dump_and_restore_into_an_empty_database(pg_url, tmp_path):
    import psycopg

    from app.appeal.registration import register
    admin, registrar = _setup()
    number = register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "a").reg_number
    done = run("backup", "--db", pg_url, "--to", str(tmp_path / "backups"))
    assert done.returncode == 0, done.stderr
    dump = Path(done.stdout.strip().splitlines()[-1])
    assert dump.suffix == ".dump" and dump.exists() and "zh_ci" not in done.stdout
    refused = run("restore", "--from", str(dump), "--db", pg_url)   # over live data: never
    assert refused.returncode == 2 and "not empty" in refused.stderr
    empty = f"zh_restore_{uuid.uuid4().hex[:8]}"
    admin_url = urlunparse(urlparse(pg_url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{empty}"')
    target = urlunparse(urlparse(pg_url)._replace(path=f"/{empty}"))
    try:
        restored = run("restore", "--from", str(dump), "--db", target)
        assert restored.returncode == 0, restored.stderr
        with psycopg.connect(target) as con:
            assert con.execute("SELECT reg_number FROM appeal").fetchall() == [(number,)]
    finally:
        with psycopg.connect(admin_url, autocommit=True) as con:
            con.execute(f'DROP DATABASE "{empty}" WITH (FORCE)')


def test_the_administrator_is_reminded_until_a_backup_is_recorded(pg_url, tmp_path):
    import datetime as dt

    from app.office import backup_overdue
    _setup()
    assert backup_overdue() == dt.timedelta.max   # none ever recorded: remind
    done = run("backup", "--db", pg_url, "--to", str(tmp_path / "backups"))
    assert done.returncode == 0, done.stderr
    assert backup_overdue() is None
    assert backup_overdue(now=dt.datetime.now() + dt.timedelta(days=2)) > dt.timedelta(days=1)


def test_check_on_postgresql_shows_no_password(pg_url):
    _setup()
    done = run("check", "--db", pg_url)
    parts = __import__("urllib.parse", fromlist=["x"]).urlparse(pg_url)
    assert done.returncode == 0, done.stderr
    assert f":{parts.password}@" not in done.stdout and ":***@" in done.stdout
    assert "history chain: ok" in done.stdout and "PostgreSQL server" in done.stdout
