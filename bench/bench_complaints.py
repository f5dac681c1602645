"""The complaint register and complaint registration at 10,000 and 1,000,000
appeals (issue 5).

    python bench/bench_complaints.py [bench/out/appeals-1m.sqlite ...]

Uses the databases of bench/seed.py (built when missing); migration 0004
gives every appeal of kind "complaint" its complaint record (about one in
seven: a stress case, since an office meets far fewer), and the bench puts
two in five on the challenged side and some acts under a 96.1 exception.  Then measures the median of several runs of: the register's
id lists (open, all, one side), one window of rows, one complaint's card
details, the register dialog opened and painted (offscreen), and
registering one complaint with its record.  Goal: the register opens in
under 0.5 s and a registration stays near the appeal's 20 ms.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication

from app import demo, office
from app.appeal.registration import AppealInput, register
from app.queries import complaints as q
from app.rules.complaint import ComplaintInput
from app.rules.enums import AppealKind
from bench.common import print_table, timed
from bench.seed import seed
from models.db import close_database, open_database
from ui.complaint.register import ComplaintRegisterDialog

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}



def add_complaints(path: Path) -> int:
    """A complaint record for every complaint appeal that has none."""
    con = sqlite3.connect(str(path))
    rnd = random.Random(5)
    ids = [r[0] for r in con.execute(
        "SELECT a.id FROM appeal a LEFT JOIN complaint c ON c.appeal_id = a.id "
        "WHERE a.kind = 'complaint' AND c.id IS NULL")]
    rows = []
    for appeal_id in ids:
        role = "challenged" if rnd.random() < 0.4 else "reviewing"
        suspension = rnd.choice(("suspended", "ended", "ended", "not_suspended", "not_applicable"))
        rows.append((appeal_id, role, rnd.choice(("act", "action", "inaction")), "Ақсу ауылдық округінің әкімі",
                     f"№ {rnd.randint(1, 500)} шешім", "Ақсу, Абай 12", "", 0, suspension,
                     "96.1.1" if suspension == "not_suspended" else "", rnd.random() < 0.05))
    con.executemany(
        "INSERT INTO complaint (appeal_id, role, subject, challenged_body, challenged_act, actual_address,"
        " attachments_list, route_missing, suspension, suspension_ground, late, suspension_reason, restore_reason,"
        " reasoning, legal_norms, violations, proposals, new_act, remedy, restored, sent_to, grounds,"
        " review_result, court_case, court_name, court_outcome, execution)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,'','','','','','','','','','','','','','','','')", rows)
    # Rows the migration backfilled (complaint body's side) get both sides too.
    con.execute("UPDATE complaint SET role = 'challenged' WHERE appeal_id % 5 < 2")
    con.execute("UPDATE complaint SET suspension = 'not_suspended', suspension_ground = '96.1.1' "
                "WHERE appeal_id % 7 = 3 AND suspension = 'suspended'")
    con.commit()
    count = con.execute("SELECT COUNT(*) FROM complaint").fetchone()[0]
    con.close()
    return count


def measure() -> dict[str, str]:
    results = {}
    for label, kwargs in (("open", {"open_only": True}), ("all", {}), ("one side", {"role": "reviewing"})):
        ms, ids = timed(lambda k=kwargs: q.register_ids(**k))
        results[f"register ids, {label}"] = f"{ms:.1f} ms ({len(ids):,})"
    ids = q.register_ids()
    ms, rows = timed(lambda: q.register_rows(ids[:200]))
    results["one window of 200 rows"] = f"{ms:.1f} ms"
    ms, _ = timed(lambda: q.info(ids[len(ids) // 2]))
    results["one complaint's card details"] = f"{ms:.1f} ms"

    def open_register():
        dialog = ComplaintRegisterDialog()
        dialog.show()
        QApplication.processEvents()
        dialog.close()
        dialog.deleteLater()
    ms, _ = timed(open_register, runs=5)
    results["register dialog opened and painted (open complaints)"] = f"{ms:.1f} ms"
    registrar = office.login("registrar", demo.DEMO_PASSWORD)

    def one():
        now = dt.datetime.now().replace(second=0, microsecond=0)
        data = AppealInput(kind=AppealKind.COMPLAINT, form="paper", received_at=now, surname="Қасымова",
                           first_name="Әлия", postal_address="Ақсу", addressee="Аудан әкімі",
                           substance="Шағым", appeal_date=now.date())
        return register(data, registrar, str(uuid.uuid4()), now=now, complaint=ComplaintInput(
            challenged_body="Әкім", actual_address="Ақсу", learned_on=now.date() - dt.timedelta(days=30)))
    ms, _ = timed(one)
    results["register one complaint with its record"] = f"{ms:.1f} ms"
    return results


def main(paths: list[str]) -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    today = dt.date.today()
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / name for name in SIZES]
    table, notes = {}, {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, today)
        open_database(str(path))   # migrates to the complaint table
        close_database()
        notes[path.name] = f"{add_complaints(path):,} complaint records"
        open_database(str(path))
        table[path.name] = measure()
        close_database()
    print_table(table, notes)


if __name__ == "__main__":
    main(sys.argv[1:])
