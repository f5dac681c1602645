"""A complaint registered, its filing term, the challenged body's three-day
step (АППК 91.4), restoring a missed term (92.2), the suspension of the
challenged act (96) and a court case recorded (100.6)."""
import pytest

from app.appeal.clock_ladder import ladder
from app.appeal.registration import register
from app.errors import DomainError, ValidationErrors
from app.rules.complaint import ComplaintInput
from app.rules.enums import AppealKind, ClockState, Status, Suspension
from app.store.history import history_of
from models.entities import Appeal, Document
from models.entities_cases import Complaint
from tests.db.conftest import D, T
from tests.db.test_workflow_intake import clocks, codes


def complaint(appeal_id) -> Complaint:
    return Complaint.get(Complaint.appeal == appeal_id)


def test_the_complaint_body_has_twenty_working_days_from_registration(new_complaint):
    # Digest §7.39: registered Wed 25 Nov; 16 Dec is a holiday -> Thu 24 Dec (АППК 99).
    a = new_complaint("2026-11-25 10:00", role="reviewing")
    row = Appeal.get_by_id(a)
    assert (row.kind, row.term_days, row.term_article, row.due_on) == ("complaint", 20, "99", D("2026-12-24"))
    assert [c[0] for c in clocks(a)] == ["forward"]          # 65.1: not ours -> forward
    c = complaint(a)
    assert (c.role, c.subject, c.suspension) == ("reviewing", "act", Suspension.SUSPENDED)   # 96.1
    entry = history_of("appeal", a)[0]
    assert entry.action == "registered" and entry.changes["complaint_role"] == "reviewing"


def test_the_challenged_body_has_three_working_days_from_receipt(new_complaint):
    # Digest §7.28: received Thu 5 Nov -> Tue 10 Nov (АППК 91.4 para 2).
    a = new_complaint("2026-11-05 10:00", role="challenged")
    row = Appeal.get_by_id(a)
    assert (row.term_days, row.term_article, row.due_on) == (3, "91.4", D("2026-11-10"))
    assert clocks(a) == []     # no 65.1 clock: 91.4 is the step
    # Received on Saturday 7 Nov: registered Mon 9 Nov, but counted from receipt.
    b = new_complaint("2026-11-07 10:00", role="challenged")
    row = Appeal.get_by_id(b)
    assert (row.registered_on, row.due_on) == (D("2026-11-09"), D("2026-11-11"))
    steps = [s.code for s in ladder(b, today=D("2026-11-09")).rungs[0].steps]
    assert "count_starts" in steps


@pytest.mark.parametrize("received, late", [("2026-10-30 10:00", False), ("2026-11-25 10:00", True)])
def test_a_late_complaint_is_registered_all_the_same(new_complaint, received, late):
    # Digest §7.31: learned 3 Aug, three months -> 3 Nov; АППК 92.3: never refused.
    a = new_complaint(received, learned_on=D("2026-08-03"))
    c = complaint(a)
    assert (c.filing_due_on, c.late) == (D("2026-11-03"), late)
    assert Appeal.get_by_id(a).status == Status.REGISTERED


def test_six_months_where_the_act_had_no_appeal_route(new_complaint):
    # Digest §7.32: learned 1 Jun, no 80.5 clause -> 1 Dec (АППК 92.1-1).
    a = new_complaint("2026-11-25 10:00", learned_on=D("2026-06-01"), route_missing=True)
    assert (complaint(a).filing_due_on, complaint(a).late) == (D("2026-12-01"), False)
    b = new_complaint("2026-11-25 10:00", learned_on=D("2026-06-01"))
    assert complaint(b).late is True


def test_missing_contents_flag_it_incomplete(new_complaint):
    # Digest §7.34: АППК 93.2 items missing -> 64.6 route, never a refusal.
    a = new_complaint(actual_address="", challenged_body="", attachments_list="",
                      appeal={"attachments_count": 2, "signed": False})
    row = Appeal.get_by_id(a)
    assert row.status == Status.INCOMPLETE
    assert row.missing.split(",") == ["signature", "actual_address", "challenged_body", "attachments_list"]


def test_typing_mistakes_stop_the_save_and_write_nothing(new_complaint):
    before = Appeal.select().count()
    with pytest.raises(ValidationErrors) as err:
        new_complaint("2026-11-05 10:00", case_number="2026-999999", learned_on=D("2026-11-06"),
                      no_suspension_ground="96.1.1")
    assert codes(err) == [("case_not_found", "case_number"), ("date_after_receipt", "learned_on"),
                          ("required", "no_suspension_reason")]
    assert Appeal.select().count() == before and Complaint.select().count() == 0


@pytest.fixture
def routed(office_admin):
    """The office's appeal route (АППК 80.5) and court, both languages."""
    from app.office.profile import get_settings, update_settings
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Ақсу ауданының әкімдігі", "Акимат Аксуского района"
    settings.court_kk, settings.court_ru = "Ақсу аудандық соты", "Аксуский районный суд"
    update_settings(settings, office_admin.id)


@pytest.fixture
def our_act(considered, act, staff, routed):
    """Our own case: an act decided by the deputy, issued with its route,
    delivered on Tue 10 Nov (its execution clock runs)."""
    from app.documents import issuing as documents
    a = considered()
    act(a, "decide", who="deputy", decision="act_burdening", outcome="partly_satisfied",
        hearing_exception="73.2.5", today="2026-11-09")
    documents.issue(a, "act", "kk", staff["deputy"].id, {"matter": "жер", "decision_text": "бас тарту",
                                                        "reasoning": "негіз", "act_kind_text": "акт"},
                    today=D("2026-11-09"))
    act(a, "delivered", who="registrar", today="2026-11-10")
    return a


def test_our_own_case_knows_its_route_and_is_suspended(our_act, new_complaint, act, staff):
    a = our_act
    number = Appeal.get_by_id(a).reg_number
    from app.complaint.record import case_facts
    facts = case_facts(number)
    assert (facts.route_stated, facts.delivered_on, facts.decided_by) == (True, D("2026-11-10"),
                                                                          staff["deputy"].id)
    # The act stated the 80.5 route and no 96.2 clause: three months, and suspended,
    # whatever the clerk ticked or chose.
    c = new_complaint("2026-11-12 10:00", role="challenged", case_number=number, route_missing=True,
                      learned_on=D("2026-11-10"), no_suspension_ground="96.1.1", no_suspension_reason="x")
    row = complaint(c)
    assert (row.case_id, row.route_missing, row.suspension, row.execution) == (a, False, Suspension.SUSPENDED, "paused")
    # АППК 96.1: the act's execution clock stops and the act is not executed ...
    assert clocks(a, "execution")[-1][3] == ClockState.CANCELLED
    assert [h.action for h in history_of("appeal", a)][-1] == "execution_suspended"
    with pytest.raises(ValidationErrors) as err:
        act(a, "executed", who="exec", today="2026-11-13")
    assert ("execution_suspended", "on_date") in codes(err)
    # ... nor after it is sent on, until the complaint body decides.
    act(c, "complaint_send", who="registrar", body="Аудан әкімдігі", with_file=True, today="2026-11-13")
    assert complaint(c).suspension == Suspension.SUSPENDED
    act(c, "review_result", who="registrar", result="unsatisfied", today="2026-12-10")
    assert (complaint(c).suspension, complaint(c).suspension_ended_on) == (Suspension.ENDED, D("2026-12-10"))
    # The five days of 86.3 run again from that day (16 Dec is a holiday).
    assert clocks(a, "execution")[-1][1:4] == (D("2026-12-10"), D("2026-12-18"), "open")
    with pytest.raises(ValidationErrors):
        act(c, "review_result", who="registrar", result="revoke", today="2026-12-11")   # recorded once
    act(a, "executed", who="exec", today="2026-12-11")


@pytest.mark.parametrize("result", ["revoke", "remand"])
def test_a_revoked_act_is_never_executed(our_act, new_complaint, act, result):
    # АППК 100.4 para 3: the complaint body's decision binds us.
    number = Appeal.get_by_id(our_act).reg_number
    c = new_complaint("2026-11-12 10:00", role="challenged", case_number=number)
    act(c, "complaint_send", who="registrar", body="b", with_file=True, today="2026-11-13")
    act(c, "review_result", who="registrar", result=result, today="2026-12-10")
    assert complaint(c).execution == "stopped"
    assert not [k for k in clocks(our_act, "execution") if k[3] == "open"]
    assert history_of("appeal", our_act)[-1].action == "execution_stopped"


def test_satisfied_ourselves_the_old_act_is_not_executed(our_act, new_complaint, act):
    number = Appeal.get_by_id(our_act).reg_number
    c = new_complaint("2026-11-12 10:00", role="challenged", case_number=number)
    act(c, "complaint_satisfy", means="act", remedy="№ 51 жаңа акт", fully=True, today="2026-11-13")
    assert complaint(c).execution == "stopped"
    from app.complaint.execution import blocked
    assert blocked(our_act)[0] == "act_revoked"


def test_a_withdrawn_complaint_lets_the_act_run_again(our_act, new_complaint, act):
    number = Appeal.get_by_id(our_act).reg_number
    c = new_complaint("2026-11-12 10:00", role="challenged", case_number=number)
    act(c, "withdraw", who="akim", written=True, today="2026-11-16")
    assert (complaint(c).suspension, complaint(c).execution) == (Suspension.ENDED, "resumed")
    assert clocks(our_act, "execution")[-1][1] == D("2026-11-16")


def test_our_act_cannot_claim_a_financial_regulator_exception(our_act, new_complaint):
    number = Appeal.get_by_id(our_act).reg_number
    with pytest.raises(ValidationErrors) as err:
        new_complaint("2026-11-12 10:00", role="challenged", case_number=number,
                      no_suspension_ground="96.1.2", no_suspension_reason="x")
    assert codes(err) == [("ground_not_ours", "no_suspension_ground")]


def test_lateness_counts_from_filing_with_the_challenged_body(new_complaint, act):
    # АППК 92.1, 91.4 para 1: filed in time on 3 Nov with the challenged body, sent to us later.
    a = new_complaint("2026-11-06 10:00", learned_on=D("2026-08-03"), filed_on=D("2026-11-03"))
    assert (complaint(a).late, complaint(a).filed_on) == (False, D("2026-11-03"))
    # A fact learned later sets the term and the lateness (92.3: examined in consideration).
    b = new_complaint("2026-11-06 10:00", learned_on=None)
    assert complaint(b).filing_due_on is None
    act(b, "complaint_facts", who="registrar", learned_on=D("2026-07-01"), today="2026-11-09")
    assert (complaint(b).filing_due_on, complaint(b).late) == (D("2026-10-01"), True)
    assert history_of("appeal", b)[-1].changes["late"] == [False, True]


def test_a_complaint_always_has_its_record(staff, make_input):
    moment = T("2026-11-05 10:00")
    r = register(make_input(moment, kind=AppealKind.COMPLAINT), staff["registrar"], "k", now=moment)
    row = Appeal.get_by_id(r.id)
    assert (complaint(r.id).role, row.status) == ("reviewing", Status.INCOMPLETE)   # 93.2 3), 4) missing
    assert set(row.missing.split(",")) == {"actual_address", "challenged_body"}


def test_an_act_with_a_no_suspension_clause(new_complaint):
    # АППК 96.1 1), 96.2: the act states the exception with its grounds.
    a = new_complaint(no_suspension_ground="96.1.1", no_suspension_reason="қауіпсіздік")
    assert (complaint(a).suspension, complaint(a).suspension_ground) == (Suspension.NOT_SUSPENDED, "96.1.1")
    b = new_complaint(subject="inaction")
    assert complaint(b).suspension == Suspension.NOT_APPLICABLE


def test_send_with_the_case_file_within_three_days(new_complaint, act):
    a = new_complaint("2026-11-05 10:00", role="challenged")
    with pytest.raises(ValidationErrors) as err:
        act(a, "complaint_send", who="registrar", body="Аудан әкімдігі", with_file=False, today="2026-11-09")
    assert codes(err) == [("case_file_required", "with_file")]
    act(a, "complaint_send", who="registrar", body="Аудан әкімдігі", with_file=True, today="2026-11-09")
    row = Appeal.get_by_id(a)
    assert (row.status, row.decision, row.closed_on) == (Status.FORWARDED, "complaint_sent", D("2026-11-09"))
    assert (complaint(a).sent_to, complaint(a).sent_on) == ("Аудан әкімдігі", D("2026-11-09"))
    final = ladder(a, today=D("2026-11-09")).rungs[0]
    assert (final.article, final.state) == ("91.4", ClockState.MET)
    # Sent late: still sent, and the history says it was late.
    b = new_complaint("2026-11-05 10:00", role="challenged")
    act(b, "complaint_send", who="registrar", body="Аудан әкімдігі", with_file=True, today="2026-11-12")
    assert history_of("appeal", b)[-1].changes["late"] is True
    assert ladder(b, today=D("2026-11-12")).rungs[0].state == ClockState.LATE


def test_satisfied_fully_within_three_days_or_sent(new_complaint, act):
    # Digest §7.29: АППК 91.4 para 3.
    a = new_complaint("2026-11-05 10:00", role="challenged")
    with pytest.raises(ValidationErrors) as err:
        act(a, "complaint_satisfy", means="act", remedy="№ 50 акт", fully=False, today="2026-11-10")
    assert codes(err) == [("satisfy_fully_only", "fully")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "complaint_satisfy", means="act", remedy="№ 50 акт", fully=True, today="2026-11-11")
    assert codes(err) == [("satisfy_after_term", "on_date")]
    with pytest.raises(DomainError, match="action_forbidden_role"):
        act(a, "complaint_satisfy", who="registrar", means="act", remedy="x", fully=True)
    act(a, "complaint_satisfy", means="act", remedy="№ 50 акт, 10.11.2026", fully=True, today="2026-11-10")
    row, c = Appeal.get_by_id(a), complaint(a)
    assert (row.status, row.decision, row.outcome) == (Status.DECIDED, "complaint_satisfied", "satisfied")
    assert (c.remedy, c.suspension) == ("№ 50 акт, 10.11.2026", Suspension.ENDED)
    # The challenged body does not decide the complaint itself (АППК 91.3).
    b = new_complaint("2026-11-05 10:00", role="challenged")
    with pytest.raises(DomainError, match="action_not_for_case"):
        act(b, "complaint_decide", decision="unsatisfied", reasoning="r")


def test_restoring_a_missed_term(new_complaint, act):
    # Digest §7.33: only the complaint body, for a listed reason.
    on_time = new_complaint("2026-10-30 10:00", learned_on=D("2026-08-03"))
    with pytest.raises(ValidationErrors) as err:
        act(on_time, "restore_term", reason_kind="illness", reason="ауырды", granted=True,
            motion_on=D("2026-11-02"), today="2026-11-02")
    assert codes(err) == [("term_not_missed", "reason_kind")]
    late = new_complaint("2026-11-25 10:00", learned_on=D("2026-08-03"))
    with pytest.raises(ValidationErrors) as err:
        act(late, "restore_term", reason_kind="", reason="", motion_on=D("2026-11-25"), today="2026-11-26")
    assert codes(err) == [("required", "reason"), ("required", "reason_kind")]
    act(late, "restore_term", reason_kind="illness", reason="Ауруханада болды, анықтама бар",
        granted=True, motion_on=D("2026-11-25"), today="2026-11-26")
    assert (complaint(late).restored, complaint(late).restore_reason) == ("granted", "Ауруханада болды, анықтама бар")
    assert history_of("appeal", late)[-1].changes["reason_kind"] == "illness"
    with pytest.raises(ValidationErrors) as err:
        act(late, "restore_term", reason_kind="other", reason="x", motion_on=D("2026-11-25"), today="2026-11-26")
    assert codes(err) == [("restore_decided", "reason_kind")]
    challenged = new_complaint("2026-11-25 10:00", role="challenged", learned_on=D("2026-08-03"))
    with pytest.raises(DomainError, match="action_not_for_case"):
        act(challenged, "restore_term", reason_kind="illness", reason="x", motion_on=D("2026-11-25"))


def test_never_extended(new_complaint, act, staff):
    # Digest §7.39: АППК 99 para 2.
    a = new_complaint("2026-11-25 10:00")
    with pytest.raises(DomainError, match="extension_forbidden_complaint"):
        act(a, "extend", new_due_on=D("2027-01-15"), reason="r", today="2026-11-26")
    from app.engine import offered
    assert "extend" not in offered(a) and "decide" not in offered(a) and "complaint_decide" in offered(a)


def test_a_court_case_recorded(new_complaint, act):
    a = new_complaint()
    act(a, "court_recorded", who="registrar", court_name="Ақсу аудандық соты", court_case="7521-26-00-4/12",
        court_outcome="", today="2026-11-20")
    c = complaint(a)
    assert (c.court_name, c.court_case) == ("Ақсу аудандық соты", "7521-26-00-4/12")
    assert history_of("appeal", a)[-1].changes["court_case"] == ["", "7521-26-00-4/12"]


def test_an_application_has_no_complaint_actions(new_appeal, act):
    a = new_appeal()
    with pytest.raises(DomainError, match="action_not_for_case"):
        act(a, "court_recorded", court_name="c", court_case="1")


def test_registration_keeps_the_complaint_with_a_repeated_key(staff, make_input):
    moment = T("2026-11-05 10:00")
    data = make_input(moment, kind=AppealKind.COMPLAINT)
    first = register(data, staff["registrar"], "same", now=moment,
                     complaint=ComplaintInput(challenged_body="Әкім", actual_address="Ақсу"))
    again = register(make_input(moment, kind=AppealKind.COMPLAINT), staff["registrar"], "same", now=moment,
                     complaint=ComplaintInput(challenged_body="Әкім", actual_address="Ақсу"))
    assert again.repeated_submit and again.id == first.id and Complaint.select().count() == 1
    assert Document.select().count() == 0
