"""Reports on the work with appeals (АППК 20.2, 69.3, 69.4): every table for
a period against the same period a year earlier, the appeals behind any
figure, the exclusion of 69.3 para 2, and the workbook.  Codes only: the
caller translates (``labels``)."""
from app.reports.exclusion import REASONS as EXCLUSION_REASONS
from app.reports.exclusion import appeal_by_number, exclusion_of, mark_excluded, unmark_excluded
from app.reports.figures import MEASURES, SPECS, TABLES, Cell, Report, Table, build, cell_ids
from app.reports.period import Period
from app.reports.summary import summary
from app.reports.xlsx import write_xlsx

__all__ = [
    "EXCLUSION_REASONS",
    "MEASURES",
    "SPECS",
    "TABLES",
    "Cell",
    "Period",
    "Report",
    "Table",
    "appeal_by_number",
    "build",
    "cell_ids",
    "exclusion_of",
    "mark_excluded",
    "summary",
    "unmark_excluded",
    "write_xlsx",
]
