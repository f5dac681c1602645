"""The legal form of a legal-entity applicant (АППК 80.1 3), 101.1 3); issue
13 item 5): stored at registration, optional (64.1: never a refusal, not an
item of 63.2), printed with the name in an act and a complaint decision."""
import pytest

from app.appeal.registration import register
from app.documents import issuing as documents
from app.errors import ValidationErrors
from app.rules.enums import Status
from models.entities import Appeal
from tests.db.conftest import D, T
from tests.db.test_complaints import routed  # noqa: F401
from tests.db.test_documents import text_of

LEGAL = {"applicant_type": "legal", "org_name": "Ақсу", "bin": "050240000005", "surname": "",
         "first_name": "", "patronymic": ""}
PRINTED = {"kk": "«Ақсу» ЖШС", "ru": "ТОО «Ақсу»"}


def test_registration_stores_the_form(make_input, registrar):
    moment = T("2026-11-02 10:00")
    a = register(make_input(moment, **LEGAL, org_form="too"), registrar, "k1", now=moment)
    row = Appeal.get_by_id(a.id)
    assert (row.org_form, row.org_form_other) == ("too", "") and not a.missing
    other = register(make_input(moment, **LEGAL, org_form="other", org_form_other="тұрғын үй кооперативі"),
                     registrar, "k2", now=moment)
    assert Appeal.get_by_id(other.id).org_form_other == "тұрғын үй кооперативі"
    person = register(make_input(moment, org_form="too", org_form_other="x"), registrar, "k3", now=moment)
    assert (Appeal.get_by_id(person.id).org_form, Appeal.get_by_id(person.id).org_form_other) == ("", "")


def test_without_a_form_the_appeal_is_registered_not_refused(make_input, registrar):
    moment = T("2026-11-02 10:00")
    a = register(make_input(moment, **LEGAL), registrar, "k1", now=moment)
    assert not a.missing and Appeal.get_by_id(a.id).status == Status.REGISTERED   # АППК 64.1
    with pytest.raises(ValidationErrors) as err:   # "other" chosen: which one
        register(make_input(moment, **LEGAL, org_form="other"), registrar, "k2", now=moment)
    assert [(e.code, e.field) for e in err.value.errors] == [("org_form_other_required", "org_form_other")]
    with pytest.raises(ValidationErrors):
        register(make_input(moment, **LEGAL, org_form="llc"), registrar, "k3", now=moment)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_act_prints_the_name_with_its_form(new_appeal, act, staff, routed, lang):  # noqa: F811
    a = new_appeal("2026-11-02 10:00", **LEGAL, org_form="too")
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-09")
    issued = documents.issue(a, "act", lang, staff["akim"].id,
                             {"matter": "жер", "decision_text": "беру", "reasoning": "негіз",
                              "act_kind_text": "акт"}, today=D("2026-11-10"))
    assert PRINTED[lang] in text_of(issued.content), "АППК 80.1 3): name and legal form"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_complaint_decision_prints_the_name_with_its_form(new_complaint, act, staff, routed, lang):  # noqa: F811
    a = new_complaint("2026-11-02 10:00", appeal={**LEGAL, "org_form": "too"})
    act(a, "official_heard", hearing_form="written", today="2026-11-04")
    act(a, "complaint_decide", subordinate=True, decision="unsatisfied", reasoning="r", legal_norms="n", today="2026-11-20",
        hearing_exception="73.2.5")
    text = text_of(documents.issue(a, "complaint-decision", lang, staff["akim"].id, {},
                                   today=D("2026-11-20")).content)
    assert PRINTED[lang] in text, "АППК 101.1 3): name and legal form"
