"""A multi-workstation office in minutes (issue 15 item 6): ``setup-server``
makes the schema and the workstations' role on an empty database and prints
what each workstation needs; a workstation, its password in the credential
store, registers appeals and can neither change nor delete the history."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app.errors import DomainError
from app.store import (
    ServerConnection,
    check_server,
    open_database,
    resolve_start,
    save_connection,
    store_password,
)
from models.db import close_database
from tests.pg.test_pg_registration import _input, _setup

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "ws-secret-Жолданым-42"


def setup_server(url: str, *extra: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ZH_WS_PASSWORD", None)
    if password is not None:
        env["ZH_WS_PASSWORD"] = password
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "setup-server", "--db", url, *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def workstation(url: str, role: str) -> ServerConnection:
    parts = urlparse(url)
    return ServerConnection(parts.hostname or "localhost", parts.port or 5432, parts.path.lstrip("/"), role)


def test_setup_server_then_a_workstation_registers_and_cannot_rewrite_history(empty_pg, memory_keyring, tmp_path):
    import psycopg
    from psycopg import errors

    from models.entities import ChangeLog
    url, roles = empty_pg
    role = f"zh_ws_{uuid.uuid4().hex[:8]}"
    roles.append(role)
    done = setup_server(url, "--workstation-role", role, "--password-env", "ZH_WS_PASSWORD")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert PASSWORD not in out + done.stderr and f":{urlparse(url).password}@" not in out   # no password, ever
    assert "(created)" in out and 'GRANT SELECT, INSERT ON "change_log"' in out
    conn = workstation(url, role)
    for line in (f"host:     {conn.host}", f"port:     {conn.port}", f"database: {conn.database}",
                 f"user:     {role}", "The office server (PostgreSQL)", "credential store"):
        assert line in out, line
    # The workstation: the connection stored by its first start, the password in the store.
    folder = tmp_path / "data"
    save_connection(folder, conn)
    assert store_password(conn, PASSWORD)
    target = resolve_start(None, None, folder)
    assert (target.server, target.password, target.url) == (conn, PASSWORD, f"postgresql://{role}@{conn.host}:"
                                                                            f"{conn.port}/{conn.database}")
    assert check_server(conn, target.password) >= 1
    open_database(target.url, password=target.password)
    try:   # the first administrator, a registrar, an appeal: all as the workstation's role
        admin, registrar = _setup()
        appeal = register_one(registrar)
        assert appeal.reg_number
        assert ChangeLog.select().where(ChangeLog.entity == "appeal", ChangeLog.entity_id == appeal.id,
                                        ChangeLog.action == "registered").count() == 1
    finally:
        close_database()
    with psycopg.connect(host=conn.host, port=conn.port, dbname=conn.database, user=role,
                         password=PASSWORD) as con:
        assert con.execute("SELECT count(*) FROM change_log").fetchone()[0] >= 3
        for sql in ("UPDATE change_log SET action = 'x'", "DELETE FROM change_log"):
            with pytest.raises(errors.InsufficientPrivilege):   # no right: refused before any trigger
                con.execute(sql)
            con.rollback()
    assert "ws-secret" not in "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def register_one(registrar):
    from app.appeal.registration import register
    return register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "ws-1")


def test_setup_server_again_upgrades_nothing_and_keeps_the_password(empty_pg, memory_keyring):
    url, roles = empty_pg
    role = f"zh_ws_{uuid.uuid4().hex[:8]}"
    roles.append(role)
    assert setup_server(url, "--workstation-role", role, "--password-env", "ZH_WS_PASSWORD").returncode == 0
    again = setup_server(url, "--workstation-role", role, password=None)
    assert again.returncode == 0, again.stderr
    assert "(already up to date)" in again.stdout and f'ALTER ROLE "{role}" LOGIN' in again.stdout
    assert check_server(workstation(url, role), PASSWORD) >= 1   # the password set the first time


def test_a_new_role_without_password_is_warned(empty_pg):
    url, roles = empty_pg
    role = f"zh_ws_{uuid.uuid4().hex[:8]}"
    roles.append(role)
    done = setup_server(url, "--workstation-role", role, password=None)
    assert done.returncode == 0 and "has no password yet" in done.stderr


def test_setup_server_refuses_sqlite_and_an_empty_variable(tmp_path, empty_pg):
    done = setup_server(str(tmp_path / "x.sqlite"))
    assert done.returncode == 2 and "PostgreSQL" in done.stderr
    done = setup_server(empty_pg[0], "--password-env", "ZH_WS_PASSWORD", password="")
    assert done.returncode == 2 and "ZH_WS_PASSWORD is empty" in done.stderr


def test_the_connection_test_names_what_is_wrong(empty_pg):
    from models.db import db
    url, roles = empty_pg
    parts = urlparse(url)
    owner = ServerConnection(parts.hostname or "", parts.port or 5432, parts.path.lstrip("/"), parts.username or "")

    def problem(conn, password):
        with pytest.raises(DomainError) as err:
            check_server(conn, password)
        return err.value.code, err.value.field
    assert problem(owner, "wrong") == ("server_password", "password")
    assert problem(ServerConnection(owner.host, owner.port, "zh_no_such_db", owner.user),
                   parts.password) == ("server_database_missing", "database")
    assert problem(ServerConnection("no-such-host.invalid", 5432, "x", "y"), "p") == ("server_host_unknown", "host")
    assert problem(ServerConnection(owner.host, 1, "x", "y"), "p") == ("server_unreachable", "host")
    assert problem(owner, parts.password) == ("server_not_set_up", "database")   # setup-server not run yet
    open_database(url)
    try:   # a newer build upgraded it
        db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_from_the_future', now())")
    finally:
        close_database()
    assert problem(owner, parts.password) == ("database_newer", "database")


def test_a_workstation_newer_than_the_servers_schema_is_told_to_upgrade_the_server(empty_pg, monkeypatch):
    from models.db import db, known_migrations
    from ui.cli.roles import server_command
    url, roles = empty_pg
    role = f"zh_ws_{uuid.uuid4().hex[:8]}"
    roles.append(role)
    monkeypatch.setenv("ZH_WS_PASSWORD", PASSWORD)
    assert server_command(url, role, "ZH_WS_PASSWORD") == 0
    open_database(url)
    try:   # the server as an older version left it: the newest migration not applied
        db.execute_sql("DELETE FROM schema_migration WHERE name = %s", (known_migrations()[-1],))
    finally:
        close_database()
    with pytest.raises(DomainError) as err:
        check_server(workstation(url, role), PASSWORD)   # the workstation may not migrate
    assert (err.value.code, err.value.field) == ("server_schema_older", "database")
    parts = urlparse(url)
    owner = workstation(url, parts.username or "")
    assert check_server(owner, parts.password) == len(known_migrations()) - 1   # the owner may: it migrates
