"""``python main.py restore --from FILE [--db PATH]``: a checked backup put in
place of the SQLite file, the old one kept aside (issue 12 item 5)."""
from __future__ import annotations

import sys
from pathlib import Path

from app.errors import DomainError
from app.office import pg_restore, restore
from app.store import masked, sqlite_path


def restore_command(db_url: str, source: str) -> int:
    path = sqlite_path(db_url)
    if path is None:   # PostgreSQL: pg_restore into an empty database
        try:
            pg_restore(Path(source), db_url)
        except DomainError as exc:
            why = ("the database is not empty: restore into a new, empty one"
                   if exc.code == "restore_target_not_empty" else exc.params.get("detail") or exc.code)
            print(f"error: not restored: {why}", file=sys.stderr)
            return 2
        print(f"restored into {masked(db_url)} from {source}")
        return 0
    try:
        done = restore(Path(source), path)
    except DomainError as exc:
        print(f"error: not restored: {exc.params.get('detail') or exc.code}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: not restored: {exc}", file=sys.stderr)
        return 2
    print(f"restored: {done.database} from {done.source}")
    if done.kept_aside is not None:
        print(f"the file it replaced is kept in: {done.kept_aside}")
    return 0
