"""The report as an XLSX workbook (openpyxl): one sheet per table, the
office and the period in the header, for every figure this period, the same
period a year earlier and the difference - numbers as numbers.  Every text
comes from the caller's ``labels`` (app/ builds no user-visible text)."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from app.reports.figures import Report

# labels(kind, code) -> text; kinds: "table", "row", "column", "part", "text".
# "part": "current", "previous", "difference"; "text": "office", "period",
# "previous_period", "row_head", "note:<code>", "none" (a row without a person).
Labels = Callable[[str, str], str]
_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(text: str, used: set[str]) -> str:
    base = _BAD.sub(" ", text).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _dates(period) -> str:
    return f"{period.first:%d.%m.%Y} – {period.last:%d.%m.%Y}"


def write_xlsx(report: Report, path: str | Path, labels: Labels, office_name: str) -> Path:
    path = Path(path)
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    bold = Font(bold=True)
    for table in report.tables.values():
        sheet = book.create_sheet(_sheet_title(labels("table", table.code), used))
        sheet["A1"] = office_name
        sheet["A1"].font = Font(bold=True, size=12)
        sheet["A2"] = labels("table", table.code)
        sheet["A2"].font = bold
        sheet["A3"] = f"{labels('text', 'period')}: {_dates(report.period)}"
        sheet["A4"] = f"{labels('text', 'previous_period')}: {_dates(report.previous)}"
        head = 6
        sheet.cell(head, 1, labels("text", "row_head")).font = bold
        sheet.merge_cells(start_row=head, start_column=1, end_row=head + 1, end_column=1)
        for i, column in enumerate(table.columns):
            col = 2 + 3 * i
            sheet.cell(head, col, labels("column", column)).font = bold
            sheet.cell(head, col).alignment = Alignment(horizontal="center", wrap_text=True)
            sheet.merge_cells(start_row=head, start_column=col, end_row=head, end_column=col + 2)
            for j, part in enumerate(("current", "previous", "difference")):
                cell = sheet.cell(head + 1, col + j, labels("part", part))
                cell.font = bold
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
        for r, row in enumerate(table.rows, start=head + 2):
            if row in table.names:
                name = table.names[row]
            elif row == "none":
                name = labels("text", "none")
            else:
                name = labels("row", f"{table.code}:{row}")
            sheet.cell(r, 1, name)
            for i, column in enumerate(table.columns):
                c = table.cell(row, column)
                for j, value in enumerate((c.current, c.previous, c.difference)):
                    sheet.cell(r, 2 + 3 * i + j, value)
        last = head + 2 + len(table.rows)
        for k, note in enumerate(report.notes):
            sheet.cell(last + 1 + k, 1, labels("text", f"note:{note}"))
        sheet.column_dimensions["A"].width = 48
        for i in range(3 * len(table.columns)):
            sheet.column_dimensions[get_column_letter(2 + i)].width = 12
        sheet.freeze_panes = sheet.cell(head + 2, 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
