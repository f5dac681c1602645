"""The hearing gate (АППК 73) that every decision on the merits passes: the
appeal's act (77.1) and the complaint body's decision (98.3, 100.1)."""
from __future__ import annotations

from app.cases.action import Ctx
from app.rules.codes import HearingException
from app.rules.enums import Clock, ClockState
from models.entities import CaseClock

HEARING_EXCEPTIONS = tuple(HearingException)   # АППК 73.2 1)–10)


def hearing_check(ctx: Ctx, on, exception: str, decision: str) -> None:
    """АППК 73.1: an act no earlier than 3 working days after the participant
    was notified of the preliminary decision, unless an exception of 73.2 is
    recorded; 73.3: an oral hearing asked for in time is held first."""
    if exception:
        if exception == "73.2.1" and decision != "act_favourable":
            ctx.fail("exception_favourable_only", "hearing_exception")
        if exception == "73.2.4" and not (ctx.params.get("exception_reason") or
                                          ctx.appeal.hearing_exception_reason).strip():
            ctx.fail("exception_reason_required", "exception_reason")
        return

    def latest(kind: Clock):
        return (CaseClock.select().where((CaseClock.appeal == ctx.appeal.id)
                                         & (CaseClock.kind == str(kind))
                                         & (CaseClock.state != str(ClockState.CANCELLED)))
                .order_by(CaseClock.id.desc()).first())
    gate = latest(Clock.ACT_EARLIEST)
    if gate is None:
        ctx.fail("hearing_required", "hearing_exception")
    elif on is not None and on < gate.due_on:
        ctx.fail("act_before_hearing", "on_date", earliest=gate.due_on)
    motion = latest(Clock.ORAL_MOTION)
    if motion is not None and motion.state == ClockState.MET and latest(Clock.PROTOCOL) is None:
        ctx.fail("oral_hearing_required", "on_date")
