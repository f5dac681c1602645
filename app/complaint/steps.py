"""The actions of a complaint: the challenged body's three-day step (АППК
91.4), restoring a missed term (92.2), the complaint body's decisions
(95, 97.2, 98.3, 98.6, 100–101), sending them (100.2, 100.4) and a court
case learned of (91.5, 100.6)."""
from __future__ import annotations

from app.cases.action import Act, Ctx, Open
from app.cases.hearing import HEARING_EXCEPTIONS, hearing_check
from app.complaint import reopen
from app.office.profile import get_settings
from app.rules.codes import ComplaintDecision, ComplaintGround, SatisfiedBy, UnconsideredGround
from app.rules.complaint import RESTORE_REASONS
from app.rules.enums import Clock, Outcome, Suspension
from app.rules.transitions import has_superior, superior
from models.entities import User
from models.entities_cases import Complaint

# АППК 100.1 1)–6).
COMPLAINT_DECISIONS = tuple(ComplaintDecision)
DECISION_CODES: dict[str, str] = {d: f"complaint_{d}" for d in COMPLAINT_DECISIONS}
OWN_COMPETENCE = ("revoke", "revoke_new", "perform")           # 100.2
NEED_GROUNDS = ("revoke", "revoke_new", "perform", "remand")    # 100.3
GROUNDS_100_3 = tuple(ComplaintGround)
# АППК 95.1; a return (3)) and a withdrawal (4)) go through their own actions.
UNCONSIDERED_GROUNDS = tuple(UnconsideredGround)
# A case sent back and one left without consideration are not decided on
# the merits: no outcome class.
OUTCOMES: dict[str, str] = {"revoke": Outcome.SATISFIED, "revoke_new": Outcome.SATISFIED,
            "perform": Outcome.SATISFIED, "remand": "",
            "unsatisfied": Outcome.REFUSED, "unconsidered": ""}


def complaint(ctx: Ctx) -> Complaint:
    return Complaint.get(Complaint.appeal == ctx.appeal.id)


def ends_suspension(c: Complaint, on) -> dict:
    """АППК 96.1: the suspension lasts while the complaint runs (digest Q9)."""
    if c.suspension == Suspension.SUSPENDED and on is not None:
        return {"suspension": str(Suspension.ENDED), "suspension_ended_on": on}
    return {}


def complaint_send(ctx: Ctx) -> Act:
    """АППК 91.4 para 2: the complaint and the whole case file go to the
    complaint body within 3 working days of receipt."""
    on = ctx.date()
    body = ctx.text("body", limit=255)
    if not ctx.params.get("with_file"):
        ctx.fail("case_file_required", "with_file")
    late = on is not None and on > ctx.appeal.due_on
    warnings = [] if complaint(ctx).rights_explained_on else ["rights_not_explained"]   # АППК 94.2
    return Act(warnings=warnings, changes={"decision": "complaint_sent", "closed_on": on},
               record={"sent_to": body, "sent_on": on},
               details={"due_on": ctx.appeal.due_on, "late": late, "with_file": True})


def complaint_satisfy(ctx: Ctx) -> Act:
    """АППК 91.4 para 3: kept, not sent, only when within the 3 working days a
    favourable act or action satisfies every demand of the complaint."""
    a, c = ctx.appeal, complaint(ctx)
    on = ctx.date()
    means = ctx.choice("means", SatisfiedBy)
    remedy = ctx.text("remedy")
    if not ctx.params.get("fully"):
        ctx.fail("satisfy_fully_only", "fully")
    if on is not None and on > a.due_on:
        ctx.fail("satisfy_after_term", "on_date", due=a.due_on)
    # The act challenged is replaced or revoked: it is not executed (91.4 para 3).
    return Act(changes={"decision": "complaint_satisfied", "outcome": str(Outcome.SATISFIED),
                        "decided_on": on, "closed_on": on},
               record={"remedy": remedy, **ends_suspension(c, on)},
               details={"means": means, "fully": True},
               execution="satisfied" if c.subject == "act" else None)


def restore_term(ctx: Ctx) -> Act:
    """АППК 92.2: on the participant's motion, for a valid reason (illness,
    force majeure, another reason that made filing impossible)."""
    c = complaint(ctx)
    motion_on = ctx.date("motion_on")
    ctx.date()
    kind = ctx.choice("reason_kind", RESTORE_REASONS)
    reason = ctx.text("reason")
    if not c.late:
        ctx.fail("term_not_missed", "reason_kind", due=c.filing_due_on)
    elif c.restored:
        ctx.fail("restore_decided", "reason_kind")
    granted = bool(ctx.params.get("granted"))
    return Act(record={"restored": "granted" if granted else "refused", "restore_reason": reason},
               details={"reason_kind": kind, "motion_on": motion_on})


def _decision_parts(ctx: Ctx, decision: str) -> dict:
    """What each decision must state (АППК 100.2, 100.3, 98.6, 101.1 6))."""
    parts = {"reasoning": ctx.text("reasoning"),                  # 100.4 para 2, 101.1 6)
             "legal_norms": ctx.text("legal_norms", required=decision != "unconsidered")}
    grounds = [str(g) for g in (ctx.params.get("grounds") or [])]
    if decision in NEED_GROUNDS and (not grounds or any(g not in GROUNDS_100_3 for g in grounds)):
        ctx.fail("required", "grounds")
    parts["grounds"] = ",".join(sorted(set(grounds))) if decision in NEED_GROUNDS else ""
    if decision in OWN_COMPETENCE and not ctx.params.get("competent"):
        ctx.fail("not_competent", "competent")
    parts["new_act"] = ctx.text("new_act") if decision == "revoke_new" else ""
    if decision == "revoke_new" and not ctx.params.get("not_worse"):
        ctx.fail("no_worsening", "not_worse")
    remand = decision == "remand"
    parts["violations"] = ctx.text("violations") if remand else ""
    parts["proposals"] = ctx.text("proposals") if remand else ""
    return parts


def _own_office(body: str) -> bool:
    names = get_settings()
    folded = " ".join(body.casefold().split())
    return bool(folded) and folded in {" ".join(n.casefold().split()) for n in (names.name_kk, names.name_ru) if n}


def complaint_body(ctx: Ctx, c: Complaint) -> bool:
    """АППК 91.3: "бағыныстылық тәртібімен жоғары тұрған" - the complaint is
    considered by the body or official above the one whose act is
    challenged; 97.2: never by that official.  A complaint against our own
    akim's act (or our office's) is not ours to decide: it goes to the
    superior body.  False (with the one reason, for the whole form) when
    this decider may not decide it."""
    code = None
    if c.challenged_user_id is None and not (c.challenged_body or "").strip():
        code = "challenged_unknown"
    elif c.challenged_user_id is not None:
        official = User.get_or_none(User.id == c.challenged_user_id)
        if official is None:
            code = "challenged_unknown"
        elif not has_superior(official.role):
            code = "not_complaint_body"
        elif not superior(ctx.user.role, official.role):
            code = "complaint_not_superior"
    elif _own_office(c.challenged_body):
        code = "not_complaint_body"
    elif not ctx.params.get("subordinate"):
        # No official of ours is named: the decider confirms that the body or official
        # challenged stands below this office, not the office or its own akim.
        ctx.fail("subordinate_unconfirmed", "subordinate")
    if code is not None:
        ctx.fail(code)
    return code is None


def complaint_decide(ctx: Ctx) -> Act:
    a, c = ctx.appeal, complaint(ctx)
    decision = ctx.choice("decision", COMPLAINT_DECISIONS)
    on = ctx.date()
    if not complaint_body(ctx, c) or not decision:
        return Act()
    parts = _decision_parts(ctx, decision)
    changes = {"decision": DECISION_CODES[decision], "outcome": str(OUTCOMES[decision]),
               "decided_on": on, "closed_on": on}
    confirmed = {k: True for k in ("competent", "not_worse") if ctx.params.get(k)
                 and (decision in OWN_COMPETENCE if k == "competent" else decision == "revoke_new")}
    if c.challenged_user_id is None and ctx.params.get("subordinate"):
        confirmed["subordinate"] = True   # АППК 91.3, recorded with the decision
    act = Act(changes=changes, record={**parts, **ends_suspension(c, on)}, details=confirmed,
              execution=decision)
    if decision == "unconsidered":                              # АППК 95
        changes["ground"] = ctx.choice("ground", UNCONSIDERED_GROUNDS)
        act.details["basis"] = ctx.text("basis")
        act.opens.append(Open(Clock.UNCONSIDERED_NOTICE))   # 95.2
        return act
    # АППК 94.2: "түсіндірілуге тиіс" - the rights and duties explained after registration.
    if c.rights_explained_on is None:
        ctx.fail("rights_not_explained", "decision")
    # АППК 98.3: the official and the participant are heard under art. 73.
    if c.official_heard_on is None:
        ctx.fail("official_not_heard", "decision")
    exception = str(ctx.params.get("hearing_exception") or a.hearing_exception or "")
    if exception and exception not in HEARING_EXCEPTIONS:
        ctx.fail("required", "hearing_exception")
    favourable = "act_favourable" if decision in OWN_COMPETENCE else "act_burdening"
    hearing_check(ctx, on, exception, favourable)
    changes["hearing_exception"] = exception
    changes["hearing_exception_reason"] = (ctx.params.get("exception_reason")
                                           or a.hearing_exception_reason).strip()
    if c.late and c.restored != "granted":                      # АППК 92.3
        act.warnings.append("filed_late")
    if decision == "remand":                                    # АППК 100.2 para 2
        act.opens.append(Open(Clock.REMAND))
    # АППК 100.4: binding; a complaint against a deputy's or a specialist's act in a case of
    # ours: that case reopens (sent back, 100.1 5); the new act or the action, 2), 3)).
    reopen.attach(ctx, act, reopen.task_for(decision, c.case_id), on)
    return act


def decision_sent(ctx: Ctx) -> Act:
    """АППК 100.4: to the participant, a copy to the challenged body; for a
    case sent back, within 5 working days (100.2); the notice of 95.2."""
    on = ctx.date()
    copy_on = ctx.date("copy_on", default_today=False) if ctx.params.get("copy_on") else None
    closes = [(Clock.UNCONSIDERED_NOTICE, on)] + ([(Clock.REMAND, copy_on)] if copy_on else [])
    return Act(details={"channel": ctx.text("channel", required=False), "copy_on": copy_on},
               closes=closes)

