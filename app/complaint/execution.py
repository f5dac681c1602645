"""What a complaint does to the execution of our own act: the execution
clock (86.3) stops while the complaint suspends it (96.1), runs again from
the day the suspension ends, and stops for good when the act is revoked or
the case sent back (100.1 1), 2), 5); 91.4 para 3).  Each step is written in
the challenged case's history too."""
from __future__ import annotations

import datetime as dt
import json

from app.office.calendar_store import load_calendar
from app.rules.clocks import RULES, Event, clock_due, event_day
from app.rules.enums import Clock, ClockState
from app.store import history
from models.entities import Appeal, CaseClock, ChangeLog
from models.entities_cases import Complaint

# Outcomes after which the act is not executed as it stands.
STOPPING = frozenset({"revoke", "revoke_new", "remand", "satisfied"})


def _open_clock(case_id: int) -> CaseClock | None:
    return (CaseClock.select().where((CaseClock.appeal == case_id) & (CaseClock.kind == str(Clock.EXECUTION))
                                     & (CaseClock.state == str(ClockState.OPEN)))
            .order_by(CaseClock.id.desc()).first())


def pause(c: Complaint, day: dt.date, user_id: int) -> str:
    """АППК 96.1: the running execution clock of our act stops."""
    if c.case_id is None:   # another body's act: nothing of ours runs
        return ""
    clock = _open_clock(c.case_id)
    if clock is None:
        return ""
    CaseClock.update(state=str(ClockState.CANCELLED), closed_on=day).where(CaseClock.id == clock.id).execute()
    history.record("appeal", c.case_id, "execution_suspended",
                   {"complaint": c.appeal.reg_number, "clock_execution": str(ClockState.CANCELLED)}, user_id)
    return "paused"


def _execution_days(case_id: int) -> int | None:
    """The days of the act's execution clock: the one last kept, or the
    delivery's; None when the act was never delivered."""
    last = (CaseClock.select().where((CaseClock.appeal == case_id) & (CaseClock.kind == str(Clock.EXECUTION)))
            .order_by(CaseClock.id.desc()).first())
    if last is not None:
        return last.days
    delivered = (ChangeLog.select().where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == case_id)
                                          & (ChangeLog.action == "delivered"))
                 .order_by(ChangeLog.id.desc()).first())
    return json.loads(delivered.changes).get("execution_days", 5) if delivered else None


def settle(complaint_appeal_id: int, outcome: str, day: dt.date, user_id: int) -> None:
    """After the complaint: execution runs again from ``day``, or stops."""
    c = Complaint.get(Complaint.appeal == complaint_appeal_id)
    if c.case_id is None or c.execution == "stopped":
        return
    number = Appeal.get_by_id(complaint_appeal_id).reg_number
    if outcome in STOPPING:
        clock = _open_clock(c.case_id)
        if clock is not None:
            CaseClock.update(state=str(ClockState.CANCELLED), closed_on=day).where(CaseClock.id == clock.id).execute()
        Complaint.update(execution="stopped").where(Complaint.id == c.id).execute()
        history.record("appeal", c.case_id, "execution_stopped", {"complaint": number, "result": outcome}, user_id)
        return
    days = _execution_days(c.case_id)
    if c.execution != "paused" or days is None or _open_clock(c.case_id) is not None:
        return
    start = event_day(Clock.EXECUTION, {Event.RESUMED: day})   # АППК 96.1: runs again from its end
    due = clock_due(Clock.EXECUTION, start, _calendar(), days)
    CaseClock.create(appeal=c.case_id, kind=str(Clock.EXECUTION), article=RULES[Clock.EXECUTION].article,
                     party=str(RULES[Clock.EXECUTION].party), event_on=start, days=due.days, due_on=due.due_on)
    Complaint.update(execution="resumed").where(Complaint.id == c.id).execute()
    history.record("appeal", c.case_id, "execution_resumed",
                   {"complaint": number, "clock_execution": f"due {due.due_on.isoformat()}"}, user_id)


def _calendar():
    return load_calendar()


def blocked(case_id: int) -> tuple[str, str] | None:
    """(code, complaint number) when our act may not be executed now."""
    for c in Complaint.select().where(Complaint.case == case_id):
        if c.execution == "stopped":
            return "act_revoked", c.appeal.reg_number
        if c.suspension == "suspended":
            return "execution_suspended", c.appeal.reg_number
    return None
