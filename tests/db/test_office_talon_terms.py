"""Talon (АППК 64.2), office settings, term table and login."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from app.appeal.case_card import card
from app.appeal.registration import register
from app.appeal.talon import record_print, talon_data
from app.appeal.terms import all_terms, term_for, update_term
from app.errors import DomainError, ValidationErrors
from app.office.login import login
from app.office.profile import first_run, get_settings, has_office, update_settings
from app.rules.enums import AppealKind, Role
from models.entities import Appeal, ChangeLog, TalonPrint

T = dt.datetime.fromisoformat
D = dt.date.fromisoformat


def _log(entity, action):
    return [(r.entity_id, r.user_id, json.loads(r.changes)) for r in ChangeLog.select().where(
        (ChangeLog.entity == entity) & (ChangeLog.action == action)).order_by(ChangeLog.id)]


@pytest.fixture
def appeal(registrar, make_input):
    return register(make_input(T("2026-11-06 10:15")), registrar, "t", now=T("2026-11-06 10:20"))


def test_talon_has_every_64_2_item(appeal, registrar):  # statement 5
    t = talon_data(appeal.id)
    assert t.number == "2026-000001"
    assert t.received_at == T("2026-11-06 10:15")
    assert (t.acceptor_surname, t.acceptor_name, t.acceptor_position) == (
        registrar.surname, registrar.first_name, registrar.position)
    assert t.missing_required() == []
    assert (t.registered_on, t.due_on, t.term_article) == (D("2026-11-06"), D("2026-11-27"), "76.1")
    assert t.office_name_kk == "Алматы ауданының әкімдігі"
    assert (t.copy_no, t.duplicate) == (1, False)


@pytest.mark.parametrize("field", ["number", "acceptor_surname", "acceptor_name",
                                   "acceptor_position", "received_at"])
def test_talon_missing_item_fails_validation(appeal, field):
    empty = None if field == "received_at" else ""
    broken = dataclasses.replace(talon_data(appeal.id), **{field: empty})
    assert broken.missing_required() == [field]


def test_prints_numbered_and_duplicates(appeal, registrar):
    assert record_print(appeal.id, "a5", registrar.id) == 1
    second = talon_data(appeal.id)
    assert (second.copy_no, second.duplicate) == (2, True)
    assert record_print(appeal.id, "receipt80", registrar.id) == 2
    rows = TalonPrint.select().where(TalonPrint.appeal == appeal.id).order_by(TalonPrint.id)
    assert [(p.copy_no, p.layout, p.printed_by_id) for p in rows] == [
        (1, "a5", registrar.id), (2, "receipt80", registrar.id)]
    with pytest.raises(DomainError) as exc:
        record_print(appeal.id, "a4", registrar.id)
    assert exc.value.code == "layout_unknown"


def test_talon_of_unknown_appeal(office_admin):
    with pytest.raises(DomainError) as exc:
        talon_data(12345)
    assert exc.value.code == "appeal_not_found"


def test_first_run_once(office_admin):
    assert has_office() and office_admin.role == Role.ADMIN
    with pytest.raises(DomainError) as exc:
        first_run(get_settings(), login_name="x", password="secret1-long", surname="X",
                  first_name="Y", patronymic="", position="Z")
    assert exc.value.code == "office_exists"


def test_settings_update_records_changes(office_admin):
    s = get_settings()
    update_settings(dataclasses.replace(s, phone="+7 7172 11 11 11", work_end="18:00"),
                    office_admin.id)
    assert get_settings().work_end == "18:00"
    [(_, user, changes)] = _log("office", "changed")
    assert user == office_admin.id
    assert changes == {"phone": [s.phone, "+7 7172 11 11 11"], "work_end": ["18:30", "18:00"]}
    update_settings(get_settings(), office_admin.id)  # nothing changed: no entry
    assert len(_log("office", "changed")) == 1


@pytest.mark.parametrize("changes, code", [
    ({"name_kk": " "}, "required"),
    ({"work_start": "19:00"}, "hours_order"),
    ({"work_end": "25:00"}, "time_invalid"),
    ({"number_format": "{seq}"}, "number_format_fields"),
    ({"bin": "050240000006"}, "bin_invalid"),
])
def test_invalid_settings_rejected(office_admin, changes, code):
    with pytest.raises(ValidationErrors) as exc:
        update_settings(dataclasses.replace(get_settings(), **changes), office_admin.id)
    assert [e.code for e in exc.value.errors] == [code]
    assert _log("office", "changed") == []


def test_number_format_applies_to_next_registration(office_admin, make_input):
    update_settings(dataclasses.replace(get_settings(), number_format="{prefix}/{year}/{seq:04d}",
                                        number_prefix="АЛМ"), office_admin.id)
    r = register(make_input(T("2026-11-06 10:00")), office_admin, "n", now=T("2026-11-06 11:00"))
    assert r.reg_number == "АЛМ/2026/0001"


def test_term_update_applies_only_later(appeal, office_admin, make_input):
    term = update_term(AppealKind.APPLICATION, 10, "76.1", "Арнайы заң", office_admin.id)
    assert (term.days, term.legal_ref) == (10, "Арнайы заң")
    assert term_for(AppealKind.APPLICATION).days == 10
    assert {t.kind: t.days for t in all_terms()}[AppealKind.APPLICATION] == 10
    [(_, user, changes)] = _log("term_rule", "changed")
    assert user == office_admin.id
    assert changes["days"] == [15, 10] and changes["legal_ref"] == ["", "Арнайы заң"]
    later = register(make_input(T("2026-11-06 11:00")), office_admin, "later",
                     now=T("2026-11-06 11:30"))
    assert later.due_on == D("2026-11-20")
    old = Appeal.get_by_id(appeal.id)
    assert (old.term_days, old.due_on) == (15, D("2026-11-27"))
    assert card(appeal.id).deadline.due_on == D("2026-11-27")


@pytest.mark.parametrize("days, article, code", [(0, "76.1", "term_days_range"),
                                                 (367, "76.1", "term_days_range"),
                                                 (10, " ", "required")])
def test_term_update_validated(office_admin, days, article, code):
    with pytest.raises(DomainError) as exc:
        update_term(AppealKind.APPLICATION, days, article, "", office_admin.id)
    assert exc.value.code == code
    assert term_for(AppealKind.APPLICATION).days == 15


@pytest.mark.parametrize("name, password, ok", [
    ("tirkeushi", "reg-secret", True), (" tirkeushi ", "reg-secret", True),
    ("tirkeushi", "reg-secreT", False), ("tirkeushi", "", False), ("nobody", "reg-secret", False),
])
def test_login(registrar, name, password, ok):
    if ok:
        assert login(name, password) == registrar
    else:
        with pytest.raises(DomainError) as exc:
            login(name, password)
        assert exc.value.code == "bad_credentials"
