"""``python main.py deadline --clock NAME``: every clock the app tracks, its
date and article, the list, and the same date a case would get (issue 13
item 7).  The walk through a real case with ``--db``:
tests/db/test_cli_clock_walk.py."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.appeal import DEFAULT_TERMS
from app.petition.record import notice_due
from app.rules import CLI_CLOCKS, Count, WorkCalendar, clock_due, compute, filing_term
from app.rules.cli_clocks import BY_NAME, NOT_OFFERED
from app.rules.clocks import RULES
from app.rules.deadlines import CHALLENGED_TERM, due_date
from app.rules.enums import AppealKind
from ui.cli.clocks import WORDS

D = dt.date.fromisoformat
ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen",
                                                                 "PATH": "/usr/bin:/bin"})

# (name, the arguments besides --clock, due_on, article).  Most dates are the
# digest's worked examples (§7), as the case tests check them.
KNOWN = [
    ("final", ("--kind", "application", "--received", "2026-11-02T10:00"), "2026-11-23", "АППК 76.1"),
    ("final", ("--kind", "application", "--event", "2026-11-02"), "2026-11-23", "АППК 76.1"),
    ("forward", ("--event", "2026-11-07"), "2026-11-11", "АППК 65.1"),        # from Saturday's receipt
    ("forward", ("--event", "2026-05-08"), "2026-05-14", "АППК 65.1"),        # 9 May, 11 May off
    ("forward-now", ("--event", "2026-11-07"), "2026-11-09", "АППК 64.7-2"),  # at once: Monday
    ("return", ("--event", "2026-11-16"), "2026-11-19", "АППК 64.7"),
    ("extension-notice", ("--event", "2026-11-20"), "2026-11-25", "АППК 76.3"),
    ("termination-notice", ("--event", "2026-12-14"), "2026-12-18", "АППК 70.3"),   # 16 Dec
    ("recusal-decision", ("--event", "2026-11-09"), "2026-11-12", "АППК 67.3"),     # §7.31
    ("recusal-notice", ("--event", "2026-11-11"), "2026-11-13", "АППК 67.11"),
    ("act-earliest", ("--event", "2026-11-09"), "2026-11-12", "АППК 73.1"),          # §7.35
    ("objection", ("--event", "2026-11-09"), "2026-11-11", "АППК 73.3"),             # §7.37
    ("oral-motion", ("--event", "2026-11-09"), "2026-11-11", "АППК 73.3"),
    ("protocol", ("--event", "2026-11-12"), "2026-11-16", "АППК 74.4"),              # §7.38
    ("remarks", ("--event", "2026-11-16"), "2026-11-19", "АППК 74.6"),
    ("file-access", ("--event", "2026-11-13"), "2026-11-18", "АППК 75.1"),
    ("correction", ("--event", "2026-11-19"), "2026-11-24", "АППК 82.3"),
    ("corrected-copy", ("--event", "2026-11-20"), "2026-11-25", "АППК 82.5"),
    ("execution", ("--event", "2026-11-11"), "2026-11-18", "АППК 86.3"),
    ("complaint-forward", ("--received", "2026-11-07T10:00"), "2026-11-11", "АППК 91.4"),
    ("complaint-forward", ("--event", "2026-05-08"), "2026-05-14", "АППК 91.4"),
    ("complaint-consideration", ("--received", "2026-11-25T10:00"), "2026-12-24", "АППК 99"),
    ("complaint-consideration", ("--event", "2026-11-25"), "2026-12-24", "АППК 99"),
    ("unconsidered-notice", ("--event", "2026-11-20"), "2026-11-25", "АППК 95.2"),   # §7.36
    ("remand", ("--event", "2026-11-20"), "2026-11-27", "АППК 100.2"),               # §7.41
    ("remand", ("--event", "2026-12-14"), "2026-12-22", "АППК 100.2"),
    # АППК 100.4: a case reopened by a binding decision: the office's default 15 days, or the decision's own.
    ("reopened", ("--event", "2026-11-20"), "2026-12-11", "АППК 100.4"),
    ("reopened", ("--event", "2026-12-01", "--days", "10"), "2026-12-15", "АППК 100.4"),
    ("petition", ("--received", "2026-12-31T19:00"), "2027-02-03", "АППК 90-5.1.2"),
    ("petition", ("--event", "2027-01-05"), "2027-02-03", "АППК 90-5.1.2"),
    ("petition-invitation", ("--event", "2026-11-26"), "2026-11-23", "АППК 90-5.2"),
    ("petition-invitation", ("--event", "2026-12-21"), "2026-12-15", "АППК 90-5.2"),   # back over 16 Dec
    ("petition-publication", ("--event", "2026-11-27"), "2026-11-30", "АППК 90-6.3"),  # §7.27
    ("filing", ("--event", "2026-11-30"), "2027-03-01", "АППК 92.1"),
    ("filing", ("--learned", "2026-08-03"), "2026-11-03", "АППК 92.1"),
]


def test_every_clock_has_a_known_date():
    assert {name for name, *_ in KNOWN} == set(BY_NAME)


@pytest.mark.parametrize("name, args, due, article", KNOWN, ids=[f"{k[0]}-{k[1][-1]}" for k in KNOWN])
def test_known_date(name, args, due, article):
    result = run("deadline", "--clock", name, *args, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["clock"], out["due_on"], out["article"]) == (name, due, article)
    assert out["explanation"] and len(out["explanation"]) == len(out["steps"])
    assert (out["due_on"], out["article"]) == expected(name, args)   # the case's own functions
    if "--event" in args:
        assert out.get("event_on", out.get("learned_on")) == args[args.index("--event") + 1]


def test_rules_and_the_command_line_table_agree():
    """A clock added to RULES without a command-line name fails here, named."""
    offered = {spec.clock for spec in CLI_CLOCKS if spec.clock is not None}
    missing = sorted(str(kind) for kind in RULES if kind not in offered | NOT_OFFERED)
    assert missing == [], f"clocks of RULES with no command-line name in app/rules/cli_clocks.py: {missing}"
    assert not offered & NOT_OFFERED
    assert all(RULES[kind].fixed for kind in NOT_OFFERED)   # only a date the office sets is left out
    for spec in CLI_CLOCKS:
        if spec.clock is not None:
            assert spec.article == RULES[spec.clock].article, spec.name
        if spec.count == Count.CLOCK:
            assert spec.event in RULES[spec.clock].runs_from, spec.name
    assert set(WORDS) == set(BY_NAME), "every clock has its words in ui/cli/clocks.py, and only those"
    names = [spec.name for spec in CLI_CLOCKS]
    assert len(names) == len(set(names)) and all(n == n.lower() and "_" not in n for n in names)


def test_list_names_every_clock_with_its_article():
    text = run("deadline", "--clock", "list")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [spec.name for spec in CLI_CLOCKS]
    assert all(f"АППК {spec.article}" in line for spec, line in zip(CLI_CLOCKS, lines, strict=True))
    rows = json.loads(run("deadline", "--clock", "list", "--json").stdout)
    assert [r["clock"] for r in rows] == [spec.name for spec in CLI_CLOCKS]
    assert all(set(r) == {"clock", "article", "event", "description"} and r["description"] and r["event"]
               for r in rows)
    by_name = {r["clock"]: r for r in rows}
    assert by_name["remand"]["article"] == "АППК 100.2"
    assert by_name["petition-invitation"]["article"] == "АППК 90-5.2"


@pytest.mark.parametrize("args, text", [
    (("--clock", "nonsense", "--event", "2026-11-02"), "unknown clock 'nonsense'"),
    (("--clock", "remand"), "needs --event"),
    (("--clock", "remand", "--event", "2026-11-20", "--days", "7"), "--days is for the clocks"),
    (("--clock", "reopened", "--event", "2026-11-20", "--days", "0"), "--days must be 1 to 366"),
    (("--clock", "petition-invitation", "--event", "26.11.2026"), "--event must be YYYY-MM-DD"),
    (("--clock", "complaint-consideration"), "needs --received"),
    (("--clock", "petition", "--kind", "application", "--event", "2026-11-02"), "--kind petition"),
])
def test_bad_input_is_one_line_and_exit_2(args, text):
    result = run("deadline", *args)
    assert result.returncode == 2 and text in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    if "nonsense" in args:
        assert all(spec.name in result.stderr for spec in CLI_CLOCKS)


def test_invitation_in_words():
    result = run("deadline", "--clock", "petition-invitation", "--event", "2026-11-26", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "due on:        2026-11-23 (3 working days before, АППК 90-5.2)" in result.stdout
    assert "23.11.2026" in result.stdout and "90-5" in result.stdout


def expected(name: str, args: tuple[str, ...]) -> tuple[str, str]:
    """The date and article the case's own functions give for the same event:
    clock_due as app/cases/clocks.py plan() opens a clock, compute as
    registration sets a final term (91.4 for the challenged body), the
    petition's notice_due, the complaint's filing_term."""
    spec, cal = BY_NAME[name], WorkCalendar()
    opts = dict(zip(args[::2], args[1::2], strict=True))
    event = D(opts["--event"]) if "--event" in opts else None
    if spec.count == Count.FILING:
        term = filing_term(event or D(opts["--learned"]), False, cal)
        return term.due_on.isoformat(), f"АППК {term.article}"
    if spec.count == Count.BACK:
        assert event is not None
        return notice_due(event, cal).isoformat(), f"АППК {RULES[spec.clock].article}"
    if spec.count == Count.TERM:
        kind = spec.kind or AppealKind(opts["--kind"])
        days, article = spec.term or (DEFAULT_TERMS[kind].days, DEFAULT_TERMS[kind].article)
        if "--received" in opts:
            due = compute(dt.datetime.fromisoformat(opts["--received"]), days, article, cal).due_on
        else:
            assert event is not None
            due = due_date(event, days, article, cal)[0]
        return due.isoformat(), f"АППК {article}"
    assert spec.clock is not None and event is not None
    c = clock_due(spec.clock, event, cal, int(opts["--days"]) if "--days" in opts else None)
    return c.due_on.isoformat(), f"АППК {c.article}"


@pytest.mark.parametrize("spec", CLI_CLOCKS, ids=[spec.name for spec in CLI_CLOCKS])
def test_every_clock_both_ways_over_a_year(spec, capsys):
    """In-process, the command's own function against the case's, for an
    event on every day of 2026 (holidays, moved days off, weekends)."""
    from ui.cli.commands import deadline_command
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(0, 365, 3)]
    for day in days:
        kind = "application" if spec.name == "final" else None
        assert deadline_command(kind, None, None, True, clock=spec.name, event=day.isoformat()) == 0
        out = json.loads(capsys.readouterr().out)
        args = ("--event", day.isoformat()) + (("--kind", kind) if kind else ())
        assert (out["due_on"], out["article"]) == expected(spec.name, args), (spec.name, day)


def test_complaint_forward_is_the_challenged_bodys_term():
    assert BY_NAME["complaint-forward"].term == CHALLENGED_TERM
    assert BY_NAME["complaint-consideration"].article == DEFAULT_TERMS[AppealKind.COMPLAINT].article
    assert BY_NAME["petition"].article == DEFAULT_TERMS[AppealKind.PETITION].article
