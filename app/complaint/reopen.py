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

from app.cases.action import Act, Ctx
from app.office.calendar_store import load_calendar
from app.office.readings import get_readings
from app.rules.clocks import clock_due
from app.rules.codes import REOPENING, ReopenTask
from app.rules.enums import OPEN_STATUSES, Clock, Outcome, Status
from app.store import history
from models.entities import Appeal
from models.entities_cases import Complaint


def task_for(result: str, case_id: int | None) -> str | None:
    """What the decision asks of our case: 100.1 5) a new consideration;
    2), 3) carrying out the new act or the action; 1) a revoked refusal
    leaves the application unanswered (64.1 "қаралуға жатады"): considered
    again.  None: nothing reopens (our act revoked or upheld)."""
    task = REOPENING.get(result)
    if task is None and result == "revoke" and case_id is not None:
        outcome = Appeal.select(Appeal.outcome).where(Appeal.id == case_id).scalar()
        task = ReopenTask.RECONSIDER if outcome == Outcome.REFUSED else None
    return str(task) if task else None


def attach(ctx: Ctx, act: Act, task: str | None, on: dt.date | None) -> None:
    """Plan the reopening of the complaint's case of ours by ``act``: the
    entry names the case, and ``act.after`` reopens it (app.engine writes
    it in the same transaction)."""
    c = Complaint.get(Complaint.appeal == ctx.appeal.id)
    given = ctx.params.get("term_days")
    if given is not None and (not isinstance(given, int) or not 1 <= given <= 366):
        ctx.fail("term_days_range", "term_days")
        return
    if task and c.case_id is None:   # binding, but no case of ours is named: say so
        act.warnings.append("binding_no_case")
    if not task or c.case_id is None or on is None:
        return
    days = term_days(given)
    case = Appeal.get_by_id(c.case_id)
    act.details.update(case_reopened=case.reg_number, reopen_task=task, reopen_days=days)
    case_id, complaint_id, user_id, before = c.case_id, ctx.appeal.id, ctx.user.id, act.after

    def after(action_id: int) -> None:
        if before is not None:
            before(action_id)
        reopen(case_id, complaint_id, task, on, days, user_id)
    act.after = after


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
