"""Report timings at 1,000,000 appeals (issue 16: under 1 s each, median).

    python bench/bench_reports.py [bench/out/appeals-100k.sqlite bench/out/appeals-1m.sqlite]

bench/seed.py builds the appeals (once; about four minutes on a shared
machine) but leaves the closed ones without the day they closed, their
decision and outcome, and writes no history.  This script makes a copy,
``appeals-1m-reports.sqlite``, that has them: every closed case closed 3-42
days after its registration, its decision and outcome after its status, and
one "assign" history entry per assigned case (the head's or the deputy's
resolution, for the table by resolution author).  The copy is a bench file
only: its history chain is not linked.

Measured (median of 3 runs): the whole report - every table, this period and
the same period a year earlier - for a month, a quarter and a year; the
appeals behind a large figure (a year's applications received) and a small one
(a month's late answers of one executor); and each with and without the index
``appeal_closed`` (closed_on first: the "considered in the period" range) that
migration 0012 adds (without it the query reads the whole table).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import reports  # noqa: E402
from app.reports import Period  # noqa: E402
from app.store import open_database  # noqa: E402
from bench.common import timed  # noqa: E402
from bench.seed import seed  # noqa: E402
from models.db import close_database  # noqa: E402

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-100k.sqlite": 100_000, "appeals-1m.sqlite": 1_000_000}
# Migration 0012 adds this index (closed_on first, covering how a case ended);
# measured with and without it.
INDEX = ("CREATE INDEX IF NOT EXISTS appeal_closed "
         "ON appeal (closed_on, status, outcome, executor_id, due_on)")


def prepare(source: Path) -> Path:
    """The copy with closure days, decisions, outcomes and resolutions."""
    target = source.with_name(source.stem + "-reports.sqlite")
    if target.exists():
        return target
    if not source.exists():
        seed(SIZES.get(source.name, 1_000_000), source, dt.date.today())
    t0 = time.perf_counter()
    shutil.copyfile(source, target)
    con = sqlite3.connect(str(target))
    con.execute("PRAGMA synchronous=OFF")
    closed = "status NOT IN ('registered','incomplete','assigned','in_progress','hearing')"
    con.execute(f"""UPDATE appeal SET
        closed_on = date(registered_on, '+' || (3 + abs(random()) % 40) || ' days'),
        decision = CASE status WHEN 'decided' THEN (CASE WHEN id % 3 = 0 THEN 'act_burdening' ELSE 'act_favourable' END)
                   WHEN 'answered' THEN 'answer' WHEN 'noted' THEN 'noted' WHEN 'forwarded' THEN 'forwarded'
                   WHEN 'returned' THEN 'return' WHEN 'terminated' THEN 'termination'
                   WHEN 'withdrawn' THEN 'withdrawal' ELSE 'attached' END,
        outcome = CASE WHEN status IN ('decided', 'answered') THEN
                   (CASE id % 4 WHEN 0 THEN 'satisfied' WHEN 1 THEN 'clarified' WHEN 2 THEN 'refused'
                    ELSE 'partly_satisfied' END) ELSE '' END
        WHERE {closed}""")
    con.execute(f"UPDATE appeal SET decided_on = closed_on WHERE {closed}")
    con.execute("""INSERT INTO change_log (entity, entity_id, action, changes, user_id, at, prev_hash, row_hash)
                   SELECT 'appeal', id, 'assign', '{}', CASE WHEN id % 10 < 7 THEN 4 ELSE 5 END,
                          registered_on || ' 10:00:00', '', ''
                   FROM appeal WHERE executor_id IS NOT NULL""")
    con.commit()
    con.execute("ANALYZE")
    con.close()
    print(f"prepared {target} in {time.perf_counter() - t0:.0f} s")
    return target


def measure(path: Path, today: dt.date) -> dict[str, float]:
    open_database(str(path), migrate=False, create=False)
    out = {}
    # Last year's: every case closed (the seed keeps the newest 5 % open), so both
    # ranges - received and considered - are full.
    year = today.year - 1
    periods = {"month": Period.month(year, 6), "quarter": Period.quarter(year, 2), "year": Period.year(year)}
    for name, period in periods.items():
        out[f"report, a {name} ({period.first}..{period.last}) and a year earlier"], r = timed(
            lambda p=period: reports.build(p, today=today), runs=3)
        if name == "year":
            out["  (received in that year)"] = r.table("summary").cell("total", "received").current
    out["appeals behind a figure: a year's applications received"], ids = timed(
        lambda: reports.cell_ids("by_kind", "application", "received", periods["year"], today=today), runs=3)
    out["  (their number)"] = len(ids)
    out["appeals behind a figure: a month's late cases of one executor"], ids = timed(
        lambda: reports.cell_ids("by_executor", "3", "late", periods["month"], today=today), runs=3)
    out["  (their number) "] = len(ids)
    close_database()
    return out


def measure_both(source: Path) -> dict[str, dict]:
    path = prepare(source)
    con = sqlite3.connect(str(path))
    today = dt.date.fromisoformat(con.execute("SELECT max(registered_on) FROM appeal").fetchone()[0])
    results = {}
    for variant in ("without the index on closed_on", "with the index on closed_on"):
        con.execute("DROP INDEX IF EXISTS appeal_closed" if variant.startswith("without") else INDEX)
        con.execute("ANALYZE")
        con.commit()
        results[f"{source.stem}, {variant}"] = measure(path, today)
    con.close()   # left with the index, as migration 0012 has it
    return results


def main() -> None:
    out = ROOT / "bench" / "out"
    sources = [Path(a) for a in sys.argv[1:]] or [out / name for name in SIZES]
    results: dict[str, dict] = {}
    for source in sources:
        results.update(measure_both(source))
    names = list(results)
    print(f"| median of 3 | {' | '.join(names)} |")
    print("|---|" + "---|" * len(names))
    for op in results[names[0]]:
        cells = [f"{results[n][op]:.0f} ms" if not op.startswith("  ") else f"{results[n][op]:,}" for n in names]
        print(f"| {op.strip()} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
