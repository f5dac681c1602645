"""Every clock both ways through a real database: cases taken through the
engine open every clock of the Code on an office calendar with its own day
off and working Saturday; for each stored clock, final term and filing term,
``python main.py deadline --clock NAME --db FILE`` gives the same date for the
same event (issue 13 item 7)."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import main
from app.appeal.clock_ladder import ladder
from app.office import calendar_store
from app.rules.cli_clocks import BY_NAME, CLI_CLOCKS, NOT_OFFERED, Count
from app.rules.clocks import RULES
from app.rules.enums import OverrideKind
from models.entities import Appeal, CaseClock
from models.entities_cases import Complaint, Petition
from tests.db.conftest import D

ROOT = Path(__file__).resolve().parents[2]
BY_CLOCK = {str(spec.clock): spec for spec in CLI_CLOCKS if spec.clock is not None}
BY_TERM = {"76.1": "final", "91.4": "complaint-forward", "99": "complaint-consideration",
           "90-5.1.2": "petition"}


def cli(capsys, *argv: str) -> dict:
    """The command as typed, in this process (the parser and the command)."""
    assert main.command(main.build_parser().parse_args(["deadline", *argv, "--json"])) == 0
    return json.loads(capsys.readouterr().out)


def open_every_clock(act, staff, new_appeal, new_complaint, new_petition, considered) -> None:
    # Forwarding from a Saturday's receipt; security content sent on at once (64.7-2).
    g = new_appeal("2026-11-14 10:00", kind="message")
    act(g, "mark_security", who="registrar", today="2026-11-16")
    # The period to correct runs out: return (64.7), then termination notice (70.3).
    f = new_appeal("2026-11-02 10:00", signed=False)
    act(f, "request_correction", who="registrar", items=["signature"], until=D("2026-11-09"),
        today="2026-11-03")
    act(f, "return", ground="64.7.1", reasons="Қол қойылмаған", today="2026-11-16")
    # Recusal (67.3, 67.11).
    a = considered()
    act(a, "assign", executor_id=staff["exec"].id, co_executor_ids=[staff["exec2"].id],
        resolution="r", today="2026-11-05")
    act(a, "recusal_declared", who="registrar", official_id=staff["exec"].id, ground="67.1.2",
        circumstances="Туысы", today="2026-11-16")
    act(a, "recusal_decided", granted=True, executor_id=staff["exec2"].id, today="2026-11-19")
    # Hearing (73.1, 73.3), oral hearing and its protocol (74.4, 74.6).
    b = considered()
    act(b, "hearing_notice", who="exec", preliminary="p", hearing_form="oral", today="2026-11-16")
    act(b, "oral_hearing", who="exec", today="2026-11-17")
    act(b, "protocol_signed", who="exec", today="2026-11-19")
    act(b, "protocol_read", who="registrar", today="2026-11-19")
    # Extension (76.3).
    c = considered()
    act(c, "extend", new_due_on=D("2026-12-10"), reason="r", today="2026-11-16")
    # After the decision: execution (86.3), the file (75.1), a correction (82.3, 82.5).
    e = considered()
    act(e, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-10")
    act(e, "delivered", who="registrar", today="2026-11-16")
    act(e, "file_access_requested", who="registrar", today="2026-11-16")
    act(e, "correction_requested", who="registrar", text="Аты қате", today="2026-11-16")
    act(e, "act_corrected", who="exec", text="Аты түзетілді", today="2026-11-17")
    # АППК 100.4: the complaint body sends our act's case back: our case reopens.
    r = considered()
    act(r, "decide", decision="act_favourable", outcome="partly_satisfied", hearing_exception="73.2.1",
        today="2026-11-10")
    ours = new_complaint("2026-11-12 10:00", role="challenged", case_number=Appeal.get_by_id(r).reg_number)
    act(ours, "complaint_send", who="registrar", body="Аудан әкімдігі", with_file=True, today="2026-11-13")
    act(ours, "review_result", who="registrar", result="remand", today="2026-11-20")
    # Complaints: the challenged body's step (91.4); the complaint body's term (99),
    # left without consideration (95.2), sent back (100.2).
    new_complaint("2026-11-14 10:00", role="challenged")
    for decision, params in (("unconsidered", {"ground": "95.1.5", "basis": "№ 7521-26 іс"}),
                             ("remand", {"legal_norms": "n", "grounds": ["100.3.1"], "violations": "v",
                                         "proposals": "p", "hearing_exception": "73.2.5"})):
        h = new_complaint("2026-11-02 10:00", challenged_user_id=staff["deputy"].id)
        act(h, "assign", executor_id=staff["exec"].id, resolution="қарау", today="2026-11-03")
        act(h, "official_heard", who="exec", hearing_form="written", text="Түсініктеме", today="2026-11-04")
        act(h, "complaint_decide", decision=decision, reasoning="r", today="2026-11-16", **params)
    # A petition: the invitation counted back (90-5.2), its publication (90-6.3).
    p = new_petition("2026-11-02 10:00")
    act(p, "petition_visit", today="2026-11-10")
    act(p, "petition_commission", members="Әкімов Ә. — төраға\nҚасымова Ә. — автор\nДепутат",
        today="2026-11-11")
    act(p, "petition_discussion_set", discussion_on=D("2026-11-24"), place="Мәдениет үйі", today="2026-11-16")
    act(p, "petition_notified", internet=True, direct=True, today="2026-11-19")
    act(p, "petition_discussion_held", today="2026-11-24")
    act(p, "petition_decide", decision="petition_partly", facts="f", legal_refs="l", reasoning="r",
        decision_text="t", today="2026-11-27")


def test_every_clock_of_a_case_is_the_commands_date(db_file, office_admin, staff, act, new_appeal,
                                                     new_complaint, new_petition, considered, capsys):
    # The office's calendar: Wednesday 18 Nov off, Saturday 21 Nov a working day.
    calendar_store.add_override(D("2026-11-18"), OverrideKind.DAY_OFF, "Қаулы", "№ 5", office_admin.id)
    calendar_store.add_override(D("2026-11-21"), OverrideKind.WORKING_DAY, "Қаулы", "№ 6", office_admin.id)
    open_every_clock(act, staff, new_appeal, new_complaint, new_petition, considered)
    db = str(db_file)
    walked, moved = set(), set()
    clocks = list(CaseClock.select().order_by(CaseClock.id))
    appeals = list(Appeal.select())
    complaints = list(Complaint.select().where(Complaint.learned_on.is_null(False)))
    discussions = {p.appeal_id: p.discussion_on for p in Petition.select()}
    for clock in clocks:
        if clock.kind in {str(k) for k in NOT_OFFERED}:
            continue
        spec = BY_CLOCK[clock.kind]
        if spec.count == Count.BACK:   # counted back from the discussion the office set
            event = discussions[clock.appeal_id]
        else:
            event = clock.event_on
            assert clock.days == RULES[spec.clock].days, clock.kind   # the Code's own number of days
        out = cli(capsys, "--clock", spec.name, "--event", event.isoformat(), "--db", db)
        assert (out["due_on"], out["article"]) == (clock.due_on.isoformat(), f"АППК {clock.article}"), spec.name
        if cli(capsys, "--clock", spec.name, "--event", event.isoformat())["due_on"] != out["due_on"]:
            moved.add(spec.name)   # the office's calendar made the difference
        walked.add(spec.name)
    for row in appeals:
        name = BY_TERM[row.term_article]
        kind = ["--kind", row.kind] if name == "final" else []
        received = row.received_at.strftime("%Y-%m-%dT%H:%M")
        out = cli(capsys, "--clock", name, *kind, "--received", received, "--db", db)
        assert (out["due_on"], out["registered_on"], out["article"]) == (
            row.statutory_due_on.isoformat(), row.registered_on.isoformat(), f"АППК {row.term_article}"), name
        start = row.received_at.date() if row.term_article == "91.4" else row.registered_on
        out = cli(capsys, "--clock", name, *kind, "--event", start.isoformat(), "--db", db)
        assert out["due_on"] == row.statutory_due_on.isoformat(), name
        walked.add(name)
    for row in list(Appeal.select().where(Appeal.reopened_on.is_null(False))):   # АППК 100.4
        out = cli(capsys, "--clock", "reopened", "--event", row.reopened_on.isoformat(), "--db", db)
        assert (out["due_on"], out["article"]) == (row.due_on.isoformat(), "АППК 100.4")
        assert ladder(row.id).rungs[0].due_on == row.due_on   # the same date in the case's ladder
        walked.add("reopened")
    for c in complaints:
        out = cli(capsys, "--clock", "filing", "--event", c.learned_on.isoformat(), "--db", db)
        assert out["due_on"] == c.filing_due_on.isoformat()
        walked.add("filing")
    assert walked == set(BY_NAME), f"not walked: {sorted(set(BY_NAME) - walked)}"
    assert len(moved) >= 10, moved   # the walk does test the office's calendar


def test_the_command_reads_the_office_calendar_in_its_own_process(db_file, office_admin):
    calendar_store.add_override(D("2026-11-18"), OverrideKind.DAY_OFF, "Қаулы", "№ 5", office_admin.id)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "deadline", "--clock", "remarks",
                             "--event", "2026-11-16", "--db", str(db_file), "--json"], capture_output=True,
                            text=True, timeout=120, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen",
                                                                   "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["due_on"] == "2026-11-20"   # 17, (18 off), 19, 20
    assert any(s.get("reason") == "override_day_off" for s in out["steps"])
    assert dt.date.fromisoformat(out["event_on"]) == D("2026-11-16")
