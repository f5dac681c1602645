"""Every benchmark script still runs: each ``bench/bench_*.py`` at a small
size (10,000 appeals, a few dozen acts, or one start of the app), offscreen, in its own process.
The figures are not judged here, only that each bench prints them."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHES = sorted(p.name for p in (ROOT / "bench").glob("bench_*.py"))
# The database benches take database paths, seeded by bench/seed.py when
# missing (10,000 appeals for this name); the others take their own size.
DATABASE = "appeals-10k.sqlite"
OWN_SIZE = {"bench_documents.py": ["20"],   # acts rendered and issued
            "bench_pdf.py": ["1"],          # one conversion each way
            "bench_first_start.py": ["1"]}   # runs: one first and one second start
# A line each bench must print with its figure.
ROWS = {
    "bench_complaints.py": "| register ids, open |",
    "bench_control.py": "| list 'overdue', office |",
    "bench_dashboard.py": "| the dashboard's figures (12 months, ends, executors) |",
    "bench_documents.py": "issue 20 acts into their cases: median",
    "bench_first_start.py": "| first start with --demo (empty file) |",
    "bench_history.py": "| verify_chain: whole history |",
    "bench_journal.py": "| open journal, first page painted |",
    "bench_pdf.py": "  idle instance ",
}
FIGURE = re.compile(r"\d+(\.\d+)? ms")


def test_every_bench_is_found():
    assert set(ROWS) <= set(BENCHES), "a bench was renamed or removed: update ROWS"


@pytest.mark.parametrize("script", BENCHES)
def test_bench_runs_at_a_small_size(script, tmp_path):
    if script == "bench_pdf.py" and __import__("app.documents", fromlist=["x"]).converter() is None:
        pytest.skip("LibreOffice is not installed here (.ci/run installs it)")
    args = OWN_SIZE.get(script, [str(tmp_path / DATABASE)])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if ROWS.get(script, "") in line]
    assert lines, done.stdout
    assert any(FIGURE.search(line) for line in lines), done.stdout
