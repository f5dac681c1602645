"""``python main.py check`` reads only what is there: a mistyped path is not
created, and a 0-byte file, a file that is no database or another program's
database is refused clearly (exit 2), never called "integrity: ok"."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen",
                                                                 "PATH": "/usr/bin:/bin"})


def foreign(path: Path) -> None:
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_bytes(b""), "is an empty file (0 bytes), not a Zholdanym database"),
    (lambda p: p.write_text("name;total\nӘлия;5\n", encoding="utf-8"), "is not a SQLite database file"),
    (foreign, "is not a Zholdanym database"),
])
def test_check_refuses_what_is_not_a_zholdanym_database(tmp_path, make, words):
    path = tmp_path / "office.sqlite"
    make(path)
    before = path.read_bytes()
    done = run("check", "--db", str(path))
    assert done.returncode == 2, done.stdout + done.stderr
    assert words in done.stderr and "integrity: ok" not in done.stdout
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == before, "check changed the file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite"]


def test_no_database_is_created_where_a_path_was_mistyped(tmp_path):
    typo = tmp_path / "ofice" / "zholdanym.sqlite"
    for args in (("check",), ("backup",),
                 ("deadline", "--kind", "application", "--received", "2026-11-02T10:00"),
                 ("deadline", "--clock", "filing", "--kind", "complaint", "--learned", "2026-11-02"),
                 ("document-preview", "--template", "act", "--lang", "kk", "--out", str(tmp_path / "a.docx"))):
        done = run(*args, "--db", str(typo))
        assert done.returncode == 2 and "no database at" in done.stderr, (args, done.stderr)
    assert list(tmp_path.iterdir()) == []
