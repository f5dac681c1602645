"""Intake problems: correction (АППК 64.6), return (64.7–64.8), crime and
security content (64.7-2), forwarding (65) and withdrawal (64.9)."""
from __future__ import annotations

from app.appeal.consideration import is_simplified
from app.cases.action import Act, Ctx, Open, closing_state
from app.petition.record import PETITION_ITEMS
from app.rules.clocks import Event
from app.rules.codes import ReturnGround
from app.rules.complaint import COMPLAINT_ITEMS
from app.rules.enums import AppealKind, Clock, Status
from app.rules.requirements import REQUIRED_ITEMS
from models.entities import Appeal, CaseClock, Forwarding

RETURN_GROUNDS = tuple(ReturnGround)


def request_correction(ctx: Ctx) -> Act:
    """АППК 64.6: name what is missing and set a reasonable period.  When it
    runs out uncorrected, the 3 working days to return start (64.7 1))."""
    on = ctx.date()
    items = [str(i) for i in (ctx.params.get("items") or [])]
    known = (COMPLAINT_ITEMS if ctx.appeal.kind == AppealKind.COMPLAINT else
             {**REQUIRED_ITEMS, **PETITION_ITEMS} if ctx.appeal.kind == AppealKind.PETITION else REQUIRED_ITEMS)
    if not items or any(i not in known for i in items):
        ctx.fail("required", "items")
    until = ctx.params.get("until")
    if until is None:
        ctx.fail("required", "until")
    elif on is not None and until <= on:
        ctx.fail("cure_period_too_short", "until")
    if ctx.errors:
        return Act()
    # A petition is never returned (АППК 90-4.2): no return clock follows.
    returnable = ctx.appeal.kind != AppealKind.PETITION
    return Act(changes={"missing": ",".join(items)},
               details={"until": until, "channel": ctx.text("channel", required=False)},
               cancels=[Clock.CURE, Clock.RETURN],
               opens=[Open(Clock.CURE, due_on=until)] + ([Open(Clock.RETURN)] if returnable else []),
               events={Event.PERIOD_END: until})


def corrected(ctx: Ctx) -> Act:
    on = ctx.date()
    status = Status.ASSIGNED if ctx.appeal.executor_id else Status.REGISTERED
    return Act(changes={"missing": ""}, status=status,
               details={"note": ctx.text("note", required=False)},
               closes=[(Clock.CURE, on)], cancels=[Clock.RETURN])


def mark_security(ctx: Ctx) -> Act:
    """АППК 64.7-2 (and 88.1.2): a report of a crime or a threat to security
    is never returned; it goes to the competent body at once."""
    ctx.date()
    if ctx.appeal.security:
        ctx.fail("already_marked")
    return Act(changes={"security": True}, details={"note": ctx.text("note", required=False)},
               opens=[Open(Clock.FORWARD_NOW)])


def _reopened(ctx: Ctx) -> bool:
    """АППК 100.4: a reopened case does what the binding decision obliges."""
    if ctx.appeal.reopened_on is not None:
        ctx.fail("reopened_no_intake")
        return True
    return False


def return_appeal(ctx: Ctx) -> Act:
    a = ctx.appeal
    if _reopened(ctx):
        return Act()
    ground = ctx.choice("ground", RETURN_GROUNDS)
    reasons = ctx.text("reasons")
    on = ctx.date()
    if a.security:
        ctx.fail("return_security", "ground")
        return Act()
    act = Act(changes={"ground": ground, "decision": "return", "closed_on": on},
              details={"reasons": reasons})
    if ground == "64.7.1":
        cure = ctx.open_clock(Clock.CURE)
        if cure is None or on is None or on <= cure.due_on:
            ctx.fail("cure_not_expired", "ground", until=cure.due_on if cure else None)
            return act
        act.closes.append((Clock.RETURN, on))
        act.cancels.append(Clock.CURE)
        # АППК 70.1 3): the procedure is terminated; notice within 3 days (70.3).
        act.details["terminated"] = "70.1.3"
        act.opens.append(Open(Clock.TERMINATION_NOTICE))
    elif ground and on is not None:
        # АППК 64.7 2): returned after registration, "үш жұмыс күнінен
        # кешіктірілмейтін мерзімде" - within 3 working days of it, never later.
        due = ctx.due(Clock.RETURN)
        if on > due:
            ctx.fail("return_after_term", "on_date", due=due)
            return act
        act.opens.append(Open(Clock.RETURN))
        act.after = lambda action_id: _close_now(a.id, action_id, on)
    if ground == "64.7.2.repeat":
        # АППК 64.7 2): "бұрын берілген жолданым ... қаралған ... әкімшілік рәсім тоқтатылған" -
        # an earlier appeal considered here, its procedure terminated; and "жаңа дәлелдерді
        # немесе жаңадан ашылған мән-жайларды қамтымайды", confirmed by whoever returns it.
        # A withdrawn appeal (64.9 "қайта жолданым беру құқығынан айырмайды") or a returned
        # one (64.8 "қайта жүгінуге кедергі келтірмейді") was never considered: no repeat.
        earlier = _earlier(ctx, Status.TERMINATED)
        if not ctx.params.get("no_new_arguments"):
            ctx.fail("repeat_new_arguments", "no_new_arguments")
        act.details["earlier"] = earlier.reg_number if earlier else ""
    act.details["return_ground"] = ground
    return act


def _close_now(appeal_id: int, action_id: int, on) -> None:
    """The return's own clock, opened and closed by the same action."""
    for clock in CaseClock.select().where((CaseClock.opened_by == action_id)
                                          & (CaseClock.appeal == appeal_id)
                                          & (CaseClock.kind == str(Clock.RETURN))):
        CaseClock.update(state=str(closing_state(clock, on)), closed_on=on,
                         closed_by=action_id).where(CaseClock.id == clock.id).execute()


def _earlier(ctx: Ctx, required_status: Status, ground: str | None = None) -> Appeal | None:
    """The earlier case named by its number: same applicant, right outcome."""
    number = ctx.text("earlier_number")
    if not number:
        return None
    a = ctx.appeal
    earlier = Appeal.get_or_none(Appeal.reg_number == number)
    if earlier is None or earlier.id == a.id:
        ctx.fail("earlier_not_found", "earlier_number")
        return None
    same = ((a.iin and a.iin == earlier.iin) or (a.bin and a.bin == earlier.bin)
            or a.applicant_norm == earlier.applicant_norm)
    if not same:
        ctx.fail("earlier_other_applicant", "earlier_number")
    elif earlier.status != required_status or (ground and earlier.ground != ground):
        ctx.fail(f"earlier_not_{required_status}", "earlier_number")
    return earlier


def attach(ctx: Ctx) -> Act:
    """АППК 64.8: a returned repeat appeal submitted again is filed into the
    earlier case without an answer."""
    on = ctx.date()
    earlier = _earlier(ctx, Status.RETURNED, "64.7.2.repeat")
    if earlier is None and not ctx.errors:
        ctx.fail("required", "earlier_number")
    return Act(changes={"attached_to": earlier.id if earlier else None, "closed_on": on,
                        "decision": "attached"},
               details={"earlier": earlier.reg_number if earlier else ""})


def _forward(ctx: Ctx, whole: bool, requests: str = "", part_is_security: bool = False) -> Act:
    """АППК 65: within 3 working days of receipt, the participant told at the
    same time; АППК 64.7-2: at once for crime or security content."""
    if _reopened(ctx):
        return Act()
    a = ctx.appeal
    on = ctx.date()
    body = ctx.text("body", limit=255)
    notified = ctx.date("notified_on")
    if on is not None and notified is not None and notified != on:
        ctx.fail("notice_same_day", "notified_on")
    if ctx.errors or on is None:
        return Act()
    due = ctx.due(Clock.FORWARD)   # АППК 65.1, from its rule's event

    def save(action_id: int) -> None:
        Forwarding.create(appeal=a.id, whole=whole, requests=requests, body=body,
                          forwarded_on=on, notified_on=notified, due_on=due,
                          action_id=action_id, user=ctx.user.id)

    # АППК 64.7-2: the crime or security content goes at once; a part counts
    # only when the user says it is that part.
    security_part = whole or part_is_security
    act = Act(details={"body": body, "requests": requests, "notified_on": notified,
                       "forward_due_on": due, "late": on > due},
              closes=[(Clock.FORWARD_NOW, on)] if security_part else [], after=save)
    if not whole and part_is_security:
        act.details["security_part"] = True
    if whole:   # our term ends for the whole appeal
        act.changes = {"closed_on": on, "decision": "forwarded"}
        act.closes.append((Clock.FORWARD, on))
    return act


def forward(ctx: Ctx) -> Act:
    return _forward(ctx, whole=True)


def forward_part(ctx: Ctx) -> Act:
    """АППК 65.2: some requests go to the competent body, the rest stay ours."""
    return _forward(ctx, whole=False, requests=ctx.text("requests"),
                    part_is_security=bool(ctx.params.get("security_part")))




def withdraw(ctx: Ctx) -> Act:
    """АППК 64.9: only on the applicant's written application, before the
    decision; the procedure ends (70.1 4), 88.1 4)), notice within 3 days."""
    on = ctx.date()
    if not ctx.params.get("written"):
        ctx.fail("withdrawal_written", "written")
    ground = "88.1.4" if is_simplified(ctx.appeal.kind) else "70.1.4"
    act = Act(changes={"ground": ground, "decision": "withdrawal", "decided_on": on,
                       "closed_on": on},
              details={"note": ctx.text("note", required=False)},
              opens=[Open(Clock.TERMINATION_NOTICE)] if on else [])
    return act

