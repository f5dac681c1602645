"""How long the app takes to show its login window (issue 14 item 6): the
first start with ``--demo`` on a fresh, empty SQLite file (the database is
created, migrated and the demo office filled), and a second start on the
database the first one left.

    python bench/bench_first_start.py [RUNS]        (default 5; the median is printed)

Each start is a fresh process, ``main.py --demo --db FILE --lang kk`` on the
offscreen platform, with ``ZHOLDANYM_BENCH_EXIT_AT_LOGIN=1``: the app prints
``zholdanym-bench STEP EPOCH`` for each start-up step it reaches (the splash's
steps) and, once the login window is shown, ``zholdanym-bench login-shown
EPOCH`` and closes it, as a user pressing Cancel would.  The time counted is
from just before the process is spawned (the interpreter's own start and every
import included) to that line's moment.  Each run has its own folder for the
database, the backups, the log and the Qt settings, so no run sees another's.
Goal: the first start under 5 s on the 2-core machine.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "zholdanym-bench"
GOAL_S = 5.0


def start(database: Path, home: Path) -> dict[str, float]:
    """Start the app once; the seconds from spawning it to each step it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZHOLDANYM_BENCH_EXIT_AT_LOGIN": "1",
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data")}
    t0 = time.time()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo", "--db", str(database),
                           "--lang", "kk"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"the app failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    steps: dict[str, float] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == MARK:
            steps.setdefault(parts[1], float(parts[2]) - t0)
    if "login-shown" not in steps:
        raise SystemExit(f"the login window was never shown:\n{done.stdout}\n{done.stderr}")
    return steps


def main(runs: int) -> None:
    first: list[dict[str, float]] = []
    second: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="zholdanym-start-") as folder:
            home = Path(folder)
            database = home / "office" / "zholdanym.sqlite"
            first.append(start(database, home))
            second.append(start(database, home))
    print(f"{runs} runs each, fresh processes, offscreen; the median of the runs")
    print("| start | steps reached (median s from process start) | to the login window |")
    print("|---|---|---|")
    for name, samples in (("first start with --demo (empty file)", first),
                          ("second start (the same database)", second)):
        steps = [s for s in samples[0] if s != "login-shown"]
        reached = ", ".join(f"{s} {statistics.median(r[s] for r in samples if s in r):.2f}" for s in steps)
        login = statistics.median(r["login-shown"] for r in samples) * 1000
        print(f"| {name} | {reached or '-'} | {login:.0f} ms |")
    verdict = statistics.median(r["login-shown"] for r in first)
    print(f"first start: median {verdict:.2f} s, goal under {GOAL_S:.0f} s: "
          f"{'met' if verdict < GOAL_S else 'NOT met'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
