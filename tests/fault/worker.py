"""A workstation that is killed (issue 12 fault suite): registers appeals, or
assigns and decides them, as fast as it can, and writes each call's result to
a log only after the call returned.  Run by tests/fault/test_kill.py."""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(db: str, mode: str, log: str, registrar_id: int, head_id: int, exec_id: int, start: int) -> None:
    from app.appeal.registration import AppealInput, register
    from app.engine import perform
    from app.errors import DomainError
    from app.office.auth import get_user
    from app.rules.enums import AppealForm, AppealKind
    from models.db import open_database
    from models.entities import Appeal

    open_database(db)
    out = open(log, "a", encoding="utf-8")

    def done(line: str) -> None:
        out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())
    registrar, head = get_user(registrar_id), get_user(head_id)
    now = dt.datetime(2026, 11, 20, 12, 0)
    for i in range(start, start + 100_000):
        if mode == "register":
            received = dt.datetime(2026, 11, 2, 9) + dt.timedelta(minutes=i % 500)
            data = AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=received,
                               surname=f"Өлшеуов{i}", first_name="Нұрлан", postal_address="Астана",
                               addressee="Әкім", substance="Су", appeal_date=received.date())
            r = register(data, registrar, f"kill-{i}", now=now)
            done(f"registered {r.reg_number}")
        else:
            row = Appeal.select().where(Appeal.status == "registered").order_by(Appeal.id).first()
            if row is None:
                return
            try:
                a = perform(row.id, "assign", head, {"executor_id": exec_id, "resolution": "r"},
                            today=dt.date(2026, 11, 3))
                done(f"action {a.action_id}")
                d = perform(row.id, "decide", head, {"decision": "act_favourable", "outcome": "satisfied",
                                                   "hearing_exception": "73.2.1"}, today=dt.date(2026, 11, 4))
                done(f"action {d.action_id}")
            except DomainError:
                continue


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], *map(int, sys.argv[4:8]))
