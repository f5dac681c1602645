"""Build a benchmark database with N appeals (raw executemany, like a bulk import).

    python bench/seed.py 1000000 bench/out/appeals-1m.sqlite
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import demo  # noqa: E402
from app.calendar import WorkCalendar  # noqa: E402
from app.deadlines import due_date  # noqa: E402
from app.enums import OPEN_STATUSES, AppealKind, Status  # noqa: E402
from app.registration import normalize, tokens  # noqa: E402
from app.terms import DEFAULT_TERMS  # noqa: E402
from models.db import close_database, open_database  # noqa: E402

STATUSES = [str(s) for s in Status]


def seed(count: int, path: Path, today: dt.date, seed_value: int = 7) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(str(path))
    demo.fill(count=0, today=today)
    close_database()
    rnd, cal = random.Random(seed_value), WorkCalendar()
    start = today - dt.timedelta(days=5 * 365)
    span = (today - start).days
    due_cache: dict = {}
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA synchronous=OFF")
    cols = ("reg_number reg_year reg_seq submission_key kind form applicant_type surname first_name "
            "patronymic iin org_name bin outgoing_number postal_address phone email collective "
            "signatories applicant_display applicant_norm addressee substance language signed "
            "attachments_count attachment_pages eotinish_number missing received_at registered_on "
            "term_days term_article statutory_due_on due_on status executor_id registered_by_id "
            "created_at").split()
    sql = f"INSERT INTO appeal ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
    seq_by_year: dict[int, int] = {}
    rows, token_rows = [], []
    t0 = time.perf_counter()
    days = sorted(rnd.randrange(span) for _ in range(count))
    for i, offset in enumerate(days, start=1):
        reg = start + dt.timedelta(days=offset)
        if not cal.is_working(reg):
            reg = cal.next_working_day(reg)
        kind = rnd.choice(list(AppealKind))
        term = DEFAULT_TERMS[kind]
        key = (reg, term.days)
        if key not in due_cache:
            due_cache[key] = due_date(reg, term.days, term.article, cal)[0]
        due = due_cache[key]
        age = (today - reg).days
        status = (rnd.choice(STATUSES[5:]) if age > 40 and rnd.random() < 0.95
                  else rnd.choice([str(s) for s in OPEN_STATUSES]))
        female = rnd.random() < 0.5
        surname = rnd.choice(demo.SURNAMES) + ("а" if female else "")
        first = rnd.choice(demo.NAMES_F if female else demo.NAMES_M)
        display = f"{surname} {first}"
        seq = seq_by_year[reg.year] = seq_by_year.get(reg.year, 0) + 1
        received = dt.datetime.combine(reg, dt.time(9 + rnd.randrange(9), rnd.randrange(60)))
        rows.append((f"{reg.year}-{seq:06d}", reg.year, seq, f"bench-{i}", str(kind), "paper",
                     "individual", surname, first, "", f"{rnd.randrange(10**11, 10**12):012d}", "", "", "",
                     "Ақсу ауылы", "", "", 0, 0, display, normalize(display), "Әкім",
                     rnd.choice(demo.SUBJECTS), "kk", 1, 0, 0, "", "", received.isoformat(" "),
                     reg.isoformat(), term.days, term.article, due.isoformat(), due.isoformat(),
                     status, 3 if status != "registered" else None, 2, received.isoformat(" ")))
        token_rows.extend((i, t) for t in tokens(display))
        if len(rows) >= 50000:
            _flush(con, sql, rows, token_rows)
    _flush(con, sql, rows, token_rows)
    con.executemany("INSERT OR REPLACE INTO registration_counter (year, last_value) VALUES (?, ?)",
                    list(seq_by_year.items()))
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"seeded {count:,} appeals in {time.perf_counter() - t0:.1f} s -> {path}")


def _flush(con, sql, rows, token_rows) -> None:
    con.executemany(sql, rows)
    con.executemany("INSERT INTO appeal_token (appeal_id, token) VALUES (?, ?)", token_rows)
    rows.clear()
    token_rows.clear()


if __name__ == "__main__":
    seed(int(sys.argv[1]), Path(sys.argv[2]), dt.date.today())
