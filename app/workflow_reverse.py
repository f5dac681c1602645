"""The counter-action: a recorded reversal of the latest action of a case.

The reversed entry stays in the history; the reversal restores the fields it
changed, cancels the clocks it opened and opens again the clocks it closed.
"""
from __future__ import annotations

import datetime as dt
import json

from app.enums import ClockState
from app.storage import guarded
from app.workflow import Act, Ctx, handler
from models.entities import Appeal, CaseClock, ChangeLog, CoExecutor

REVERSIBLE = frozenset({"assign", "accept", "request_correction", "corrected", "mark_security",
                        "return", "attach", "forward", "withdraw", "extend", "hearing_notice",
                        "hearing_exception", "decide", "terminate"})
_DATES = {"internal_due_on", "decided_on", "closed_on", "due_on"}


def latest_action(appeal_id: int) -> ChangeLog | None:
    """The latest action of a case (calendar recomputations are not actions)."""
    return (ChangeLog.select().where((ChangeLog.entity == "appeal")
                                     & (ChangeLog.entity_id == appeal_id)
                                     & (ChangeLog.action != "due_recomputed"))
            .order_by(ChangeLog.id.desc()).first())


@guarded
def latest(appeal_id: int) -> tuple[int, str] | None:
    """(id, action) of the latest action when it can be reversed."""
    row = latest_action(appeal_id)
    return (row.id, row.action) if row is not None and row.action in REVERSIBLE else None


def _value(name: str, value):
    if name in _DATES and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


@handler("reverse")
def reverse(ctx: Ctx) -> Act:
    reason = ctx.text("reason")
    target = latest_action(ctx.appeal.id)
    if target is None or target.id != ctx.params.get("action_id") or target.action not in REVERSIBLE:
        ctx.fail("not_reversible", "action_id")
        return Act()
    recorded = json.loads(target.changes)
    restore = {name: _value(name, pair[0]) for name, pair in recorded.items()
               if name in Appeal._meta.columns or name == "executor_id"
               if isinstance(pair, list) and len(pair) == 2 and name != "status"}
    status = recorded.get("status", [None, None])[0]
    appeal_id = ctx.appeal.id
    on = ctx.today

    def undo_clocks(action_id: int) -> None:
        CaseClock.update(state=str(ClockState.CANCELLED), closed_on=on, closed_by=action_id).where(
            (CaseClock.opened_by == target.id) & (CaseClock.state == str(ClockState.OPEN))).execute()
        for clock in CaseClock.select().where((CaseClock.closed_by == target.id)
                                              & (CaseClock.appeal == appeal_id)
                                              & (CaseClock.opened_by != target.id)):
            CaseClock.create(appeal=appeal_id, kind=clock.kind, article=clock.article,
                             party=clock.party, event_on=clock.event_on, due_on=clock.due_on,
                             opened_by=action_id)
        if "co_executors" in recorded:   # an assignment: the earlier co-executors again
            CoExecutor.update(active=False).where(CoExecutor.appeal == appeal_id).execute()
            for user_id in recorded["co_executors"][0]:
                CoExecutor.create(appeal=appeal_id, user=user_id)

    return Act(changes=restore, status=status,
               details={"reason": reason, "reversed_id": target.id,
                        "reversed_action": target.action},
               after=undo_clocks)
