"""Command-line commands (no window): deadline, check, backup."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from app.appeal import DEFAULT_TERMS
from app.errors import DomainError
from app.rules import (
    CLI_CLOCKS,
    OWN_DAYS,
    AppealKind,
    Clock,
    Count,
    WorkCalendar,
    WorkingHours,
    cli_clock,
    compute,
    count_from,
    extension_cap,
    registration_date,
)
from ui.cli.clocks import alternative, event_words, list_command
from ui.cli.common import cannot_open, day, fail, steps_json, translate_to
from ui.common.explain import explanation


def deadline_command(kind: str | None, received: str | None, db_url: str | None, as_json: bool,
                     lang: str = "en", clock: str = "final", event: str | None = None,
                     extension_decided: str | None = None, learned: str | None = None,
                     without_route: bool = False, days_given: int | None = None) -> int:
    """Any clock of ``app.rules.CLI_CLOCKS`` (``--clock list`` prints them):
    a final term, a short clock (day 1 = the first working day after its
    event, as art. 76 part 2 counts), the invitation counted back from a
    petition's discussion, or the last day to file a complaint (АППК 92);
    and the extension cap."""
    if clock == "list":
        return list_command(as_json)
    spec = cli_clock(clock)
    if spec is None:
        return fail(f"unknown clock {clock!r}; one of: {', '.join(c.name for c in CLI_CLOCKS)} "
                    "(--clock list describes them)")
    if days_given is not None and spec.clock not in OWN_DAYS:
        return fail(f"--days is for the clocks whose act sets its own term: "
                    f"{', '.join(c.name for c in CLI_CLOCKS if c.clock in OWN_DAYS)}")
    if days_given is not None and not 1 <= days_given <= 366:
        return fail(f"--days must be 1 to 366 working days, got {days_given}")
    if spec.count == Count.FILING:
        from ui.cli.complaint import filing_command
        return filing_command(kind, learned or event, without_route, db_url, as_json, lang)
    if spec.kind is not None and kind not in (None, str(spec.kind)):
        return fail(f"--clock {clock} is the term of a {spec.kind}: use --kind {spec.kind} or leave --kind out")
    kind = kind or (str(spec.kind) if spec.kind else None)
    from_received = alternative(spec) == "--received"
    if clock == "final" and not kind:
        return fail("--clock final needs --kind")
    if from_received and not (received or event):
        return fail(f"--clock {clock} needs --received YYYY-MM-DDTHH:MM or --event YYYY-MM-DD "
                    f"(the {event_words(spec)})")
    if not from_received and not event:
        return fail(f"--clock {clock} needs --event YYYY-MM-DD (the {event_words(spec)})")
    try:
        moment = dt.datetime.fromisoformat(received) if received else None
    except ValueError:
        return fail(f"--received must be YYYY-MM-DDTHH:MM, got {received!r}")
    try:
        event_on = day("--event", event) if event else None
        decided = day("--extension-decided", extension_decided) if extension_decided else None
    except ValueError as exc:
        return fail(str(exc))
    cal, hours = WorkCalendar(), WorkingHours()
    term = DEFAULT_TERMS[AppealKind(kind)] if kind else None
    if db_url:
        from app import appeal, office
        from app.store import open_database
        try:
            open_database(db_url, migrate=False, create=False)
            cal = office.load_calendar()
            term = appeal.term_for(AppealKind(kind)) if kind else None
            if office.has_office():
                hours = office.get_settings().hours
            if spec.clock == Clock.REOPENED and days_given is None:   # the office's recorded default
                days_given = office.get_readings().reopen_days
        except DomainError as exc:
            return cannot_open(db_url, exc)
    translate_to(lang)
    registered = None
    steps: tuple = ()
    days_term = spec.term or ((term.days, term.article) if term else None)
    if spec.count == Count.TERM and days_term and moment is not None:
        d = compute(moment, days_term[0], days_term[1], cal, hours)
        registered, due, days, article, steps = d.registered_on, d.due_on, d.term_days, d.article, d.steps
        event_on = None
    else:
        if moment is not None:
            registered, reg_steps = registration_date(moment, cal, hours)
            steps = tuple(reg_steps)
            if spec.clock == Clock.FORWARD:   # АППК 65.1 "келіп түскен күнінен бастап": from receipt
                event_on = moment.date()
        if spec.count == Count.TERM and spec.event == "registration":
            registered = event_on
        assert event_on is not None
        c = count_from(spec, event_on, cal, days_term, days_given)
        due, days, article, steps = c.due_on, c.days, c.article, steps + c.steps
    cap = extension_cap(decided, cal) if decided else None
    ui_lang = "ru" if lang == "ru" else "kk"
    lines = explanation(steps, ui_lang)
    if as_json:
        out = {"kind": kind, "received": moment.isoformat(timespec="minutes") if moment else None,
               "registered_on": registered.isoformat() if registered else None,
               "due_on": due.isoformat(), "term_days": days, "article": f"АППК {article}",
               "clock": clock, "explanation": lines, "steps": steps_json(steps)}
        if event_on is not None:
            out["event_on"] = event_on.isoformat()
        if cap is not None:
            out.update(extension_decided=cap.decided_on.isoformat(),
                       extension_cap_on=cap.cap_on.isoformat(),
                       extension_cap_explanation=explanation(cap.steps, ui_lang))
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"clock:         {clock}")
    if kind:
        print(f"kind:          {kind}")
    if moment is not None:
        print(f"received:      {moment:%Y-%m-%d %H:%M}")
    if registered is not None:
        print(f"registered on: {registered.isoformat()}")
    if event_on is not None:
        print(f"event on:      {event_on.isoformat()} (the {event_words(spec)})")
    before = " before" if spec.count == Count.BACK else ""
    print(f"due on:        {due.isoformat()} ({days} working days{before}, АППК {article})")
    print("\n".join("  " + line for line in lines))
    if cap is not None:
        print(f"extension cap: {cap.cap_on.isoformat()} (decided {cap.decided_on.isoformat()}, "
              "АППК 76.3, 76.5)")
        print("\n".join("  " + line for line in explanation(cap.steps, ui_lang)))
    return 0


# What verify_chain finds, row by row (app.store.chain's codes).
CHAIN_PROBLEMS = {
    "content_changed": "change_log row {row}: changed after it was written (its fields no longer give its hash)",
    "link_broken": "change_log row {row}: does not follow row {previous} (a row between them was removed, "
                   "or row {previous} was rewritten with a new hash)",
    "not_chained": "change_log row {row}: written without its hash (not through the app)",
    "document_changed": "document {row} ({number}): its file or its SHA-256 differs from its history entry, "
                        "change_log row {entry}",
    "document_unrecorded": "document {row} ({number}): no history entry records its issue",
    "document_missing": "change_log row {row}: records document {number}, which is gone",
}


def chain_problem(b) -> str:
    if b.problem == "link_broken" and b.previous_id is None:
        return f"change_log row {b.row_id}: is not the start of the chain (the rows before it were removed)"
    return CHAIN_PROBLEMS[b.problem].format(row=b.row_id, previous=b.previous_id, number=b.number,
                                            entry=b.entry_id or "-")


def check_command(db_url: str) -> int:
    """The engine's integrity check, the schema version, the history chain
    and every issued document against its entry.  Exit 0 when all is well,
    1 when something is wrong, 2 when the database cannot be read."""
    from app.store import integrity_problems, masked, open_database, schema_version, sqlite_path, verify_chain
    try:
        open_database(db_url, migrate=False, create=False)   # never a new file for a mistyped path
        problems = integrity_problems()
        version = schema_version()
    except DomainError as exc:
        return cannot_open(db_url, exc)
    print(f"database: {masked(db_url)}\nschema version: {version}")   # never a password on screen
    if sqlite_path(db_url) is None:
        print("integrity: kept by the PostgreSQL server (its own checks and pg_dump)")
    else:
        print("integrity: ok" if not problems else "integrity problems:\n" + "\n".join(problems))
    try:
        report = verify_chain()
    except DomainError as exc:
        if exc.code == "history_unchained":
            print("history chain: none yet (schema older than 7; the app adds it when it opens the database)")
            return 0 if not problems else 1
        return cannot_open(db_url, exc)
    if report.ok:
        print(f"history chain: ok ({report.rows} rows, last row {report.last_id or '-'}, head {report.head})")
        print(f"issued documents: ok ({report.documents} match their history entries)")
        return 0 if not problems else 1
    print(f"history chain: BROKEN ({report.rows} rows read)")
    print(f"first broken row: {chain_problem(report.first)}")
    for b in report.breaks[1:]:
        print(f"  also: {chain_problem(b)}")
    return 1


def backup_command(db_url: str, folder: str | None) -> int:
    from app.office import make_backup
    from app.store import open_database, sqlite_path
    path = sqlite_path(db_url)
    if path is None:   # PostgreSQL: pg_dump, checked, in the same rotation
        from app.office import pg_backup, record_backup
        from app.store import close_database
        if folder is None:
            print("error: --to FOLDER is needed for a PostgreSQL database", file=sys.stderr)
            return 2
        try:
            target = pg_backup(db_url, Path(folder))
            open_database(db_url, create=False)   # the dump's age, for every workstation's reminder
            try:
                record_backup(target)
            finally:
                close_database()
            print(target)
        except DomainError as exc:
            print(f"error: backup failed: {exc.params.get('detail') or exc.code}", file=sys.stderr)
            return 2
        return 0
    try:
        open_database(db_url, migrate=False, create=False)
    except DomainError as exc:
        return cannot_open(db_url, exc)
    try:
        target = make_backup(Path(folder) if folder else path.parent / "backups")
    except (DomainError, OSError) as exc:
        print(f"error: backup failed: {exc}", file=sys.stderr)
        return 2
    print(target)
    return 0
