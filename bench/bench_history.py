"""What the history's hash chain costs (issue 12): per registration, and a
whole verification at 10,000 and 1,000,000 appeals.

    python bench/bench_history.py [bench/out/appeals-10k.sqlite ...]

Builds the databases with bench/seed.py when missing.  The seed writes no
history, so the first run gives every seeded appeal a realistic one, chained
like the app's: its registration, its assignment once assigned, its decision
once closed (about 2.9 rows an appeal; 2.9 million at a million).  Then it
measures (median of several runs):

- registering one appeal (its history rows, clocks and number, no talon),
  with the chain and with a plain append in its place: the difference is
  the chain's cost (compare bench_journal's "register one appeal + talon PDF");
- one chained append alone (lock, head, SHA-256, insert) against a plain one;
- verify_chain over the whole history, rows per second, and the issued
  documents compared with their entries.

The writes go to a copy of the database, which is removed afterwards.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import demo, office
from app.appeal.registration import AppealInput, register
from app.rules.enums import AppealForm, AppealKind
from app.store import chain, history
from app.store.storage import transaction
from bench.common import print_table
from bench.seed import seed
from models.db import close_database, open_database
from models.entities import ChangeLog

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}
SEEDED = "bench-history"   # the seeded rows' mark (their changes text says so)


def seed_history(path: Path) -> int:
    """Give each seeded appeal its history, chained from the current head
    (raw executemany, like the seed); returns the rows added (0 when done)."""
    con = sqlite3.connect(str(path))
    try:
        done = con.execute("SELECT 1 FROM change_log WHERE changes LIKE ? LIMIT 1",
                           (f'%"{SEEDED}"%',)).fetchone()
        if done:
            return 0
        con.execute("PRAGMA synchronous=OFF")
        prev = con.execute("SELECT row_hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
        prev = prev[0] if prev else chain.GENESIS
        sql = ("INSERT INTO change_log (entity, entity_id, action, changes, user_id, at, prev_hash, row_hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        added, rows, last = 0, [], 0
        while True:
            batch = con.execute("SELECT id, reg_number, status, executor_id, received_at FROM appeal "
                                "WHERE id > ? AND submission_key LIKE 'bench-%' ORDER BY id LIMIT 50000",
                                (last,)).fetchall()
            if not batch:
                break
            for appeal_id, number, status, executor, received in batch:
                at = dt.datetime.fromisoformat(received)
                entries = [("registered", f'{{"reg_number": "{number}", "status": [null, "registered"], '
                                          f'"seed": "{SEEDED}"}}', 2, at)]
                if executor is not None:
                    entries.append(("assign", f'{{"executor_id": [null, {executor}], "resolution": "r", '
                                              f'"seed": "{SEEDED}"}}', 4, at + dt.timedelta(days=1)))
                if status not in ("registered", "incomplete", "assigned", "in_progress", "hearing"):
                    entries.append(("decide", f'{{"status": ["in_progress", "{status}"], "outcome": '
                                              f'["", "satisfied"], "seed": "{SEEDED}"}}', 4,
                                    at + dt.timedelta(days=12)))
                for action, changes, user, moment in entries:
                    stamp = moment.isoformat(sep=" ")
                    row_hash = chain.link_hash(prev, "appeal", appeal_id, action, changes, user, stamp)
                    rows.append(("appeal", appeal_id, action, changes, user, stamp, prev, row_hash))
                    prev = row_hash
            last = batch[-1][0]
            con.executemany(sql, rows)
            added += len(rows)
            rows.clear()
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return added
    finally:
        con.close()


def plain_append(rows: list[dict]) -> int:
    """The history as it was before the chain: an insert, nothing read."""
    for row in rows:
        row.update(prev_hash="", row_hash="")
    if len(rows) == 1:
        return ChangeLog.insert(**rows[0]).execute()
    ChangeLog.insert_many(rows).execute()
    return 0


def interleaved(fn, runs: int) -> tuple[float, float]:
    """Median ms of ``fn()`` with the chained append and with the plain one,
    run turn about so that the disk's moods fall on both alike."""
    chained_append, samples = history._append, {True: [], False: []}
    try:
        for _ in range(runs):
            for chained in (True, False):
                history._append = chained_append if chained else plain_append
                t0 = time.perf_counter()
                fn()
                samples[chained].append((time.perf_counter() - t0) * 1000)
    finally:
        history._append = chained_append
    return statistics.median(samples[True]), statistics.median(samples[False])


def measure(user) -> dict[str, str]:
    results: dict[str, str] = {}

    def register_one():
        data = AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER,
                           received_at=dt.datetime.now().replace(second=0, microsecond=0),
                           surname="Бенчмарков", first_name="Әлихан", postal_address="Ақсу",
                           addressee="Әкім", substance="Өлшеу", appeal_date=dt.date.today())
        register(data, user, str(uuid.uuid4()))
    before = ChangeLog.select().count()
    chained, plain = interleaved(register_one, 15)
    per_registration = (ChangeLog.select().count() - before) / 30
    results["register one appeal (no talon), chained history"] = f"{chained:.2f} ms"
    results["register one appeal (no talon), plain history"] = f"{plain:.2f} ms"
    results["history rows per registration"] = f"{per_registration:.0f}"

    def append_one():
        with transaction():
            history._append([{"entity": "bench", "entity_id": 1, "action": "measured",
                              "changes": '{"n": 1}', "user": None,
                              "at": dt.datetime.now().replace(microsecond=0)}])
    chained, plain = interleaved(append_one, 101)
    results["append one history row + commit, chained"] = f"{chained:.3f} ms"
    results["append one history row + commit, plain"] = f"{plain:.3f} ms"
    runs, moment = 2000, dt.datetime.now().replace(microsecond=0)
    t0 = time.perf_counter()
    for _ in range(runs):
        chain.link_hash(chain.chain_head(), "appeal", 1, "registered", '{"n": 1}', 2, moment)
    results["the chain's own work per row (head read + SHA-256)"] = \
        f"{(time.perf_counter() - t0) * 1000 / runs:.3f} ms"
    # The plain appends above left rows without a hash, as an outside writer
    # would: the verification of this copy must name the first of them.
    t0 = time.perf_counter()
    report = chain.verify_chain()
    took = (time.perf_counter() - t0) * 1000
    assert report.first is not None and report.first.problem == "not_chained", report.first
    results["verify_chain on the copy (finds the plain rows)"] = f"{took:.0f} ms"
    return results


def main(paths: list[str]) -> None:
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / name for name in SIZES]
    table, notes = {}, {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, dt.date.today())
        open_database(str(path))   # migrates an older seed (chains its rows, adds the triggers)
        close_database()
        t0 = time.perf_counter()
        added = seed_history(path)
        if added:
            notes[f"{path.name}, history seeded"] = f"{added:,} rows in {time.perf_counter() - t0:.1f} s"
        open_database(str(path))
        samples = []
        for _ in range(3):
            t0 = time.perf_counter()
            report = chain.verify_chain()
            samples.append((time.perf_counter() - t0) * 1000)
        assert report.ok, report.breaks[:3]
        took = statistics.median(samples)
        results = {"verify_chain: whole history": f"{took:.0f} ms",
                   "history rows verified": f"{report.rows:,}",
                   "verify_chain: rows per second": f"{report.rows / took * 1000:,.0f}",
                   "issued documents compared": f"{report.documents}"}
        close_database()
        # Writes go to a copy: the plain appends would leave the seeded
        # database with rows outside the chain.
        scratch = Path(tempfile.mkdtemp()) / path.name
        shutil.copyfile(path, scratch)
        open_database(str(scratch))
        results.update(measure(office.login("registrar", demo.DEMO_PASSWORD)))
        close_database()
        shutil.rmtree(scratch.parent)
        table[path.name] = results
    print_table(table, notes)


if __name__ == "__main__":
    main(sys.argv[1:])
