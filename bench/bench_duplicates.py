"""The counter's duplicate check (issue 16 item 5) at 10,000 and 1,000,000 appeals.

    python bench/bench_duplicates.py [bench/out/appeals-1m.sqlite ...]

Builds the databases with bench/seed.py when missing, then times (median of
several runs) ``app.appeal.likely_duplicates`` for a draft as the clerk
types it: by IIN and name (an IIN of an open appeal), by name, settlement
and substance (the seeded names repeat: thousands of appeals share one, the
worst case for the name look-up: about 270 appeals of one name in 90 days),
and both at once.  Goal: well under
100 ms at 1,000,000, since it runs after every pause in typing.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.appeal import AppealInput, likely_duplicates  # noqa: E402
from app.rules import likeness  # noqa: E402
from app.rules.enums import AppealForm, AppealKind  # noqa: E402
from bench.common import print_table, timed  # noqa: E402
from bench.seed import seed  # noqa: E402
from models.db import close_database, db, open_database  # noqa: E402

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}


def _draft(row, iin: str, address: str = "с. Аксу, ул. Абая 5") -> AppealInput:
    surname, first, substance = row
    return AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER,
                       received_at=dt.datetime.now(), surname=surname, first_name=first, iin=iin,
                       postal_address=address, substance=substance)


def _forget() -> None:
    """The first check of a typing pause: no address or substance folded yet."""
    likeness.settlement_as_written.cache_clear()
    likeness.significant_words.cache_clear()


def measure(path: Path) -> dict[str, str]:
    open_database(str(path))
    try:
        today = dt.date.today()
        newest = db.execute_sql("SELECT surname, first_name, substance, iin FROM appeal "
                                "WHERE status IN ('assigned', 'in_progress') ORDER BY id DESC LIMIT 1").fetchone()
        row, iin = newest[:3], newest[3]
        out = {}
        for name, draft in (("by IIN and name (no settlement typed)", _draft(row, iin, address="")),
                            ("by name, settlement, substance", _draft(row, "")),
                            ("both rules", _draft(row, iin))):
            cold, matches = timed(lambda d=draft: (_forget(), likely_duplicates(d, today))[1])
            warm, _ = timed(lambda d=draft: likely_duplicates(d, today))
            out[name] = f"{cold:.1f} ms / {warm:.1f} ms ({len(matches)} found)"
        return out
    finally:
        close_database()


def main(paths: list[str]) -> None:
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / n for n in SIZES]
    table = {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, dt.date.today())
        table[path.name] = measure(path)
    print_table(table, {"goal": "well under 100 ms at 1,000,000 (median of 7)",
                        "figures": "first check (nothing folded yet) / the same check again while typing"})


if __name__ == "__main__":
    main(sys.argv[1:])
