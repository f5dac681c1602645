"""``python main.py setup-server --db postgresql://OWNER@HOST/DB
[--workstation-role NAME] [--password-env VAR]`` (issue 15 item 6; the older
name ``setup-roles --role NAME`` does the same): as the database's owner,
create or upgrade the schema, create or update the workstations' role, which
may only add to the history (issue 12 item 4), and print what each
workstation needs.  The role's password comes from the environment, never
from the command line, and is never printed; the owner's is libpq's
(``PGPASSWORD`` or a pgpass file)."""
from __future__ import annotations

import os
import sys
from urllib.parse import unquote, urlparse

from app.errors import DomainError
from app.store import close_database, masked, open_database, schema_version, setup_workstation_role

DEFAULT_ROLE = "zholdanym_ws"
LOCAL = ("localhost", "127.0.0.1", "::1")


def server_command(db_url: str, role: str, password_env: str | None) -> int:
    if not db_url.startswith(("postgresql://", "postgres://")):
        print("error: setup-server is for a PostgreSQL database (postgresql://OWNER@HOST/DB)", file=sys.stderr)
        return 2
    password = os.environ.get(password_env) if password_env else None
    if password_env and not password:
        print(f"error: the environment variable {password_env} is empty", file=sys.stderr)
        return 2
    steps: list[str] = []
    try:   # as open does: a newer schema is refused, an older one migrated, another program's left alone
        open_database(db_url, on_step=steps.append)
        try:
            version = schema_version()
            done = setup_workstation_role(role, password)
        finally:
            close_database()
    except DomainError as exc:
        print(f"error: {exc.params.get('detail') or exc.code} ({masked(db_url)})", file=sys.stderr)
        return 2
    parts = urlparse(db_url)
    host, port, database = parts.hostname or "localhost", parts.port or 5432, unquote(parts.path.lstrip("/"))
    made = {"creating": "created", "migrating": "upgraded"}.get(steps[0], "") if steps else "already up to date"
    print(f"The database {masked(db_url)}: schema {version} ({made}).")
    print(f'The workstations\' role "{role}": it reads and writes the cases and may only add to the history.')
    for line in done:
        print(f"  {line}")
    if done and done[0].startswith("CREATE") and not password:
        print(f'warning: "{role}" has no password yet: run this again with --password-env VAR '
              "(the variable holding the password)", file=sys.stderr)
    print()
    print("Each workstation needs:")
    for caption, value in (("host", host), ("port", port), ("database", database), ("user", role)):
        print(f"  {caption + ':':<10}{value}")
    print(f"  {'password:':<10}" + (f"the one in ${password_env} (not printed: tell it to each workstation in person)"
                                    if password_env else "the role's password, as set before"))
    if host in LOCAL:
        print(f"note: the workstations type the server's name or address on the network, not {host}")
    print("On each workstation's first start choose \"The office server (PostgreSQL)\" and type these; "
          "the password is kept in that computer's credential store, not in a file.")
    return 0
