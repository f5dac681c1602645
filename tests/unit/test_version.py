"""One version: the program's (app/version.py), pyproject's and the frozen
build's, which reads pyproject (issue 15 item 5)."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from app.version import VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_the_program_and_pyproject_agree():
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert tomllib.load(f)["project"]["version"] == VERSION


def test_version_names_the_program_and_its_newest_schema():
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    newest = max(int(p.name[:4]) for p in (ROOT / "models" / "migrations").glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert done.returncode == 0 and done.stdout.strip() == f"zholdanym {VERSION} (database schema {newest})"
