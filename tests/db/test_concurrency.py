"""Several workstations (processes) registering at once on one SQLite file."""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import traceback

from models.db import close_database, db, integrity_problems, open_database
from models.entities import Appeal, RegistrationCounter

PROCESSES = 4
EACH = 25


def _worker(path: str, user, index: int, barrier, results) -> None:
    """Run in a spawned process: register EACH appeals as fast as possible."""
    try:
        from app.appeal.registration import AppealInput, register
        from app.rules.enums import AppealForm, AppealKind

        open_database(path)
        barrier.wait(timeout=60)
        numbers = []
        for i in range(EACH):
            received = dt.datetime(2026, 11, 6, 9, 0) + dt.timedelta(minutes=i)
            data = AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER,
                               received_at=received, surname=f"Әлиев{index}",
                               first_name="Нұрлан", postal_address="Астана",
                               addressee="Әкім", substance="Су", appeal_date=received.date())
            r = register(data, user, f"w{index}-{i}", now=dt.datetime(2026, 11, 6, 12, 0))
            numbers.append(r.reg_number)
        close_database()
        results.put((index, numbers, None))
    except BaseException:  # report everything to the parent
        results.put((index, [], traceback.format_exc()))


def test_parallel_registration_has_no_gaps_or_duplicates(db_file, registrar):
    close_database()  # the parent must not hold the file while workers write
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES)
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(str(db_file), registrar, i, barrier, results))
             for i in range(PROCESSES)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    errors = [err for _, _, err in outcomes if err]
    assert errors == []
    numbers = [n for _, nums, _ in outcomes for n in nums]
    assert len(numbers) == PROCESSES * EACH

    open_database(str(db_file))
    assert Appeal.select().count() == PROCESSES * EACH
    seqs = sorted(a.reg_seq for a in Appeal.select(Appeal.reg_seq))
    assert seqs == list(range(1, PROCESSES * EACH + 1))
    expected = {f"2026-{n:06d}" for n in range(1, PROCESSES * EACH + 1)}
    assert set(numbers) == expected
    assert {a.reg_number for a in Appeal.select(Appeal.reg_number)} == expected
    assert RegistrationCounter.get_by_id(2026).last_value == PROCESSES * EACH
    assert db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok"
    assert integrity_problems() == []
