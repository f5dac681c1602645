"""The Code's words in the documents, in Kazakh and Russian (issue 13,
"Wording"): the appeal is named by its own kind (АППК 4.16), the route says
what the Code says (80.5, 92.1, 136.1), the answer cites 89.2's "нақты
фактілер", and every Russian citation reads "ч. N ст. M АППК"."""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from docx import Document as Docx

from app.documents import issuing as documents
from app.documents.fields import sample
from app.documents.words import appeal_words
from app.office.profile import get_settings, update_settings
from app.rules.enums import AppealKind, Language

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 10)
ANSWER = {"answer_text": "Түсіндірілді", "facts": "Фактілер", "legal_refs": "ӘРПК 89"}
RECUSAL = {"decided_on": DAY, "official": "Н. С. Омаров", "outcome_text": "ok", "reasons": "r",
           "delivery_channel": "SMS", "delivery_date": DAY}
# АППК 4.16 (from 2026): "жолданым - ... арыз немесе шағым"; the other kinds
# keep their own word (4.38, 4.37, 4.35, 4.36).
YOUR = {
    "kk": {AppealKind.MESSAGE: "хабарыңыз", AppealKind.PROPOSAL: "ұсынысыңыз",
           AppealKind.RESPONSE: "үн қосуыңыз", AppealKind.REQUEST: "сұрау салуыңыз",
           AppealKind.APPLICATION: "арызыңыз", AppealKind.COMPLAINT: "шағымыңыз"},
    "ru": {AppealKind.MESSAGE: "Ваше сообщение", AppealKind.PROPOSAL: "Ваше предложение",
           AppealKind.RESPONSE: "Ваш отклик", AppealKind.REQUEST: "Ваш запрос",
           AppealKind.APPLICATION: "Ваше заявление", AppealKind.COMPLAINT: "Ваша жалоба"},
}
AGREED = {AppealKind.MESSAGE: "рассмотрено", AppealKind.PROPOSAL: "рассмотрено", AppealKind.RESPONSE: "рассмотрен ",
          AppealKind.REQUEST: "рассмотрен ", AppealKind.APPLICATION: "рассмотрено", AppealKind.COMPLAINT: "рассмотрена"}
SIMPLIFIED = (AppealKind.MESSAGE, AppealKind.PROPOSAL, AppealKind.RESPONSE, AppealKind.REQUEST)
OLD = {"kk": "жолданым", "ru": "обращени"}


def text_of(content: bytes) -> str:
    return "\n".join(p.text for p in Docx(io.BytesIO(content)).paragraphs)


def rendered(name: str, lang: str, kind: str = "application", **changes) -> str:
    context = {**sample(name, lang), **appeal_words(kind, lang), **changes}
    return text_of(documents.render(documents.find(name, lang), context))


@pytest.fixture
def office(staff, office_admin):
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    return staff


def _answered(office, new_appeal, act, kind, language):
    a = new_appeal("2026-11-02 10:00", kind=kind, language=language)
    act(a, "assign", executor_id=office["exec"].id, resolution="r", today="2026-11-03")
    act(a, "decide", who="akim", decision="answer", outcome="clarified", today="2026-11-09")
    return a


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("kind", SIMPLIFIED)
def test_4_16_the_answer_names_a_message_proposal_response_request_by_its_own_word(
        office, new_appeal, act, kind, lang):
    """АППК 4.16: an answer (89.2) to a message, proposal, response or request
    never calls it a жолданым / обращение."""
    a = _answered(office, new_appeal, act, kind, Language(lang))
    text = text_of(documents.issue(a, "answer", lang, office["akim"].id, ANSWER, today=DAY).content)
    assert YOUR[lang][kind] in text
    assert OLD[lang] not in text.lower(), "АППК 4.16: only an application or a complaint is a жолданым"
    if lang == "ru":
        assert f"{YOUR[lang][kind]} № " in text and AGREED[kind] in text, "the participle agrees"


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("kind", list(YOUR["kk"]))
def test_4_16_a_notice_names_the_appeal_by_its_kind(office, new_appeal, kind, lang):
    a = new_appeal("2026-11-02 10:00", kind=kind, language=Language(lang))
    text = text_of(documents.issue(a, "notice-recusal", lang, office["akim"].id, RECUSAL, today=DAY).content)
    word = appeal_words(str(kind), lang)
    assert (word["appeal_your"] if lang == "kk" else word["appeal_your_dat"]) in text
    assert OLD[lang] not in text.lower(), "АППК 4.16"


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("name", ["act", "answer", "notice-incomplete", "notice-return", "notice-forward",
                                  "notice-extension", "notice-hearing", "notice-termination", "notice-recusal",
                                  "protocol-oral-appeal", "protocol-hearing", "inventory"])
def test_4_16_no_template_calls_a_request_an_appeal(name, lang):
    if name == "inventory":   # a printout (АППК 69.1): the header names the case
        context = {**sample("act", lang), "items": [], **appeal_words("request", lang)}
        text = text_of(documents.render(documents.find(name, lang), context))
    else:
        text = rendered(name, lang, "request")
    assert OLD[lang] not in text.lower().replace("повторному обращению", ""), "АППК 4.16"
    assert ("сұрау салу" if lang == "kk" else "запрос") in text.lower()


def test_word_forms():
    assert appeal_words("response", "kk")["appeal_your_acc"] == "үн қосуыңызды"
    assert appeal_words("proposal", "kk")["appeal_word_acc_cap"] == "Ұсынысты"
    assert appeal_words("complaint", "ru")["appeal_your_dat"] == "Вашей жалобе"
    assert appeal_words("request", "ru")["appeal_your_gen"] == "Вашего запроса"
    assert appeal_words("", "kk")["appeal_word"] == "жолданым"


@pytest.mark.parametrize("name", ["act", "answer", "notice-termination"])
def test_92_1_the_term_runs_from_the_day_it_became_known(name):
    """АППК 92.1: "...белгілі болған күннен бастап үш айдан кешіктірмей"."""
    text = rendered(name, "kk")
    assert "белгілі болған күннен бастап үш айдан кешіктірмей" in text and "білген күннен" not in text
    assert "стало известно" in rendered(name, "ru")


@pytest.mark.parametrize("name", ["act", "answer", "notice-termination", "petition-decision"])
def test_136_1_the_court_route_says_talap_qoyu_within_one_month(name):
    """АППК 136.1: "талап қою ... бір ай ішінде беріледі" (not "талап арыз",
    not "бір айдан кешіктірмей"); Russian "в течение одного месяца"."""
    kk = rendered(name, "kk", appeal_body="")
    assert "талап қою арқылы" in kk and "бір ай ішінде беріледі" in kk
    assert "талап арыз" not in kk and "бір айдан кешіктірмей" not in kk
    ru = rendered(name, "ru", appeal_body="")
    assert "в течение одного месяца" in ru and "не позднее одного месяца" not in ru


def test_136_1_russian_says_isk_o_prinuzhdenii():
    """АППК 136.1, Russian text: "иск об оспаривании, о принуждении"."""
    source = (ROOT / "templates_docx" / "texts_complaint.py").read_text(encoding="utf-8")
    assert "о принуждении" in source and "понужд" not in source


def test_80_5_an_act_speaks_of_the_act_a_decision_of_the_decision():
    """АППК 80.5: "...осы актіге шағым жасау тәртібі"; only a decision says шешім."""
    act_kk, act_ru = rendered("act", "kk"), rendered("act", "ru")
    assert "осы әкімшілік актіні қабылдаған" in act_kk and "осы шешімді" not in act_kk
    assert "принявший настоящий административный акт" in act_ru and "принявший решение" not in act_ru
    court_kk, court_ru = rendered("act", "kk", appeal_body=""), rendered("act", "ru", appeal_body="")
    assert "осы әкімшілік актіге сотқа" in court_kk and "осы шешімге" not in court_kk
    assert "настоящий административный акт может быть оспорен" in court_ru
    assert "осы шешімді қабылдаған" in rendered("notice-termination", "kk"), "70.4: a termination decision"
    assert "осы жауапты берген" in rendered("answer", "kk"), "89.2: the answer"


def test_89_2_the_answer_names_the_facts_as_the_code_does():
    """АППК 89.2: "арыз иесінің дәлелдерін жоққа шығаратын немесе растайтын нақты фактілер"."""
    text = rendered("answer", "kk", "message")
    assert "арыз иесінің дәлелдерін жоққа шығаратын немесе растайтын нақты фактілер" in text.lower()
    assert "нақты мән-жайлар" not in text
    assert "опровергающие или подтверждающие доводы заявителя" in rendered("answer", "ru", "message")


def test_russian_citations_read_part_then_article():
    """Every Russian citation "ч. 3 ст. 86 АППК", never "ст. 86 ч. 3" (also
    "подп. 2) ч. 1 ст. 100", "абз. 2 ч. 5 ст. 80"), in the template texts, the
    document words of app/documents, the printed talons of ui/ and the
    Russian catalogue of the screen."""
    wrong = re.compile(r"ст\.\s*\d+(?:-\d+)?\s*(?:\"\s*\"\s*)?ч\.")
    files = [*sorted((ROOT / "templates_docx").glob("*.py")), *sorted((ROOT / "app").rglob("*.py")),
             *sorted((ROOT / "ui").rglob("*.py")), ROOT / "ui" / "i18n" / "app_ru.ts",
             ROOT / "ui" / "i18n" / "GLOSSARY.md"]   # the screen's Russian too
    found = [f"{path.relative_to(ROOT)}: {m.group(0)}" for path in files
             for m in wrong.finditer(re.sub(r"\"\s*\n\s*\"", "", path.read_text(encoding="utf-8")))]
    assert found == []
