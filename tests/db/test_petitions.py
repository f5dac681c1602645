"""Petitions (АППК 90-1–90-6): registered as sent by the petition authority,
20 working days, the duties of 90-5.2 with their dates, the first head's
decision, its publication by the next working day, and the decision's
document in both languages."""
import pytest

from app.appeal.registration import register
from app.documents import issuing as documents
from app.engine import offered
from app.errors import DomainError, ValidationErrors
from app.rules.enums import AppealKind, ClockState, Status
from models.entities import Appeal
from models.entities_cases import Petition
from tests.db.conftest import D, T
from tests.db.test_documents import text_of
from tests.db.test_workflow_intake import clocks, codes


def petition(appeal_id) -> Petition:
    return Petition.get(Petition.appeal == appeal_id)


def test_twenty_working_days_never_extended(new_petition, act):
    # Digest §7.24: registered Mon 2 Nov -> Mon 30 Nov (90-5.1 2)).
    a = new_petition("2026-11-02 10:00")
    row = Appeal.get_by_id(a)
    assert (row.term_days, row.term_article, row.due_on) == (20, "90-5.1.2", D("2026-11-30"))
    assert (petition(a).joined_count, petition(a).authority_ref) == (2600, "№ 15-02/311")
    assert not {"extend", "decide", "return", "terminate"} & set(offered(a))
    with pytest.raises(DomainError, match="action_not_for_case"):
        act(a, "extend", new_due_on=D("2026-12-20"), reason="r")


def test_the_author_is_a_citizen_flagged_never_refused(new_petition):
    # АППК 90-1.2, 90-2.2 1); 90-4.2: a petition is accepted and registered.
    a = new_petition(appeal={"iin": "", "email": ""})
    assert Appeal.get_by_id(a).missing.split(",") == ["iin", "email"]
    b = new_petition(appeal={"applicant_type": "legal", "org_name": "«Береке» ЖШС", "surname": "",
                             "first_name": "", "patronymic": "", "iin": ""})
    assert "citizen_author" in Appeal.get_by_id(b).missing and Appeal.get_by_id(b).status == Status.INCOMPLETE


def test_the_discussion_invitation_three_working_days_before(new_petition, act):
    # Digest §7.25: discussion Thu 26 Nov -> invitation no later than Mon 23 Nov.
    a = new_petition("2026-11-02 10:00")
    with pytest.raises(ValidationErrors) as err:
        act(a, "petition_discussion_set", discussion_on=D("2026-11-26"), place="Мәдениет үйі", today="2026-11-24")
    assert codes(err) == [("discussion_too_soon", "discussion_on")]
    act(a, "petition_discussion_set", discussion_on=D("2026-11-26"), place="Мәдениет үйі", today="2026-11-16")
    assert clocks(a, "discussion_notice") == [("discussion_notice", D("2026-11-16"), D("2026-11-23"), "open", None)]
    with pytest.raises(ValidationErrors) as err:   # through the internet resource and directly
        act(a, "petition_notified", internet=True, direct=False, today="2026-11-20")
    assert codes(err) == [("both_channels", "internet")]
    act(a, "petition_notified", internet=True, direct=True, channels="сайт, SMS", today="2026-11-20")
    assert clocks(a, "discussion_notice")[0][3] == ClockState.MET


def _duties(a, act, notified="2026-11-20"):
    act(a, "petition_visit", today="2026-11-10")
    act(a, "petition_commission", members="Әкімов Ә. — төраға\nҚасымова Ә. — автор\nМәслихат депутаты",
        today="2026-11-11")
    act(a, "petition_discussion_set", discussion_on=D("2026-11-26"), place="Мәдениет үйі", today="2026-11-16")
    act(a, "petition_notified", internet=True, direct=True, today=notified)
    act(a, "petition_discussion_held", today="2026-11-26")


DECIDE = dict(decision="petition_partly", facts="Жергілікті жерде тексерілді",
              legal_refs="Жергілікті мемлекеттік басқару туралы Заңның 35-бабы", reasoning="Қаражат бар",
              decision_text="Балалар алаңы 2027 жылы салынсын; спорт алаңы қанағаттандырылмасын")


def test_the_first_head_decides_after_every_duty(new_petition, act):
    a = new_petition("2026-11-02 10:00")
    with pytest.raises(ValidationErrors) as err:
        act(a, "petition_decide", today="2026-11-27", **DECIDE)
    assert codes(err) == [("commission_missing", "decision"), ("discussion_missing", "decision"),
                          ("site_visit_missing", "decision")]
    _duties(a, act)
    with pytest.raises(ValidationErrors) as err:   # digest §7.26: not a deputy
        act(a, "petition_decide", who="deputy", today="2026-11-27", **DECIDE)
    assert codes(err) == [("first_head_only", "decision")]
    act(a, "petition_decide", today="2026-11-27", **DECIDE)
    row = Appeal.get_by_id(a)
    assert (row.status, row.decision, row.outcome) == (Status.DECIDED, "petition_partly", "partly_satisfied")
    # Digest §7.27 pattern: decided Fri 27 Nov -> published by Mon 30 Nov (90-6.3).
    assert clocks(a, "publication") == [("publication", D("2026-11-27"), D("2026-11-30"), "open", None)]
    act(a, "petition_published", who="registrar", url="https://petition.kz/12", today="2026-11-30")
    assert clocks(a, "publication")[0][3] == ClockState.MET
    act(a, "petition_statement", text="Әкімнің ресми мәлімдемесі", today="2026-12-01")
    assert petition(a).statement_on == D("2026-12-01")


def test_an_invitation_sent_late_blocks_the_decision(new_petition, act):
    a = new_petition("2026-11-02 10:00")
    _duties(a, act, notified="2026-11-24")   # only two working days before
    assert clocks(a, "discussion_notice")[0][3] == ClockState.LATE
    with pytest.raises(ValidationErrors) as err:
        act(a, "petition_decide", today="2026-11-27", **DECIDE)
    assert codes(err) == [("discussion_notice_late", "decision")]


def test_no_site_visit_needs_its_reason(new_petition, act):
    a = new_petition()
    act(a, "petition_visit", waived_reason="Фактілер құжаттармен расталған", today="2026-11-10")
    assert (petition(a).site_visit_on, petition(a).site_visit_waived) == (None, "Фактілер құжаттармен расталған")


@pytest.mark.parametrize("lang, words", [
    ("kk", ("ішінара", "90-6", "қосылған")), ("ru", ("частично", "90-6", "присоедин"))])
def test_the_decision_document(new_petition, act, staff, office_admin, lang, words):
    from app.office.profile import get_settings, update_settings
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    a = new_petition("2026-11-02 10:00", appeal={"language": lang})
    with pytest.raises(ValidationErrors):   # not before the first head decides (90-6.1)
        documents.issue(a, "petition-decision", lang, staff["akim"].id, {}, today=D("2026-11-27"))
    _duties(a, act)
    act(a, "petition_decide", today="2026-11-27", **DECIDE)
    text = text_of(documents.issue(a, "petition-decision", lang, staff["akim"].id, {},
                                   today=D("2026-11-30")).content)
    assert words[0] in text, "АППК 90-6.1: satisfied partly"
    assert "спорт алаңы" in text, "90-6.1: what is satisfied and what is not, as decided"
    assert "Әкімов" in text, "90-6.1: signed by the first head who decided"
    assert "Балалар алаңын салу" in text and "Ауылда балалар алаңы жоқ" in text, "90-2.2 4): content, arguments"
    assert "2600" in text and "850312400128" in text, "90-3.4: those who joined; 90-1.2: the author's IIN"
    assert "Жергілікті жерде тексерілді" in text and "35-бабы" in text, "90-6.2: facts and legal references"
    body = "Аудан әкімдігі" if lang == "kk" else "Акимат района"
    assert words[2] in text and body in text, "90-6.2: the right to appeal of the author and joiners"


def test_a_petition_short_of_its_threshold_comes_as_a_simplified_kind(staff, make_input):
    # АППК 90-3.5: returned by the petition authority and sent on as a proposal.
    moment = T("2026-11-02 10:00")
    r = register(make_input(moment, kind=AppealKind.PROPOSAL, from_petition=True), staff["registrar"], "p1",
                 now=moment)
    assert Appeal.get_by_id(r.id).from_petition is True and Appeal.get_by_id(r.id).term_article == "76.1"
    with pytest.raises(ValidationErrors) as err:
        register(make_input(moment, kind=AppealKind.APPLICATION, from_petition=True), staff["registrar"], "p2",
                 now=moment)
    assert codes(err) == [("from_petition_kind", "from_petition")]


def test_the_decision_in_the_state_language_or_the_petitions(new_petition, act, staff, office_admin):
    # АППК 90-6.2: a Kazakh petition gets no Russian decision.
    from app.office.profile import get_settings, update_settings
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    a = new_petition("2026-11-02 10:00", appeal={"language": "kk"})
    _duties(a, act)
    act(a, "petition_decide", today="2026-11-27", **DECIDE)
    with pytest.raises(ValidationErrors) as err:
        documents.issue(a, "petition-decision", "ru", staff["akim"].id, {}, today=D("2026-11-30"))
    assert codes(err) == [("decision_language", "doc_lang")]
    with pytest.raises(ValidationErrors) as err:   # the statement is the akim's own (90-6.3)
        act(a, "petition_statement", who="deputy", text="т", today="2026-12-01")
    assert codes(err) == [("first_head_only", "text")]


def test_a_petition_states_who_sent_it_and_how_many_joined(new_petition, act):
    # АППК 90-4.1, 90-3.4: flagged, not refused; a correction asked for opens no return clock (90-4.2).
    a = new_petition(authority_ref="", joined_count=0)
    assert set(Appeal.get_by_id(a).missing.split(",")) == {"authority_ref", "joined_count"}
    act(a, "request_correction", who="registrar", items=["authority_ref"], until=D("2026-11-09"), today="2026-11-02")
    assert [c[0] for c in clocks(a) if c[3] == "open"] == ["forward", "cure"]


def test_reversing_the_decision_restores_the_petition(new_petition, act):
    a = new_petition("2026-11-02 10:00")
    _duties(a, act)
    result = act(a, "petition_decide", today="2026-11-27", **DECIDE)
    act(a, "reverse", reason="қате", action_id=result.action_id, today="2026-11-27")
    assert (Appeal.get_by_id(a).status, petition(a).decision_text) == (Status.REGISTERED, "")


def test_the_invitation_date_stays_when_the_calendar_changes(new_petition, act, staff, office_admin):
    # Counted back from the discussion: a day off added elsewhere does not move it to its event.
    from app.office import calendar_store
    from app.rules.enums import OverrideKind
    a = new_petition("2026-11-02 10:00")
    act(a, "petition_discussion_set", discussion_on=D("2026-11-26"), place="үй", today="2026-11-16")
    calendar_store.add_override(D("2026-11-18"), OverrideKind.DAY_OFF, "Жарлық", "№ 5", office_admin.id)
    assert clocks(a, "discussion_notice")[0][2] == D("2026-11-23")
