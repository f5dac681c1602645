"""The counter-action: a recorded reversal of the latest action of a case.

The reversed entry stays in the history; the reversal restores the fields it
changed, cancels the clocks it opened and opens again the clocks it closed.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from app.cases.action import Act, Ctx
from app.rules.clocks import FIXED_DATE, clock_due
from app.rules.deadlines import due_date, term_start
from app.rules.enums import OPEN_STATUSES, Clock, ClockState, Role
from models.entities import Appeal, CaseClock, ChangeLog, CoExecutor, Forwarding, User

_DATES = {"internal_due_on", "decided_on", "closed_on", "due_on", "sent_on", "suspension_ended_on",
          "learned_on", "filed_on", "filing_due_on", "official_heard_on", "rights_explained_on",
          "site_visit_on", "discussion_on", "discussion_notified_on", "discussion_held_on",
          "commission_formed_on"}


def latest_action(appeal_id: int) -> ChangeLog | None:
    """The latest action of a case (calendar recomputations are not actions)."""
    return (ChangeLog.select().where((ChangeLog.entity == "appeal")
                                     & (ChangeLog.entity_id == appeal_id)
                                     & ChangeLog.action.not_in(("due_recomputed", "clock_recomputed")))
            .order_by(ChangeLog.id.desc()).first())


def latest(appeal_id: int, reversible: Callable[[str], bool]) -> tuple[int, str] | None:
    """(id, action) of the latest action when it can be reversed."""
    row = latest_action(appeal_id)
    return (row.id, row.action) if row is not None and reversible(row.action) else None


def _value(name: str, value):
    if name in _DATES and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def make(reversible: Callable[[str], bool]) -> Callable[[Ctx], Act]:
    """The handler, told which actions can be reversed (their declarations)."""
    return lambda ctx: reverse(ctx, reversible)


def reverse(ctx: Ctx, reversible: Callable[[str], bool]) -> Act:
    reason = ctx.text("reason")
    target = latest_action(ctx.appeal.id)
    if target is None or target.id != ctx.params.get("action_id") or not reversible(target.action):
        ctx.fail("not_reversible", "action_id")
        return Act()
    # A deputy does not undo what the akim decided (issue 12: the senior's act stands).
    author = User.get_or_none(User.id == target.user_id)
    if ctx.user.role == Role.DEPUTY and author is not None and author.role == Role.HEAD:
        ctx.fail("reverse_senior", "action_id")
        return Act()
    recorded = json.loads(target.changes)
    if recorded.get("case_reopened"):
        # АППК 100.4: the binding decision reopened another case, which has moved on since;
        # the entry stands, and what follows is recorded there.
        ctx.fail("reverse_reopened", "action_id", number=recorded["case_reopened"])
        return Act()
    restore = {name: _value(name, pair[0]) for name, pair in recorded.items()
               if name in Appeal._meta.columns or name == "executor_id"
               if isinstance(pair, list) and len(pair) == 2 and name != "status"}
    # The procedure's own record (a complaint's, a petition's), where the case has one.
    model = ctx.record_model
    record = {} if model is None else {
        name: _value(name, pair[0]) for name, pair in recorded.items()
        if name in model._meta.columns and name not in ("id", "appeal", "case")
        and isinstance(pair, list) and len(pair) == 2}
    status = recorded.get("status", [None, None])[0]
    row = ctx.appeal
    if "due_on" in restore or (status in OPEN_STATUSES and row.status not in OPEN_STATUSES):
        # The calendar may have changed since: the statutory date is counted
        # again, and an unextended term follows it (АППК 76.1–76.2).
        start = term_start(row.received_at, row.registered_on, row.term_article)
        statutory, _ = due_date(start, row.term_days, row.term_article, ctx.cal)
        unextended = restore.get("due_on", row.due_on) == row.statutory_due_on
        restore["statutory_due_on"] = statutory
        if unextended:
            restore["due_on"] = statutory
    appeal_id = ctx.appeal.id
    on, cal = ctx.today, ctx.cal

    def undo_clocks(action_id: int) -> None:
        # Clocks the action opened (still running, or opened and closed by it
        # at once, as a return's) are cancelled; those it closed run again.
        CaseClock.update(state=str(ClockState.CANCELLED), closed_on=on, closed_by=action_id).where(
            (CaseClock.opened_by == target.id)
            & ((CaseClock.state == str(ClockState.OPEN)) | (CaseClock.closed_by == target.id))).execute()
        Forwarding.update(reversed_by=action_id).where(Forwarding.action_id == target.id).execute()
        for clock in CaseClock.select().where((CaseClock.closed_by == target.id)
                                              & (CaseClock.appeal == appeal_id)
                                              & (CaseClock.opened_by != target.id)):
            due_on = clock.due_on if clock.kind in FIXED_DATE else clock_due(
                Clock(clock.kind), clock.event_on, cal, clock.days).due_on   # today's calendar
            CaseClock.create(appeal=appeal_id, kind=clock.kind, article=clock.article,
                             party=clock.party, event_on=clock.event_on, days=clock.days,
                             due_on=due_on, opened_by=action_id)
        if "co_executors" in recorded:   # an assignment: the earlier co-executors again
            CoExecutor.update(active=False).where(CoExecutor.appeal == appeal_id).execute()
            for user_id in recorded["co_executors"][0]:
                CoExecutor.create(appeal=appeal_id, user=user_id)

    return Act(changes=restore, status=status, record=record,
               details={"reason": reason, "reversed_id": target.id,
                        "reversed_action": target.action},
               after=undo_clocks)
