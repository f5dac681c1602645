"""The head's dashboard at 10,000 and 1,000,000 appeals (issue 16 item 2).

    python bench/bench_dashboard.py [bench/out/appeals-1m.sqlite ...]

Builds the databases with bench/seed.py when missing.  bench/seed.py writes
the closed appeals without their end (closed_on, outcome); the first run
gives them one, as the workflow would have (a day 3 to 32 after
registration, one in seven after its due date; decided and answered ones an
outcome), once per database.  Then the median of 7 runs of: the dashboard's
figures (every month, the ends, the executors), the list behind the largest
figure, and the window drawing them (offscreen).  Goal: under 1 s each at
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
from app.queries import dashboard
from bench.common import print_table, timed
from bench.seed import seed
from models.db import close_database, open_database

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}
OUTCOMES = ("satisfied", "partly_satisfied", "refused", "clarified")


def give_ends(path: Path) -> str:
    """The closed appeals' end, once (see the module's note)."""
    con = sqlite3.connect(str(path))
    try:
        if con.execute("SELECT 1 FROM appeal WHERE closed_on IS NOT NULL LIMIT 1").fetchone() is None:
            con.execute(
                "UPDATE appeal SET closed_on = CASE WHEN id % 7 = 0 THEN date(due_on, '+3 days') "
                "ELSE date(registered_on, '+' || (3 + id % 30) || ' days') END "
                "WHERE status NOT IN ('registered','incomplete','assigned','in_progress','hearing')")
            for i, outcome in enumerate(OUTCOMES):
                con.execute("UPDATE appeal SET outcome = ?, decided_on = closed_on "
                            "WHERE status IN ('decided','answered') AND id % 4 = ?", (outcome, i))
            con.commit()
        closed, late = con.execute("SELECT COUNT(closed_on), SUM(closed_on > due_on) FROM appeal").fetchone()
        return f"{closed:,} closed, {late:,} of them after their term"
    finally:
        con.close()


def measure(today: dt.date) -> dict[str, str]:
    from ui.dashboard.window import DashboardWindow
    results = {}
    ms, data = timed(lambda: dashboard.dashboard(today))
    results["the dashboard's figures (12 months, ends, executors)"] = f"{ms:.1f} ms"
    last = data.months[-1]
    for which in ("received", "open", "overdue"):
        ms, ids = timed(lambda w=which: dashboard.ids(w, today, month=last.month))
        results[f"the list behind '{which}' of this month"] = f"{ms:.1f} ms ({len(ids):,} appeals)"
    head = office.login("head", demo.DEMO_PASSWORD)
    window = DashboardWindow(head, today)
    window.show()

    def draw():
        window.show_data(data)
        QApplication.processEvents()
    ms, _ = timed(draw)
    results["the window drawing them (4 charts, 3 tables)"] = f"{ms:.1f} ms"
    window.runner.shutdown()
    window.deleteLater()
    return results


def main(paths: list[str]) -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    today = dt.date.today()
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / name for name in SIZES]
    table, notes = {}, {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, today)
        notes[path.name] = give_ends(path)
        open_database(str(path))   # migration 0012: the indexes the dashboard reads
        table[path.name] = measure(today)
        close_database()
    print_table(table, notes)


if __name__ == "__main__":
    main(sys.argv[1:])
