"""Every stored code of the workflow has a label: the card never shows a raw code."""
import pytest

from app.appeal.consideration import FULL_GROUNDS, SIMPLE_GROUNDS
from app.appeal.hearing import RECUSAL_GROUNDS
from app.appeal.intake import RETURN_GROUNDS
from app.complaint.steps import DECISION_CODES as COMPLAINT_DECISIONS
from app.complaint.steps import GROUNDS_100_3, UNCONSIDERED_GROUNDS
from ui.case.workflow_labels import CASE_ACTIONS, CLOCKS, DECISIONS, GROUNDS

DECISION_CODES = ("act_favourable", "act_burdening", "answer", "noted", "termination", "return",
                  "forwarded", "withdrawal", "attached", "complaint_sent", "complaint_satisfied",
                  *COMPLAINT_DECISIONS.values())


@pytest.mark.parametrize("table, codes", [
    (DECISIONS, DECISION_CODES),
    (GROUNDS, (*FULL_GROUNDS, *SIMPLE_GROUNDS, *RETURN_GROUNDS, *RECUSAL_GROUNDS,
               "70.1.3", "70.1.4", "88.1.4", *GROUNDS_100_3, *UNCONSIDERED_GROUNDS,
               "95.1.3", "95.1.4", "64.9")),
])
def test_codes_have_labels(table, codes):
    assert [c for c in codes if c not in table] == []


def test_every_action_and_clock_has_a_label():
    from app.rules.codes import ActionName
    from app.rules.enums import Clock
    assert [str(a) for a in ActionName if a not in CASE_ACTIONS] == []
    assert [str(c) for c in Clock if str(c) not in CLOCKS] == []


def test_every_action_has_one_declaration_and_a_form():
    """Adding an action is one declaration plus its label: every name is
    declared once, and its form has a caption (and for a coded field, the
    labels of its codes) for every procedure it serves."""
    from app import engine
    from app.engine.registry import REGISTRY
    from app.rules.codes import ActionName
    from ui.case.action_forms import fields
    assert sorted(REGISTRY) == sorted(ActionName)
    assert all(name == action.name for name, action in REGISTRY.items())
    missing = []
    for name, action in REGISTRY.items():
        assert action.article and action.sources and action.roles, name
        for procedure in action.applies_to:
            for f in fields(name, procedure, "application"):
                if not f.caption:
                    missing.append((name, f.name, "caption"))
                if f.kind in ("choice", "items") and (f.table is None or not f.options
                                                      or any(o not in f.table for o in f.options)):
                    missing.append((name, f.name, "labels"))
        assert engine.inputs(name, sorted(action.applies_to)[0]) is not None
    assert missing == []


def test_demo_histories_read_as_words(demo_db):
    """Every history entry of the demo office, as the card shows it: no
    field name or stored code is left untranslated (snake_case words)."""
    import re

    from app.appeal.case_card import card
    from app.office.calendar_store import load_calendar
    from app.queries import appeals as q
    from ui.case.card_text import history_text
    raw = []
    for appeal_id in q.all_ids(q.Criteria(), load_calendar()):
        c = card(appeal_id)
        for h in c.history:
            text = history_text(h.action, h.changes, c.user_names)
            raw += re.findall(r"\b[a-z]+_[a-z_]+\b", text)
    assert sorted(set(raw)) == []
