"""The petition's duties and decision (АППК 90-5, 90-6): a site visit or
why none is needed, a public discussion with its invitation three working
days before, a temporary commission; then the first head's decision,
published by the next working day, and the official statement."""
from __future__ import annotations

from app.cases.action import Act, Ctx, Open
from app.petition.record import notice_due
from app.rules.enums import Clock, Outcome, PetitionDecision, Role
from models.entities_cases import Petition

OUTCOMES: dict[str, Outcome] = {PetitionDecision.SATISFIED: Outcome.SATISFIED, PetitionDecision.PARTLY: Outcome.PARTLY,
            PetitionDecision.REFUSED: Outcome.REFUSED}


def petition(ctx: Ctx) -> Petition:
    return Petition.get(Petition.appeal == ctx.appeal.id)


def petition_visit(ctx: Ctx) -> Act:
    """90-5.2 1): a visit on site, unless the facts need no checking (why)."""
    on = ctx.date()
    waived = ctx.text("waived_reason", required=False)
    if waived:
        return Act(record={"site_visit_waived": waived, "site_visit_on": None})
    return Act(details={"note": ctx.text("note", required=False)}, record={"site_visit_on": on})


def petition_discussion_set(ctx: Ctx) -> Act:
    """90-5.2 2): the date and place of the public discussion of the draft
    decision; the invitation is due three working days before it."""
    a = ctx.appeal
    day = ctx.params.get("discussion_on")
    place = ctx.text("place", limit=255)
    on = ctx.date()
    if day is None:
        ctx.fail("required", "discussion_on")
        return Act()
    due = notice_due(day, ctx.cal)
    if on is not None and due < on:
        ctx.fail("discussion_too_soon", "discussion_on", due=due)
    if day > a.due_on:
        ctx.fail("discussion_after_term", "discussion_on", due=a.due_on)
    return Act(record={"discussion_on": day, "discussion_place": place, "discussion_notified_on": None,
                         "discussion_held_on": None},
               cancels=[Clock.DISCUSSION_NOTICE], opens=[Open(Clock.DISCUSSION_NOTICE, due_on=due)],
               details={"notice_due_on": due})


def petition_notified(ctx: Ctx) -> Act:
    """The author and the interested persons told the date and place through
    the internet resource and in electronic or paper form (90-5.2 2))."""
    p, on = petition(ctx), ctx.date()
    if p.discussion_on is None:
        ctx.fail("discussion_not_set", "on_date")
    if not (ctx.params.get("internet") and ctx.params.get("direct")):
        ctx.fail("both_channels", "internet")
    return Act(record={"discussion_notified_on": on,
                         "discussion_channels": ctx.text("channels", required=False, limit=255)},
               closes=[(Clock.DISCUSSION_NOTICE, on)])


def petition_discussion_held(ctx: Ctx) -> Act:
    p, on = petition(ctx), ctx.date()
    if p.discussion_notified_on is None:
        ctx.fail("discussion_not_notified", "on_date")
    elif on is not None and p.discussion_on is not None and on < p.discussion_on:
        ctx.fail("discussion_before_date", "on_date", day=p.discussion_on)
    return Act(record={"discussion_held_on": on}, details={"note": ctx.text("note", required=False)})


def petition_commission(ctx: Ctx) -> Act:
    """90-5.2 3): a temporary commission or working group, its members."""
    on = ctx.date()
    members = ctx.text("members")
    if members and len([m for m in members.splitlines() if m.strip()]) < 2:
        ctx.fail("commission_members", "members")
    return Act(record={"commission": members, "commission_formed_on": on})


def petition_decide(ctx: Ctx) -> Act:
    """90-6.1: the first head decides: satisfy fully or partly, or refuse;
    reasoned, with legal references and facts (90-6.2); published by the
    next working day (90-6.3)."""
    p, on = petition(ctx), ctx.date()
    if ctx.user.role != Role.HEAD:
        ctx.fail("first_head_only", "decision")
    decision = ctx.choice("decision", list(PetitionDecision))
    values = {"facts": ctx.text("facts"), "legal_refs": ctx.text("legal_refs"), "reasoning": ctx.text("reasoning"),
              "decision_text": ctx.text("decision_text")}   # the operative part: what is satisfied
    if p.site_visit_on is None and not p.site_visit_waived:
        ctx.fail("site_visit_missing", "decision")
    if p.discussion_held_on is None:
        ctx.fail("discussion_missing", "decision")
    elif (p.discussion_notified_on is not None and p.discussion_on is not None
          and p.discussion_notified_on > notice_due(p.discussion_on, ctx.cal)):
        ctx.fail("discussion_notice_late", "decision")
    if not p.commission_formed_on:
        ctx.fail("commission_missing", "decision")
    return Act(changes={"decision": decision, "outcome": str(OUTCOMES.get(decision, "")), "decided_on": on,
                        "closed_on": on},
               record=values, opens=[Open(Clock.PUBLICATION)] if on else [])


def petition_published(ctx: Ctx) -> Act:
    on = ctx.date()
    return Act(record={"published_on": on, "published_url": ctx.text("url", limit=255)},
               closes=[(Clock.PUBLICATION, on)])


def petition_statement(ctx: Ctx) -> Act:
    """90-6.3 para 2: the first head's official statement on the results."""
    on = ctx.date()
    if ctx.user.role != Role.HEAD:
        ctx.fail("first_head_only", "text")
    return Act(record={"statement_on": on}, details={"text": ctx.text("text")})
