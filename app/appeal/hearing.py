"""Hearing (АППК 73–74), recusal (67), notices, access to the file (75),
correction of clerical errors (82) and execution of an act (86.3)."""
from __future__ import annotations

import json

from app.appeal.consideration import case_user
from app.cases.action import Act, Ctx, Open
from app.cases.hearing import HEARING_EXCEPTIONS
from app.complaint.execution import blocked
from app.rules.clocks import Event
from app.rules.codes import HearingForm, RecusalGround, RemarkDecision
from app.rules.enums import Clock, ClockState, Role
from app.rules.transitions import superior as stands_above
from models.entities import CaseClock, ChangeLog, CoExecutor, User

HEARING_FORMS = tuple(HearingForm)   # АППК 73.1 para 2
RECUSAL_GROUNDS = tuple(RecusalGround)
NOTICE_CLOCKS = (Clock.EXTENSION_NOTICE, Clock.TERMINATION_NOTICE, Clock.RECUSAL_NOTICE,
                 Clock.CORRECTION_COPY, Clock.UNCONSIDERED_NOTICE)
REMARK_DECISIONS = tuple(RemarkDecision)


def _needs_open(ctx: Ctx, kind: Clock) -> CaseClock | None:
    clock = ctx.open_clock(kind)
    if clock is None:
        ctx.fail("no_open_clock", None, clock=str(kind))
    return clock


def hearing_notice(ctx: Ctx) -> Act:
    """АППК 73.1: the preliminary decision is notified at least 3 working
    days before the act; АППК 73.3: 2 working days to object or to ask for
    an oral hearing, from the day the participant received it."""
    on = ctx.date()
    received = ctx.params.get("received_on") or on
    if on is not None and received is not None and received < on:
        ctx.fail("received_before_sent", "received_on")
    elif received is not None and received > ctx.today:
        ctx.fail("date_in_future", "received_on")
    preliminary = ctx.text("preliminary")
    form = ctx.choice("hearing_form", HEARING_FORMS)
    if ctx.errors or received is None:
        return Act()
    # Counted from the day the participant had it: the act then never comes
    # before their 2 days to object run out.
    act = Act(details={"preliminary": preliminary, "hearing_form": form, "received_on": received},
              cancels=[Clock.ACT_EARLIEST, Clock.OBJECTION, Clock.ORAL_MOTION],
              opens=[Open(Clock.ACT_EARLIEST), Open(Clock.OBJECTION), Open(Clock.ORAL_MOTION)],
              events={Event.NOTICE_RECEIVED: received})
    if ctx.due(Clock.ACT_EARLIEST, notice_received=received) > ctx.appeal.due_on:
        act.warnings.append("hearing_after_due")
    return act


def hearing_exception(ctx: Ctx) -> Act:
    """АППК 73.2: no hearing, with its ground; for item 4) the act must say why."""
    item = ctx.choice("item", HEARING_EXCEPTIONS)
    reason = ctx.text("reason", required=item == "73.2.4")
    return Act(changes={"hearing_exception": item, "hearing_exception_reason": reason})


def _participant_step(kind: Clock):
    def run(ctx: Ctx) -> Act:
        on = ctx.date()
        _needs_open(ctx, kind)
        return Act(details={"text": ctx.text("text", required=kind == Clock.OBJECTION)},
                   closes=[(kind, on)])
    return run


objection = _participant_step(Clock.OBJECTION)
oral_motion = _participant_step(Clock.ORAL_MOTION)


def oral_hearing(ctx: Ctx) -> Act:
    """АППК 74.4: the protocol within 2 working days of the hearing's end."""
    ctx.date()
    return Act(details={"note": ctx.text("note", required=False)},
               opens=[Open(Clock.PROTOCOL)])


def protocol_signed(ctx: Ctx) -> Act:
    on = ctx.date()
    _needs_open(ctx, Clock.PROTOCOL)
    return Act(closes=[(Clock.PROTOCOL, on)])


def protocol_read(ctx: Ctx) -> Act:
    """АППК 74.6: remarks within 3 working days after reading the protocol."""
    ctx.date()
    signed = CaseClock.select().where((CaseClock.appeal == ctx.appeal.id)
                                      & (CaseClock.kind == str(Clock.PROTOCOL))
                                      & (CaseClock.state != str(ClockState.OPEN))).exists()
    if not signed:
        ctx.fail("protocol_not_signed")
    return Act(opens=[Open(Clock.REMARKS)])


def protocol_remarks(ctx: Ctx) -> Act:
    on = ctx.date()
    _needs_open(ctx, Clock.REMARKS)
    return Act(details={"text": ctx.text("text"),
                        "remarks_decision": ctx.choice("remarks_decision", REMARK_DECISIONS)},
               closes=[(Clock.REMARKS, on)])


def _recusals(appeal_id: int) -> list[dict]:
    rows = ChangeLog.select(ChangeLog.changes).where(
        (ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id)
        & (ChangeLog.action == "recusal_declared"))
    return [json.loads(r.changes) for r in rows]


def recusal_declared(ctx: Ctx) -> Act:
    """АППК 67.3: decided within 3 working days of the declaration; 67.9: a
    repeat on circumstances already declared is inadmissible."""
    ctx.date()
    official = case_user(ctx, "official_id")
    ground = ctx.choice("ground", RECUSAL_GROUNDS)
    circumstances = ctx.text("circumstances")
    if ctx.open_clock(Clock.RECUSAL_DECISION) is not None:
        ctx.fail("recusal_pending")
    if any(r.get("official_id") == official and r.get("ground") == ground
           for r in _recusals(ctx.appeal.id)):
        ctx.fail("recusal_repeat", "ground")
    return Act(details={"official_id": official, "ground": ground,
                        "circumstances": circumstances, "self": bool(ctx.params.get("self"))},
               opens=[Open(Clock.RECUSAL_DECISION)])


def recusal_decided(ctx: Ctx) -> Act:
    """АППК 67.4, 67.8, 67.11: the superior decides (for the head of the body,
    the superior body, 67.6: recorded here with its name); if granted another
    official takes the case; the participant told within 2 working days."""
    on = ctx.date()
    _needs_open(ctx, Clock.RECUSAL_DECISION)
    granted = bool(ctx.params.get("granted"))
    declared = _recusals(ctx.appeal.id)
    official = declared[-1].get("official_id") if declared else None
    user = User.get_or_none(User.id == official) if official else None
    superior = ctx.text("superior_body", required=False, limit=255)
    if official == ctx.user.id:
        ctx.fail("recusal_own")
    elif user is not None and user.role == Role.HEAD and not superior:
        ctx.fail("recusal_of_head", "superior_body")
    elif user is not None and user.role != Role.HEAD and not stands_above(ctx.user.role, user.role):
        # АППК 67.4: "жоғары тұрған лауазымды адам" - a deputy's recusal is the akim's to decide.
        ctx.fail("recusal_not_superior", "granted")
    act = Act(details={"granted": granted, "official_id": official, "superior_body": superior},
              closes=[(Clock.RECUSAL_DECISION, on)],
              opens=[Open(Clock.RECUSAL_NOTICE)])
    if granted and official == ctx.appeal.executor_id:
        new = case_user(ctx, "executor_id")
        if new is not None and new == official:
            ctx.fail("same_official", "executor_id")
        act.changes["executor_id"] = new
    if granted and official is not None:
        appeal_id = ctx.appeal.id
        act.after = lambda _id: CoExecutor.update(active=False).where(
            (CoExecutor.appeal == appeal_id) & (CoExecutor.user == official)).execute()
    return act


def notify(ctx: Ctx) -> Act:
    on = ctx.date()
    kind = ctx.choice("clock", NOTICE_CLOCKS)
    if kind:
        _needs_open(ctx, Clock(kind))
    return Act(details={"channel": ctx.text("channel", required=False)},
               closes=[(Clock(kind), on)] if kind else [])


def file_access_requested(ctx: Ctx) -> Act:
    ctx.date()   # АППК 75.1: access within 3 working days of the motion
    return Act(opens=[Open(Clock.FILE_ACCESS)])


def file_access_given(ctx: Ctx) -> Act:
    on = ctx.date()
    _needs_open(ctx, Clock.FILE_ACCESS)
    return Act(details={"withheld": ctx.text("withheld", required=False)},   # АППК 75.3
               closes=[(Clock.FILE_ACCESS, on)])


def correction_requested(ctx: Ctx) -> Act:
    ctx.date()   # АППК 82.3: considered within 3 working days
    return Act(details={"text": ctx.text("text")}, opens=[Open(Clock.CORRECTION)])


def act_corrected(ctx: Ctx) -> Act:
    """АППК 82.1, 82.5: without changing the content; a copy within 3 days."""
    on = ctx.date()
    return Act(details={"text": ctx.text("text")}, closes=[(Clock.CORRECTION, on)],
               opens=[Open(Clock.CORRECTION_COPY)])


def delivered(ctx: Ctx) -> Act:
    """АППК 83.2: in operation once delivered; 86.3: executed within the term
    its decision set (5 working days unless the act says otherwise)."""
    on = ctx.date()
    # АППК 86.3: the term the decision set, the same as the act prints; none for a refusal.
    days = ctx.appeal.execution_days
    return Act(details={"channel": ctx.text("channel", required=False), "execution_days": days,
                        "delivered_on": on},
               opens=[Open(Clock.EXECUTION, days=days)] if days else [])


def executed(ctx: Ctx) -> Act:
    on = ctx.date()
    _needs_open(ctx, Clock.EXECUTION)
    held = blocked(ctx.appeal.id)
    if held is not None:    # АППК 96.1 suspended; 100.1 1), 2), 5), 91.4 para 3 revoked
        ctx.fail(held[0], "on_date", number=held[1])
    return Act(details={"note": ctx.text("note", required=False)}, closes=[(Clock.EXECUTION, on)])
