"""``deadline --clock filing``: the last day to file a complaint (АППК 92)."""
from __future__ import annotations

import json

from app.errors import DomainError
from app.rules import WorkCalendar, filing_term
from ui.cli.common import cannot_open, day, fail, steps_json, translate_to
from ui.common.explain import explanation


def filing_command(kind: str | None, learned: str | None, without_route: bool,
                   db_url: str | None, as_json: bool, lang: str) -> int:
    if kind not in (None, "complaint"):
        return fail("--clock filing is the term to file a complaint: use --kind complaint")
    if not learned:
        return fail("--clock filing needs --learned YYYY-MM-DD (the day the participant "
                     "learned of the act or the action)")
    try:
        learned_on = day("--learned", learned)
    except ValueError as exc:
        return fail(str(exc))
    cal = WorkCalendar()
    if db_url:
        from app import office
        from app.store import open_database
        try:
            open_database(db_url, migrate=False, create=False)
            cal = office.load_calendar()
        except DomainError as exc:
            return cannot_open(db_url, exc)
    translate_to(lang)
    term = filing_term(learned_on, without_route, cal)
    lines = explanation(term.steps, "ru" if lang == "ru" else "kk")
    if as_json:
        print(json.dumps({"kind": "complaint", "clock": "filing", "learned_on": learned_on.isoformat(),
                          "act_without_route": without_route, "months": term.months,
                          "due_on": term.due_on.isoformat(), "article": f"АППК {term.article}",
                          "explanation": lines, "steps": steps_json(term.steps)},
                         ensure_ascii=False, indent=2))
        return 0
    print("clock:         filing")
    print("kind:          complaint")
    print(f"learned on:    {learned_on.isoformat()}")
    print(f"due on:        {term.due_on.isoformat()} ({term.months} months, АППК {term.article})")
    print("\n".join("  " + line for line in lines))
    return 0
