"""A binding decision on a complaint against our act reopens our case.

АППК 100.4: "Шағымды қарайтын органның шешімі ... орындау үшін міндетті".
When the complaint body revokes our act and adopts a new one (100.1 2)),
takes the action (3)) or sends the case back to us to carry out the
procedure (5)), or a court obliges us, our closed case opens again: in work,
with what must be done, with the term the decision sets or the office's
recorded default (``app.office.readings``), linked both ways (the case names
the complaint, the complaint's entry names the case).  Deciding it again
closes the term as any final term.
"""
from __future__ import annotations

import datetime as dt

from app.office.calendar_store import load_calendar
from app.office.readings import get_readings
from app.rules.clocks import clock_due
from app.rules.enums import OPEN_STATUSES, Clock, Status
from app.store import history
from models.entities import Appeal


def term_days(given: int | None) -> int:
    """The decision's own term, or the office's recorded default."""
    return given if given else get_readings().reopen_days


def reopen(case_id: int, complaint_id: int, task: str, day: dt.date, days: int, user_id: int) -> dict:
    """Open our case ``case_id`` again; returns what the complaint's entry records."""
    row = Appeal.get_by_id(case_id)
    if row.status in OPEN_STATUSES:   # still running: the decision is part of its work
        return {"case_reopened": row.reg_number, "reopen_task": task}
    due = clock_due(Clock.REOPENED, day, load_calendar(), days)
    number = Appeal.get_by_id(complaint_id).reg_number
    new = {"status": str(Status.IN_PROGRESS if row.executor_id else Status.REGISTERED),
           "due_on": due.due_on, "closed_on": None, "decided_on": None, "decision": "", "outcome": "",
           "reopened_by": complaint_id, "reopen_task": task, "reopened_on": day, "reopen_days": due.days}
    # The complaint is named by its number (its id stays in the row, the link's other end).
    changes = {name: [getattr(row, name), value] for name, value in new.items()
               if getattr(row, name) != value and name != "reopened_by"}
    Appeal.update(**new).where(Appeal.id == case_id).execute()
    history.record("appeal", case_id, "reopened",
                   {**changes, "complaint": number, "article": "100.4"}, user_id)
    return {"case_reopened": row.reg_number, "reopen_task": task, "reopen_due_on": due.due_on}
