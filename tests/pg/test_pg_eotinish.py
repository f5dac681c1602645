"""The e-Otinish link on PostgreSQL (issue 16 item 4): migration 0011 on a
database of schema 10, the number's uniqueness, outage mode, the queue."""
from __future__ import annotations

import datetime as dt
import os
import uuid

import psycopg
import pytest

from app.appeal.registration import register
from app.engine import perform
from app.eotinish import end_outage, start_outage
from app.errors import ValidationErrors
from app.office.auth import create_user
from app.office.calendar_store import load_calendar
from app.office.profile import OfficeSettings, first_run
from app.queries.eotinish import queue
from app.rules.enums import Role
from models.db import close_database
from models.entities import Appeal
from tests.conftest import _appeal_input
from tests.db.test_eotinish_upgrade import upgrade_scenario
from tests.pg.conftest import ENV, _with_db

T = dt.datetime.fromisoformat


def test_the_number_outage_and_queue_on_postgresql(pg_url):
    admin = first_run(OfficeSettings(name_kk="Әкімдік", name_ru="Акимат"), login_name="admin",
                      password="secret-1-long", surname="Әбілова", first_name="Гүлнар", patronymic="",
                      position="Бас маман")
    reg = create_user(login_name="reg", password="secret-2-long", surname="Тіркеуші",
                      first_name="Ерлан", position="Маман", role=Role.REGISTRAR, created_by=admin.id)
    a = register(_appeal_input(T("2026-11-02 10:00")), reg, "a", now=T("2026-11-02 10:00")).id
    start_outage(reg, now=T("2026-11-03 09:00"))
    b = register(_appeal_input(T("2026-11-03 10:00")), reg, "b", now=T("2026-11-03 10:00")).id
    assert end_outage(reg, now=T("2026-11-03 11:00")).flagged == 1
    assert Appeal.get_by_id(b).eotinish_catch_up is True
    perform(a, "eotinish_number", reg, {"number": "жт-2026-0000001"}, today=dt.date(2026, 11, 3))
    with pytest.raises(ValidationErrors) as err:
        perform(b, "eotinish_number", reg, {"number": "ЖТ-2026-0000001"}, today=dt.date(2026, 11, 3))
    assert err.value.errors[0].code == "eotinish_number_taken"
    q = queue(T("2026-11-03 12:00"), load_calendar())
    assert q.total == 1 and [(i.appeal_id, i.catch_up) for i in q.items] == [(b, True)]


def test_migration_0011_on_postgresql():
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
