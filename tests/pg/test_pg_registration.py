"""The same services on PostgreSQL: migrations, registration, numbering under
concurrent processes, Kazakh search, calendar recompute."""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import traceback

import pytest

from app.appeal.case_card import card
from app.appeal.registration import AppealInput, register
from app.office import calendar_store
from app.office.auth import create_user
from app.office.profile import OfficeSettings, first_run
from app.queries import appeals as q
from app.rules.calendar import WorkCalendar
from app.rules.enums import AppealForm, AppealKind, OverrideKind, Role
from app.store.database import schema_version
from models.db import close_database, open_database
from models.entities import Appeal

PROCESSES, EACH = 4, 15

# The newest migration file: every test below opens a fully migrated file.
LATEST = len(list((__import__("pathlib").Path(__file__).resolve().parents[2] / "models" / "migrations").glob("0*.py")))


def _setup():
    admin = first_run(OfficeSettings(name_kk="Әкімдік", name_ru="Акимат"), login_name="admin",
                      password="secret-1-long", surname="Әбілова", first_name="Гүлнар", patronymic="",
                      position="Бас маман")
    registrar = create_user(login_name="reg", password="secret-2-long", surname="Жұмабаев",
                            first_name="Ерлан", position="Тіркеуші", role=Role.REGISTRAR,
                            created_by=admin.id)
    return admin, registrar


def _input(received: dt.datetime, surname: str = "ҚАСЫМОВА") -> AppealInput:
    return AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=received,
                       surname=surname, first_name="Әлия", postal_address="Астана",
                       addressee="Әкім", substance="Су", appeal_date=received.date())


def test_register_search_and_card(pg_url):
    assert schema_version() == LATEST
    admin, registrar = _setup()
    first = register(_input(dt.datetime(2026, 11, 6, 19, 5)), registrar, "k1",
                     now=dt.datetime(2026, 11, 6, 19, 6))
    again = register(_input(dt.datetime(2026, 11, 6, 19, 5)), registrar, "k1",
                     now=dt.datetime(2026, 11, 6, 19, 6))
    assert (first.reg_number, first.registered_on, first.due_on) == (
        "2026-000001", dt.date(2026, 11, 9), dt.date(2026, 11, 30))
    assert again.id == first.id and again.repeated_submit
    cal = WorkCalendar()
    assert q.count(q.Criteria(text="қасымова әл"), cal) == 1
    assert q.all_ids(q.Criteria(text="әлия"), cal) == [first.id]
    assert q.count(q.Criteria(text="2026-0000"), cal) == 1
    assert card(first.id).history[0].action == "registered"
    change = calendar_store.add_override(dt.date(2026, 11, 20), OverrideKind.DAY_OFF, "Қаулы", "",
                                         admin.id)
    assert change.recomputed == 1
    assert Appeal.get_by_id(first.id).due_on == dt.date(2026, 12, 1)


def _worker(url: str, user, index: int, barrier, results) -> None:
    try:
        open_database(url)
        barrier.wait(timeout=60)
        numbers = [register(_input(dt.datetime(2026, 11, 6, 9, i), f"Әлиев{index}"), user,
                            f"pg{index}-{i}", now=dt.datetime(2026, 11, 6, 12, 0)).reg_number
                   for i in range(EACH)]
        close_database()
        results.put((numbers, None))
    except BaseException:
        results.put(([], traceback.format_exc()))


def test_parallel_registration_on_postgres(pg_url):
    _, registrar = _setup()
    close_database()
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(pg_url, registrar, i, barrier, results))
             for i in range(PROCESSES)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=90) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert [err for _, err in outcomes if err] == []
    numbers = sorted(n for nums, _ in outcomes for n in nums)
    assert numbers == [f"2026-{n:06d}" for n in range(1, PROCESSES * EACH + 1)]
    open_database(pg_url)
    assert Appeal.select().count() == PROCESSES * EACH



def test_lost_connection_is_explained_then_reconnected(pg_url):
    """A server restart or network blip: one clear error, then work goes on."""
    import psycopg
    import pytest

    from app.errors import StorageUnavailable
    _setup()
    cal = WorkCalendar()
    assert q.count(q.Criteria(), cal) == 0
    name = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
    with pytest.raises(StorageUnavailable) as exc:
        q.count(q.Criteria(), cal)
    assert exc.value.code == "database_unavailable"
    assert q.count(q.Criteria(), cal) == 0


def test_hostile_text_is_stored_alike_on_postgresql(pg_url):
    """Issue 12 item 6: NUL (refused by PostgreSQL itself) and the other
    controls become what the document prints, as on SQLite; a huge count is
    refused by the same rule, not by the engine."""
    import dataclasses

    from app.errors import ValidationErrors
    from models.entities import Appeal
    admin, registrar = _setup()
    moment = dt.datetime(2026, 11, 2, 10)
    data = dataclasses.replace(_input(moment), substance="Бір\x00екі\vүш\x07төрт")
    done = register(data, registrar, "a", now=moment)
    assert Appeal.get_by_id(done.id).substance == "Бір екі\nүш төрт"
    with pytest.raises(ValidationErrors) as err:
        register(dataclasses.replace(_input(moment), attachments_count=10**12), registrar, "b", now=moment)
    assert [(e.code, e.field) for e in err.value.errors] == [("number_too_large", "attachments_count")]
