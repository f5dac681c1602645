"""Rules found in review: the hearing cannot be skipped by a reversal or a
slow delivery, executors act on their own cases, a crime report is forwarded
before the case closes, calendar changes move the short clocks, reversals
leave no traces and restore current dates, forwarded bodies fit the column."""
import pytest

from app.engine import latest_reversible as latest
from app.errors import DomainError, ValidationErrors
from app.office.auth import create_user
from app.office.calendar_store import add_override
from app.rules.enums import OverrideKind, Role, Status
from app.store.history import history_of
from models.entities import Appeal, Forwarding, User
from tests.db.conftest import D
from tests.db.test_workflow_intake import clocks, codes


def test_a_reversed_hearing_notice_does_not_open_the_gate(considered, act):
    a = considered()
    act(a, "hearing_notice", who="exec", preliminary="p", hearing_form="written", today="2026-11-05")
    act(a, "reverse", action_id=latest(a)[0], reason="қате", today="2026-11-05")
    with pytest.raises(ValidationErrors) as err:
        act(a, "decide", decision="act_burdening", outcome="refused", today="2026-11-12")
    assert codes(err) == [("hearing_required", "hearing_exception")]


def test_gate_counts_from_receipt_and_an_oral_motion_is_heard(considered, act):
    a = considered()
    act(a, "hearing_notice", who="exec", preliminary="p", hearing_form="written",
        received_on=D("2026-11-11"), today="2026-11-11", on_date=D("2026-11-09"))
    # Received Wed 11: the act not before Mon 16 (the objection runs to Fri 13).
    assert {c[0]: c[2] for c in clocks(a) if c[3] == "open"}["act_earliest"] == D("2026-11-16")
    act(a, "oral_motion", who="registrar", today="2026-11-12")
    with pytest.raises(ValidationErrors) as err:
        act(a, "decide", decision="act_burdening", outcome="refused", today="2026-11-16")
    assert codes(err) == [("oral_hearing_required", "on_date")]
    act(a, "oral_hearing", who="exec", today="2026-11-16")
    assert act(a, "decide", decision="act_burdening", outcome="refused",
               today="2026-11-16").status == Status.DECIDED


def test_favourable_exception_only_for_a_favourable_act(considered, act):
    a = considered()
    with pytest.raises(ValidationErrors) as err:
        act(a, "decide", decision="act_burdening", outcome="refused", hearing_exception="73.2.1")
    assert codes(err) == [("exception_favourable_only", "hearing_exception")]


def test_executors_act_on_their_own_cases(new_appeal, act, staff):
    m = new_appeal(kind="message")
    act(m, "assign", executor_id=staff["exec"].id, co_executor_ids=[staff["exec2"].id],
        resolution="r", today="2026-11-03")
    other = new_appeal(kind="message")
    act(other, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    with pytest.raises(DomainError, match="not_your_case"):
        act(other, "terminate", who="exec2", ground="88.1.1", reason="r", today="2026-11-04")
    act(m, "hearing_exception", who="exec2", item="73.2.6", today="2026-11-04")   # co-executor


def test_a_deactivated_head_acts_no_more(new_appeal, act, staff):
    a = new_appeal()
    User.update(active=False).where(User.id == staff["deputy"].id).execute()
    with pytest.raises(DomainError, match="forbidden_role"):
        act(a, "assign", who="deputy", executor_id=staff["exec"].id, resolution="r")
    User.update(active=True, role="executor").where(User.id == staff["deputy"].id).execute()
    with pytest.raises(DomainError, match="action_forbidden_role"):   # the stored role counts
        act(a, "assign", who="deputy", executor_id=staff["exec"].id, resolution="r")


def test_calendar_change_moves_running_clocks(new_appeal, act, office_admin):
    a = new_appeal("2026-11-02 10:00")
    assert clocks(a, "forward")[0][2] == D("2026-11-05")
    add_override(D("2026-11-04"), OverrideKind.DAY_OFF, "Қаулы", "№ 2", office_admin.id)
    assert clocks(a, "forward")[0][2] == D("2026-11-06")
    entry = [h for h in history_of("appeal", a) if h.action == "clock_recomputed"][0]
    assert entry.changes["clock_forward"] == "due 2026-11-06"


def test_reversed_forwarding_leaves_no_trace(new_appeal, act):
    from app.appeal.case_card import card
    a = new_appeal("2026-11-05 10:00")
    act(a, "forward", body="Облыс әкімдігі", today="2026-11-06")
    act(a, "reverse", action_id=latest(a)[0], reason="қате", today="2026-11-06")
    assert card(a).forwardings == () and Forwarding.get().reversed_by is not None
    assert Appeal.get_by_id(a).status == Status.REGISTERED


def test_reversal_restores_the_term_on_todays_calendar(new_appeal, act, office_admin):
    a = new_appeal("2026-11-02 10:00")   # due Mon 23 Nov
    act(a, "extend", new_due_on=D("2026-12-18"), reason="r", today="2026-11-06")
    add_override(D("2026-11-10"), OverrideKind.DAY_OFF, "Қаулы", "№ 3", office_admin.id)
    act(a, "reverse", action_id=latest(a)[0], reason="қате", today="2026-11-06")
    row = Appeal.get_by_id(a)
    assert (row.due_on, row.statutory_due_on) == (D("2026-11-24"), D("2026-11-24"))


def test_forwarded_body_fits_its_column(new_appeal, act):
    a = new_appeal("2026-11-05 10:00")
    with pytest.raises(ValidationErrors) as err:
        act(a, "forward", body="X" * 256, today="2026-11-06")
    assert codes(err) == [("too_long", "body")]


def test_withdrawal_and_return_are_not_termination_grounds(considered, act):
    a = considered()
    for ground in ("70.1.3", "70.1.4"):
        with pytest.raises(ValidationErrors) as err:
            act(a, "terminate", ground=ground, reason="r")
        assert codes(err) == [("required", "ground")]


def test_new_roles_exist(office_admin):
    user = create_user(login_name="apparat", password="secret1-long", surname="А", first_name="Б",
                       position="Аппарат басшысы", role=Role.APPARATUS_HEAD,
                       created_by=office_admin.id)
    assert user.role == Role.APPARATUS_HEAD


def test_reopened_clocks_keep_their_count(new_appeal, act, office_admin):
    """A reversed assignment reopens the forwarding clock with its 3 days:
    a later day off moves it on, not back to the registration day."""
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=_executor(), resolution="r", today="2026-11-03")
    act(a, "reverse", action_id=latest(a)[0], reason="қате", today="2026-11-03")
    add_override(D("2026-11-04"), OverrideKind.DAY_OFF, "Қаулы", "№ 4", office_admin.id)
    forward = [c for c in clocks(a, "forward") if c[3] == "open"]
    assert forward == [("forward", D("2026-11-02"), D("2026-11-06"), "open", None)]


def test_a_part_forwarded_closes_the_crime_clock_only_when_it_is_that_part(new_appeal, act):
    a = new_appeal("2026-11-02 10:00", kind="message")
    act(a, "mark_security", who="registrar", today="2026-11-02")
    act(a, "forward_part", who="registrar", body="Білім бөлімі", requests="мектеп",
        today="2026-11-02")
    with pytest.raises(ValidationErrors) as err:
        act(a, "terminate", ground="88.1.1", reason="r", today="2026-11-03")
    assert ("security_forward_first", None) in codes(err)
    act(a, "forward_part", who="registrar", body="Полиция бөлімі", requests="қауіп туралы",
        security_part=True, today="2026-11-03")
    assert clocks(a, "forward_now")[0][3] == "late"
    act(a, "terminate", ground="88.1.1", reason="r", today="2026-11-03")


def _executor() -> int:
    return User.get(User.login == "exec").id
