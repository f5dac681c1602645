"""Captions of the petition actions' form fields (their inputs are declared
in ``app.petition.inputs``), merged into ``ui.case.action_forms``."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# A field's caption, whichever action it belongs to.
DEFAULT = {
    "channels": QT_TRANSLATE_NOOP("ActionForm", "Where and how"),
    "decision_text": QT_TRANSLATE_NOOP("ActionForm", "What is decided: what is satisfied and what is not"),
    "direct": QT_TRANSLATE_NOOP("ActionForm", "Sent to the author and interested persons, electronically or on paper"),
    "discussion_on": QT_TRANSLATE_NOOP("ActionForm", "Date of the public discussion"),
    "facts": QT_TRANSLATE_NOOP("ActionForm", "Facts confirming or refuting the arguments"),
    "internet": QT_TRANSLATE_NOOP("ActionForm", "Announced on the internet resource"),
    "legal_refs": QT_TRANSLATE_NOOP("ActionForm", "References to legislation"),
    "members": QT_TRANSLATE_NOOP("ActionForm", "Members, one per line: state bodies, deputies, the author, public associations"),
    "place": QT_TRANSLATE_NOOP("ActionForm", "Place"),
    "url": QT_TRANSLATE_NOOP("ActionForm", "Address on the internet resource"),
    "waived_reason": QT_TRANSLATE_NOOP("ActionForm", "No visit: why the facts need no checking"),
}
# Captions that differ for one action.
CAPTIONS = {
    "petition_commission": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Formed on"),
    },
    "petition_decide": {
        "decision": QT_TRANSLATE_NOOP("ActionForm", "Decision (art. 90-6 part 1)"),
        "reasoning": QT_TRANSLATE_NOOP("ActionForm", "Reasoning (art. 90-6 part 2)"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"),
    },
    "petition_discussion_held": {
        "note": QT_TRANSLATE_NOOP("ActionForm", "How it went"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Held on"),
    },
    "petition_notified": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Announced on"),
    },
    "petition_published": {
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Published on"),
    },
    "petition_statement": {
        "text": QT_TRANSLATE_NOOP("ActionForm", "The statement"),
        "on_date": QT_TRANSLATE_NOOP("ActionForm", "Made on"),
    },
    "petition_visit": {
        "note": QT_TRANSLATE_NOOP("ActionForm", "What was found on site"),
    },
}
TABLES: dict = {}
ACTION_TABLES: dict = {}
