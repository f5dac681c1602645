"""A PostgreSQL database a newer build upgraded is refused (issue 15 item 5)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import StorageUnavailable
from app.store.database import close_database, open_database
from models import db as models_db


def test_a_newer_schema_is_refused_on_postgresql(pg_url):
    models_db._runner().History.create(name="0099_from_a_newer_version", applied=dt.datetime(2027, 1, 1))
    close_database()
    with pytest.raises(StorageUnavailable) as caught:
        open_database(pg_url)
    assert caught.value.code == "database_newer"
