"""Users for real (issue 12 item 3): the administrator's changes take effect
at the user's next action on any workstation; the password policy; login
throttling per login and per workstation; unknown logins cost the same."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from app.appeal.registration import register
from app.engine import perform
from app.errors import DomainError, ValidationErrors
from app.office import users
from app.office.auth import create_user, password_errors
from app.office.login import login
from app.rules.enums import Role
from models.entities import ChangeLog, LoginAttempt, User

NOW = dt.datetime(2026, 11, 10, 9, 0)


def codes(err) -> list[str]:
    return [e.code for e in err.value.errors] if isinstance(err.value, ValidationErrors) else [err.value.code]


@pytest.mark.parametrize("password, code", [
    ("123456", "password_too_short"), ("          ", "password_blank"), ("1234567890", "password_common"),
    ("qwerty 12345", "password_common"), ("tirkeushi", "password_too_short"), ("tirkeushi1", None),
    ("тіркеуші-жұмыс", None), ("Tirkeushi ", "password_is_login"), ("pass\x00word-long", "password_characters"),
])
def test_the_password_policy(password, code):
    assert [e.code for e in password_errors(password, "tirkeushi")] == ([code] if code else [])
    assert [e.code for e in password_errors("tirkeushi-x", "tirkeushi-x")] == ["password_is_login"]


def test_login_names_are_unique_whatever_the_case(office_admin):
    create_user(login_name="Dina", password="kokteu-bagy-1", surname="Д", first_name="Д", position="М",
                role=Role.EXECUTOR, created_by=office_admin.id)
    with pytest.raises(ValidationErrors) as err:
        create_user(login_name="dINA", password="kokteu-bagy-2", surname="Д", first_name="Д", position="М",
                    role=Role.EXECUTOR, created_by=office_admin.id)
    assert codes(err) == ["login_taken"]
    assert login("DINA", "kokteu-bagy-1", "ws1", NOW).login == "Dina"
    with pytest.raises(ValidationErrors) as err:
        create_user(login_name="x" * 65, password="kokteu-bagy-3", surname="Д", first_name="Д", position="М",
                    role=Role.EXECUTOR, created_by=office_admin.id)
    assert codes(err) == ["login_form"]


def test_a_deactivated_user_is_refused_at_the_next_action_in_an_open_session(
        office_admin, registrar, make_input):
    moment = dt.datetime(2026, 11, 2, 10)
    register(make_input(moment), registrar, "k1", now=moment)   # the session is open
    users.deactivate(registrar.id, office_admin, "Жұмыстан шықты")
    with pytest.raises(DomainError) as err:
        register(make_input(moment), registrar, "k2", now=moment)
    assert err.value.code == "forbidden_role"
    with pytest.raises(DomainError):
        login(registrar.login, "reg-secret", "ws1", NOW)
    users.reactivate(registrar.id, office_admin, "Қайта алынды")
    assert register(make_input(moment), registrar, "k3", now=moment).reg_number
    entry = ChangeLog.select().where((ChangeLog.entity == "user") & (ChangeLog.action == "deactivated")).get()
    assert entry.user_id == office_admin.id and "Жұмыстан шықты" in entry.changes


def test_a_demoted_registrar_registers_no_more(office_admin, registrar, make_input, staff):
    moment = dt.datetime(2026, 11, 2, 10)
    users.change_role(registrar.id, Role.EXECUTOR, office_admin, "Орындаушы болды")
    with pytest.raises(DomainError) as err:
        register(make_input(moment), registrar, "k1", now=moment)
    assert err.value.code == "forbidden_role"
    a = register(make_input(moment), office_admin, "k2", now=moment).id
    users.change_role(staff["akim"].id, Role.EXECUTOR, office_admin, "Лауазымы өзгерді")
    with pytest.raises(DomainError) as err:   # the old head's open session assigns no more
        perform(a, "assign", staff["akim"], {"executor_id": staff["exec"].id, "resolution": "r"},
                today=dt.date(2026, 11, 3))
    assert err.value.code == "action_forbidden_role"


def test_only_an_administrator_with_a_reason_and_never_the_last_one(office_admin, registrar):
    with pytest.raises(DomainError) as err:
        users.deactivate(office_admin.id, registrar, "себеп")
    assert err.value.code == "forbidden_role"
    with pytest.raises(ValidationErrors):
        users.deactivate(registrar.id, office_admin, "  ")
    with pytest.raises(DomainError) as err:
        users.deactivate(office_admin.id, office_admin, "себеп")
    assert err.value.code in ("own_account", "last_admin")
    assert User.get_by_id(office_admin.id).active


def test_a_reset_password_must_be_changed_at_the_next_login(office_admin, registrar):
    users.reset_password(registrar.id, "uaqytsha-parol", office_admin, "Ұмытып қалды")
    user = login(registrar.login, "uaqytsha-parol", "ws1", NOW)
    assert user.must_change_password
    with pytest.raises(ValidationErrors) as err:
        users.change_password(user, "uaqytsha-parol", "uaqytsha-parol")
    assert codes(err) == ["password_unchanged"]
    with pytest.raises(ValidationErrors) as err:
        users.change_password(user, "wrong-old-one", "jana-qupiya-soz")
    assert codes(err) == ["bad_credentials"]
    assert not users.change_password(user, "uaqytsha-parol", "jana-qupiya-soz").must_change_password
    assert not login(registrar.login, "jana-qupiya-soz", "ws1", NOW).must_change_password


def test_throttling_slows_then_locks_and_the_administrator_unlocks(office_admin, registrar):
    at = NOW
    for n in range(3):
        with pytest.raises(DomainError) as err:
            login(registrar.login, f"wrong-{n}", "ws1", at)
        assert err.value.code == "bad_credentials"
    with pytest.raises(DomainError) as err:   # the 4th try at once: wait, even with the right password
        login(registrar.login, "reg-secret", "ws1", at)
    assert err.value.code == "login_wait"
    for n in range(7):   # each try after its wait, still wrong
        at += dt.timedelta(seconds=70)
        with pytest.raises(DomainError):
            login(registrar.login, f"wrong-again-{n}", "ws2", at)
    at += dt.timedelta(seconds=70)
    with pytest.raises(DomainError) as err:   # 10 failures: locked, the right password too
        login(registrar.login, "reg-secret", "ws3", at)
    assert err.value.code == "login_locked"
    assert ChangeLog.select().where((ChangeLog.entity == "user") & (ChangeLog.action == "locked")).exists()
    users.unlock(registrar.id, office_admin, "Өзі келіп растады")
    assert login(registrar.login, "reg-secret", "ws3", at).id == registrar.id
    assert LoginAttempt.select().where(LoginAttempt.ok == False).count() == 10  # noqa: E712


def test_a_workstation_that_guesses_many_logins_is_slowed_too(registrar):
    for n in range(3):
        with pytest.raises(DomainError):
            login(f"nobody{n}", "whatever-pass", "kiosk", NOW)
    with pytest.raises(DomainError) as err:
        login(registrar.login, "reg-secret", "kiosk", NOW)
    assert err.value.code == "login_wait"
    assert login(registrar.login, "reg-secret", "desk", NOW).id == registrar.id


def test_an_unknown_login_takes_as_long_as_a_known_one(registrar):
    def timed(name: str) -> float:
        start = time.perf_counter()
        with pytest.raises(DomainError):
            login(name, "wrong-password", f"ws-{name}", NOW)
        return time.perf_counter() - start
    known, unknown = timed(registrar.login), timed("no-such-user")
    assert unknown > known / 3   # the same argon2 work (before: 0.4 ms against 135 ms)
