"""The state machine: allowed and refused transitions, and who may act."""
import pytest

from app.engine import available, check
from app.engine.registry import REGISTRY
from app.errors import DomainError
from app.rules.enums import OPEN_STATUSES, Role, Status

CLOSED = [s for s in Status if s not in OPEN_STATUSES]
# After the case is closed only these remain: notices, access to the file,
# the protocol, corrections and execution of the act, and the counter-action.
AFTER_CLOSE = {"notify", "file_access_requested", "file_access_given", "protocol_signed",
               "protocol_read", "protocol_remarks", "correction_requested", "act_corrected",
               "delivered", "executed", "reverse",
               # A complaint: its decision sent (АППК 100.4), the complaint body's
               # decision learned, a court case recorded (100.6).
               "decision_sent", "review_result", "court_recorded",
               # A petition's decision published and the official statement (АППК 90-6.3).
               "petition_published", "petition_statement",
               # Issue 16: the e-Otinish number of any appeal, however it ended (АППК 69.3), and the
               # applicant's feedback on the answer.
               "eotinish_number", "eotinish_correct", "feedback"}


@pytest.mark.parametrize("status", CLOSED)
def test_closed_cases_only_take_after_close_actions(status):
    assert set(available(status)) <= AFTER_CLOSE


@pytest.mark.parametrize("status", CLOSED)
@pytest.mark.parametrize("action", ["withdraw", "return", "forward", "extend", "assign", "decide",
                                    "terminate", "hearing_notice"])
def test_refused_once_closed(action, status):
    with pytest.raises(DomainError) as err:
        check(action, status, Role.HEAD)
    assert err.value.code == "transition_forbidden"
    assert err.value.params == {"action": action, "status": str(status)}


@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_withdrawal_is_possible_until_the_decision(status):   # АППК 64.9
    assert check("withdraw", status, Role.HEAD).target == Status.WITHDRAWN


@pytest.mark.parametrize("role, allowed", [
    (Role.HEAD, True), (Role.DEPUTY, True), (Role.APPARATUS_HEAD, True),   # АППК 76.3
    (Role.EXECUTOR, False), (Role.REGISTRAR, False), (Role.ADMIN, False)])
def test_extension_roles(role, allowed):
    if allowed:
        assert check("extend", Status.IN_PROGRESS, role).target is None
    else:
        with pytest.raises(DomainError) as err:
            check("extend", Status.IN_PROGRESS, role)
        assert err.value.code == "action_forbidden_role"
        assert set(err.value.params["roles"]) == {"head", "deputy", "apparatus_head"}


@pytest.mark.parametrize("action", ["assign", "decide", "return", "attach", "recusal_decided",
                                    "reverse"])
def test_head_or_deputy_only(action):
    status = Status.HEARING if action == "decide" else Status.REGISTERED
    for role in (Role.HEAD, Role.DEPUTY):
        check(action, status, role)
    for role in (Role.EXECUTOR, Role.REGISTRAR, Role.ADMIN):
        with pytest.raises(DomainError, match="action_forbidden_role"):
            check(action, status, role)


def test_decision_needs_a_considered_case():
    for status in (Status.REGISTERED, Status.INCOMPLETE):
        with pytest.raises(DomainError, match="transition_forbidden"):
            check("decide", status, Role.HEAD)
    assert check("accept", Status.ASSIGNED, Role.EXECUTOR).target == Status.IN_PROGRESS
    assert check("hearing_notice", Status.IN_PROGRESS, Role.EXECUTOR).target == Status.HEARING


def test_no_reject_at_intake():   # АППК 64.1: no refusal to accept
    assert not any("reject" in a or "refuse" in a for a in tuple(REGISTRY))


def test_unknown_action():
    with pytest.raises(DomainError, match="unknown_action"):
        check("suspend", Status.ASSIGNED, Role.HEAD)   # АППК 76: no suspension


def test_admin_takes_no_case_action():
    assert not any(Role.ADMIN in r.roles for r in REGISTRY.values())
