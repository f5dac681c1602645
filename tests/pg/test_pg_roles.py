"""PostgreSQL roles (issue 12 item 4): the setup command creates the
workstations' role; a workstation registers, and can neither change nor
delete the history (no right, and the trigger besides)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

from tests.pg.test_pg_registration import _input, _setup

ROOT = Path(__file__).resolve().parents[2]


def test_a_workstation_role_only_adds_to_the_history(pg_url):
    import psycopg

    from app.appeal.registration import register
    from models.db import close_database, open_database
    admin, registrar = _setup()
    close_database()
    role = f"zh_ws_{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "ZH_WS_PASSWORD": "ws-secret-123", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "setup-roles", "--db", pg_url, "--role", role,
                           "--password-env", "ZH_WS_PASSWORD"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ws-secret-123" not in done.stdout and 'GRANT SELECT, INSERT ON "change_log"' in done.stdout
    parts = urlparse(pg_url)
    ws_url = urlunparse(parts._replace(netloc=f"{role}:ws-secret-123@{parts.hostname}:{parts.port or 5432}"))
    try:
        open_database(ws_url)   # a workstation: registers as usual
        r = register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "ws-1")
        assert r.reg_number
        close_database()
        with psycopg.connect(ws_url) as con:
            for sql in ("UPDATE change_log SET action = 'x'", "DELETE FROM change_log",
                        "TRUNCATE change_log", "DROP TABLE appeal"):
                with pytest.raises(psycopg.Error):
                    con.execute(sql)
                con.rollback()
    finally:
        close_database()
        open_database(pg_url)
        from models.db import db
        name = db.execute_sql("SELECT current_database()").fetchone()[0]
        for sql in (f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"',
                    f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "{role}"',
                    f'REVOKE ALL ON SCHEMA public FROM "{role}"', f'REVOKE ALL ON DATABASE "{name}" FROM "{role}"',
                    # the default privileges for later tables too
                    f'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM "{role}"',
                    f'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM "{role}"',
                    f'DROP ROLE "{role}"'):
            db.execute_sql(sql)
