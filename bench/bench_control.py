"""Control lists and the ladder at 10,000 and 1,000,000 appeals (issue 3).

    python bench/bench_control.py [bench/out/appeals-1m.sqlite ...]

Builds the databases with bench/seed.py when missing (5 % open: 50,000 at a
million, with their clocks), then measures the median of several runs of:
the three lists' counts, each list for the whole office and for one
executor, the per-executor overview, the ladder of one open case, and the
control panel's whole refresh (offscreen).  Goal: each list under 100 ms at
1,000,000 appeals.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication

from app import demo, office
from app.appeal import clock_ladder as ladder
from app.office.calendar_store import load_calendar
from app.queries import control
from bench.common import print_table, timed
from bench.seed import seed
from models.db import close_database, open_database
from ui.journal.control_panel import ControlPanel

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}



def facts(path: Path, today: dt.date) -> str:
    con = sqlite3.connect(str(path))
    open_n, overdue = con.execute(
        "SELECT COUNT(*), SUM(due_on < ?) FROM appeal WHERE status IN "
        "('registered','incomplete','assigned','in_progress','hearing')", (today.isoformat(),)).fetchone()
    clocks = con.execute("SELECT COUNT(*) FROM case_clock WHERE state = 'open'").fetchone()[0]
    con.close()
    return f"{open_n:,} open, {overdue:,} of them past their term; {clocks:,} open clocks"


def measure(today: dt.date) -> dict[str, str]:
    cal = load_calendar()
    executor = office.login("executor", demo.DEMO_PASSWORD)
    results = {}
    for who, scope in ((None, "office"), (executor.id, "one executor")):
        ms, counts = timed(lambda w=who: control.counts(today, cal, 3, w))
        results[f"counts of the 3 lists, {scope}"] = f"{ms:.1f} ms ({counts})"
        for which in control.LISTS:
            ms, items = timed(lambda w=who, c=which: control.control_list(c, today, cal, 3, w))
            results[f"list '{which}', {scope}"] = f"{ms:.1f} ms ({len(items):,} items)"
    ms, rows = timed(lambda: control.by_executor(today, cal, 3))
    results["per-executor overview"] = f"{ms:.1f} ms ({len(rows)} rows)"
    case = control.control_list("due_within", today, cal, 3)[0].appeal_id
    ms, lad = timed(lambda: ladder.ladder(case, today))
    results["ladder of one open case"] = f"{ms:.1f} ms ({len(lad.rungs)} rungs)"
    head = office.login("head", demo.DEMO_PASSWORD)
    panel = ControlPanel(head, today)
    ms, _ = timed(panel.refresh, runs=5)
    results["control panel refresh (counts, overdue list, overview)"] = f"{ms:.1f} ms"
    panel.deleteLater()
    return results


def main(paths: list[str]) -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    today = dt.date.today()
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / name for name in SIZES]
    table, notes = {}, {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, today)
        notes[path.name] = facts(path, today)
        open_database(str(path))
        table[path.name] = measure(today)
        close_database()
    print_table(table, notes)


if __name__ == "__main__":
    main(sys.argv[1:])
