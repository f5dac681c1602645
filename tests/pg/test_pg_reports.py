"""The reports on PostgreSQL: the same office, every figure and the appeals
behind it, as on SQLite (tests/db/test_reports.py)."""
from __future__ import annotations

import pytest

from app import reports
from app.office.auth import create_user
from app.rules.enums import Role
from tests.db import report_data
from tests.db.report_data import TODAY
from tests.db.test_reports import NOV, check_every_figure
from tests.pg.test_pg_registration import _setup

pytestmark = pytest.mark.postgres


def test_every_figure_on_postgresql(pg_url):
    admin, registrar = _setup()
    staff = {"registrar": registrar}
    for login, role, surname in (("akim", Role.HEAD, "Әкімов"), ("deputy", Role.DEPUTY, "Орынбасаров"),
                                 ("exec", Role.EXECUTOR, "Орындаушы"), ("exec2", Role.EXECUTOR, "Екінші")):
        staff[login] = create_user(login_name=login, password="secret1-long", surname=surname,
                                   first_name="Аты", position="Маман", role=role, created_by=admin.id)
    ids = report_data.build(staff)
    report = reports.build(NOV, today=TODAY)
    check_every_figure(report, ids, staff)
    assert reports.summary(report)["received_by_kind"]["application"] == 4
