"""What the About window shows (issue 15 item 5): the program's version, the
database schema in use and the newest this build knows, the database in use
(a SQLite file, or a PostgreSQL URL with its password masked) and the
edition of the Code the rules follow.  Facts only; the window words them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.errors import StorageUnavailable
from app.store.database import newest_schema, open_path, schema_version
from app.version import VERSION
from models import db as _db

# The rules, terms and citations follow the Administrative Procedural-Process
# Code (АППК) as amended up to this date.
LAW_EDITION = dt.date(2026, 1, 1)


@dataclass(frozen=True)
class About:
    version: str
    schema: int | None          # the open database's; None when none is open
    newest_schema: int
    database: str               # a path or a URL without its password; "" when none is open
    sqlite_file: Path | None    # the SQLite file in use (None for PostgreSQL)
    law_edition: dt.date = LAW_EDITION

    @property
    def data_folder(self) -> Path | None:
        return None if self.sqlite_file is None else self.sqlite_file.parent


def database_url(database) -> str:
    """The PostgreSQL URL a peewee database was built from, password masked."""
    params = dict(getattr(database, "connect_params", {}) or {})
    user = quote(str(params.get("user") or ""), safe="")
    password = "***" if params.get("password") else ""
    login = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = params.get("host") or "localhost"
    port = params.get("port")
    where = f"{host}:{port}" if port else host
    return _db.masked(f"postgresql://{login}{where}/{database.database}")


def shown_database(url: str) -> str:
    """A database URL or path as the About window shows it: the file of a
    SQLite one, a PostgreSQL one with its password masked."""
    path = _db.sqlite_path_from_url(url)
    return str(path) if path is not None else _db.masked(url)


def about() -> About:
    database = _db.db.obj
    path = open_path()
    if database is None:
        text, schema = "", None
    else:
        text = str(path) if path is not None else database_url(database)
        try:
            schema = schema_version()
        except StorageUnavailable:   # a lost connection: the window still shows the rest
            schema = None
    return About(VERSION, schema, newest_schema(), text, path)
