"""Case actions.  Each one checks the state and the user's role
(``app.rules.transitions``), validates its input, and writes the appeal, its clocks
and one history entry (who, when, what, why) in one transaction.  Nothing is
ever edited back: a mistake is undone by the recorded ``reverse`` action.

Handlers live in ``workflow_intake``, ``workflow_case`` and
``workflow_hearing``; they read and validate, and return an :class:`Act`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo
from app.office.calendar_store import load_calendar
from app.rules import transitions
from app.rules.calendar import WorkCalendar
from app.rules.clocks import RULES, clock_due
from app.rules.enums import OPEN_STATUSES, Clock, ClockState, Party, Role, Status
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import Appeal, CaseClock, CoExecutor, User

MAX_TEXT = 4000
# Clocks that lose their point when the case closes (АППК 65, 64.6–64.7, 73, 67).
MOOT_ON_CLOSE = (Clock.FORWARD, Clock.CURE, Clock.RETURN, Clock.ACT_EARLIEST,
                 Clock.OBJECTION, Clock.ORAL_MOTION, Clock.RECUSAL_DECISION, Clock.DISCUSSION_NOTICE)


@dataclass
class Act:
    """What an action changes.  ``opens``: (kind, event day, due day or None
    for the rule's, working days or None for the rule's)."""
    changes: dict = field(default_factory=dict)
    details: dict = field(default_factory=dict)
    status: Status | None = None
    opens: list = field(default_factory=list)
    closes: list = field(default_factory=list)     # (kind, day)
    cancels: list = field(default_factory=list)    # kinds
    after: Callable[[int], None] | None = None     # writes that need the action id
    warnings: list = field(default_factory=list)
    complaint: dict = field(default_factory=dict)  # changes of the complaint's record
    petition: dict = field(default_factory=dict)   # changes of the petition's record
    execution: str | None = None   # a complaint's outcome for our challenged act (complaint_execution)


@dataclass(frozen=True)
class Result:
    action_id: int
    status: Status
    warnings: tuple


class Ctx:
    """The appeal, the user, today, the calendar and the form's values."""

    def __init__(self, appeal: Appeal, user: UserInfo, today: dt.date, cal: WorkCalendar,
                 params: dict):
        self.appeal, self.user, self.today, self.cal = appeal, user, today, cal
        self.params = params
        self.errors: list[DomainError] = []

    def fail(self, code: str, field_name: str | None = None, **params) -> None:
        self.errors.append(DomainError(code, field_name, **params))

    def date(self, name: str = "on_date", default_today: bool = True) -> dt.date | None:
        """A date of an event: not in the future, not before registration."""
        value = self.params.get(name) or (self.today if default_today else None)
        if value is None:
            self.fail("required", name)
        elif value > self.today:
            self.fail("date_in_future", name)
        elif value < self.appeal.registered_on:
            self.fail("date_before_registration", name)
        return value

    def text(self, name: str, required: bool = True, limit: int = MAX_TEXT) -> str:
        value = (self.params.get(name) or "").strip()
        if required and not value:
            self.fail("required", name)
        elif len(value) > limit:
            self.fail("too_long", name, max=limit)
        return value

    def choice(self, name: str, options) -> str:
        value = str(self.params.get(name) or "")
        if value not in {str(o) for o in options}:
            self.fail("required", name)
        return value

    def open_clock(self, kind: Clock) -> CaseClock | None:
        return (CaseClock.select().where((CaseClock.appeal == self.appeal.id)
                                         & (CaseClock.kind == str(kind))
                                         & (CaseClock.state == str(ClockState.OPEN)))
                .order_by(CaseClock.id.desc()).first())

    def due(self, kind: Clock, event_on: dt.date) -> dt.date:
        return clock_due(kind, event_on, self.cal).due_on


HANDLERS: dict[str, Callable[[Ctx], Act]] = {}


def handler(action: str):
    def register(fn):
        HANDLERS[action] = fn
        return fn
    return register


def closing_state(clock: CaseClock, day: dt.date) -> ClockState:
    return ClockState.MET if day <= clock.due_on else ClockState.LATE


def _plan_clocks(ctx: Ctx, act: Act, closing: bool, day: dt.date) -> list[tuple]:
    """Clock writes, planned before the history entry that names them."""
    plan: list[tuple] = []
    for kind, when in act.closes:
        clock = ctx.open_clock(kind)
        if clock is not None:
            plan.append(("close", clock, closing_state(clock, when), when))
    closed = {p[1].id for p in plan}
    for kind in act.cancels + (list(MOOT_ON_CLOSE) if closing else []):
        clock = ctx.open_clock(kind)
        if clock is not None and clock.id not in closed:
            elapsed = clock.party != Party.OFFICE and clock.due_on < day
            plan.append(("close", clock, ClockState.ELAPSED if elapsed else ClockState.CANCELLED, day))
            closed.add(clock.id)
    for kind, event_on, due_on, days in act.opens:
        if due_on is not None:   # a date the office set (the period to correct)
            plan.append(("open", kind, event_on, due_on, 0))
        else:
            c = clock_due(kind, event_on, ctx.cal, days)
            plan.append(("open", kind, event_on, c.due_on, c.days))
    return plan


def _summary(plan: list[tuple]) -> dict:
    out = {}
    for op in plan:
        if op[0] == "close":
            out[f"clock_{op[1].kind}"] = str(op[2])
        else:
            out[f"clock_{op[1]}"] = f"due {op[3].isoformat()}"
    return out


def _write_clocks(appeal_id: int, plan: list[tuple], action_id: int) -> None:
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


# Actions that answer a running clock: offered only while it runs.
NEEDS_CLOCK = {
    "objection": (Clock.OBJECTION,), "oral_motion": (Clock.ORAL_MOTION,),
    "protocol_signed": (Clock.PROTOCOL,), "protocol_remarks": (Clock.REMARKS,),
    "recusal_decided": (Clock.RECUSAL_DECISION,), "file_access_given": (Clock.FILE_ACCESS,),
    "executed": (Clock.EXECUTION,),
    "notify": (Clock.EXTENSION_NOTICE, Clock.TERMINATION_NOTICE, Clock.RECUSAL_NOTICE,
               Clock.CORRECTION_COPY, Clock.UNCONSIDERED_NOTICE),
}


@guarded
def offered(appeal_id: int) -> list[str]:
    """The actions that make sense now: allowed in the state and, for those
    that answer a clock, with that clock running.  Roles are not filtered:
    the UI offers the action and the service explains a refusal."""
    from app.cases import reverse as workflow_reverse  # noqa: F401
    from app.complaint.record import role_of
    from app.rules.complaint import action_fits
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    role = role_of(appeal_id)
    from app.rules.complaint import worth_offering
    from models.entities import ChangeLog, Complaint
    complaint = Complaint.get_or_none(Complaint.appeal == appeal_id)
    sent = complaint is not None and ChangeLog.select().where(
        (ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id)
        & (ChangeLog.action == "decision_sent")).exists()
    running = {c.kind for c in CaseClock.select(CaseClock.kind).where(
        (CaseClock.appeal == appeal_id) & (CaseClock.state == str(ClockState.OPEN)))}
    signed = CaseClock.select().where((CaseClock.appeal == appeal_id)
                                      & (CaseClock.kind == str(Clock.PROTOCOL))
                                      & (CaseClock.state != str(ClockState.OPEN))).exists()
    out = []
    for action in transitions.available(row.status):
        if not action_fits(action, row.kind, role):
            continue
        if complaint is not None and not worth_offering(action, complaint, running, sent):
            continue
        needs = NEEDS_CLOCK.get(action)
        if needs is not None and not running & {str(k) for k in needs}:
            continue
        if (action == "protocol_read" and not signed) or (action == "mark_security" and row.security):
            continue
        if action == "reverse" and workflow_reverse.latest(appeal_id) is None:
            continue
        out.append(action)
    return out


def _record_changes(model, appeal_id: int, values: dict) -> dict:
    """Write a complaint's or a petition's own fields; returns them as
    [old, new] for the history."""
    if not values:
        return {}
    row = model.get(model.appeal == appeal_id)
    out = {}
    for name, new in values.items():
        old = getattr(row, name)
        if old != new:
            out[name] = [old, new]
            setattr(row, name, new)
    row.save()
    return out


def _fits(row: Appeal, action: str, user: UserInfo) -> None:
    """A complaint has its own actions and not an appeal's (app.rules.complaint);
    АППК 97.2: the official whose act is challenged takes no part in
    considering the complaint."""
    from app.rules.complaint import action_fits
    from models.entities import Complaint
    c = Complaint.get_or_none(Complaint.appeal == row.id)
    if not action_fits(action, row.kind, c.role if c else None):
        code = ("extension_forbidden_complaint" if action == "extend" and row.kind == "complaint"
                else "action_not_for_case")
        raise DomainError(code, action=action)
    if c is not None and c.role == "reviewing" and c.challenged_user_id == user.id:
        raise DomainError("challenged_official")


def _complaint_end(ctx: Ctx, act: Act, action: str, closing: bool) -> None:
    """АППК 96.1: the suspension lasts while the complaint runs; then our
    act's execution runs again or stops (app.complaint.execution)."""
    from app.complaint import execution as complaint_execution
    from app.rules.enums import Suspension
    from models.entities import Complaint
    c = Complaint.get_or_none(Complaint.appeal == ctx.appeal.id)
    ending = (closing and action != "complaint_send") or action == "review_result"
    if c is None or not (ending or act.execution):
        return
    day = ctx.params.get("on_date") or ctx.today
    if ending and c.suspension == Suspension.SUSPENDED and "suspension" not in act.complaint:
        act.complaint.update(suspension=str(Suspension.ENDED), suspension_ended_on=day)
    if c.case_id is None:
        return
    before, user_id, outcome = act.after, ctx.user.id, act.execution or "resume"

    def after(action_id: int) -> None:
        if before is not None:
            before(action_id)
        complaint_execution.settle(c.appeal_id, outcome, day, user_id)
    act.after = after


def _current(user: UserInfo) -> UserInfo:
    """The user as stored now: a deactivated or re-roled user acts no more."""
    from app.office.auth import get_user
    row = User.get_or_none(User.id == user.id)
    if row is None or not row.active:
        raise DomainError("forbidden_role")
    return get_user(user.id) if row.role != user.role else user


def _carries(user_id: int, row: Appeal) -> bool:
    """An executor acts only on the cases they carry (executor or co-executor)."""
    if row.executor_id == user_id:
        return True
    return CoExecutor.select().where((CoExecutor.appeal == row.id) & (CoExecutor.user == user_id)
                                     & (CoExecutor.active == True)).exists()  # noqa: E712


@guarded
def may(appeal_id: int, action: str, user: UserInfo) -> None:
    """Raise the refusal ``perform`` would give for the state or the user, so
    the form is not filled in vain."""
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    user = _current(user)
    _fits(row, action, user)
    transitions.check(action, row.status, user.role)
    if user.role == Role.EXECUTOR and not _carries(user.id, row):
        raise DomainError("not_your_case")


@guarded
def perform(appeal_id: int, action: str, user: UserInfo, params: dict | None = None,
            today: dt.date | None = None) -> Result:
    """Take ``action`` on an appeal.  Raises DomainError (state, role) or
    ValidationErrors (the form's fields); then nothing is written."""
    # The handler modules register themselves in HANDLERS; they import this
    # module, so they are loaded here (a no-op after the first call).
    from app.appeal import consideration as workflow_case  # noqa: F401
    from app.appeal import hearing as workflow_hearing  # noqa: F401
    from app.appeal import intake as workflow_intake  # noqa: F401
    from app.complaint import facts as workflow_complaint_facts  # noqa: F401
    from app.complaint import steps as workflow_complaint  # noqa: F401
    from app.petition import duties as workflow_petition  # noqa: F401
    today = today or dt.date.today()
    with transaction():
        row = Appeal.get_or_none(Appeal.id == appeal_id)
        if row is None:
            raise DomainError("appeal_not_found")
        user = _current(user)
        _fits(row, action, user)
        rule = transitions.check(action, row.status, user.role)
        ctx = Ctx(row, user, today, load_calendar(), params or {})
        if user.role == Role.EXECUTOR and not _carries(user.id, row):
            raise DomainError("not_your_case")
        act = HANDLERS[action](ctx)
        old_status = Status(row.status)
        target = act.status or rule.target or old_status
        closing = old_status in OPEN_STATUSES and target not in OPEN_STATUSES
        if closing and action != "forward" and ctx.open_clock(Clock.FORWARD_NOW) is not None:
            ctx.fail("security_forward_first")   # АППК 64.7-2, 88.1.2: forwarded at once
        if ctx.errors:
            raise ValidationErrors(ctx.errors)
        _complaint_end(ctx, act, action, closing)
        changes = {}
        for name, new in {**act.changes, "status": str(target)}.items():
            old = getattr(row, name)
            if old != new:
                changes[name] = [old, new]
                setattr(row, name, new)
        row.save()
        from models.entities import Complaint, Petition
        changes.update(_record_changes(Complaint, row.id, act.complaint))
        changes.update(_record_changes(Petition, row.id, act.petition))
        plan = _plan_clocks(ctx, act, closing, ctx.params.get("on_date") or today)
        action_id = history.record("appeal", row.id, action,
                                   {**changes, **act.details, **_summary(plan)}, user.id)
        _write_clocks(row.id, plan, action_id)
        if act.after is not None:
            act.after(action_id)
    return Result(action_id, target, tuple(act.warnings))

