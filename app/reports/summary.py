"""The report's headline figures as plain data (the CLI's ``--json``)."""
from __future__ import annotations

from app.reports.figures import Report


def _part(report: Report, which: str) -> dict:
    def value(code: str, row: str, column: str) -> int:
        cell = report.table(code).cell(row, column)
        return cell.current if which == "current" else cell.previous

    def column(code: str, column_: str) -> dict:
        table = report.table(code)
        return {row: value(code, row, column_) for row in table.rows}

    period = report.period if which == "current" else report.previous
    return {
        "period": period.as_dict(),
        "received": value("summary", "total", "received"),
        "received_by_kind": column("by_kind", "received"),
        "considered": value("summary", "total", "considered"),
        "considered_by_kind": column("by_kind", "considered"),
        "in_time": value("summary", "total", "in_time"),
        "late": value("summary", "total", "late"),
        "open_past_term": value("summary", "total", "open_past_term"),
        "extended": value("summary", "total", "extended"),
        "by_outcome": column("by_outcome", "considered"),
        "excluded_69_3": sum(column("excluded_69_3", "received").values()),
    }


def summary(report: Report) -> dict:
    """``period``, ``received``, ``received_by_kind`` (all seven kinds),
    ``considered``, ``late``, ``open_past_term``, ``by_outcome`` and more, for
    the period, and the same under ``previous`` for the period a year earlier."""
    out = _part(report, "current")
    out["today"] = report.today.isoformat()
    out["notes"] = list(report.notes)
    out["previous"] = _part(report, "previous")
    return out
