"""Shared fixtures: a migrated template SQLite file copied per test, the office
with its first administrator, and a registrar."""
from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

import app.office.auth
from app.appeal.registration import AppealInput
from app.office.auth import UserInfo, create_user
from app.office.profile import OfficeSettings, first_run
from app.rules.enums import AppealForm, AppealKind, Role
from models.db import close_database, open_database

OFFICE = OfficeSettings(
    name_kk="Алматы ауданының әкімдігі", name_ru="Акимат Алматинского района",
    address="Астана қ., Бейбітшілік к-сі, 1", phone="+7 7172 00 00 00",
    head_name="Әкімов Ә.", head_position="Әкім")


def fast_hasher() -> PasswordHasher:
    """Still argon2id, with minimal cost: keeps each user creation ~1 ms."""
    return PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch):
    monkeypatch.setattr(app.office.auth, "_hasher", fast_hasher())


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    """One migrated database file, built once per session."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(str(path))
    close_database()
    return path


@contextlib.contextmanager
def opened_copy(template: Path, folder: Path) -> Iterator[Path]:
    """Copy a closed database file (its WAL checkpointed at close) into
    ``folder``, open the copy as the app's database, close it afterwards."""
    path = folder / "zholdanym.sqlite"
    shutil.copyfile(template, path)
    open_database(str(path))
    try:
        yield path
    finally:
        close_database()


@pytest.fixture
def db_file(template_db, tmp_path):
    with opened_copy(template_db, tmp_path) as path:
        yield path


@pytest.fixture
def office_admin(db_file) -> UserInfo:
    return first_run(OFFICE, login_name="admin", password="admin-secret",
                     surname="Әбілова", first_name="Гүлнар", patronymic="Серікқызы",
                     position="Бас маман")


@pytest.fixture
def registrar(office_admin) -> UserInfo:
    return create_user(login_name="tirkeushi", password="reg-secret", surname="Жұмабаев",
                       first_name="Ерлан", patronymic="", position="Тіркеуші маман",
                       role=Role.REGISTRAR, created_by=office_admin.id)


def _appeal_input(received_at: dt.datetime, **kw) -> AppealInput:
    """A complete written application from an individual (no 63.2 item missing)."""
    values = dict(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=received_at,
                  surname="Қасымова", first_name="Айгүл", patronymic="Бекқызы",
                  postal_address="Астана қ., Абай д-лы, 10", addressee="Аудан әкімі",
                  substance="Жер телімі туралы", appeal_date=received_at.date(), signed=True)
    values.update(kw)
    return AppealInput(**values)


@pytest.fixture
def make_input():
    """Factory: ``make_input(received_at, **overrides)`` -> AppealInput."""
    return _appeal_input


class MemoryKeyring:
    """An in-memory credential store: this machine and CI have none
    (keyring's "fail" backend), as some Windows and Linux computers."""

    def __init__(self):
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]
            stored: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.stored.get((service, username))

            def set_password(self, service, username, password):
                self.stored[(service, username)] = password

            def delete_password(self, service, username):
                import keyring.errors
                if self.stored.pop((service, username), None) is None:
                    raise keyring.errors.PasswordDeleteError(username)
        Backend.stored = {}
        self.backend = Backend()

    @property
    def stored(self) -> dict[tuple[str, str], str]:
        return self.backend.stored


@pytest.fixture
def memory_keyring():
    """The credential store, in memory for the test; the one before after it."""
    import keyring
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store.backend)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    """No credential store at all, as on this machine and in CI."""
    import keyring
    from keyring.backends import fail
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def empty_pg():
    """A fresh, empty PostgreSQL database (no schema: setup-server makes it)
    on the server of $ZHOLDANYM_TEST_PG; its URL as the owner.  Workstation
    roles the test makes are named in the returned list's second item and
    dropped afterwards."""
    import os
    import uuid
    from urllib.parse import urlparse, urlunparse
    base = os.environ.get("ZHOLDANYM_TEST_PG")
    if not base:
        pytest.skip("PostgreSQL is not configured here: set ZHOLDANYM_TEST_PG (.ci/run does)")
    import psycopg
    name = f"zh_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(urlunparse(urlparse(base)._replace(path="/postgres")), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    roles: list[str] = []
    yield urlunparse(urlparse(base)._replace(path=f"/{name}")), roles
    close_database()
    import time
    for _ in range(50):   # a workstation's backend may still be exiting: FORCE may not end another role's
        if not admin.execute("SELECT 1 FROM pg_stat_activity WHERE datname = %s AND usename <> current_user",
                             (name,)).fetchone():
            break
        time.sleep(0.1)
    admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    for role in roles:   # its rights went with the database
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')
    admin.close()
