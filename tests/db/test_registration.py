"""Registering appeals: numbers, dates, incomplete appeals, idempotence, roles."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from app.appeal.case_card import card
from app.appeal.registration import register
from app.errors import DomainError, ValidationErrors
from app.office.auth import create_user
from app.office.profile import get_settings, update_settings
from app.rules.enums import AppealKind, Role
from models.entities import Appeal, AppealToken, ChangeLog, RegistrationCounter

T = dt.datetime.fromisoformat
D = dt.date.fromisoformat


def test_numbers_are_sequential(registrar, make_input):
    numbers = [register(make_input(T("2026-11-06 10:00")), registrar, f"k{i}",
                        now=T("2026-11-06 11:00")).reg_number for i in range(3)]
    assert numbers == ["2026-000001", "2026-000002", "2026-000003"]
    assert [a.reg_seq for a in Appeal.select().order_by(Appeal.id)] == [1, 2, 3]


@pytest.mark.parametrize("received, kind, registered, due", [
    ("2026-11-06 10:00", AppealKind.APPLICATION, "2026-11-06", "2026-11-27"),
    ("2026-11-06 19:05", AppealKind.APPLICATION, "2026-11-09", "2026-11-30"),
    ("2026-11-07 10:00", AppealKind.COMPLAINT, "2026-11-09", "2026-12-07"),
    ("2026-11-25 10:00", AppealKind.APPLICATION, "2026-11-25", "2026-12-17"),
])
def test_dates_stored(registrar, make_input, received, kind, registered, due):
    from app.rules.complaint import ComplaintInput  # a complaint states 93.2 3), 4) too
    complaint = ComplaintInput(challenged_body="Әкім", actual_address="Ақсу") if kind == "complaint" else None
    r = register(make_input(T(received), kind=kind), registrar, "k", now=T("2026-11-25 12:00"),
                 complaint=complaint)
    assert (r.registered_on, r.due_on) == (D(registered), D(due))
    row = Appeal.get_by_id(r.id)
    assert (row.registered_on, row.due_on, row.statutory_due_on) == (D(registered), D(due), D(due))
    assert row.received_at == T(received)
    assert row.status == "registered" and row.missing == ""
    assert row.registered_by_id == registrar.id


def test_incomplete_appeal_is_registered(registrar, make_input):
    data = make_input(T("2026-11-06 10:00"), surname="", postal_address="", signed=False)
    r = register(data, registrar, "k", now=T("2026-11-06 10:30"))
    assert r.reg_number == "2026-000001"
    assert r.missing == ("applicant_name", "postal_address", "signature")
    row = Appeal.get_by_id(r.id)
    assert row.status == "incomplete"
    assert row.missing == "applicant_name,postal_address,signature"
    assert row.due_on == D("2026-11-27")  # the term runs anyway


def test_repeated_submission_key(registrar, make_input):
    data = make_input(T("2026-11-06 10:00"))
    first = register(data, registrar, "same-key", now=T("2026-11-06 10:30"))
    again = register(make_input(T("2026-11-06 10:00")), registrar, "same-key",
                     now=T("2026-11-06 10:31"))
    assert first.repeated_submit is False and again.repeated_submit is True
    assert (again.id, again.reg_number, again.due_on) == (first.id, first.reg_number, first.due_on)
    assert Appeal.select().count() == 1
    assert RegistrationCounter.get_by_id(2026).last_value == 1


def test_rejected_submission_writes_nothing(registrar, make_input):
    logs_before = ChangeLog.select().count()
    bad = make_input(T("2026-11-06 10:00"), iin="900101300008", email="nope")
    with pytest.raises(ValidationErrors) as exc:
        register(bad, registrar, "bad", now=T("2026-11-06 10:30"))
    assert {e.code for e in exc.value.errors} == {"iin_invalid", "email_invalid"}
    assert Appeal.select().count() == 0 and AppealToken.select().count() == 0
    assert ChangeLog.select().count() == logs_before
    r = register(make_input(T("2026-11-06 10:00")), registrar, "good", now=T("2026-11-06 10:30"))
    assert r.reg_number == "2026-000001"


def test_future_receipt_rejected(registrar, make_input):
    with pytest.raises(ValidationErrors) as exc:
        register(make_input(T("2026-11-06 12:00")), registrar, "k", now=T("2026-11-06 11:00"))
    assert [e.code for e in exc.value.errors] == ["received_in_future"]


@pytest.mark.parametrize("role, allowed", [
    (Role.REGISTRAR, True), (Role.ADMIN, True), (Role.EXECUTOR, False), (Role.HEAD, False),
])
def test_only_registering_roles(office_admin, make_input, role, allowed):
    user = create_user(login_name=f"u-{role}", password="secret1-long", surname="Сәрсенов",
                       first_name="Дәурен", position="Маман", role=role,
                       created_by=office_admin.id)
    call = lambda: register(make_input(T("2026-11-06 10:00")), user, "k",  # noqa: E731
                            now=T("2026-11-06 10:30"))
    if allowed:
        assert call().reg_number == "2026-000001"
    else:
        with pytest.raises(DomainError) as exc:
            call()
        assert exc.value.code == "forbidden_role"
        assert Appeal.select().count() == 0


def test_year_rollover(registrar, make_input):
    register(make_input(T("2026-12-31 10:00")), registrar, "a", now=T("2026-12-31 19:30"))
    r = register(make_input(T("2026-12-31 19:00")), registrar, "b", now=T("2026-12-31 19:30"))
    assert r.registered_on == D("2027-01-05")  # Jan 1, 2, Sunday 3, observed 4
    assert r.reg_number == "2027-000001"
    row = Appeal.get_by_id(r.id)
    assert (row.reg_year, row.reg_seq) == (2027, 1)
    assert RegistrationCounter.get_by_id(2026).last_value == 1


@pytest.mark.parametrize("received, registered", [
    ("2026-11-06 17:59", "2026-11-06"), ("2026-11-06 18:00", "2026-11-09"),
])
def test_office_hours_used(office_admin, make_input, received, registered):
    update_settings(dataclasses.replace(get_settings(), work_end="18:00"), office_admin.id)
    r = register(make_input(T(received)), office_admin, "k", now=T("2026-11-06 19:00"))
    assert r.registered_on == D(registered)


def test_history_registered_entry(registrar, make_input):
    r = register(make_input(T("2026-11-06 10:00")), registrar, "k", now=T("2026-11-06 10:30"))
    log = ChangeLog.get((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == r.id))
    assert log.action == "registered"
    assert log.user_id == registrar.id
    assert log.at == T("2026-11-06 10:30")
    changes = json.loads(log.changes)
    assert changes["reg_number"] == "2026-000001"
    assert changes["registered_on"] == "2026-11-06" and changes["due_on"] == "2026-11-27"
    assert changes["surname"] == "Қасымова"


def test_input_is_trimmed_and_legal_fields_cleared(registrar, make_input):
    data = make_input(T("2026-11-06 10:00"), surname="  Қасымова ", org_name="ЖШС",
                      iin="900101 300007")
    row = Appeal.get_by_id(register(data, registrar, "k", now=T("2026-11-06 10:30")).id)
    assert (row.surname, row.org_name, row.iin) == ("Қасымова", "", "900101300007")
    assert row.applicant_display == "Қасымова Айгүл Бекқызы"
    # The search words fold Kazakh letters to Russian (issue 14 item 3: either spelling finds the person).
    assert {t.token for t in row.tokens} == {"касымова", "айгул", "беккызы"}


def test_card(registrar, make_input):
    data = make_input(T("2026-11-07 10:00"), signed=False, iin="900101300007")
    r = register(data, registrar, "k", now=T("2026-11-07 10:30"))
    c = card(r.id)
    assert c.values["reg_number"] == "2026-000001" and c.values["iin"] == "900101300007"
    assert c.values["registered_on"] == D("2026-11-09") and c.values["status"] == "incomplete"
    assert c.missing == ("signature",)
    assert (c.registered_by, c.registered_by_position) == ("Жұмабаев Ерлан", "Тіркеуші маман")
    assert c.executor == "" and c.deadline.due_on == D("2026-11-30")
    assert [(h.action, h.user_name) for h in c.history] == [("registered", "Жұмабаев Ерлан")]
    with pytest.raises(DomainError) as exc:
        card(999)
    assert exc.value.code == "appeal_not_found"
