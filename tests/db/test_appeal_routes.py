"""The appeal route per signer and per act category (АППК 80.5, 91.3; issue 13
item 3): a deputy's act names the head as its complaint body, an act under a
special law its own body; an issued act keeps its route; the routes are
stored with their history and refused when incomplete."""
import datetime as dt
import io
import json

import pytest
from docx import Document as Docx

from app.appeal import save_settings
from app.documents import issuing as documents
from app.documents.fields import sample
from app.errors import DomainError, ValidationErrors
from app.office.profile import get_settings, update_settings
from app.office.routes import Category, Route, Routes, default_deputy, get_routes, save_routes
from models.entities import ChangeLog, Document

SUPERIOR = ("Алматы облысының әкімдігі (Қонаев қ., Абай к-сі, 1)", "Акимат Алматинской области (г. Конаев)")
LAND = Category(name_kk="Жер актілері", name_ru="Земельные акты", legal_ref="ҚР Жер кодексі",
                route=Route("Жер қатынастары жөніндегі облыстық комиссия", "Областная земельная комиссия"))


def text_of(content: bytes) -> str:
    return "\n".join(p.text for p in Docx(io.BytesIO(content)).paragraphs)


def act_values(**extra) -> dict:
    values = {k: v for k, v in sample("act", "kk").items()
              if k in ("matter", "reasoning", "decision_text", "act_kind_text")}
    return {**values, **extra}


@pytest.fixture
def decided(new_appeal, act, staff, office_admin):
    """A decided case; the office's (head's) route is the superior akimat."""
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = SUPERIOR
    update_settings(settings, office_admin.id)

    def make(who: str = "akim") -> int:
        a = new_appeal("2026-11-02 10:00")
        act(a, "assign", who=who, executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
        act(a, "decide", who=who, decision="act_favourable", outcome="satisfied",
            hearing_exception="73.2.1", today="2026-11-09")
        return a
    return make


def test_a_deputys_act_names_the_head_not_the_superior_body(decided, staff):
    a = decided("deputy")
    issued = documents.issue(a, "act", "kk", staff["deputy"].id, act_values(), today=dt.date(2026, 11, 10))
    text = text_of(issued.content)
    # АППК 91.3: the deputy's superior in order of subordination is the head (Әкім Әкімов Ә.).
    assert "Әкім Әкімов Ә." in text and SUPERIOR[0] not in text
    fields = json.loads(Document.get_by_id(issued.id).fields)
    assert fields["route_source"] == "deputy" and fields["appeal_body"].startswith("Әкім Әкімов Ә.")


def test_the_heads_act_keeps_the_offices_route(decided, staff):
    a = decided("akim")
    issued = documents.issue(a, "act", "ru", staff["akim"].id, act_values(), today=dt.date(2026, 11, 10))
    assert SUPERIOR[1] in text_of(issued.content)


def test_an_act_of_a_category_names_its_own_body(decided, staff, office_admin):
    save_routes(Routes(default_deputy(get_settings()), [LAND]), office_admin.id)
    code = get_routes().categories[0].code
    a = decided("akim")
    for lang, body in (("kk", LAND.route.body_kk), ("ru", LAND.route.body_ru)):
        issued = documents.issue(a, "act", lang, staff["akim"].id, act_values(route_category=code),
                                 today=dt.date(2026, 11, 10))
        text = text_of(issued.content)
        assert body in text and SUPERIOR[0] not in text and SUPERIOR[1] not in text


def test_an_issued_act_keeps_its_route_after_the_settings_change(decided, staff, office_admin):
    a = decided("deputy")
    issued = documents.issue(a, "act", "kk", staff["deputy"].id, act_values(), today=dt.date(2026, 11, 10))
    before = json.loads(Document.get_by_id(issued.id).fields)["appeal_body"]
    save_routes(Routes(Route("Басқа орган", "Другой орган"), []), office_admin.id)
    row = Document.get_by_id(issued.id)
    assert json.loads(row.fields)["appeal_body"] == before and "Басқа орган" not in text_of(bytes(row.content))
    again = documents.issue(a, "act", "kk", staff["deputy"].id, act_values(), supersedes=issued.id,
                            today=dt.date(2026, 11, 11))
    assert "Басқа орган" in text_of(again.content)


def test_no_route_for_the_signer_or_category_refuses_the_act(decided, staff, office_admin):
    a = decided("deputy")
    save_routes(Routes(Route(), []), office_admin.id)   # the administrator cleared the deputy's route
    with pytest.raises(ValidationErrors) as err:
        documents.issue(a, "act", "kk", staff["deputy"].id, act_values(), today=dt.date(2026, 11, 10))
    assert [(e.code, e.field) for e in err.value.errors] == [("appeal_route_missing_deputy", "appeal_body")]
    assert err.value.errors[0].params == {"setting": "deputy_body_kk"}   # the deputy's route in Settings
    with pytest.raises(ValidationErrors) as err:
        documents.issue(a, "act", "kk", staff["deputy"].id, act_values(route_category="c99"),
                        today=dt.date(2026, 11, 10))
    assert err.value.errors[0].code == "route_category_unknown"


def test_routes_round_trip_with_history(office_admin):
    assert not get_routes().deputy_saved
    assert get_routes().deputy == default_deputy(get_settings())   # prefilled from the head
    routes = Routes(Route("Әкім", "Аким", "", ""), [LAND, Category(
        "", "Сәулет", "Архитектура", "Сәулет туралы заң", Route("", "", "Аудандық сот", "Районный суд"))])
    save_routes(routes, office_admin.id)
    got = get_routes()
    assert got.deputy_saved and got.deputy == routes.deputy
    assert [(c.code, c.name_kk, c.route) for c in got.categories] == [
        ("c1", "Жер актілері", LAND.route), ("c2", "Сәулет", routes.categories[1].route)]
    got.categories = got.categories[1:]   # one removed
    save_routes(got, office_admin.id)
    assert [c.code for c in get_routes().categories] == ["c2"]
    logs = list(ChangeLog.select().where(ChangeLog.action == "routes_changed").order_by(ChangeLog.id))
    assert len(logs) == 2 and logs[0].user_id == office_admin.id and logs[0].at is not None
    assert json.loads(logs[1].changes)["category:c1"][1] is None


def test_routes_are_validated_and_saved_with_the_office(office_admin, registrar):
    bad = Routes(Route("Әкім", ""), [Category(name_kk="Жер", name_ru="")])
    with pytest.raises(ValidationErrors) as err:
        save_settings(get_settings(), [], office_admin.id, routes=bad)
    codes = {(e.code, e.field) for e in err.value.errors}
    assert {("route_both_languages", "deputy_body_ru"), ("route_category_name", "categories"),
            ("route_category_empty", "categories")} <= codes
    with pytest.raises(DomainError, match="forbidden_role"):
        save_routes(Routes(Route("Әкім", "Аким"), []), registrar.id)
    save_settings(get_settings(), [], office_admin.id, routes=Routes(Route("Әкім", "Аким"), [LAND]))
    assert get_routes().deputy.body_ru == "Аким" and len(get_routes().categories) == 1
