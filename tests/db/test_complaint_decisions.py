"""The complaint body's decisions (АППК 100): their required parts, the
challenged official kept out (97.2), the hearing (98.3), no worsening
(98.6), the clocks of 95.2 and 100.2, deemed refusal (100.5), withdrawal and
return (95.1 3)–4)), reversal, and the register."""
import pytest

from app.appeal.clock_ladder import ladder
from app.errors import DomainError, ValidationErrors
from app.queries.complaints import register_ids, register_rows
from app.rules.enums import ClockState, Status, Suspension
from models.entities import Appeal
from models.entities_cases import Complaint
from tests.db.conftest import D
from tests.db.test_workflow_intake import clocks, codes

HEARD = {"hearing_exception": "73.2.5",   # the participant asked for no hearing (73.2 5))
         "subordinate": True}              # АППК 91.3: the rural akim stands below the district office


def complaint(appeal_id) -> Complaint:
    return Complaint.get(Complaint.appeal == appeal_id)


@pytest.fixture
def assigned(new_complaint, act, staff):
    """A complaint the office considers, registered Mon 2 Nov (due 30 Nov),
    assigned to the executor, against an act of the deputy."""
    def make(**fields):
        a = new_complaint("2026-11-02 10:00", challenged_user_id=staff["deputy"].id, **fields)
        act(a, "assign", executor_id=staff["exec"].id, resolution="қарау", today="2026-11-03")
        act(a, "official_heard", who="exec", hearing_form="written", text="Түсініктеме алынды",
            today="2026-11-04")   # АППК 98.3
        return a
    return make


@pytest.mark.parametrize("decision, params, outcome", [
    ("revoke", {"grounds": ["100.3.3"], "competent": True}, "satisfied"),
    ("revoke_new", {"grounds": ["100.3.1"], "competent": True, "new_act": "№ 60 акт", "not_worse": True},
     "satisfied"),
    ("perform", {"grounds": ["100.3.2"], "competent": True}, "satisfied"),
    ("unsatisfied", {}, "refused"),
    ("remand", {"grounds": ["100.3.1"], "violations": "тексерілмеген", "proposals": "қайта қарау"}, ""),
])
def test_each_decision_on_the_merits(assigned, act, decision, params, outcome):
    a = assigned()
    act(a, "complaint_decide", decision=decision, reasoning="Дәлелдер", legal_norms="ӘРПК 100-бабы",
        today="2026-11-20", **HEARD, **params)
    row, c = Appeal.get_by_id(a), complaint(a)
    assert (row.status, row.decision, row.outcome) == (Status.DECIDED, f"complaint_{decision}", outcome)
    assert (row.decided_on, c.reasoning, c.suspension) == (D("2026-11-20"), "Дәлелдер", Suspension.ENDED)
    assert c.grounds == ",".join(params.get("grounds", []))
    if decision == "remand":   # Digest §7.41: decided Fri 20 Nov -> sent back by Fri 27 Nov (100.2)
        assert clocks(a, "remand") == [("remand", D("2026-11-20"), D("2026-11-27"), "open", None)]
        assert (c.violations, c.proposals) == ("тексерілмеген", "қайта қарау")


def test_what_each_decision_must_state(assigned, act):
    a = assigned()
    base = {"today": "2026-11-20", **HEARD}
    with pytest.raises(ValidationErrors) as err:   # 100.2, 100.3, 101.1 6)
        act(a, "complaint_decide", decision="revoke", reasoning="", legal_norms="", **base)
    assert codes(err) == [("not_competent", "competent"), ("required", "grounds"),
                          ("required", "legal_norms"), ("required", "reasoning")]
    with pytest.raises(ValidationErrors) as err:   # 98.6: no worsening; the new act named
        act(a, "complaint_decide", decision="revoke_new", reasoning="r", legal_norms="n",
            grounds=["100.3.3"], competent=True, **base)
    assert codes(err) == [("no_worsening", "not_worse"), ("required", "new_act")]
    with pytest.raises(ValidationErrors) as err:   # 100.1 5), 100.2: violations and proposals
        act(a, "complaint_decide", decision="remand", reasoning="r", legal_norms="n",
            grounds=["100.3.3"], **base)
    assert codes(err) == [("required", "proposals"), ("required", "violations")]
    with pytest.raises(ValidationErrors) as err:   # 100.4 para 2: a refusal is reasoned
        act(a, "complaint_decide", decision="unsatisfied", reasoning=" ", legal_norms="n", **base)
    assert codes(err) == [("required", "reasoning")]
    assert Appeal.get_by_id(a).status == Status.ASSIGNED and complaint(a).suspension == Suspension.SUSPENDED


def test_the_complaint_body_hears_first(assigned, act):
    # АППК 98.3 -> 73: no decision on the merits before the hearing gate.
    a = assigned()
    with pytest.raises(ValidationErrors) as err:
        act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n", today="2026-11-10")
    assert codes(err) == [("hearing_required", "hearing_exception")]
    act(a, "hearing_notice", who="exec", preliminary="қанағаттандырусыз", hearing_form="written",
        received_on=D("2026-11-10"), today="2026-11-10")
    with pytest.raises(ValidationErrors) as err:
        act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n", today="2026-11-12")
    assert codes(err) == [("act_before_hearing", "on_date")]
    act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n", today="2026-11-13")
    assert Appeal.get_by_id(a).status == Status.DECIDED


def test_the_challenged_official_takes_no_part(assigned, new_complaint, act, staff):
    # Digest §7.38: АППК 97.2, checked in the service for every action.
    a = new_complaint("2026-11-02 10:00", challenged_user_id=staff["exec"].id)
    with pytest.raises(ValidationErrors) as err:
        act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    assert codes(err) == [("challenged_official", "executor_id")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "assign", executor_id=staff["exec2"].id, co_executor_ids=[staff["exec"].id],
            resolution="r", today="2026-11-03")
    assert codes(err) == [("challenged_official", "co_0")]
    b = assigned()   # against the deputy's act: the deputy takes no step in it
    for action, params in (("complaint_decide", {"decision": "unsatisfied", "reasoning": "r"}),
                           ("return", {"ground": "64.7.2.abusive", "reasons": "r"}),
                           ("restore_term", {"reason_kind": "illness", "reason": "r"})):
        with pytest.raises(DomainError, match="challenged_official"):
            act(b, action, who="deputy", today="2026-11-20", **params)
    from app.documents import issuing as documents
    with pytest.raises(DomainError, match="challenged_official"):
        documents.issue(b, "complaint-decision", "kk", staff["deputy"].id, {}, today=D("2026-11-20"))
    act(b, "complaint_decide", who="akim", decision="unsatisfied", reasoning="r", legal_norms="n",
        today="2026-11-20", **HEARD)


def test_the_challenged_official_is_heard_first(new_complaint, act, staff):
    # АППК 98.3: no decision on the merits before the official is heard.
    a = new_complaint("2026-11-02 10:00")
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    with pytest.raises(ValidationErrors) as err:
        act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n",
            today="2026-11-20", **HEARD)
    assert codes(err) == [("official_not_heard", "decision")]
    act(a, "official_heard", who="exec", hearing_form="oral", today="2026-11-10")
    assert Complaint.get(Complaint.appeal == a).official_heard_on == D("2026-11-10")
    act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n",
        today="2026-11-20", **HEARD)


def test_left_without_consideration(assigned, act):
    # Digest §7.36: decided Fri 20 Nov -> the participant told by Wed 25 Nov (95.2).
    a = assigned()
    with pytest.raises(ValidationErrors) as err:   # lateness is no ground (92.3): closed list
        act(a, "complaint_decide", decision="unconsidered", ground="92.3", reasoning="r", basis="b",
            today="2026-11-20")
    assert codes(err) == [("required", "ground")]
    act(a, "complaint_decide", decision="unconsidered", ground="95.1.5", reasoning="Сотта талап бар",
        basis="№ 7521-26 іс", today="2026-11-20")
    row = Appeal.get_by_id(a)
    assert (row.decision, row.ground, row.outcome) == ("complaint_unconsidered", "95.1.5", "")
    assert clocks(a, "unconsidered_notice") == [
        ("unconsidered_notice", D("2026-11-20"), D("2026-11-25"), "open", None)]
    act(a, "decision_sent", who="registrar", channel="хат", copy_on=D("2026-11-24"), today="2026-11-24")
    assert clocks(a, "unconsidered_notice")[0][3] == ClockState.MET


def test_decision_sent_closes_the_remand_clock_on_the_copy_date(assigned, act):
    a = assigned()
    act(a, "complaint_decide", decision="remand", reasoning="r", legal_norms="n", grounds=["100.3.1"],
        violations="v", proposals="p", today="2026-11-20", **HEARD)
    act(a, "decision_sent", who="registrar", today="2026-11-23")   # to the participant only
    assert clocks(a, "remand")[0][3] == "open"
    act(a, "decision_sent", who="registrar", copy_on=D("2026-11-30"), today="2026-11-30")
    assert clocks(a, "remand")[0][3:] == (ClockState.LATE, D("2026-11-30"))


@pytest.mark.parametrize("role, decision, ground, notice", [
    ("reviewing", "complaint_unconsidered", "95.1.4", True),    # 95.1 4), 95.2
    ("challenged", "withdrawal", "64.9", False),
])
def test_withdrawal(new_complaint, act, role, decision, ground, notice):
    a = new_complaint("2026-11-02 10:00", role=role)
    act(a, "withdraw", who="akim", written=True, today="2026-11-04")
    row = Appeal.get_by_id(a)
    assert (row.status, row.decision, row.ground) == (Status.WITHDRAWN, decision, ground)
    assert bool(clocks(a, "unconsidered_notice")) is notice and not clocks(a, "termination_notice")
    assert complaint(a).suspension == Suspension.ENDED


def test_return_by_the_complaint_body_leaves_it_without_consideration(new_complaint, act):
    a = new_complaint("2026-11-02 10:00", appeal={"signed": False})
    act(a, "request_correction", who="registrar", items=["signature", "actual_address"],
        until=D("2026-11-06"), today="2026-11-02")
    act(a, "return", ground="64.7.1", reasons="Қол қойылмаған", today="2026-11-09")
    row = Appeal.get_by_id(a)
    assert (row.status, row.ground, row.decision) == (Status.RETURNED, "95.1.3", "complaint_unconsidered")
    assert [c[0] for c in clocks(a) if c[3] == "open"] == ["unconsidered_notice"]


def test_deemed_refusal(assigned, new_complaint):
    # Digest §7.40: due Mon 30 Nov, nothing decided -> on Tue 1 Dec a deemed refusal (100.5).
    a = assigned()
    assert ladder(a, today=D("2026-11-30")).deemed_refusal is False
    view = ladder(a, today=D("2026-12-01"))
    assert (view.deemed_refusal, view.deemed_article) == (True, "100.5")
    # The challenged body's late step is a missed duty, not a deemed refusal.
    b = new_complaint("2026-11-02 10:00", role="challenged")
    assert ladder(b, today=D("2026-12-01")).deemed_refusal is False


def test_reversal_restores_the_complaint(assigned, act):
    a = assigned()
    result = act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n",
                 today="2026-11-20", **HEARD)
    act(a, "reverse", reason="қате", action_id=result.action_id, today="2026-11-20")
    row, c = Appeal.get_by_id(a), complaint(a)
    assert (row.status, row.decision, c.reasoning, c.suspension) == (Status.ASSIGNED, "", "", Suspension.SUSPENDED)


def test_register_lists_open_complaints_with_their_suspension(new_complaint, assigned, act):
    done = assigned()
    act(done, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n",
        today="2026-11-20", **HEARD)
    running = new_complaint("2026-11-10 10:00", no_suspension_ground="96.1.3", no_suspension_reason="Заң")
    sent = new_complaint("2026-11-11 10:00", role="challenged")
    act(sent, "complaint_send", who="registrar", body="b", with_file=True, today="2026-11-12")
    assert register_ids(open_only=True) == [sent, running]
    assert register_ids() == [sent, running, done]
    assert register_ids(role="challenged") == [sent]
    rows = {r.appeal_id: r for r in register_rows(register_ids())}
    assert (rows[running].suspension, rows[running].suspension_ground) == ("not_suspended", "96.1.3")
    assert (rows[done].suspension, rows[sent].suspension) == ("ended", "suspended")


def test_no_decision_on_an_incomplete_complaint(new_complaint, act):
    a = new_complaint(actual_address="")
    with pytest.raises(DomainError, match="transition_forbidden"):
        act(a, "complaint_decide", decision="unsatisfied", reasoning="r", legal_norms="n")


def test_control_lists_carry_the_complaint_clocks(assigned, new_complaint, act):
    # Issue item 10: the 91.4 step, the 20 days, the remand and the notice clocks.
    from app.office.calendar_store import load_calendar
    from app.queries.control import control_list, details
    cal = load_calendar()
    step = new_complaint("2026-11-19 10:00", role="challenged")     # due Tue 24 Nov (91.4)
    a = assigned()
    act(a, "complaint_decide", decision="remand", reasoning="r", legal_norms="n", grounds=["100.3.1"],
        violations="v", proposals="p", today="2026-11-20", **HEARD)
    b = assigned()
    act(b, "complaint_decide", decision="unconsidered", ground="95.1.1", reasoning="r", basis="№ 12",
        today="2026-11-20")
    items = {(i.appeal_id, i.kind, i.article, i.due_on)
             for i in control_list("due_within", D("2026-11-23"), cal, within=5)}
    assert (step, "final", "", D("2026-11-24")) in items     # its article is the case's term
    assert details([step])[step].term_article == "91.4"
    assert (a, "remand", "100.2", D("2026-11-27")) in items
    assert (b, "unconsidered_notice", "95.2", D("2026-11-25")) in items
    overdue = {(i.appeal_id, i.kind) for i in control_list("overdue", D("2026-11-30"), cal)}
    assert {(step, "final"), (a, "remand"), (b, "unconsidered_notice")} <= overdue
