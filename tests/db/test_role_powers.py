"""Role powers a small office expects (issue 12 item 9): the head of the
apparatus acts on the cases they carry (and extends any, as АППК 76.3 names
them); a deputy does not reverse the akim's decision; the registrar does not
end a case by withdrawal (the body accepts it, 70.1 4))."""
from __future__ import annotations

import pytest

from app.errors import DomainError, ValidationErrors
from app.rules.codes import ActionName
from models.entities import Appeal
from tests.db.conftest import D


def test_the_head_of_the_apparatus_acts_on_the_cases_they_carry(new_appeal, act, staff):
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    with pytest.raises(DomainError) as err:
        act(a, "hearing_exception", who="apparat", item="73.2.5", today="2026-11-04")
    assert err.value.code == "not_your_case"
    act(a, "extend", who="apparat", new_due_on=D("2026-12-18"), reason="Сараптама күтілуде",
        today="2026-11-16")   # АППК 76.3: "аппараты басшысының" decision
    assert Appeal.get_by_id(a).due_on == D("2026-12-18")
    b = new_appeal("2026-11-02 11:00")
    act(b, "assign", executor_id=staff["apparat"].id, resolution="r", today="2026-11-03")
    act(b, "hearing_exception", who="apparat", item="73.2.5", today="2026-11-04")   # carried: allowed


def test_a_deputy_does_not_reverse_the_akims_decision(new_appeal, act, staff):
    from app.engine import latest_reversible
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", who="akim", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    with pytest.raises(ValidationErrors) as err:
        act(a, "reverse", who="deputy", action_id=latest_reversible(a)[0], reason="қате", today="2026-11-03")
    assert [(e.code, e.field) for e in err.value.errors] == [("reverse_senior", "action_id")]
    act(a, "reverse", who="akim", action_id=latest_reversible(a)[0], reason="қате", today="2026-11-03")
    act(a, "assign", who="deputy", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    act(a, "reverse", who="deputy", action_id=latest_reversible(a)[0], reason="қате", today="2026-11-03")


def test_the_registrar_does_not_end_a_case_by_withdrawal(new_appeal, act):
    a = new_appeal("2026-11-02 10:00")
    with pytest.raises(DomainError) as err:
        act(a, "withdraw", who="registrar", written=True, today="2026-11-04")
    assert err.value.code == "action_forbidden_role"
    act(a, "withdraw", who="akim", written=True, today="2026-11-04")


def test_the_roles_table_in_the_readme_names_every_action():
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Roles"):]
    assert [str(a) for a in ActionName if f"`{a}`" not in section] == []
