"""The complaint documents: the decision with every element of art. 101
part 1 and the parts of its decision type (100.1–100.6, 95.3), and the
letter sending the complaint with the case file (91.4)."""
import pytest

from app.documents import issuing as documents
from app.documents.complaint import GROUNDS, templates_for
from app.documents.fields import TEMPLATE_NAMES
from app.documents.issuing import long_date
from tests.db.conftest import D
from tests.db.test_complaints import our_act, routed  # noqa: F401
from tests.db.test_documents import text_of

HEARD = {"hearing_exception": "73.2.5"}
PARAMS = {
    "revoke": {"grounds": ["100.3.3"], "competent": True},
    "revoke_new": {"grounds": ["100.3.1"], "competent": True, "new_act": "Жаңа акт № 60", "not_worse": True},
    "perform": {"grounds": ["100.3.2"], "competent": True},
    "unsatisfied": {},
    "remand": {"grounds": ["100.3.1"], "violations": "Комиссия шақырылмаған", "proposals": "Комиссияны шақыру"},
    "unconsidered": {"ground": "95.1.2", "basis": "Сот шешімі № 2-15"},
}
WORDS = {   # per language: the decision kind (100.1), the part it must carry
    "kk": {"revoke": "1) тармақшасы", "revoke_new": "2) тармақшасы", "perform": "3) тармақшасы",
           "unsatisfied": "4) тармақшасы", "remand": "5) тармақшасы", "unconsidered": "6) тармақшасы"},
    "ru": {"revoke": "подп. 1)", "revoke_new": "подп. 2)", "perform": "подп. 3)",
           "unsatisfied": "подп. 4)", "remand": "подп. 5)", "unconsidered": "подп. 6)"},
}


@pytest.fixture
def decided(new_complaint, act, staff, routed):  # noqa: F811
    def make(decision: str) -> int:
        a = new_complaint("2026-11-02 10:00", challenged_act="жер учаскесін беруден бас тарту туралы № 45 шешім",
                          appeal={"iin": "850312400128", "substance": "Бас тарту негізсіз"})
        act(a, "assign", executor_id=staff["exec"].id, resolution="қарау", today="2026-11-03")
        act(a, "official_heard", who="exec", hearing_form="written", today="2026-11-04")
        extra = {} if decision == "unconsidered" else HEARD
        act(a, "complaint_decide", subordinate=True, decision=decision, reasoning="Комиссия қорытындысы ескерілмеген",
            legal_norms="Жер кодексінің 43-бабы", today="2026-11-20", **extra, **PARAMS[decision])
        return a
    return make


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("decision", list(PARAMS))
def test_the_decision_states_every_element(decided, staff, decision, lang):
    a = decided(decision)
    issued = documents.issue(a, "complaint-decision", lang, staff["akim"].id, {}, today=D("2026-11-25"))
    text = text_of(issued.content)
    assert long_date(D("2026-11-25"), lang, before_noun=False) not in text   # dated the decision's day
    assert long_date(D("2026-11-20"), lang, before_noun=False) in text, "АППК 101.1 1): the date"
    from app.office.profile import get_settings
    office = get_settings()
    assert (office.name_ru if lang == "ru" else office.name_kk) in text, "101.1 2): the complaint body"
    assert "Қасымова Айгүл Бекқызы" in text and "850312400128" in text, "101.1 3): complainant and IIN"
    assert "№ 45 шешім" in text and "Ақсу ауылдық округінің әкімі" in text, "101.1 4): what is challenged"
    assert "Бас тарту негізсіз" in text, "101.1 5): the essence of the complaint"
    assert "Комиссия қорытындысы ескерілмеген" in text, "101.1 6): the reasoning"
    assert "Жер кодексінің 43-бабы" in text or decision == "unconsidered", "101.1 6): the norms applied"
    assert WORDS[lang][decision] in text, "100.1: the kind of decision"
    assert ("Көшірмесі" if lang == "kk" else "Копия") in text, "100.4: a copy to the challenged body"
    assert ("Ақсу аудандық соты" if lang == "kk" else "Аксуский районный суд") in text, "100.6: the court route"
    if decision == "remand":
        assert "Комиссия шақырылмаған" in text and "Комиссияны шақыру" in text, "100.2: violations, proposals"
    if decision == "revoke_new":
        assert "Жаңа акт № 60" in text, "100.1 2): the new act"
    if decision == "unconsidered":
        assert ("95-бабы 1-бөлігінің 2)" if lang == "kk" else "подп. 2) ч. 1 ст. 95") in text, "95.1 2)"
        assert ("95-бабының 3-бөлігі" if lang == "kk" else "ч. 3 ст. 95") in text, "95.3: may file again"
    if decision in ("revoke", "revoke_new", "perform", "remand"):
        ground = PARAMS[decision]["grounds"][0]
        assert GROUNDS[lang][ground] in text, "100.3: the ground found"


def test_a_legal_entity_complainant_shows_its_bin(new_complaint, act, staff, routed):  # noqa: F811
    a = new_complaint("2026-11-02 10:00", appeal={"applicant_type": "legal", "org_name": "«Береке» ЖШС",
                                                  "bin": "050240000005", "surname": "", "first_name": "",
                                                  "patronymic": ""})
    act(a, "official_heard", hearing_form="written", today="2026-11-04")
    act(a, "complaint_decide", subordinate=True, decision="unsatisfied", reasoning="r", legal_norms="n", today="2026-11-20",
        **HEARD)
    text = text_of(documents.issue(a, "complaint-decision", "ru", staff["akim"].id, {},
                                   today=D("2026-11-20")).content)
    assert "«Береке» ЖШС" in text and "050240000005" in text, "АППК 101.1 3): name and BIN"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_letter_sends_the_complaint_with_the_case_file(our_act, new_complaint, act, staff, lang):  # noqa: F811
    from models.entities import Appeal
    number = Appeal.get_by_id(our_act).reg_number
    c = new_complaint("2026-11-12 10:00", role="challenged", case_number=number,
                      appeal={"addressee": "Ақсу ауданының әкімдігі"})
    act(c, "complaint_send", who="registrar", body="Ақсу ауданының әкімдігі", with_file=True, today="2026-11-13")
    issued = documents.issue(c, "complaint-forward", lang, staff["akim"].id, {"position": "Акт заңды"},
                             today=D("2026-11-13"))
    text = text_of(issued.content)
    assert "Ақсу ауданының әкімдігі" in text, "АППК 91.4: addressed to the complaint body"
    assert Appeal.get_by_id(c).reg_number in text and "Қасымова Айгүл Бекқызы" in text
    assert number in text and f"{number}/1" in text, "91.4 para 2: the whole case file, per inventory"
    assert "13.11.2026" in text and "Акт заңды" in text


def test_each_side_issues_its_own_letters(new_complaint, new_appeal):
    reviewing, challenged, plain = new_complaint(), new_complaint(role="challenged"), new_appeal()
    assert "complaint-decision" in templates_for(reviewing, TEMPLATE_NAMES)
    assert "complaint-forward" not in templates_for(reviewing, TEMPLATE_NAMES)
    assert "complaint-forward" in templates_for(challenged, TEMPLATE_NAMES)
    assert not [n for n in templates_for(plain, TEMPLATE_NAMES) if n.startswith("complaint-")]
