"""``python main.py report``: the reports of a period against the same
period a year earlier, as JSON or an XLSX workbook, for scheduled exports
(issue 16 item 7)."""
from __future__ import annotations

import datetime as dt
import json
import sys

from app.errors import DomainError
from ui.cli.common import cannot_open, day, fail, translate_to


def _period(date_from: str | None, date_to: str | None):
    from app.reports import Period
    if not date_from or not date_to:
        raise ValueError("--from YYYY-MM-DD and --to YYYY-MM-DD are needed")
    first, last = day("--from", date_from), day("--to", date_to)
    if last < first:
        raise ValueError(f"--from {first} is after --to {last}")
    return Period(first, last)


def _text(report, labels) -> str:
    table = report.table("summary")
    lines = [f"{labels('text', 'period')}: {report.period.first} – {report.period.last}; "
             f"{labels('text', 'previous_period')}: {report.previous.first} – {report.previous.last}"]
    for column in table.columns:
        c = table.cell("total", column)
        lines.append(f"{labels('column', column)}: {c.current} ({c.previous}, {c.difference:+d})")
    lines += [labels("text", f"note:{n}") for n in report.notes]
    return "\n".join(lines)


def report_command(date_from: str | None, date_to: str | None, db_url: str, as_json: bool,
                   xlsx: str | None, lang: str | None, today: str | None = None) -> int:
    """Exit 0 with the report; 2 for bad dates, a database that cannot be
    read, or a file that cannot be written."""
    try:
        period = _period(date_from, date_to)
        as_of = day("--today", today) if today else dt.date.today()
    except ValueError as exc:
        return fail(str(exc))
    from app import office, reports
    from app.store import open_database
    try:
        open_database(db_url, migrate=False, create=False)   # never a new file for a mistyped path
        report = reports.build(period, today=as_of)
        settings = office.get_settings()
    except DomainError as exc:
        return cannot_open(db_url, exc)
    if as_json:
        print(json.dumps(reports.summary(report), ensure_ascii=False, indent=2))
        return 0
    translate_to(lang or "kk")
    from ui.reports.labels import labels
    if xlsx:
        name = settings.name_ru if lang == "ru" else settings.name_kk
        try:
            path = reports.write_xlsx(report, xlsx, labels, name)
        except OSError as exc:
            return fail(f"cannot write {xlsx}: {exc.strerror or exc}")
        print(f"{path}: {period.first} – {period.last}")
        return 0
    sys.stdout.write(_text(report, labels) + "\n")
    return 0
