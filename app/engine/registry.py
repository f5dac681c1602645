"""One registry of case actions, built explicitly from each procedure's
declarations (no registration by import side effect), and the hooks and
classifiers of the procedures that have their own record."""
from __future__ import annotations

from dataclasses import dataclass

from app.appeal import actions as appeal
from app.appeal.consideration import is_simplified
from app.cases import reverse
from app.cases.action import Action, Hooks
from app.cases.inputs import hidden, text
from app.complaint import actions as complaint
from app.complaint import hooks as complaint_hooks
from app.petition import actions as petition
from app.rules.codes import ActionName, Procedure
from app.rules.transitions import ANY, HEADS
from models.entities import Appeal


@dataclass
class ReverseInputs:
    reason: str = text()
    action_id: int | None = hidden()   # the entry undone: the latest reversible one


def reversible(name: str) -> bool:
    action = REGISTRY.get(name)    # type: ignore[call-overload]
    return action is not None and action.reversible


# A recorded counter-action of the latest action; never an edit of the past.
REVERSE = Action(ActionName.REVERSE, "69", ANY, HEADS, reverse.make(reversible), ReverseInputs,
                 offered_if=lambda view: reverse.latest(view.appeal.id, reversible) is not None)

REGISTRY: dict[ActionName, Action] = {
    a.name: a for a in (*appeal.ACTIONS, *complaint.ACTIONS, *petition.ACTIONS, REVERSE)}
HOOKS: dict[Procedure, Hooks] = {**complaint.HOOKS, **petition.HOOKS}
CLASSIFIERS = (petition.classify, complaint_hooks.classify)


def procedure_of(row: Appeal) -> Procedure:
    """The procedure a case follows: its own (a petition, a complaint's
    side), else the full or the simplified one by its kind (АППК 87.1)."""
    for classify in CLASSIFIERS:
        found = classify(row)
        if found is not None:
            return found
    return Procedure.SIMPLIFIED if is_simplified(row.kind) else Procedure.APPLICATION
