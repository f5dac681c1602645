"""PostgreSQL roles for an office with several workstations (issue 12 item 4):
the owner (who runs the migrations) and a workstation role that may read and
write the cases but only add to the history: INSERT and SELECT on
``change_log``, never UPDATE, DELETE or TRUNCATE (the triggers of migration
0007 refuse them too, on every engine), and no schema changes."""
from __future__ import annotations

import re

from app.errors import DomainError
from app.store.storage import guarded
from models.db import db, is_sqlite, masked

__all__ = ["masked", "setup_workstation_role"]

ROLE = re.compile(r"[a-z_][a-z0-9_]{0,62}")
HISTORY = "change_log"
READ_ONLY = ("schema_migration",)   # the owner migrates


@guarded
def setup_workstation_role(role: str, password: str | None) -> list[str]:
    """Create (or update) ``role`` with the workstation's rights on the open
    database, as its owner; returns the statements run (without the password)."""
    if is_sqlite():
        raise DomainError("roles_postgresql_only")
    if not ROLE.fullmatch(role):
        raise DomainError("role_name", "role")
    database = db.execute_sql("SELECT current_database()").fetchone()[0]
    tables = [r[0] for r in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
    done = []

    def run(sql: str, params: tuple = (), shown: str | None = None) -> None:
        db.execute_sql(sql, params)
        done.append(shown or sql)
    with db.atomic():
        exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        if password:   # DDL takes no parameters: quoted by the driver itself
            from psycopg import sql
            literal = sql.Literal(password).as_string(db.connection())
            run(f'{verb} ROLE "{role}" LOGIN PASSWORD {literal}', (), f'{verb} ROLE "{role}" LOGIN PASSWORD ***')
        else:
            run(f'{verb} ROLE "{role}" LOGIN')
        run(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"')
        run(f'GRANT USAGE ON SCHEMA public TO "{role}"')
        run(f'REVOKE CREATE ON SCHEMA public FROM "{role}"')
        # Before PostgreSQL 15 every role (PUBLIC) may create in "public": a
        # workstation could plant a table or function there that the owner
        # would later run (CVE-2018-1058).  No one but the owner creates there.
        run('REVOKE CREATE ON SCHEMA public FROM PUBLIC')
        for table in tables:
            run(f'REVOKE ALL ON "{table}" FROM "{role}"')
            if table == HISTORY or table in READ_ONLY:
                rights = "SELECT, INSERT" if table == HISTORY else "SELECT"
            else:   # the cases: read and write; the app deletes nothing
                rights = "SELECT, INSERT, UPDATE"
            run(f'GRANT {rights} ON "{table}" TO "{role}"')
        run(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
        # Tables a later upgrade creates (run by the owner) reach the workstations
        # without running setup-server again.
        run(f'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO "{role}"')
        run(f'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "{role}"')
    return done
