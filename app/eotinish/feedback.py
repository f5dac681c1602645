"""The applicants' feedback on the answers, counted for the reports (issue
16 item 6).  Recorded by the case action ``feedback`` (``app.appeal.eotinish``)."""
from __future__ import annotations

import datetime as dt

from peewee import fn

from app.rules.eotinish import Feedback
from app.store.storage import guarded
from models.db import db
from models.entities import Appeal


@guarded
def feedback_counts(start: dt.date, end: dt.date) -> dict[str, int]:
    """How many appeals decided from ``start`` to ``end`` (inclusive) have
    each feedback value: every value of ``Feedback`` a key, 0 when none.
    Read from the partial index appeal_feedback (decided_on, feedback)."""
    out = {str(f): 0 for f in Feedback}
    query = (Appeal.select(Appeal.feedback, fn.COUNT(Appeal.id))
             .where((Appeal.feedback != "") & (Appeal.decided_on >= start) & (Appeal.decided_on <= end))
             .group_by(Appeal.feedback))
    for value, count in db.execute(query).fetchall():
        if value in out:
            out[value] += int(count)
    return out
