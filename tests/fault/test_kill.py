"""The fault suite (issue 12): kill -9 a registering and a deciding process
at random moments, 24 times, then check that every call that returned is
present, the numbers have no gap, SQLite's integrity check passes and the
history chain is intact.  Bounded: each run is at most a few seconds."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.office.auth import create_user
from app.rules.enums import Role
from models.db import close_database

WORKER = Path(__file__).with_name("worker.py")
KILLS = 12   # of each kind


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_killed_workstations_lose_nothing_that_returned(db_file, office_admin, registrar, tmp_path):
    head = create_user(login_name="akim", password="secret-akim-1", surname="Әкімов", first_name="Ә",
                       position="Әкім", role=Role.HEAD, created_by=office_admin.id)
    ex = create_user(login_name="ex", password="secret-ex-01", surname="Орындаушы", first_name="О",
                     position="Маман", role=Role.EXECUTOR, created_by=office_admin.id)
    close_database()
    log = tmp_path / "returned.log"
    rnd = random.Random(20261203)
    start = 0
    for kill in range(2 * KILLS):
        mode = "register" if kill % 2 == 0 else "decide"
        proc = subprocess.Popen([sys.executable, str(WORKER), str(db_file), mode, str(log), str(registrar.id),
                                 str(head.id), str(ex.id), str(start)], env={**os.environ, "PYTHONHASHSEED": "0"})
        start += 10_000
        time.sleep(rnd.uniform(1.0, 2.0))   # start-up (imports) takes about a second
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    con = sqlite3.connect(str(db_file))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = {r[0] for r in con.execute("SELECT reg_number FROM appeal")}
        seqs = sorted(r[0] for r in con.execute("SELECT reg_seq FROM appeal"))
        actions = {r[0] for r in con.execute("SELECT id FROM change_log")}
        counter = con.execute("SELECT last_value FROM registration_counter").fetchone()[0]
    finally:
        con.close()
    lines = log.read_text(encoding="utf-8").splitlines()
    registered = {line.split()[1] for line in lines if line.startswith("registered")}
    acted = {int(line.split()[1]) for line in lines if line.startswith("action")}
    assert registered and acted, "the workers did work before they were killed"
    assert registered <= numbers, "every registration that returned is there"
    assert acted <= actions, "every action that returned is in the history"
    assert seqs == list(range(1, len(seqs) + 1)) and counter == len(seqs), "no gap, no repeat"
    from models.db import open_database
    open_database(str(db_file))
    from app.store import verify_chain
    report = verify_chain()
    assert report.ok, report
