"""Extension, hearing, decisions, termination, recusal, the other clocks,
reversal; every refusal leaves nothing written."""
import pytest

from app.errors import DomainError, ValidationErrors
from app.rules.enums import ClockState, Status
from app.store.history import history_of
from models.entities import Appeal, ChangeLog
from tests.db.conftest import D
from tests.db.test_workflow_intake import clocks, codes


def test_extension(considered, act):
    a = considered()
    for who in ("exec", "registrar"):   # АППК 76.3, checked in the service
        with pytest.raises(DomainError, match="action_forbidden_role"):
            act(a, "extend", who=who, new_due_on=D("2026-12-10"), reason="r")
    with pytest.raises(ValidationErrors) as err:
        act(a, "extend", who="apparat", new_due_on=D("2027-01-20"), reason="",
            today="2026-11-16")
    assert codes(err) == [("extension_over_cap", "new_due_on"), ("required", "reason")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "extend", new_due_on=D("2026-11-20"), reason="r", today="2026-11-16")
    assert codes(err) == [("extension_not_later", "new_due_on")]
    # §7.28: up to Sat 16 Jan 2027, which counts as Mon 18 Jan (76.5).
    act(a, "extend", who="apparat", new_due_on=D("2027-01-16"), reason="Сараптама күтілуде",
        today="2026-11-16")
    row = Appeal.get_by_id(a)
    assert (row.due_on, row.statutory_due_on) == (D("2027-01-18"), D("2026-11-23"))
    assert clocks(a, "extension_notice") == [
        ("extension_notice", D("2026-11-16"), D("2026-11-19"), "open", None)]
    entry = history_of("appeal", a)[-1]
    assert entry.changes["due_on"] == ["2026-11-23", "2027-01-18"]
    assert entry.changes["reason"] == "Сараптама күтілуде" and entry.changes["cap_on"] == "2027-01-18"
    act(a, "notify", who="registrar", clock="extension_notice", today="2026-11-18")
    assert clocks(a, "extension_notice")[0][3] == ClockState.MET


def test_no_extension_after_the_term_or_of_a_complaint(considered, act, new_complaint):
    a = considered()
    with pytest.raises(ValidationErrors) as err:
        act(a, "extend", new_due_on=D("2026-12-20"), reason="r", today="2026-11-24")
    assert ("extension_after_term", "on_date") in codes(err)
    c = new_complaint("2026-11-02 10:00")   # АППК 99: no extension of a complaint
    with pytest.raises(DomainError) as err:
        act(c, "extend", new_due_on=D("2026-12-20"), reason="r", today="2026-11-10")
    assert err.value.code == "extension_forbidden_complaint"


def test_hearing_then_burdening_act(considered, act):
    a = considered()
    act(a, "hearing_notice", who="exec", preliminary="Бас тарту жобасы", hearing_form="written",
        today="2026-11-09")
    assert Appeal.get_by_id(a).status == Status.HEARING
    assert {c[0]: c[2] for c in clocks(a) if c[3] == "open"} == {
        "act_earliest": D("2026-11-12"), "objection": D("2026-11-11"), "oral_motion": D("2026-11-11")}
    with pytest.raises(ValidationErrors) as err:   # §7.35: not before Thu 12 Nov
        act(a, "decide", decision="act_burdening", outcome="refused", today="2026-11-11")
    assert codes(err) == [("act_before_hearing", "on_date")]
    act(a, "objection", who="registrar", text="Келіспеймін", today="2026-11-12")
    assert clocks(a, "objection")[0][3] == ClockState.LATE   # §7.37: Thursday is late
    r = act(a, "decide", decision="act_burdening", outcome="refused", today="2026-11-12")
    row = Appeal.get_by_id(a)
    assert (r.status, row.decision, row.outcome, row.decided_on) == (
        Status.DECIDED, "act_burdening", "refused", D("2026-11-12"))
    assert clocks(a, "oral_motion")[0][3] == ClockState.ELAPSED
    assert clocks(a, "act_earliest")[0][3] == ClockState.CANCELLED


def test_oral_hearing_protocol_and_remarks(considered, act):
    a = considered()
    act(a, "hearing_notice", who="exec", preliminary="p", hearing_form="oral", today="2026-11-09")
    act(a, "oral_motion", who="registrar", today="2026-11-10")
    with pytest.raises(ValidationErrors) as err:
        act(a, "protocol_read", who="registrar", today="2026-11-12")
    assert codes(err) == [("protocol_not_signed", None)]
    act(a, "oral_hearing", who="exec", today="2026-11-12")
    assert clocks(a, "protocol")[0][2] == D("2026-11-16")   # §7.38
    act(a, "protocol_signed", who="exec", today="2026-11-16")
    act(a, "protocol_read", who="registrar", today="2026-11-16")
    act(a, "protocol_remarks", who="registrar", text="Түзету", remarks_decision="rejected",
        today="2026-11-19")
    assert [c[3] for c in clocks(a, "protocol") + clocks(a, "remarks")] == ["met", "met"]


def test_act_without_hearing_needs_an_exception(considered, act):
    a = considered()
    with pytest.raises(ValidationErrors) as err:
        act(a, "decide", decision="act_burdening", outcome="refused", today="2026-11-10")
    assert codes(err) == [("hearing_required", "hearing_exception")]
    with pytest.raises(ValidationErrors) as err:   # АППК 73.2 last para: say why
        act(a, "decide", decision="act_burdening", outcome="refused",
            hearing_exception="73.2.4", today="2026-11-10")
    assert codes(err) == [("exception_reason_required", "exception_reason")]
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-10")
    assert Appeal.get_by_id(a).hearing_exception == "73.2.1"


def test_simplified_decisions(considered, act):
    m = considered(kind="message")
    with pytest.raises(ValidationErrors) as err:
        act(m, "decide", decision="act_favourable", outcome="satisfied")
    assert codes(err) == [("required", "decision")]
    assert act(m, "decide", decision="answer", outcome="clarified").status == Status.ANSWERED
    p = considered(kind="proposal")
    with pytest.raises(ValidationErrors) as err:   # АППК 89.3: the applicant is told
        act(p, "decide", decision="noted", notified_on=D("2026-11-30"))
    assert codes(err) == [("date_in_future", "notified_on")]
    assert act(p, "decide", decision="noted").status == Status.NOTED


def test_termination(considered, act):
    m = considered(kind="message")
    with pytest.raises(ValidationErrors) as err:   # АППК 88.2: only ground 1) by others
        act(m, "terminate", who="exec", ground="88.1.3", reason="r")
    assert codes(err) == [("termination_by_head", "ground")]
    act(m, "terminate", who="exec", ground="88.1.1", reason="Қайталама", today="2026-11-06")
    assert clocks(m, "termination_notice")[0][2] == D("2026-11-11")
    app = considered()
    with pytest.raises(ValidationErrors):
        act(app, "terminate", ground="88.1.1", reason="r")   # not a simplified ground
    act(app, "terminate", ground="70.1.2", reason="Сот актісі бар", today="2026-11-06")
    entry = history_of("appeal", app)[-1]
    assert entry.changes["ground"] == ["", "70.1.2"] and entry.changes["appealable"] is True


def test_recusal(considered, act, staff):
    a = considered()
    act(a, "assign", executor_id=staff["exec"].id, co_executor_ids=[staff["exec2"].id],
        resolution="r", today="2026-11-05")
    act(a, "recusal_declared", who="registrar", official_id=staff["exec"].id, ground="67.1.2",
        circumstances="Туысы", today="2026-11-09")
    assert clocks(a, "recusal_decision")[0][2] == D("2026-11-12")   # §7.31
    with pytest.raises(ValidationErrors) as err:   # one at a time
        act(a, "recusal_declared", who="registrar", official_id=staff["exec2"].id,
            ground="67.1.4", circumstances="c", today="2026-11-09")
    assert codes(err) == [("recusal_pending", None)]
    with pytest.raises(DomainError, match="action_forbidden_role"):
        act(a, "recusal_decided", who="exec", granted=True, executor_id=staff["exec2"].id)
    with pytest.raises(ValidationErrors) as err:
        act(a, "recusal_decided", granted=True, executor_id=staff["exec"].id, today="2026-11-11")
    assert codes(err) == [("same_official", "executor_id")]
    act(a, "recusal_decided", granted=True, executor_id=staff["exec2"].id, today="2026-11-11")
    assert Appeal.get_by_id(a).executor_id == staff["exec2"].id
    assert clocks(a, "recusal_notice")[0][1:3] == (D("2026-11-11"), D("2026-11-13"))
    with pytest.raises(ValidationErrors) as err:   # АППК 67.9
        act(a, "recusal_declared", who="registrar", official_id=staff["exec"].id,
            ground="67.1.2", circumstances="Туысы", today="2026-11-12")
    assert codes(err) == [("recusal_repeat", "ground")]
    act(a, "recusal_declared", who="registrar", official_id=staff["exec2"].id, ground="67.1.3",
        circumstances="c", today="2026-11-12")
    act(a, "recusal_decided", granted=True, executor_id=staff["deputy"].id, today="2026-11-12")
    from models.entities import CoExecutor
    assert not CoExecutor.select().where((CoExecutor.appeal == a) & (CoExecutor.active == True)).exists()  # noqa: E712


def test_recusal_of_the_head(considered, act, staff):
    a = considered()
    act(a, "recusal_declared", who="registrar", official_id=staff["akim"].id, ground="67.1.4",
        circumstances="c", today="2026-11-09")
    with pytest.raises(ValidationErrors) as err:   # never by the official
        act(a, "recusal_decided", who="akim", granted=False, today="2026-11-10")
    assert codes(err) == [("recusal_own", None)]
    with pytest.raises(ValidationErrors) as err:   # АППК 67.6: the superior body
        act(a, "recusal_decided", who="deputy", granted=False, today="2026-11-10")
    assert codes(err) == [("recusal_of_head", "superior_body")]
    act(a, "recusal_decided", who="deputy", granted=False, superior_body="Облыс әкімдігі",
        today="2026-11-10")
    assert history_of("appeal", a)[-1].changes["superior_body"] == "Облыс әкімдігі"


def test_after_the_decision(considered, act):
    a = considered()
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-10")
    act(a, "delivered", who="registrar", today="2026-11-11")
    assert clocks(a, "execution")[0][2] == D("2026-11-18")   # АППК 86.3: 5 working days
    act(a, "executed", who="exec", today="2026-11-17")
    act(a, "file_access_requested", who="registrar", today="2026-11-13")
    assert clocks(a, "file_access")[0][2] == D("2026-11-18")   # АППК 75.1
    act(a, "file_access_given", who="registrar", today="2026-11-19")
    act(a, "correction_requested", who="registrar", text="Аты қате", today="2026-11-19")
    act(a, "act_corrected", who="exec", text="Аты түзетілді", today="2026-11-20")
    assert clocks(a, "correction_copy")[0][2] == D("2026-11-25")   # АППК 82.5
    act(a, "notify", who="registrar", clock="correction_copy", today="2026-11-24")
    states = {c[0]: c[3] for c in clocks(a)}
    assert states["execution"] == "met" and states["file_access"] == "late"
    assert states["correction"] == "met" and states["correction_copy"] == "met"
    with pytest.raises(ValidationErrors) as err:
        act(a, "notify", who="registrar", clock="termination_notice", today="2026-11-24")
    assert codes(err) == [("no_open_clock", None)]


def test_reverse_is_a_recorded_counter_action(new_appeal, act):
    a = new_appeal("2026-11-09 10:00")
    act(a, "return", ground="64.7.2.abusive", reasons="x", today="2026-11-10")
    returned = history_of("appeal", a)[-1]
    with pytest.raises(DomainError, match="action_forbidden_role"):
        act(a, "reverse", who="exec", action_id=returned.id, reason="қате")
    with pytest.raises(ValidationErrors) as err:
        act(a, "reverse", action_id=returned.id - 1, reason="қате")
    assert codes(err) == [("not_reversible", "action_id")]
    r = act(a, "reverse", action_id=returned.id, reason="Қате басылды", today="2026-11-10")
    row = Appeal.get_by_id(a)
    assert (r.status, row.ground, row.closed_on, row.decision) == (Status.REGISTERED, "", None, "")
    entries = history_of("appeal", a)
    assert [e.action for e in entries[-2:]] == ["return", "reverse"]   # the past stays
    assert entries[-1].changes["reversed_id"] == returned.id
    assert [c[3] for c in clocks(a, "return")] == ["cancelled"]   # the return's own clock
    assert [c[3] for c in clocks(a, "forward")] == ["cancelled", "open"]


def test_refusals_write_nothing(new_appeal, act):
    a = new_appeal()
    before = ChangeLog.select().count()
    with pytest.raises(DomainError, match="transition_forbidden"):
        act(a, "decide", decision="act_favourable", outcome="satisfied")
    with pytest.raises(ValidationErrors):
        act(a, "return", ground="nonsense", reasons="")
    assert ChangeLog.select().count() == before
    assert Appeal.get_by_id(a).status == Status.REGISTERED


def test_offered_actions_follow_the_clocks(considered, act, staff):
    from app.engine import offered
    a = considered()
    first = offered(a)
    assert "hearing_notice" in first and "objection" not in first and "notify" not in first
    assert "reverse" in first   # the latest action (accept) can be reversed
    act(a, "hearing_notice", who="exec", preliminary="p", hearing_form="oral", today="2026-11-09")
    now = offered(a)
    assert {"objection", "oral_motion", "oral_hearing"} <= set(now)
    assert "protocol_read" not in now and "protocol_signed" not in now
    act(a, "recusal_declared", who="registrar", official_id=staff["exec"].id, ground="67.1.4",
        circumstances="c", today="2026-11-09")
    assert "recusal_decided" in offered(a)
    act(a, "recusal_decided", who="deputy", granted=False, today="2026-11-10")
    assert "recusal_decided" not in offered(a) and "notify" in offered(a)


def test_a_value_the_action_does_not_declare_is_refused(new_appeal, staff):
    """Issue 11: an action takes only its declared inputs (and the day of its
    event); anything else is refused and nothing is written."""
    from app.engine import perform
    from models.entities import ChangeLog
    a = new_appeal("2026-11-02 10:00")
    before = ChangeLog.select().count()
    with pytest.raises(DomainError) as err:
        perform(a, "mark_security", staff["akim"], {"on_date": D("2026-11-03"), "executor_id": 5},
                today=D("2026-11-03"))
    assert (err.value.code, err.value.field) == ("unknown_input", "executor_id")
    assert ChangeLog.select().count() == before
