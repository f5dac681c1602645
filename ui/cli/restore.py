"""``python main.py restore --from FILE [--db PATH]``: a checked backup put in
place of the SQLite file, the old one kept aside (issue 12 item 5)."""
from __future__ import annotations

import sys
from pathlib import Path

from app.errors import DomainError
from app.office import restore
from app.store import sqlite_path


def restore_command(db_url: str, source: str) -> int:
    path = sqlite_path(db_url)
    if path is None:
        print("error: a PostgreSQL database is restored with pg_restore into an empty database",
              file=sys.stderr)
        return 2
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
