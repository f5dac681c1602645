"""The input forms of the petition's actions (app.petition.duties)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.rules.enums import PetitionDecision
from ui.case.action_forms import ON, Field, _date
from ui.case.workflow_labels import DECISIONS

SPECS = {
    "petition_visit": [
        Field("note", "text", QT_TRANSLATE_NOOP("ActionForm", "What was found on site"), optional=True),
        Field("waived_reason", "text", QT_TRANSLATE_NOOP(
            "ActionForm", "No visit: why the facts need no checking"), optional=True),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date"))],
    "petition_discussion_set": [
        _date("discussion_on", QT_TRANSLATE_NOOP("ActionForm", "Date of the public discussion")),
        Field("place", "line", QT_TRANSLATE_NOOP("ActionForm", "Place")), ON],
    "petition_notified": [
        Field("internet", "bool", QT_TRANSLATE_NOOP("ActionForm", "Announced on the internet resource")),
        Field("direct", "bool", QT_TRANSLATE_NOOP("ActionForm", "Sent to the author and interested persons, electronically or on paper")),
        Field("channels", "line", QT_TRANSLATE_NOOP("ActionForm", "Where and how"), optional=True),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Announced on"))],
    "petition_discussion_held": [
        Field("note", "text", QT_TRANSLATE_NOOP("ActionForm", "How it went"), optional=True),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Held on"))],
    "petition_commission": [
        Field("members", "text", QT_TRANSLATE_NOOP(
            "ActionForm", "Members, one per line: state bodies, deputies, the author, public associations")),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Formed on"))],
    "petition_decide": [
        Field("decision", "choice", QT_TRANSLATE_NOOP("ActionForm", "Decision (art. 90-6 part 1)"),
              tuple(str(d) for d in PetitionDecision), DECISIONS),
        Field("facts", "text", QT_TRANSLATE_NOOP("ActionForm", "Facts confirming or refuting the arguments")),
        Field("legal_refs", "text", QT_TRANSLATE_NOOP("ActionForm", "References to legislation")),
        Field("reasoning", "text", QT_TRANSLATE_NOOP("ActionForm", "Reasoning (art. 90-6 part 2)")),
        Field("decision_text", "text", QT_TRANSLATE_NOOP("ActionForm", "What is decided: what is satisfied and what is not")),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Date of the decision"))],
    "petition_published": [
        Field("url", "line", QT_TRANSLATE_NOOP("ActionForm", "Address on the internet resource")),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Published on"))],
    "petition_statement": [
        Field("text", "text", QT_TRANSLATE_NOOP("ActionForm", "The statement")),
        _date("on_date", QT_TRANSLATE_NOOP("ActionForm", "Made on"))],
}
