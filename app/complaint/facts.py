"""More complaint actions: facts learned after registration (92, 94.2),
the hearing of the challenged official (98.3), the complaint body's decision
as the challenged body learns it (100.4, 100.5), and a court case (100.6)."""
from __future__ import annotations

from app.cases.action import Act, Ctx
from app.complaint import reopen
from app.complaint.steps import complaint, ends_suspension
from app.rules.codes import HearingForm, ReopenTask, ReviewResult
from app.rules.complaint import filing_term
from app.rules.enums import CASE_ROLES, Role
from models.entities import User

# What the challenged body may learn: a decision of 100.1, or none in term (100.5).
REVIEW_RESULTS = tuple(ReviewResult)


def review_result(ctx: Ctx) -> Act:
    """The complaint body's decision on a complaint we sent, as we learn it
    (binding, АППК 100.4); the suspension of our act ends with it, and a
    decision of 100.1 2), 3) or 5) reopens our case."""
    c = complaint(ctx)
    on = ctx.date()
    result = ctx.choice("result", REVIEW_RESULTS)
    if c.review_result:
        ctx.fail("review_result_recorded", "result")
    act = Act(record={"review_result": result, **ends_suspension(c, on)},
              details={"note": ctx.text("note", required=False)}, execution=result)
    reopen.attach(ctx, act, reopen.task_for(result, c.case_id), on)
    return act


def official_heard(ctx: Ctx) -> Act:
    """АППК 98.3: the official whose act or action is challenged is heard
    (in writing or orally) before a decision on the merits."""
    on = ctx.date()
    form = ctx.choice("hearing_form", HearingForm)
    return Act(record={"official_heard_on": on},
               details={"hearing_form": form, "text": ctx.text("text", required=False)})


def complaint_facts(ctx: Ctx) -> Act:
    """Facts learned after registration: when the complainant learned of the
    act (92.1) and filed it with the challenged body (91.4 para 1), whether
    the act stated its route (92.1-1), the rights explained (94.2).  The
    filing term and the lateness follow."""
    a, c = ctx.appeal, complaint(ctx)
    learned = ctx.params.get("learned_on") or c.learned_on
    filed = ctx.params.get("filed_on") or c.filed_on
    received = a.received_at.date()
    for name, day in (("learned_on", learned), ("filed_on", filed)):
        if day is not None and day > received:
            ctx.fail("date_after_receipt", name)
    route_missing = bool(ctx.params.get("route_missing")) if c.subject == "act" and c.case_id is None else c.route_missing
    values = {"learned_on": learned, "filed_on": filed, "route_missing": route_missing}
    if ctx.params.get("rights_explained_on"):
        values["rights_explained_on"] = ctx.date("rights_explained_on")
    # АППК 93.2 4): the body or official whose act is challenged, learned later.
    body = ctx.text("challenged_body", required=False, limit=255)
    if body:
        values["challenged_body"] = body
    official = ctx.params.get("challenged_user_id")
    if official is not None:
        user = User.get_or_none(User.id == official)
        if user is None or Role(user.role) not in CASE_ROLES:
            ctx.fail("not_an_executor", "challenged_user_id")
        else:
            values["challenged_user_id"] = user.id
    if learned is not None:
        term = filing_term(learned, route_missing, ctx.cal)
        values.update(filing_due_on=term.due_on, late=(filed or received) > term.due_on)
    if not any(values.get(k) != getattr(c, k) for k in values):
        ctx.fail("nothing_changed", "learned_on")
    return Act(record=values)


def court_recorded(ctx: Ctx) -> Act:
    """АППК 91.5, 100.6: the participant went to court; the office records it.
    A court decision that obliges us reopens our case as the complaint body's does."""
    on = ctx.date()
    obliges = ctx.params.get("court_obliges") or ""
    if obliges and obliges not in set(ReopenTask):
        ctx.fail("required", "court_obliges")
    act = Act(record={"court_name": ctx.text("court_name", limit=255),
                      "court_case": ctx.text("court_case", limit=100),
                      "court_outcome": ctx.text("court_outcome", required=False)})
    reopen.attach(ctx, act, str(obliges) if obliges else None, on)
    return act
