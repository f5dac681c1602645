"""Case actions.  Each one checks the state and the user's role against its
declaration (``app.engine.registry``), validates its input, and writes the
appeal, its clocks and one history entry (who, when, what, why) in one
transaction.  Nothing is ever edited back: a mistake is undone by the
recorded ``reverse`` action.

"offered", "may" and "perform" are filters over the declarations; what a
procedure adds (a complaint's 97.2 and suspension, a petition's record)
comes from its hooks.
"""
from __future__ import annotations

import datetime as dt

from app.appeal.carriers import carries
from app.cases import clocks
from app.cases.action import Action, CaseView, Ctx, Result
from app.cases.inputs import InputField, form_fields, unknown
from app.cases.reverse import latest
from app.engine.registry import HOOKS, REGISTRY, procedure_of, reversible
from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, current
from app.office.calendar_store import load_calendar
from app.rules.codes import ActionName, Procedure
from app.rules.enums import OPEN_STATUSES, Clock, Role, Status
from app.store import history
from app.store.storage import guarded, transaction
from models.db import compiled, is_sqlite
from models.entities import Appeal, ChangeLog, User


def declaration(name: str) -> Action:
    """The declaration of ``name``; DomainError for an unknown action."""
    action = REGISTRY.get(name)   # type: ignore[call-overload]
    if action is None:
        raise DomainError("unknown_action", action=name)
    return action


def _check(action: Action, status: str, role: Role) -> None:
    """The state and the role the action's declaration allows."""
    if Status(status) not in action.sources:
        raise DomainError("transition_forbidden", action=str(action.name), status=str(status))
    if role not in action.roles:
        raise DomainError("action_forbidden_role", action=str(action.name),
                          roles=sorted(str(r) for r in action.roles))


def _fits(row: Appeal, action: Action, user: UserInfo) -> Procedure:
    """The action serves the case's procedure (a complaint has its own
    actions, a petition too), and the procedure's own check allows the user."""
    procedure = procedure_of(row)
    if procedure not in action.applies_to:
        raise DomainError(action.refusals.get(procedure, "action_not_for_case"), action=str(action.name))
    hooks = HOOKS.get(procedure)
    if hooks is not None and hooks.check is not None:
        hooks.check(row, user)
    return procedure


def _appeal(appeal_id: int, lock: bool = False) -> Appeal:
    """The case; with ``lock``, held for this transaction on PostgreSQL (on
    SQLite every write transaction already holds the whole file)."""
    locked = lock and not is_sqlite()

    def build():
        query = Appeal.select().where(Appeal.id == 0)
        return query.for_update() if locked else query
    row = next(iter(Appeal.raw(compiled(f"case-{locked}", build), appeal_id)), None)
    if row is None:
        raise DomainError("appeal_not_found")
    return row


def _may(row: Appeal, name: str, user: UserInfo) -> tuple[Action, UserInfo, Procedure]:
    action = declaration(name)
    user = current(user)
    procedure = _fits(row, action, user)
    _check(action, row.status, Role(user.role))
    # An executor, and the head of the apparatus, act on the cases they carry;
    # the head of the apparatus extends any case, as АППК 76.3 names them.
    if (user.role == Role.EXECUTOR or (user.role == Role.APPARATUS_HEAD and action.name != ActionName.EXTEND)) \
            and not carries(user.id, row):
        raise DomainError("not_your_case")
    return action, user, procedure


def _worth(action: Action, view: CaseView) -> bool:
    """Those that answer a clock only while it runs; the declaration's own
    condition (a term to restore only when missed)."""
    if action.needs_clock and not view.running & {str(k) for k in action.needs_clock}:
        return False
    return action.offered_if is None or action.offered_if(view)


@guarded
def offered(appeal_id: int) -> list[str]:
    """The actions that make sense now: for the case's procedure, allowed in
    its state and worth offering.  Roles are not filtered: the UI offers the
    action and the service explains a refusal."""
    row = _appeal(appeal_id)
    procedure = procedure_of(row)
    view = CaseView(row)
    status = Status(row.status)
    return [str(name) for name, action in REGISTRY.items()
            if procedure in action.applies_to and status in action.sources and _worth(action, view)]


@guarded
def may(appeal_id: int, action: str, user: UserInfo) -> None:
    """Raise the refusal ``perform`` would give for the state or the user, so
    the form is not filled in vain."""
    _may(_appeal(appeal_id), action, user)


@guarded
def procedure(appeal_id: int) -> Procedure:
    return procedure_of(_appeal(appeal_id))


def inputs(action: str, procedure: Procedure) -> list[InputField]:
    """The form of ``action`` for a case of ``procedure`` (its declared inputs)."""
    return form_fields(declaration(action).inputs, procedure)


@guarded
def latest_reversible(appeal_id: int) -> tuple[int, str] | None:
    """(id, action) of the case's latest action when it can be reversed."""
    return latest(appeal_id, reversible)


def _record_changes(model, appeal_id: int, values: dict) -> dict:
    """Write the procedure's own record; returns its changes as [old, new]."""
    if not values:
        return {}
    if model is None:   # a handler wrote a record its case's procedure does not have
        raise RuntimeError(f"no record for {sorted(values)} in this case's procedure")
    row = model.get(model.appeal == appeal_id)
    out = {}
    for name, new in values.items():
        old = getattr(row, name)
        if old != new:
            out[name] = [old, new]
            setattr(row, name, new)
    _save(row, out)
    return out


def _save(row, changes: dict) -> None:
    """Write the columns that changed, and only them (the row is read in this
    transaction under the write lock, so the others are as stored)."""
    if changes:
        row.save(only=[row._meta.combined[name] for name in changes])


def _latest(appeal_id: int) -> ChangeLog | None:
    return (ChangeLog.select().where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id))
            .order_by(ChangeLog.id.desc()).first())


@guarded
def version(appeal_id: int) -> int:
    """The case's version: its latest history entry.  A form keeps the one it
    was filled on; ``perform`` refuses it once another change came in."""
    latest = _latest(appeal_id)
    return latest.id if latest is not None else 0


@guarded
def perform(appeal_id: int, action: str, user: UserInfo, params: dict | None = None,
            today: dt.date | None = None, seen: int | None = None) -> Result:
    """Take ``action`` on an appeal.  Raises DomainError (state, role) or
    ValidationErrors (the form's fields); then nothing is written.  With
    ``seen`` (the version the form was filled on), a case changed since by
    anyone is refused with ``case_changed`` and who changed it: no update is
    lost to a second workstation acting at the same time."""
    today = today or dt.date.today()
    params = dict(params or {})
    with transaction():
        row = _appeal(appeal_id, lock=True)
        latest = _latest(appeal_id) if seen is not None else None   # only a form's action asks
        if latest is not None and latest.id != seen:
            who = User.get_or_none(User.id == latest.user_id)
            raise DomainError("case_changed", by=who.surname + " " + who.first_name if who else "",
                              at=latest.at, action=latest.action)
        declared, user, proc = _may(row, action, user)
        extra = unknown(declared.inputs, params)
        if extra:
            raise DomainError("unknown_input", extra[0], action=action)
        hooks = HOOKS.get(proc)
        ctx = Ctx(row, user, today, load_calendar(), params)
        ctx.record_model = hooks.model if hooks is not None else None
        act = declared.handle(ctx)
        old_status = Status(row.status)
        target = act.status or declared.target or old_status
        closing = old_status in OPEN_STATUSES and target not in OPEN_STATUSES
        if closing and action != ActionName.FORWARD and ctx.open_clock(Clock.FORWARD_NOW) is not None:
            ctx.fail("security_forward_first")   # АППК 64.7-2, 88.1.2: forwarded at once
        if ctx.errors:
            raise ValidationErrors(ctx.errors)
        if hooks is not None and hooks.settle is not None:
            hooks.settle(ctx, act, declared.name, closing)
        changes = {}
        for name, new in {**act.changes, "status": str(target)}.items():
            old = getattr(row, name)
            if old != new:
                changes[name] = [old, new]
                setattr(row, name, new)
        _save(row, changes)
        changes.update(_record_changes(ctx.record_model, row.id, act.record))
        plan = clocks.plan(ctx, act, closing, ctx.params.get("on_date") or today)
        action_id = history.record("appeal", row.id, action,
                                   {**changes, **act.details, **clocks.summary(plan)}, user.id)
        clocks.write(row.id, plan, action_id)
        if act.after is not None:
            act.after(action_id)
    return Result(action_id, target, tuple(act.warnings))



def check(name: str, status: str, role: Role) -> Action:
    """The declaration of ``name`` if ``role`` may take it in ``status``
    (whatever the case's procedure); DomainError otherwise.  Pure."""
    action = declaration(name)
    _check(action, status, role)
    return action


def available(status: str) -> list[str]:
    """Actions possible in ``status`` for some procedure (pure)."""
    return [str(n) for n, a in REGISTRY.items() if Status(status) in a.sources]
