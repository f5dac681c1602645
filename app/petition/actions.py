"""The petition's case actions, each declared once (АППК 90-5, 90-6).  A
petition is never extended, returned or terminated (90-4.2: it must be
considered); its duties and decision are its own."""
from __future__ import annotations

from app.cases.action import Action, Hooks
from app.petition import duties as d
from app.petition import inputs as i
from app.rules.codes import ActionName as N
from app.rules.codes import Procedure as P
from app.rules.enums import AppealKind
from app.rules.transitions import HEADS, OFFICE, OPEN, S
from models.entities import Appeal
from models.entities_cases import Petition

PETITION = frozenset({P.PETITION})


def classify(row: Appeal) -> P | None:
    return P.PETITION if row.kind == AppealKind.PETITION else None


ACTIONS = (
    Action(N.PETITION_VISIT, "90-5.2", OPEN, OFFICE, d.petition_visit, i.Visit, applies_to=PETITION,
           reversible=True),
    Action(N.PETITION_DISCUSSION_SET, "90-5.2", OPEN, OFFICE, d.petition_discussion_set, i.DiscussionSet,
           applies_to=PETITION, reversible=True),
    Action(N.PETITION_NOTIFIED, "90-5.2", OPEN, OFFICE, d.petition_notified, i.Notified,
           applies_to=PETITION, reversible=True),
    Action(N.PETITION_DISCUSSION_HELD, "90-5.2", OPEN, OFFICE, d.petition_discussion_held,
           i.DiscussionHeld, applies_to=PETITION, reversible=True),
    Action(N.PETITION_COMMISSION, "90-5.2", OPEN, OFFICE, d.petition_commission, i.Commission,
           applies_to=PETITION, reversible=True),
    Action(N.PETITION_DECIDE, "90-6.1", OPEN - {S.INCOMPLETE}, HEADS, d.petition_decide, i.Decide,
           target=S.DECIDED, applies_to=PETITION, reversible=True),
    Action(N.PETITION_PUBLISHED, "90-6.3", frozenset({S.DECIDED}), OFFICE, d.petition_published,
           i.Published, applies_to=PETITION),
    Action(N.PETITION_STATEMENT, "90-6.3", frozenset({S.DECIDED}), HEADS, d.petition_statement,
           i.Statement, applies_to=PETITION),
)

HOOKS = {P.PETITION: Hooks(Petition)}
