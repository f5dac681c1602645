"""What a complaint adds to every action of its case: which side of it the
office is on, АППК 97.2 (the challenged official takes no part), and the end
of the suspension of the challenged act (96.1) with its execution (86.3)."""
from __future__ import annotations

from app.cases.action import Act, CaseView, Ctx, Open
from app.complaint import execution as complaint_execution
from app.complaint.steps import ends_suspension
from app.errors import DomainError
from app.office.auth import UserInfo
from app.rules.codes import ActionName, Procedure
from app.rules.enums import AppealKind, Clock, ComplaintRole, Suspension
from models.entities import Appeal
from models.entities_cases import Complaint

SIDES = {ComplaintRole.CHALLENGED: Procedure.COMPLAINT_CHALLENGED,
         ComplaintRole.REVIEWING: Procedure.COMPLAINT_REVIEWING}


def classify(row: Appeal) -> Procedure | None:
    """A complaint with its record follows its side's procedure; one without
    (never written since schema 4) is treated as an ordinary appeal."""
    if row.kind != AppealKind.COMPLAINT:
        return None
    c = Complaint.select(Complaint.role).where(Complaint.appeal == row.id).first()
    return SIDES.get(c.role) if c is not None else None


def record(view: CaseView) -> Complaint | None:
    return Complaint.get_or_none(Complaint.appeal == view.appeal.id)


def check(row: Appeal, user: UserInfo) -> None:
    """АППК 97.2: the official whose act or action is challenged takes no
    part in considering the complaint."""
    c = Complaint.get_or_none(Complaint.appeal == row.id)
    if c is not None and c.role == ComplaintRole.REVIEWING and c.challenged_user_id == user.id:
        raise DomainError("challenged_official")


def _returned_or_withdrawn(ctx: Ctx, act: Act, c: Complaint, ground: str) -> None:
    """A complaint returned or withdrawn (АППК 94.1): the complaint body
    leaves it without consideration on that ground and tells the participant
    within 3 working days (95.1 3)–4), 95.2); the challenged body, before
    sending it on, only ends it.  The suspension of the act ends (96.1)."""
    on = ctx.params.get("on_date") or ctx.today
    act.record.update(ends_suspension(c, on))
    act.opens = [o for o in act.opens if o[0] != Clock.TERMINATION_NOTICE]
    act.details.pop("terminated", None)
    if c.role == ComplaintRole.REVIEWING:
        act.changes.update({"ground": ground, "decision": "complaint_unconsidered"})
        act.opens.append(Open(Clock.UNCONSIDERED_NOTICE))
    elif "ground" in act.changes and act.changes["ground"] in ("70.1.4", "88.1.4"):
        act.changes["ground"] = "64.9"


def settle(ctx: Ctx, act: Act, action: ActionName, closing: bool) -> None:
    """АППК 96.1: the suspension lasts while the complaint runs; then our
    act's execution runs again or stops (app.complaint.execution)."""
    c = Complaint.get_or_none(Complaint.appeal == ctx.appeal.id)
    if c is None:
        return
    if action in (ActionName.RETURN, ActionName.WITHDRAW):
        _returned_or_withdrawn(ctx, act, c, "95.1.3" if action == ActionName.RETURN else "95.1.4")
    ending = (closing and action != ActionName.COMPLAINT_SEND) or action == ActionName.REVIEW_RESULT
    if not (ending or act.execution):
        return
    day = ctx.params.get("on_date") or ctx.today
    if ending and c.suspension == Suspension.SUSPENDED and "suspension" not in act.record:
        act.record.update(suspension=str(Suspension.ENDED), suspension_ended_on=day)
    if c.case_id is None:
        return
    before, user_id, outcome = act.after, ctx.user.id, act.execution or "resume"

    def after(action_id: int) -> None:
        if before is not None:
            before(action_id)
        complaint_execution.settle(c.appeal_id, outcome, day, user_id)
    act.after = after
