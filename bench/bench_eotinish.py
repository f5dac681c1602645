"""The e-Otinish queue and the feedback counts at 10,000 and 1,000,000
appeals (issue 16 item 4, 6).

    python bench/bench_eotinish.py [bench/out/appeals-1m.sqlite ...]

Works on a copy of each database of bench/seed.py (built when missing),
migrated to schema 11.  bench/seed.py leaves every appeal without an
e-Otinish number: the worst case, measured first; then 95 % get a number
(an office that keeps up) and every third closed appeal a feedback, and it
is measured again: the queue's count and its first 500, the whole control
panel refresh, and the feedback counts of a year of decisions."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication

from app import demo, office
from app.eotinish import feedback_counts
from app.office.calendar_store import load_calendar
from app.queries.eotinish import queue
from bench.common import print_table, timed
from bench.seed import seed
from models.db import close_database, open_database
from ui.journal.control_panel import ControlPanel

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}


def measure(today: dt.date, label: str, results: dict) -> None:
    cal = load_calendar()
    now = dt.datetime.combine(today, dt.time(12, 0))
    ms, q = timed(lambda: queue(now, cal))
    results[f"queue: count and first 500, {label}"] = f"{ms:.1f} ms ({q.total:,} waiting)"
    head = office.login("head", demo.DEMO_PASSWORD)
    panel = ControlPanel(head, today)
    ms, _ = timed(panel.refresh, runs=5)
    results[f"control panel refresh, {label}"] = f"{ms:.1f} ms"
    panel.deleteLater()
    start = today - dt.timedelta(days=365)
    ms, counts = timed(lambda: feedback_counts(start, today))
    results[f"feedback counts of a year, {label}"] = f"{ms:.1f} ms ({sum(counts.values()):,})"


def keep_up(path: Path) -> None:
    con = sqlite3.connect(str(path))
    con.execute("UPDATE appeal SET eotinish_number = 'ЖТ-' || reg_year || '-' || printf('%08d', id) "
                "WHERE id % 20 != 0")
    con.execute("UPDATE appeal SET feedback = CASE id % 3 WHEN 0 THEN 'satisfied' WHEN 1 THEN 'neutral' "
                "ELSE 'not_satisfied' END, feedback_via = 'phone', decided_on = registered_on "
                "WHERE status IN ('decided', 'answered') AND id % 7 = 0")
    con.commit()
    con.execute("ANALYZE")
    con.close()


def main(paths: list[str]) -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    today = dt.date.today()
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / name for name in SIZES]
    table, notes = {}, {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, today)
        work = Path(tempfile.mkdtemp()) / path.name
        shutil.copy(path, work)
        open_database(str(work))    # migrates to schema 11 (a checked copy first, beside it)
        results: dict = {}
        measure(today, "no appeal numbered", results)
        close_database()
        keep_up(work)
        open_database(str(work))
        measure(today, "95 % numbered", results)
        close_database()
        table[path.name] = results
        notes[path.name] = f"copy migrated to schema 11 in {work.parent}"
        shutil.rmtree(work.parent, ignore_errors=True)
    print_table(table, notes)


if __name__ == "__main__":
    main(sys.argv[1:])
