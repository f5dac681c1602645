"""Who may issue which document into which case (issue 12 item 2), every
role against every kind of document, before and after the decision; the
case's facts come from the database, never from the caller."""
from __future__ import annotations

import datetime as dt

import pytest

from app.documents import issuing as documents
from app.errors import DomainError, ValidationErrors
from app.office.profile import get_settings, update_settings
from models.entities import ChangeLog, Document

DAY = dt.date(2026, 11, 10)
ROLES = ("admin", "registrar", "exec", "exec2", "apparat", "deputy", "akim")
NOTICE = {"decided_on": DAY, "official": "Н. С. Омаров", "outcome_text": "ok", "reasons": "r",
          "delivery_channel": "SMS", "delivery_date": DAY}
ACT = {"matter": "Жер учаскесі", "reasoning": "Негіздеме", "decision_text": "Берілсін."}


@pytest.fixture
def office(staff, office_admin):
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    return {**staff, "admin": office_admin}


def attempt(office, appeal, name, who, values):
    before = (Document.select().count(), ChangeLog.select().count())
    try:
        documents.issue(appeal, name, "kk", office[who].id, values, today=DAY)
        return "issued"
    except ValidationErrors as exc:
        outcome = exc.errors[0].code
    except DomainError as exc:
        outcome = exc.code
    assert (Document.select().count(), ChangeLog.select().count()) == before, "a refusal writes nothing"
    return outcome


def test_an_act_only_after_the_decision_and_only_by_who_decided_or_a_head(office, new_appeal, act):
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=office["exec"].id, resolution="r", today="2026-11-03")
    # Before the decision: nobody, whatever the role (the akim's name on an undecided case).
    assert {who: attempt(office, a, "act", who, ACT) for who in ROLES} == dict.fromkeys(
        ROLES, "document_needs_decision")
    act(a, "decide", who="deputy", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-09")
    outcomes = {who: attempt(office, a, "act", who, ACT) for who in ROLES}
    assert outcomes == {"admin": "document_forbidden", "registrar": "document_forbidden",
                        "exec": "document_forbidden", "exec2": "document_forbidden",
                        "apparat": "document_forbidden", "deputy": "issued", "akim": "issued"}


def test_an_answer_by_the_executor_who_decided_is_not_open_to_other_executors(office, new_appeal, act):
    from app.rules.enums import AppealKind
    a = new_appeal("2026-11-02 10:00", kind=AppealKind.MESSAGE)
    act(a, "assign", executor_id=office["exec"].id, resolution="r", today="2026-11-03")
    act(a, "decide", who="akim", decision="answer", outcome="clarified", today="2026-11-09")
    values = {"answer_text": "Түсіндірілді", "facts": "Фактілер", "legal_refs": "ӘРПК 89"}
    assert attempt(office, a, "answer", "exec", values) == "document_forbidden"
    assert attempt(office, a, "answer", "akim", values) == "issued"


def test_notices_by_those_who_carry_the_case_intake_ones_by_the_registrar(office, new_appeal, act):
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=office["exec"].id, resolution="r", today="2026-11-03")
    outcomes = {who: attempt(office, a, "notice-recusal", who, NOTICE) for who in ROLES}
    assert outcomes == {"admin": "document_forbidden", "registrar": "document_forbidden",
                        "exec": "issued", "exec2": "document_forbidden", "apparat": "document_forbidden",
                        "deputy": "issued", "akim": "issued"}
    b = new_appeal("2026-11-02 11:00", form="oral")
    assert attempt(office, b, "protocol-oral-appeal", "registrar", {"place": "Ақсу"}) == "issued"
    assert attempt(office, b, "protocol-oral-appeal", "admin", {"place": "Ақсу"}) == "document_forbidden"


def test_a_deactivated_issuer_is_refused_in_the_same_session(office, new_appeal, act):
    from models.entities import User
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=office["exec"].id, resolution="r", today="2026-11-03")
    User.update(active=False).where(User.id == office["exec"].id).execute()
    assert attempt(office, a, "notice-recusal", "exec", NOTICE) == "forbidden_role"


@pytest.mark.parametrize("fact, value", [("reg_number", "2026-777777"), ("applicant_full", "Басқа адам"),
                                         ("official_full_name", "Әкім"), ("appeal_body", "Ешкім")])
def test_the_caller_cannot_replace_the_case_facts(office, new_appeal, act, fact, value):
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=office["exec"].id, resolution="r", today="2026-11-03")
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-09")
    with pytest.raises(ValidationErrors) as err:
        documents.issue(a, "act", "kk", office["akim"].id, {**ACT, fact: value}, today=DAY)
    assert [(e.code, e.field) for e in err.value.errors] == [("not_a_free_field", fact)]
    issued = documents.issue(a, "act", "kk", office["akim"].id, ACT, today=DAY)
    assert "777777" not in issued.number


def test_no_fact_of_the_case_is_a_free_field():
    from app.documents.fields import FACTS, FREE
    assert {name: free & FACTS for name, free in FREE.items() if free & FACTS} == {}
    assert "reg_number" not in FREE["act"] and "matter" in FREE["act"]
