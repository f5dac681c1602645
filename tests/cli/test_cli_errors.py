"""Every bad input to a command is one ``error:`` line and exit code 2,
never a traceback (issue 12 item 6)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.parametrize("args", [
    ["deadline", "--kind", "application", "--received", "9999-12-31T10:00"],
    ["deadline", "--kind", "application", "--received", "2026-11-02T10:00", "--clock", "return",
     "--event", "9999-12-31"],
    ["deadline", "--kind", "application", "--received", "2026-11-02T10:00", "--extension-decided", "9999-12-31"],
    ["deadline", "--kind", "complaint", "--clock", "filing", "--learned", "9999-12-01"],
    ["deadline", "--kind", "application", "--received", "2026-11-02T10:00", "--db",
     "postgresql://u@localhost:99999/x"],
    ["document-preview", "--template", "act", "--lang", "kk", "--out", "/nonexistent/dir/x.docx"],
    ["document-preview", "--template", "act", "--lang", "kk", "--out", "{tmp}"],
    ["restore", "--from", "/nonexistent.sqlite", "--db", "{tmp}/office.sqlite"],
])
def test_bad_input_is_an_error_line(args, tmp_path):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.strip().splitlines()[-1].startswith("error:")
