"""``python main.py setup-roles --db postgresql://OWNER@HOST/DB --role NAME
[--password-env VAR]``: the workstations' role, which may only add to the
history (issue 12 item 4).  The password comes from the environment, never
from the command line."""
from __future__ import annotations

import os
import sys

from app.errors import DomainError
from app.store import close_database, masked, open_database, setup_workstation_role


def roles_command(db_url: str, role: str, password_env: str | None) -> int:
    if not db_url.startswith("postgresql://"):
        print("error: roles are for a PostgreSQL database (postgresql://OWNER@HOST/DB)", file=sys.stderr)
        return 2
    password = os.environ.get(password_env) if password_env else None
    if password_env and not password:
        print(f"error: the environment variable {password_env} is empty", file=sys.stderr)
        return 2
    try:
        open_database(db_url)
        try:
            for line in setup_workstation_role(role, password):
                print(line)
        finally:
            close_database()
    except DomainError as exc:
        print(f"error: {exc.params.get('detail') or exc.code} ({masked(db_url)})", file=sys.stderr)
        return 2
    print(f"workstations connect as: postgresql://{role}@HOST/DB (password in PGPASSWORD or a pgpass file)")
    return 0
