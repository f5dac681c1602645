"""Command-line commands (no window): deadline, check, backup."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.calendar import WorkCalendar
from app.deadlines import WorkingHours, compute
from app.enums import AppealKind
from app.errors import DomainError
from app.terms import DEFAULT_TERMS
from ui.explain import explanation


def _translate_to(lang: str) -> None:
    if lang in ("kk", "ru"):
        from ui import i18n
        if QCoreApplication.instance() is None:
            QCoreApplication(sys.argv[:1])
        i18n.install(lang)


def deadline_command(kind: str, received: str, db_url: str | None, as_json: bool,
                     lang: str = "en") -> int:
    try:
        moment = dt.datetime.fromisoformat(received)
    except ValueError:
        print(f"error: --received must be YYYY-MM-DDTHH:MM, got {received!r}", file=sys.stderr)
        return 2
    cal, hours, term = WorkCalendar(), WorkingHours(), DEFAULT_TERMS[AppealKind(kind)]
    if db_url:
        from app import calendar_store, office, terms
        from app.database import open_database
        try:
            open_database(db_url, migrate=False)
            cal, term = calendar_store.load_calendar(), terms.term_for(AppealKind(kind))
            if office.has_office():
                hours = office.get_settings().hours
        except DomainError as exc:
            print(f"error: cannot read {db_url}: {exc.params.get('detail') or exc.code}",
                  file=sys.stderr)
            return 2
    _translate_to(lang)
    d = compute(moment, term.days, term.article, cal, hours)
    lines = explanation(d.steps, "ru" if lang == "ru" else "kk")
    if as_json:
        print(json.dumps({
            "kind": kind, "received": moment.isoformat(timespec="minutes"),
            "registered_on": d.registered_on.isoformat(), "due_on": d.due_on.isoformat(),
            "term_days": d.term_days, "article": f"АППК {d.article}", "explanation": lines,
            "steps": [{"code": s.code, "date": s.day.isoformat() if s.day else None,
                       **{k: v for k, v in s.params.items() if v not in ("", None, False)}}
                      for s in d.steps],
        }, ensure_ascii=False, indent=2))
    else:
        print(f"kind:          {kind}")
        print(f"received:      {moment:%Y-%m-%d %H:%M}")
        print(f"registered on: {d.registered_on.isoformat()}")
        print(f"due on:        {d.due_on.isoformat()} ({d.term_days} working days, АППК {d.article})")
        print("\n".join("  " + line for line in lines))
    return 0


def check_command(db_url: str) -> int:
    from app.database import integrity_problems, open_database, schema_version, sqlite_path
    path = sqlite_path(db_url)
    if path is not None and not path.is_file():
        print(f"error: no database at {path}", file=sys.stderr)
        return 2
    try:
        open_database(db_url, migrate=False)
        problems = integrity_problems()
        version = schema_version()
    except DomainError as exc:
        print(f"error: cannot read {db_url}: {exc.params.get('detail') or exc.code}", file=sys.stderr)
        return 2
    print(f"database: {db_url}\nschema version: {version}")
    print("integrity: ok" if not problems else "integrity problems:\n" + "\n".join(problems))
    return 0 if not problems else 1


def backup_command(db_url: str, folder: str | None) -> int:
    from app.backup import make_backup
    from app.database import open_database, sqlite_path
    path = sqlite_path(db_url)
    if path is None:
        print("PostgreSQL databases are backed up with pg_dump.", file=sys.stderr)
        return 2
    if not path.is_file():
        print(f"error: no database at {path}", file=sys.stderr)
        return 2
    try:
        open_database(db_url, migrate=False)
        target = make_backup(Path(folder) if folder else path.parent / "backups")
    except (DomainError, OSError) as exc:
        print(f"error: backup failed: {exc}", file=sys.stderr)
        return 2
    print(target)
    return 0
