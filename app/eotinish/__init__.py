"""The e-Otinish link (issue 16 items 4 and 6; АППК 69.3): outage mode,
reconciliation with a register exported from e-Otinish, the remembered
column mapping, and the applicants' feedback counted for the reports.  The
number itself and the feedback are case actions (``app.appeal.eotinish``);
the queue of appeals without a number is ``app.queries.eotinish``.

This is the package's face: what ``ui`` may import."""
from app.eotinish.feedback import feedback_counts
from app.eotinish.mapping import guess_mapping, save_mapping, saved_mapping
from app.eotinish.outage import LONG, Outage, current_outage, end_outage, outages, start_outage
from app.eotinish.reconcile import (
    FIELDS,
    Match,
    Ours,
    Reconciliation,
    Row,
    RowProblem,
    compare,
    confirm_links,
    reconcile,
    rows_of,
)
from app.eotinish.register_file import MAX_ROWS, Sheet, parse_date, read_register
from app.rules.eotinish import Feedback, FeedbackVia

__all__ = [
    "FIELDS",
    "Feedback",
    "FeedbackVia",
    "LONG",
    "MAX_ROWS",
    "Match",
    "Ours",
    "Outage",
    "Reconciliation",
    "Row",
    "RowProblem",
    "Sheet",
    "compare",
    "confirm_links",
    "current_outage",
    "end_outage",
    "feedback_counts",
    "guess_mapping",
    "outages",
    "parse_date",
    "read_register",
    "reconcile",
    "rows_of",
    "save_mapping",
    "saved_mapping",
    "start_outage",
]
