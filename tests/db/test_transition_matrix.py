"""Every action against every state and every role, through the service
(not the UI): a forbidden state or role is refused and nothing is written."""
import pytest

from app.engine import perform
from app.engine.registry import REGISTRY
from app.errors import DomainError
from app.rules.codes import Procedure as P
from app.rules.enums import Role, Status
from models.entities import Appeal, ChangeLog
from tests.db.conftest import D

BY_ROLE = {Role.HEAD: "akim", Role.DEPUTY: "deputy", Role.APPARATUS_HEAD: "apparat",
           Role.EXECUTOR: "exec", Role.REGISTRAR: "registrar"}


@pytest.fixture
def appeal_in(new_appeal, new_complaint, new_petition):
    """An appeal put in a state; a complaint on the right side for the
    complaint's own actions (app.rules.complaint)."""
    cases = {}

    def put(status: Status, action: str = "") -> int:
        serves = REGISTRY[action].applies_to if action else frozenset(P)
        side = ("" if P.APPLICATION in serves else
                "reviewing" if P.COMPLAINT_REVIEWING in serves else
                "challenged" if P.COMPLAINT_CHALLENGED in serves else "petition")
        if side not in cases:
            cases[side] = (new_petition() if side == "petition" else new_complaint(role=side) if side
                           else new_appeal("2026-11-02 10:00"))
        a = cases[side]
        Appeal.update(status=str(status)).where(Appeal.id == a).execute()
        return a
    return put


@pytest.mark.parametrize("action", tuple(REGISTRY))
def test_every_state(action, appeal_in, staff):
    rule = REGISTRY[action]
    who = staff[BY_ROLE[sorted(rule.roles)[0]]]
    for status in Status:
        a = appeal_in(status, action)
        before = ChangeLog.select().count()
        try:
            perform(a, action, who, {}, today=D("2026-11-05"))
            outcome = "done"
        except DomainError as exc:
            outcome = exc.code
        if status in rule.sources:
            assert outcome not in ("transition_forbidden", "action_forbidden_role"), (action, status)
        else:
            assert outcome == "transition_forbidden", (action, status)
            assert ChangeLog.select().count() == before


@pytest.mark.parametrize("action", tuple(REGISTRY))
def test_every_role(action, appeal_in, staff, office_admin):
    rule = REGISTRY[action]
    a = appeal_in(sorted(rule.sources)[0], action)
    before = ChangeLog.select().count()
    for role, login in [*BY_ROLE.items(), (Role.ADMIN, None)]:
        who = office_admin if login is None else staff[login]
        if role in rule.roles:
            continue
        with pytest.raises(DomainError) as err:
            perform(a, action, who, {}, today=D("2026-11-05"))
        assert err.value.code == "action_forbidden_role", (action, role)
    assert ChangeLog.select().count() == before
