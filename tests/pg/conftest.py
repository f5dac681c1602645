"""PostgreSQL tests: a fresh database per test on the server named by
ZHOLDANYM_TEST_PG (``.ci/run`` starts PostgreSQL and sets it)."""
from __future__ import annotations

import os
import uuid
from urllib.parse import urlparse, urlunparse

import pytest

from models.db import close_database, open_database

ENV = "ZHOLDANYM_TEST_PG"


def _with_db(url: str, name: str) -> str:
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


@pytest.fixture
def pg_url():
    base = os.environ.get(ENV)
    if not base:
        pytest.skip(f"PostgreSQL is not configured here: set {ENV} (.ci/run does)")
    import psycopg
    name = f"zh_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(_with_db(base, "postgres"), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    url = _with_db(base, name)
    open_database(url)
    yield url
    close_database()
    import time
    for _ in range(50):   # a workstation role's backend may still be exiting: FORCE may not end another role's
        if not admin.execute("SELECT 1 FROM pg_stat_activity WHERE datname = %s AND usename <> current_user",
                             (name,)).fetchone():
            break
        time.sleep(0.1)
    admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.close()
