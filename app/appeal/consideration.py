"""Assignment, consideration, extension and the decisions of a case."""
from __future__ import annotations

import json

from app.cases.action import Act, Ctx, Open
from app.cases.hearing import HEARING_EXCEPTIONS, hearing_check
from app.office.readings import get_readings
from app.rules.clocks import effective_last_day, extension_cap
from app.rules.codes import ActionName, Decision, TerminationGround
from app.rules.enums import CASE_ROLES, AppealKind, Clock, Outcome, Role, Status
from models.entities import ChangeLog, CoExecutor, User
from models.entities_cases import Complaint

# АППК 87.1: messages, proposals, responses and requests go the simplified way.
SIMPLIFIED = frozenset({AppealKind.MESSAGE, AppealKind.PROPOSAL, AppealKind.RESPONSE,
                        AppealKind.REQUEST})
# АППК 77.1 (an act or termination); 89.1 (an answer, taking into consideration).
FULL_DECISIONS = (Decision.ACT_FAVOURABLE, Decision.ACT_BURDENING)
SIMPLE_DECISIONS = (Decision.ANSWER, Decision.NOTED)
DECISION_STATUS = {"act_favourable": Status.DECIDED, "act_burdening": Status.DECIDED,
                   "answer": Status.ANSWERED, "noted": Status.NOTED}
# АППК 70.1 and 88.1; a return after the period to correct (70.1 3)) and a
# withdrawal (70.1 4), 88.1 4)) terminate through their own actions.
FULL_GROUNDS = (TerminationGround.SAME_DECISION, TerminationGround.COURT_ACT, TerminationGround.OTHER_LAW)
SIMPLE_GROUNDS = (TerminationGround.REPEAT, TerminationGround.UNIDENTIFIED, TerminationGround.NO_SUBSTANCE)


def is_simplified(kind: str) -> bool:
    return AppealKind(kind) in SIMPLIFIED


def case_user(ctx: Ctx, name: str, required: bool = True) -> int | None:
    """An active user who may carry a case."""
    value = ctx.params.get(name)
    if value is None:
        if required:
            ctx.fail("required", name)
        return None
    user = User.get_or_none((User.id == value) & (User.active == True))  # noqa: E712
    if user is None or Role(user.role) not in CASE_ROLES:
        ctx.fail("not_an_executor", name)
        return None
    return user.id


def _not_challenged(ctx: Ctx, people: list) -> None:
    """АППК 97.2: the official whose act or action is challenged takes no
    part in considering the complaint (the 91.4 step is the body's own)."""
    if ctx.appeal.kind != AppealKind.COMPLAINT:   # only a complaint has the record
        return
    c = Complaint.get_or_none(Complaint.appeal == ctx.appeal.id)
    if c is None or c.role != "reviewing" or c.challenged_user_id is None:
        return
    for name, user_id in people:
        if user_id == c.challenged_user_id:
            ctx.fail("challenged_official", name)


def assign(ctx: Ctx) -> Act:
    """The head's resolution: executor, co-executors, text, internal date."""
    a = ctx.appeal
    on = ctx.date()
    executor = case_user(ctx, "executor_id")
    co = [u for u in (ctx.params.get("co_executor_ids") or []) if u != executor]
    for index, user_id in enumerate(co):
        ctx.params[f"co_{index}"] = user_id
        case_user(ctx, f"co_{index}")
    _not_challenged(ctx, [("executor_id", executor)]
                    + [(f"co_{i}", u) for i, u in enumerate(co)])
    resolution = ctx.text("resolution")
    internal = ctx.params.get("internal_due_on")
    if internal is not None and internal > a.due_on:
        ctx.fail("internal_after_due", "internal_due_on", due=a.due_on)
    elif internal is not None and on is not None and internal < on:
        ctx.fail("internal_before_assignment", "internal_due_on")
    before = sorted(c.user_id for c in CoExecutor.select().where(
        (CoExecutor.appeal == a.id) & (CoExecutor.active == True)))  # noqa: E712

    def save_co(_action_id: int) -> None:
        CoExecutor.update(active=False).where(CoExecutor.appeal == a.id).execute()
        for user_id in sorted(set(co)):
            CoExecutor.create(appeal=a.id, user=user_id)

    status = Status.ASSIGNED if a.status in (Status.REGISTERED, Status.ASSIGNED) else None
    details = {"co_executors": [before, sorted(set(co))]} if before != sorted(set(co)) else {}
    # Accepted for consideration: forwarding (АППК 65.1) is no longer needed.
    return Act(changes={"executor_id": executor, "resolution": resolution,
                        "internal_due_on": internal},
               details=details, status=status, cancels=[Clock.FORWARD], after=save_co)


def accept(ctx: Ctx) -> Act:
    """The executor takes the case into work (their own: checked in perform)."""
    ctx.date()
    return Act()


def extend(ctx: Ctx) -> Act:
    """АППК 76.3: a reasoned decision, at most two months from its date; the
    participant told within 3 working days.  АППК 99: never for a complaint."""
    a = ctx.appeal
    if a.kind == AppealKind.COMPLAINT:
        ctx.fail("extension_forbidden_complaint")
        return Act()
    on = ctx.date()
    reason = ctx.text("reason")
    new_due = ctx.params.get("new_due_on")
    if new_due is None:
        ctx.fail("required", "new_due_on")
    if on is None or new_due is None:
        return Act()
    if on > a.due_on:
        ctx.fail("extension_after_term", "on_date", due=a.due_on)
    # АППК 76.3: "мұндай шешім қабылданған күннен бастап екі айдан аспайтын
    # мерзімге" - one decision; 76.4: an unfounded extension is a matter of
    # liability.  A further one only where the office recorded its legal basis.
    earlier = extensions(a.id)
    readings = get_readings()
    if earlier and not readings.further_extension:
        ctx.fail("extension_once", "new_due_on", count=earlier)
    cap = extension_cap(on, ctx.cal).cap_on
    effective = effective_last_day(new_due, ctx.cal)
    if effective > cap:
        ctx.fail("extension_over_cap", "new_due_on", cap=cap)
    elif effective <= a.due_on:
        ctx.fail("extension_not_later", "new_due_on", due=a.due_on)
    details = {"reason": reason, "requested_due_on": new_due, "cap_on": cap}
    if earlier:   # the office's recorded choice, with its basis, in the entry
        details.update(further_extension=earlier + 1, legal_basis=readings.further_extension_ref)
    return Act(changes={"due_on": effective}, details=details,
               opens=[Open(Clock.EXTENSION_NOTICE)])


def extensions(appeal_id: int) -> int:
    """How many extensions of the case stand (recorded and not reversed)."""
    rows = list(ChangeLog.select(ChangeLog.id, ChangeLog.action, ChangeLog.changes).where(
        (ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id)
        & ChangeLog.action.in_((str(ActionName.EXTEND), str(ActionName.REVERSE)))))
    reversed_ids = set()
    for row in rows:
        if row.action == ActionName.REVERSE:
            target = json.loads(row.changes).get("reversed_id")
            reversed_ids.add(target[1] if isinstance(target, list) else target)
    return sum(1 for row in rows if row.action == ActionName.EXTEND and row.id not in reversed_ids)


def decide(ctx: Ctx) -> Act:
    a = ctx.appeal
    simple = is_simplified(a.kind)
    decision = ctx.choice("decision", SIMPLE_DECISIONS if simple else FULL_DECISIONS)
    on = ctx.date()
    changes: dict = {"decision": decision, "decided_on": on, "closed_on": on}
    if decision != "noted":
        changes["outcome"] = ctx.choice("outcome", list(Outcome))
    details = {}
    if decision == "noted":   # АППК 89.1 2), 89.3: the applicant is told
        details["notified_on"] = ctx.date("notified_on")
    if not simple and decision:
        exception = str(ctx.params.get("hearing_exception") or a.hearing_exception or "")
        if exception and exception not in HEARING_EXCEPTIONS:
            ctx.fail("required", "hearing_exception")
        hearing_check(ctx, on, exception, decision)
        changes["hearing_exception"] = exception
        changes["hearing_exception_reason"] = (ctx.params.get("exception_reason")
                                               or a.hearing_exception_reason).strip()
        changes["execution_days"] = execution_days(ctx, str(changes.get("outcome") or ""))
    return Act(changes=changes, details=details, status=DECISION_STATUS.get(decision))


def execution_days(ctx: Ctx, outcome: str) -> int | None:
    """АППК 86.3: "заңдарында немесе әкімшілік актіде өзгеше белгіленбесе, бес
    жұмыс күні ішінде" - the act's own term, or 5 working days; a refusal has
    nothing to execute.  The act prints it and its execution clock runs it."""
    days = ctx.params.get("execution_days")
    if outcome == Outcome.REFUSED:
        if days:
            ctx.fail("no_execution_for_refusal", "execution_days")
        return None
    if days is None or days == "":
        return 5
    if not isinstance(days, int) or not 1 <= days <= 366:
        ctx.fail("term_days_range", "execution_days")
        return None
    return days


def terminate(ctx: Ctx) -> Act:
    """АППК 70 (full procedure) or 88 (simplified): by decision, the
    participant notified within 3 working days (70.3); appealable (70.4, 88.3)."""
    a = ctx.appeal
    ground = ctx.choice("ground", SIMPLE_GROUNDS if is_simplified(a.kind) else FULL_GROUNDS)
    reason = ctx.text("reason")
    on = ctx.date()
    # АППК 88.2: the head or a deputy; ground 1) also another authorised person.
    if ctx.user.role == Role.EXECUTOR and ground != "88.1.1":
        ctx.fail("termination_by_head", "ground")
    if ground == "88.1.2" and a.security:   # АППК 88.1.2: forward at once instead
        ctx.fail("security_forward_instead", "ground")
    return Act(changes={"decision": "termination", "ground": ground, "decided_on": on,
                        "closed_on": on},
               details={"reason": reason, "appealable": True},
               opens=[Open(Clock.TERMINATION_NOTICE)] if on else [])
