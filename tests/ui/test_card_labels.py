"""Every stored code of the workflow has a label: the card never shows a raw code."""
import pytest

from app.workflow_case import FULL_GROUNDS, SIMPLE_GROUNDS
from app.workflow_hearing import RECUSAL_GROUNDS
from app.workflow_intake import RETURN_GROUNDS
from ui.workflow_labels import CASE_ACTIONS, CLOCKS, DECISIONS, GROUNDS

DECISION_CODES = ("act_favourable", "act_burdening", "answer", "noted", "termination", "return",
                  "forwarded", "withdrawal", "attached")


@pytest.mark.parametrize("table, codes", [
    (DECISIONS, DECISION_CODES),
    (GROUNDS, (*FULL_GROUNDS, *SIMPLE_GROUNDS, *RETURN_GROUNDS, *RECUSAL_GROUNDS,
               "70.1.3", "70.1.4", "88.1.4")),
])
def test_codes_have_labels(table, codes):
    assert [c for c in codes if c not in table] == []


def test_every_action_and_clock_has_a_label():
    from app.enums import Clock
    from app.transitions import ACTIONS
    assert [a for a in ACTIONS if a not in CASE_ACTIONS] == []
    assert [str(c) for c in Clock if str(c) not in CLOCKS] == []
