"""Build a benchmark database with N appeals (raw executemany, like a bulk import).

    python bench/seed.py 1000000 bench/out/appeals-1m.sqlite

The newest 5 % are open (50,000 at a million): the youngest within their
term, most older ones extended (АППК 76.3), about a fifth overdue.  Open
cases carry their clocks (forwarding, extension notices, hearing).
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import demo
from app.appeal.terms import DEFAULT_TERMS
from app.rules.calendar import WorkCalendar
from app.rules.deadlines import due_date
from app.rules.enums import OPEN_STATUSES, AppealKind, Status
from app.rules.names import case_fold, name_tokens
from models.db import close_database, open_database

OPEN = [str(s) for s in OPEN_STATUSES]
CLOSED = [str(s) for s in Status if s not in OPEN_STATUSES]
OPEN_SHARE = 0.05
EXECUTORS = (3, 6)   # the demo's two executors


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
    rows, token_rows, clock_rows = [], [], []
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
        is_open = i > count * (1 - OPEN_SHARE)
        if not is_open:
            status = rnd.choice(CLOSED)
        else:   # registered or incomplete for a few days, then assigned and considered
            status = rnd.choice(OPEN[:2] if age <= 3 else OPEN[2:])
        extended = is_open and due < today and rnd.random() < 0.8
        statutory = due
        if extended:   # extended within two months of a decision taken before the term ran out
            due = cal.next_working_day(due + dt.timedelta(days=rnd.randint(20, 58)))
        executor = rnd.choice(EXECUTORS) if status not in ("registered", "incomplete") else None
        female = rnd.random() < 0.5
        surname = rnd.choice(demo.SURNAMES) + ("а" if female else "")
        first = rnd.choice(demo.NAMES_F if female else demo.NAMES_M)
        display = f"{surname} {first}"
        seq = seq_by_year[reg.year] = seq_by_year.get(reg.year, 0) + 1
        received = dt.datetime.combine(reg, dt.time(9 + rnd.randrange(9), rnd.randrange(60)))
        rows.append((f"{reg.year}-{seq:06d}", reg.year, seq, f"bench-{i}", str(kind), "paper",
                     "individual", surname, first, "", f"{rnd.randrange(10**11, 10**12):012d}", "", "", "",
                     "Ақсу ауылы", "", "", 0, 0, display, case_fold(display), "Әкім",
                     rnd.choice(demo.SUBJECTS), "kk", 1, 0, 0, "", "", received.isoformat(" "),
                     reg.isoformat(), term.days, term.article, statutory.isoformat(), due.isoformat(),
                     status, executor, 2, received.isoformat(" ")))
        if is_open:
            clock_rows.extend(_clocks(rnd, cal, i, reg, status, statutory, extended, today))
        token_rows.extend((i, t) for t in name_tokens(display))
        if len(rows) >= 50000:
            _flush(con, sql, rows, token_rows, clock_rows)
    _flush(con, sql, rows, token_rows, clock_rows)
    con.executemany("INSERT OR REPLACE INTO registration_counter (year, last_value) VALUES (?, ?)",
                    list(seq_by_year.items()))
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"seeded {count:,} appeals in {time.perf_counter() - t0:.1f} s -> {path}")


def _clocks(rnd, cal, appeal_id, reg, status, statutory, extended, today) -> list[tuple]:
    """(appeal, kind, article, party, event, days, due, state, closed) of an open case."""
    now = today.isoformat()
    forward_due = cal.add_working_days(reg, 3)
    closed = status != "registered"
    out = [(appeal_id, "forward", "65.1", "office", reg, 3, forward_due,
            "cancelled" if closed else "open", min(forward_due, today) if closed else None)]
    if extended:
        decided = cal.add_working_days(reg, 12)
        notice = cal.add_working_days(decided, 3)
        sent = rnd.random() < 0.9
        out.append((appeal_id, "extension_notice", "76.3", "office", decided, 3, notice,
                    "met" if sent else "open", notice if sent else None))
    if status == "hearing":
        sent = min(cal.add_working_days(reg, 8), today)
        out += [(appeal_id, "act_earliest", "73.1", "gate", sent, 3, cal.add_working_days(sent, 3),
                 "open", None),
                (appeal_id, "objection", "73.3", "participant", sent, 2,
                 cal.add_working_days(sent, 2), "open", None)]
    return [(a, k, art, p, e.isoformat(), n, d.isoformat(), st, c.isoformat() if c else None, now)
            for a, k, art, p, e, n, d, st, c in out]


def _flush(con, sql, rows, token_rows, clock_rows) -> None:
    con.executemany(sql, rows)
    con.executemany("INSERT INTO appeal_token (appeal_id, token) VALUES (?, ?)", token_rows)
    con.executemany("INSERT INTO case_clock (appeal_id, kind, article, party, event_on, days, "
                    "due_on, state, closed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    clock_rows)
    rows.clear()
    token_rows.clear()
    clock_rows.clear()


if __name__ == "__main__":
    seed(int(sys.argv[1]), Path(sys.argv[2]), dt.date.today())
