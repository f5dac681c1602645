"""Migration 0011 (issue 16): a database of schema 10 with appeals, some of
them with their e-Otinish number, opened by this program.  Run on SQLite
here and on PostgreSQL in tests/pg."""
from __future__ import annotations

import datetime as dt

from playhouse.migrations import Runner

from app.eotinish import current_outage, end_outage, start_outage
from app.office.auth import create_user
from app.office.calendar_store import load_calendar
from app.office.profile import first_run
from app.queries.eotinish import queue
from app.rules.enums import Role
from models.db import MIGRATIONS_DIR, close_database, db, newest_schema, open_database, schema_version
from models.entities import Appeal
from tests.conftest import OFFICE
from tests.db.test_search_fold import insert_as_schema_9


def indexes() -> set[str]:
    if db.obj.__class__.__name__.startswith("Sqlite"):
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'appeal'"
    else:
        sql = "SELECT indexname FROM pg_indexes WHERE tablename = 'appeal'"
    return {r[0] for r in db.execute_sql(sql)}


def upgrade_scenario(url: str) -> None:
    open_database(url, migrate=False)
    Runner(db.obj, str(MIGRATIONS_DIR)).up(target="0010_search_fold")
    assert schema_version() == 10 and "appeal_eotinish_number" in indexes()
    admin = first_run(OFFICE, login_name="admin", password="admin-secret", surname="Әбілова",
                      first_name="Гүлнар", patronymic="", position="Бас маман")
    registrar = create_user(login_name="reg", password="reg-secret-1", surname="Тіркеуші",
                            first_name="Ерлан", patronymic="", position="Маман", role=Role.REGISTRAR,
                            created_by=admin.id)
    ids = insert_as_schema_9(registrar.id)
    p = db.obj.param
    db.execute_sql(f"UPDATE appeal SET eotinish_number = {p} WHERE id = {p}", ("ЖТ-2026-00000001", ids["kk"]))
    close_database()

    open_database(url)                                 # the program starts: 0011 runs
    assert schema_version() == newest_schema() >= 11
    assert {"appeal_eotinish_queue", "appeal_feedback"} <= indexes() and "appeal_eotinish_number" not in indexes()
    rows = {a.id: a for a in Appeal.select()}
    assert all((r.eotinish_catch_up, r.feedback, r.feedback_via, r.feedback_on) == (False, "", "", None)
               for r in rows.values())
    assert rows[ids["kk"]].eotinish_number == "ЖТ-2026-00000001"
    waiting = queue(dt.datetime(2026, 11, 3, 12, 0), load_calendar())
    assert waiting.total == 4 and ids["kk"] not in [i.appeal_id for i in waiting.items]
    assert [i.waited_days for i in waiting.items] == [1, 1, 1, 1]
    assert current_outage() is None
    start_outage(registrar, now=dt.datetime(2026, 11, 3, 9, 0))
    assert end_outage(registrar, now=dt.datetime(2026, 11, 3, 10, 0)).flagged == 0


def test_an_office_of_schema_10_gains_the_e_otinish_link(tmp_path):
    try:
        upgrade_scenario(str(tmp_path / "old.sqlite"))
    finally:
        close_database()
