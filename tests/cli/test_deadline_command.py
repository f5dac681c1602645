"""``python main.py deadline``: the registration and due dates, with reasons."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen",
                                                                 "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("kind, received, registered, due, days, article", [
    ("application", "2026-11-02T10:00", "2026-11-02", "2026-11-23", 15, "АППК 76.1"),
    ("application", "2026-11-06T19:05", "2026-11-09", "2026-11-30", 15, "АППК 76.1"),
    ("message", "2026-11-07T11:00", "2026-11-09", "2026-11-30", 15, "АППК 76.1"),
    ("complaint", "2026-11-25T10:00", "2026-11-25", "2026-12-24", 20, "АППК 99"),
    ("petition", "2026-12-31T19:00", "2027-01-05", "2027-02-03", 20, "АППК 90-5.1.2"),
])
def test_json_output(kind, received, registered, due, days, article):
    result = run("deadline", "--kind", kind, "--received", received, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["kind"], out["registered_on"], out["due_on"]) == (kind, registered, due)
    assert out["term_days"] == days and out["article"] == article
    assert out["received"] == received
    assert isinstance(out["explanation"], list) and len(out["explanation"]) >= days + 3
    assert sum(s["code"] == "counted" for s in out["steps"]) == days


def test_db_overrides_are_used(tmp_path):
    from app.office import calendar_store
    from app.office.profile import OfficeSettings, first_run
    from app.rules.enums import OverrideKind
    from models.db import close_database, open_database
    path = tmp_path / "z.sqlite"
    open_database(str(path))
    admin = first_run(OfficeSettings(name_kk="А", name_ru="А"), login_name="a", password="secret1-long",
                      surname="А", first_name="Б", patronymic="", position="Әкімші")
    calendar_store.add_override(__import__("datetime").date(2026, 11, 10), OverrideKind.DAY_OFF,
                                "Қаулы", "№ 5", admin.id)
    close_database()
    plain = json.loads(run("deadline", "--kind", "application", "--received", "2026-11-02T10:00",
                           "--json").stdout)
    with_db = json.loads(run("deadline", "--kind", "application", "--received", "2026-11-02T10:00",
                             "--db", str(path), "--json").stdout)
    assert plain["due_on"] == "2026-11-23" and with_db["due_on"] == "2026-11-24"
    assert any(s.get("reason") == "override_day_off" for s in with_db["steps"])


def test_text_output_and_help():
    text = run("deadline", "--kind", "application", "--received", "2026-11-07T10:00").stdout
    assert "registered on: 2026-11-09" in text and "2026-11-30" in text and "64 part 3" in text
    helptext = run("--help").stdout
    for command in ("run", "deadline", "check", "backup"):
        assert command in helptext
    bad = run("deadline", "--kind", "application", "--received", "yesterday")
    assert bad.returncode == 2 and "YYYY-MM-DDTHH:MM" in bad.stderr


def test_unreachable_database_is_one_clear_line(tmp_path):
    result = run("deadline", "--kind", "application", "--received", "2026-11-02T10:00",
                 "--db", "postgresql://nobody:x@127.0.0.1:9/none")
    assert result.returncode == 2 and result.stderr.startswith("error: cannot read")
    assert "Traceback" not in result.stderr
    missing = run("check", "--db", str(tmp_path / "absent.sqlite"))
    assert missing.returncode == 2 and "no database" in missing.stderr
    assert not (tmp_path / "absent.sqlite").exists()


def test_check_and_backup_commands(tmp_path):
    from app.store.database import close_database, open_database
    path = tmp_path / "office.sqlite"
    open_database(str(path))
    close_database()
    check = run("check", "--db", str(path))
    assert check.returncode == 0 and f"schema version: {len(list((ROOT / 'models' / 'migrations').glob('0*.py')))}" in check.stdout and "integrity: ok" in check.stdout
    backup = run("backup", "--db", str(path), "--to", str(tmp_path / "copies"))
    assert backup.returncode == 0
    copies = list((tmp_path / "copies").glob("zholdanym-*.sqlite"))
    assert len(copies) == 1 and copies[0].stat().st_size > 0


@pytest.mark.parametrize("args, due, days, article", [
    (("--clock", "forward", "--received", "2026-11-05T10:00"), "2026-11-10", 3, "АППК 65.1"),
    # АППК 65.1 "келіп түскен күнінен бастап": from a Saturday's receipt, not Monday's registration.
    (("--clock", "forward", "--received", "2026-11-07T10:00"), "2026-11-11", 3, "АППК 65.1"),
    # The case: received Sunday 10 May 2026 (Monday 11 May is off for 9 May): Thursday 14 May.
    (("--clock", "forward", "--received", "2026-05-10T10:00"), "2026-05-14", 3, "АППК 65.1"),
    (("--clock", "return", "--event", "2026-11-16"), "2026-11-19", 3, "АППК 64.7"),
    (("--clock", "extension-notice", "--event", "2026-11-20"), "2026-11-25", 3, "АППК 76.3"),
    (("--clock", "termination-notice", "--event", "2026-12-14"), "2026-12-18", 3, "АППК 70.3"),
])
def test_short_clocks(args, due, days, article):
    result = run("deadline", *args, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["clock"], out["due_on"], out["term_days"], out["article"]) == (
        args[1], due, days, article)
    assert {"kind", "received", "registered_on", "explanation", "steps"} <= set(out)
    assert out["steps"][-1]["code"] == "clock_due"
    if args[1] == "forward":   # from the registration date worked out from --received
        assert out["registered_on"] == {"2026-11-07T10:00": "2026-11-09", "2026-11-05T10:00": "2026-11-05",
                                        "2026-05-10T10:00": "2026-05-12"}[args[3]]
    else:
        assert out["event_on"] == args[3] and out["registered_on"] is None


def test_final_clock_is_the_default_and_keeps_its_fields():
    out = json.loads(run("deadline", "--kind", "application", "--received", "2026-11-02T10:00",
                         "--json").stdout)
    assert out["clock"] == "final" and out["due_on"] == "2026-11-23"


@pytest.mark.parametrize("decided, cap", [("2026-11-16", "2027-01-18"), ("2026-12-31", "2027-03-01"),
                                          ("2026-08-31", "2026-11-02")])
def test_extension_cap(decided, cap):
    out = json.loads(run("deadline", "--kind", "application", "--received", "2026-11-02T10:00",
                         "--extension-decided", decided, "--json").stdout)
    assert out["extension_cap_on"] == cap and out["extension_decided"] == decided
    assert out["due_on"] == "2026-11-23"


@pytest.mark.parametrize("args, text", [
    (("--clock", "return"), "needs --event"),
    (("--clock", "final", "--received", "2026-11-02T10:00"), "needs --kind"),
    (("--clock", "forward"), "needs --received"),
    (("--clock", "return", "--event", "16.11.2026"), "--event must be YYYY-MM-DD"),
    (("--kind", "application", "--received", "2026-11-02T10:00", "--extension-decided", "x"),
     "--extension-decided must be YYYY-MM-DD"),
])
def test_clock_errors_are_one_clear_line(args, text):
    result = run("deadline", *args)
    assert result.returncode == 2 and text in result.stderr and "Traceback" not in result.stderr


def test_clock_text_output_in_russian():
    result = run("deadline", "--clock", "extension-notice", "--event", "2026-11-20", "--lang", "ru")
    assert result.returncode == 0 and "2026-11-25" in result.stdout
    assert "принято решение о продлении срока" in result.stdout and "ч. 3 ст. 76" in result.stdout


@pytest.mark.parametrize("learned, flag, due, months, article", [
    ("2026-08-03", [], "2026-11-03", 3, "АППК 92.1"),              # digest §7.31
    ("2026-06-01", ["--act-without-route"], "2026-12-01", 6, "АППК 92.1-1"),   # §7.32
    ("2026-08-31", [], "2026-11-30", 3, "АППК 92.1"),              # no 31 Nov: the month's last day
    ("2026-11-30", [], "2027-03-01", 3, "АППК 92.1"),              # 28 Feb 2027 is a Sunday
])
def test_complaint_filing_term(learned, flag, due, months, article):
    result = run("deadline", "--kind", "complaint", "--clock", "filing", "--learned", learned, *flag, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["due_on"], out["months"], out["article"], out["learned_on"]) == (due, months, article, learned)
    assert out["steps"][-1]["code"] == "filing_due" and out["explanation"]


def test_complaint_filing_term_in_words_and_bad_input():
    result = run("deadline", "--kind", "complaint", "--clock", "filing", "--learned", "2026-11-30",
                 "--lang", "ru")
    assert result.returncode == 0 and "due on:        2027-03-01 (3 months, АППК 92.1)" in result.stdout
    assert "92" in result.stdout and "01.03.2027" in result.stdout
    missing = run("deadline", "--kind", "complaint", "--clock", "filing")
    assert missing.returncode == 2 and "--learned" in missing.stderr and "Traceback" not in missing.stderr
    wrong = run("deadline", "--kind", "application", "--clock", "filing", "--learned", "2026-11-30")
    assert wrong.returncode == 2 and "complaint" in wrong.stderr
    bad = run("deadline", "--kind", "complaint", "--clock", "filing", "--learned", "30.11.2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
