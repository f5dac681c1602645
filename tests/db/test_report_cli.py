"""``python main.py report`` (issue 16 item 7): the JSON has the report's
figures, the workbook has them with Kazakh or Russian headers, bad input is
one error line and exit code 2."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import reports
from tests.db import report_data
from tests.db.report_data import TODAY
from tests.db.test_reports import NOV

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "report", *args], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def office_db(staff, db_file):
    report_data.build(staff)
    return str(db_file)


def test_json_has_the_report_figures(office_db):
    done = run("--from", "2026-11-01", "--to", "2026-11-30", "--db", office_db, "--json",
               "--today", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got == reports.summary(reports.build(NOV, today=TODAY))
    assert (got["received"], got["considered"], got["late"], got["open_past_term"]) == (10, 8, 1, 3)
    assert got["received_by_kind"] == {"application": 4, "complaint": 1, "message": 1, "proposal": 1,
                                       "response": 1, "request": 1, "petition": 1}
    assert got["by_outcome"]["refused"] == 2 and got["by_outcome"]["forwarded"] == 1
    assert got["previous"]["period"] == {"from": "2025-11-01", "to": "2025-11-30"}
    assert (got["previous"]["received"], got["previous"]["late"]) == (3, 1)
    assert got["notes"] == ["art_69_3_excluded"] and got["excluded_69_3"] == 1


@pytest.mark.parametrize("lang, office, kind", [("kk", "Алматы ауданының әкімдігі", "Арыз"),
                                                ("ru", "Акимат Алматинского района", "Заявление")])
def test_workbook_in_the_language_asked(office_db, tmp_path, lang, office, kind):
    out = tmp_path / f"report-{lang}.xlsx"
    done = run("--from", "2026-11-01", "--to", "2026-11-30", "--db", office_db, "--xlsx", str(out),
               "--lang", lang, "--today", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    report = reports.build(NOV, today=TODAY)
    assert len(book.worksheets) == len(report.tables)
    sheet = book.worksheets[1]   # by kind
    assert sheet["A1"].value == office
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=8, values_only=True) if r[0]}
    table = report.table("by_kind")
    # The kind's name from the catalogue of the language asked (the translator is installed).
    c = table.cell("application", "received")
    assert list(rows[kind][:3]) == [c.current, c.previous, c.difference] == [4, 2, 2]


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-11-31", "--to", "2026-12-01"], "--from must be YYYY-MM-DD"),
    (["--from", "2026-12-01", "--to", "2026-11-01"], "is after --to"),
    (["--from", "2026-11-01"], "--to YYYY-MM-DD are needed"),
    (["--from", "2026-11-01", "--to", "2026-11-30", "--db", "{tmp}/none.sqlite"], "no database at"),
    (["--from", "2026-11-01", "--to", "2026-11-30", "--db", "postgresql://u@localhost:99999/x"], "error:"),
])
def test_bad_input_is_an_error_line(args, message, tmp_path):
    done = run(*(a.replace("{tmp}", str(tmp_path)) for a in args), "--json")
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error:") and message in last and "Traceback" not in done.stderr
    assert not (tmp_path / "none.sqlite").exists()
