"""Rules added after review: admin-only changes, atomic settings, stored
registration dates, number search by sequence, length limits."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.appeal import settings, terms
from app.appeal.case_card import card
from app.appeal.registration import register
from app.appeal.terms import Term
from app.errors import DomainError, ValidationErrors
from app.office import profile as office
from app.office.auth import create_user
from app.office.numbering import validate_format
from app.queries import appeals as q
from app.rules.calendar import WorkCalendar
from app.rules.enums import AppealKind, Role


@pytest.fixture
def executor(office_admin):
    return create_user(login_name="ex", password="secret-9-long", surname="Омаров", first_name="Нұрлан",
                       position="Маман", role=Role.EXECUTOR, created_by=office_admin.id)


def test_only_an_administrator_changes_settings_terms_and_users(office_admin, executor):
    s = replace(office.get_settings(), work_end="20:00")
    with pytest.raises(DomainError) as e1:
        office.update_settings(s, executor.id)
    with pytest.raises(DomainError) as e2:
        terms.update_term(AppealKind.APPLICATION, 30, "76.1", "", executor.id)
    with pytest.raises(DomainError) as e3:
        create_user(login_name="x", password="secret-1-long", surname="А", first_name="Б",
                    position="В", role=Role.ADMIN, created_by=executor.id)
    assert {e.value.code for e in (e1, e2, e3)} == {"forbidden_role"}
    assert office.get_settings().work_end == "18:30"
    assert terms.term_for(AppealKind.APPLICATION).days == 15


def test_settings_and_terms_are_saved_together_or_not_at_all(office_admin):
    s = replace(office.get_settings(), phone="+7 7182 11-22-33")
    good = Term(AppealKind.APPLICATION, 10, "76.1", "Арнайы заң")
    bad = Term(AppealKind.COMPLAINT, 20, "", "")
    with pytest.raises(DomainError):
        settings.save_settings(s, [good, bad], office_admin.id)
    assert office.get_settings().phone != "+7 7182 11-22-33"
    assert terms.term_for(AppealKind.APPLICATION).days == 15
    settings.save_settings(s, [good], office_admin.id)
    assert office.get_settings().phone == "+7 7182 11-22-33"
    assert terms.term_for(AppealKind.APPLICATION).days == 10


def test_registration_date_is_a_fact_after_hours_change(office_admin, registrar, make_input):
    r = register(make_input(dt.datetime(2026, 11, 6, 18, 15)), registrar, "k1",
                 now=dt.datetime(2026, 11, 6, 18, 16))
    assert r.registered_on == dt.date(2026, 11, 6)
    office.update_settings(replace(office.get_settings(), work_end="18:00"), office_admin.id)
    d = card(r.id).deadline
    assert (d.registered_on, d.due_on) == (dt.date(2026, 11, 6), dt.date(2026, 11, 27))
    assert [s.code for s in d.steps][:2] == ["received", "registered_on"]


def test_number_search_by_sequence_and_prefix(office_admin, registrar, make_input):
    ids = [register(make_input(dt.datetime(2026, 11, 2, 10, i)), registrar, f"k{i}",
                    now=dt.datetime(2026, 11, 2, 12)).id for i in range(12)]
    cal = WorkCalendar()
    assert q.ids_window(q.Criteria(text="12"), cal, 0, 10) == [ids[11]]
    assert q.count(q.Criteria(text="000012"), cal) == 1
    assert q.count(q.Criteria(text="2026-00001"), cal) == 3     # 10, 11, 12


def test_prefix_must_appear_in_the_format():
    with pytest.raises(DomainError) as exc:
        validate_format("{year}-{seq:06d}", "АҚ")
    assert exc.value.code == "number_prefix_unused"
    validate_format("{prefix}-{year}-{seq:06d}", "АҚ")


def test_overlong_text_is_a_field_error_not_a_database_error(registrar, make_input):
    with pytest.raises(ValidationErrors) as exc:
        register(make_input(dt.datetime(2026, 11, 2, 10), postal_address="А" * 300), registrar,
                 "k-long", now=dt.datetime(2026, 11, 2, 12))
    assert [(e.code, e.field) for e in exc.value.errors] == [("too_long", "postal_address")]


@pytest.mark.parametrize("descending", [True, False])
def test_journal_windows_in_number_order_across_years(registrar, make_input, descending):
    """The default journal view seeks (year, sequence) instead of scanning an
    OFFSET; it must give exactly what the plain SQL order gives."""
    from models.db import db
    from models.entities import Appeal
    start = dt.datetime(2025, 12, 24, 10, 0)
    for i in range(30):
        received = start + dt.timedelta(days=i // 3, hours=i % 3)
        register(make_input(received), registrar, f"y{i}", now=received)
    order = ([Appeal.reg_year.desc(), Appeal.reg_seq.desc()] if descending
             else [Appeal.reg_year.asc(), Appeal.reg_seq.asc()])
    expected = [r[0] for r in db.execute(Appeal.select(Appeal.id).order_by(*order)).fetchall()]
    assert len({y for y, in Appeal.select(Appeal.reg_year).tuples()}) == 2
    c = q.Criteria(descending=descending)
    got = [i for off in range(0, 30, 7) for i in q.ids_window(c, WorkCalendar(), off, 7)]
    assert got == expected
