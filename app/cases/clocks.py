"""The clocks an action opens, closes and cancels: planned before the history
entry that names them, written after it (with the entry's id)."""
from __future__ import annotations

import datetime as dt

from app.cases.action import Act, Ctx, closing_state
from app.rules.clocks import RULES, Event, clock_due, event_day
from app.rules.enums import Clock, ClockState, Party
from models.entities import CaseClock

# Clocks that lose their point when the case closes (АППК 65, 64.6–64.7, 73, 67).
MOOT_ON_CLOSE = (Clock.FORWARD, Clock.CURE, Clock.RETURN, Clock.ACT_EARLIEST,
                 Clock.OBJECTION, Clock.ORAL_MOTION, Clock.RECUSAL_DECISION, Clock.DISCUSSION_NOTICE)


def plan(ctx: Ctx, act: Act, closing: bool, day: dt.date) -> list[tuple]:
    """Clock writes, planned before the history entry that names them."""
    plan: list[tuple] = []
    running = ctx.open_clocks()   # read once: nothing here writes
    for kind, when in act.closes:
        clock = running.get(str(kind))
        if clock is not None:
            plan.append(("close", clock, closing_state(clock, when), when))
    closed = {p[1].id for p in plan}
    for kind in act.cancels + (list(MOOT_ON_CLOSE) if closing else []):
        clock = running.get(str(kind))
        if clock is not None and clock.id not in closed:
            elapsed = clock.party != Party.OFFICE and clock.due_on < day
            plan.append(("close", clock, ClockState.ELAPSED if elapsed else ClockState.CANCELLED, day))
            closed.add(clock.id)
    a = ctx.appeal
    events = {Event.RECEIPT: a.received_at.date(), Event.REGISTRATION: a.registered_on,
              Event.ACTION: day, **act.events}
    for kind, due_on, days in act.opens:
        event_on = event_day(kind, events)   # the rule's event, never the caller's choice
        if due_on is not None:   # a date the office set or counted back
            plan.append(("open", kind, event_on, due_on, 0))
        else:
            c = clock_due(kind, event_on, ctx.cal, days)
            plan.append(("open", kind, event_on, c.due_on, c.days))
    return plan


def summary(plan: list[tuple]) -> dict:
    out = {}
    for op in plan:
        if op[0] == "close":
            out[f"clock_{op[1].kind}"] = str(op[2])
        else:
            out[f"clock_{op[1]}"] = f"due {op[3].isoformat()}"
    return out


def write(appeal_id: int, plan: list[tuple], action_id: int) -> None:
    for op in plan:
        if op[0] == "close":
            _, clock, state, day = op
            CaseClock.update(state=str(state), closed_on=day, closed_by=action_id).where(
                (CaseClock.id == clock.id) & (CaseClock.state == str(ClockState.OPEN))).execute()
        else:
            _, kind, event_on, due_on, days = op
            rule = RULES[kind]
            CaseClock.create(appeal=appeal_id, kind=str(kind), article=rule.article,
                             party=str(rule.party), event_on=event_on, days=days,
                             due_on=due_on, opened_by=action_id)
