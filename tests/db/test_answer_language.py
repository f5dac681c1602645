"""АППК 89.2: answers are given "мемлекеттік тілде немесе өтініш берілген
тілде" (in the state language or in the language of the appeal); the notices
to the participant follow the same rule (app.documents.issuing.REPLIES)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.documents import issuing as documents
from app.errors import DomainError
from app.office.profile import get_settings, update_settings
from app.rules.enums import AppealKind, Language
from models.entities import Document

DAY = dt.date(2026, 11, 10)
ANSWER = {"answer_text": "Түсіндірілді", "facts": "Фактілер", "legal_refs": "ӘРПК 89"}
RECUSAL = {"decided_on": DAY, "official": "Н. С. Омаров", "outcome_text": "ok", "reasons": "r",
           "delivery_channel": "SMS", "delivery_date": DAY}


@pytest.fixture
def answered(staff, office_admin, new_appeal, act):
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)

    def make(language: Language) -> int:
        a = new_appeal("2026-11-02 10:00", kind=AppealKind.MESSAGE, language=language)
        act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
        act(a, "decide", who="akim", decision="answer", outcome="clarified", today="2026-11-09")
        return a
    return make


def test_89_2_a_russian_answer_to_a_kazakh_appeal_is_refused(answered, staff):
    a = answered(Language.KK)
    with pytest.raises(DomainError) as err:
        documents.issue(a, "answer", "ru", staff["akim"].id, ANSWER, today=DAY)
    assert (err.value.code, err.value.field) == ("answer_language", "lang")
    assert Document.select().where(Document.appeal == a).count() == 0, "nothing is kept"


def test_89_2_a_kazakh_answer_to_a_russian_appeal_is_allowed(answered, staff):
    a = answered(Language.RU)
    assert documents.issue(a, "answer", "kk", staff["akim"].id, ANSWER, today=DAY).number


def test_89_2_a_russian_answer_to_a_russian_appeal_is_allowed(answered, staff):
    a = answered(Language.RU)
    assert documents.issue(a, "answer", "ru", staff["akim"].id, ANSWER, today=DAY).number


def test_89_2_an_appeal_in_another_language_is_answered_in_kazakh(answered, staff):
    a = answered(Language.OTHER)
    with pytest.raises(DomainError, match="answer_language"):
        documents.issue(a, "answer", "ru", staff["akim"].id, ANSWER, today=DAY)
    assert documents.issue(a, "answer", "kk", staff["akim"].id, ANSWER, today=DAY).number
    assert documents.allowed_languages(a, "answer") == ("kk",)


def test_a_notice_to_the_participant_follows_the_answer_rule(staff, new_appeal):
    a = new_appeal("2026-11-02 10:00")   # in Kazakh
    with pytest.raises(DomainError, match="answer_language"):
        documents.issue(a, "notice-recusal", "ru", staff["akim"].id, RECUSAL, today=DAY)
    assert documents.issue(a, "notice-recusal", "kk", staff["akim"].id, RECUSAL, today=DAY).number


def test_allowed_languages_the_appeals_first(staff, new_appeal):
    kk = new_appeal("2026-11-02 10:00")
    ru = new_appeal("2026-11-02 11:00", language=Language.RU)
    assert documents.allowed_languages(kk, "answer") == ("kk",)
    assert documents.allowed_languages(ru, "answer") == ("ru", "kk")
    assert documents.allowed_languages(kk, "act") == ("kk", "ru"), "an act: either, the appeal's first"
    assert documents.allowed_languages(ru, "protocol-oral-appeal") == ("ru", "kk")
