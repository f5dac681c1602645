"""What a case action is, procedure-neutral: its declaration, its handler's
context and result, its inputs, the clocks it plans and the counter-action.
The engine that runs them is ``app.engine``."""
from app.cases.action import Act, Action, CaseView, Ctx, Hooks, Result
from app.cases.inputs import InputField

__all__ = ["Act", "Action", "CaseView", "Ctx", "Hooks", "InputField", "Result"]
