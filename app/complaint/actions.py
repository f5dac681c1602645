"""The complaint's case actions, each declared once: the challenged body's
step (АППК 91.4), the complaint body's consideration (92.2, 98.3, 100) and
what either side records (92, 94.2, 100.6).  ``HOOKS`` are what every action
of a complaint adds: АППК 97.2 and the suspension of the act (96)."""
from __future__ import annotations

from app.cases.action import Action, CaseView, Hooks
from app.complaint import facts as f
from app.complaint import hooks
from app.complaint import inputs as i
from app.complaint import steps as s
from app.rules.codes import ActionName as N
from app.rules.codes import Procedure as P
from app.rules.enums import CASE_ROLES, Clock
from app.rules.transitions import ANY, FORWARDERS, HEADS, OFFICE, OPEN, S
from models.entities_cases import Complaint

CHALLENGED = frozenset({P.COMPLAINT_CHALLENGED})
REVIEWING = frozenset({P.COMPLAINT_REVIEWING})
BOTH = CHALLENGED | REVIEWING
CONSIDERABLE = OPEN - {S.INCOMPLETE}


def _late_unrestored(view: CaseView) -> bool:   # АППК 92.2: only a missed term
    c = hooks.record(view)
    return c is not None and bool(c.late) and not c.restored


def _no_review_result(view: CaseView) -> bool:  # recorded once
    c = hooks.record(view)
    return c is not None and not c.review_result


def _not_heard(view: CaseView) -> bool:         # АППК 98.3: once
    c = hooks.record(view)
    return c is not None and c.official_heard_on is None


def _to_send(view: CaseView) -> bool:
    """Sent once, or again while its remand or notice clock runs (100.2, 95.2)."""
    return (not view.done(N.DECISION_SENT)
            or bool(view.running & {str(Clock.REMAND), str(Clock.UNCONSIDERED_NOTICE)}))


ACTIONS = (
    Action(N.COMPLAINT_SEND, "91.4", OPEN, FORWARDERS, s.complaint_send, i.Send, target=S.FORWARDED,
           applies_to=CHALLENGED, reversible=True),
    Action(N.COMPLAINT_SATISFY, "91.4", OPEN, HEADS, s.complaint_satisfy, i.Satisfy, target=S.DECIDED,
           applies_to=CHALLENGED, reversible=True),
    Action(N.REVIEW_RESULT, "100.4", frozenset({S.FORWARDED}), OFFICE, f.review_result, i.Review,
           applies_to=CHALLENGED, reversible=True, offered_if=_no_review_result),
    Action(N.RESTORE_TERM, "92.2", OPEN, HEADS, s.restore_term, i.RestoreTerm, applies_to=REVIEWING,
           reversible=True, offered_if=_late_unrestored),
    Action(N.COMPLAINT_DECIDE, "100.1", CONSIDERABLE, HEADS, s.complaint_decide, i.Decide,
           target=S.DECIDED, applies_to=REVIEWING, reversible=True),
    Action(N.DECISION_SENT, "100.4", frozenset({S.DECIDED}), OFFICE, s.decision_sent, i.DecisionSent,
           applies_to=REVIEWING, offered_if=_to_send),
    Action(N.OFFICIAL_HEARD, "98.3", CONSIDERABLE, CASE_ROLES, f.official_heard, i.OfficialHeard,
           applies_to=REVIEWING, reversible=True, offered_if=_not_heard),
    Action(N.COMPLAINT_FACTS, "92.1", OPEN, OFFICE, f.complaint_facts, i.Facts, applies_to=BOTH,
           reversible=True),
    Action(N.COURT_RECORDED, "100.6", ANY, OFFICE, f.court_recorded, i.Court, applies_to=BOTH),
)

HOOKS = {procedure: Hooks(Complaint, hooks.check, hooks.settle) for procedure in BOTH}
