"""Name search in either spelling on PostgreSQL (issue 14 item 3): new
appeals, and appeals stored before migration 0010 once it ran."""
from __future__ import annotations

import os
import uuid

import psycopg
import pytest

from app.office.auth import create_user
from app.office.profile import OfficeSettings, first_run
from app.rules.enums import Role
from models.db import close_database
from tests.db.test_search_fold import SEARCHES, found, register_people, upgrade_scenario
from tests.pg.conftest import ENV, _with_db


def test_either_spelling_finds_the_person_on_postgresql(pg_url):
    admin = first_run(OfficeSettings(name_kk="Әкімдік", name_ru="Акимат"), login_name="admin",
                      password="secret-1-long", surname="Әбілова", first_name="Гүлнар", patronymic="",
                      position="Бас маман")
    registrar = create_user(login_name="reg", password="secret-2-long", surname="Тіркеуші",
                            first_name="Ерлан", position="Маман", role=Role.REGISTRAR, created_by=admin.id)
    ids = register_people(registrar)
    for text, expected in SEARCHES:
        assert found(ids, text) == expected, text


def test_upgrade_recomputes_the_words_on_postgresql():
    base = os.environ.get(ENV)
    if not base:
        pytest.skip(f"PostgreSQL is not configured here: set {ENV}")
    name = f"zh_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(_with_db(base, "postgres"), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        upgrade_scenario(_with_db(base, name))
    finally:
        close_database()
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()
