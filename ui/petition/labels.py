"""Translated names of the petition's codes (АППК 90-5, 90-6), merged into
the workflow's tables by ``ui.case.workflow_labels``.  Context "Labels"."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ACTIONS = {
    "petition_visit": QT_TRANSLATE_NOOP("Labels", "Site visit, or why none is needed (art. 90-5 part 2)"),
    "petition_discussion_set": QT_TRANSLATE_NOOP("Labels", "Set the public discussion of the draft decision (art. 90-5 part 2)"),
    "petition_notified": QT_TRANSLATE_NOOP("Labels", "Discussion announced to the author and interested persons"),
    "petition_discussion_held": QT_TRANSLATE_NOOP("Labels", "Public discussion held"),
    "petition_commission": QT_TRANSLATE_NOOP("Labels", "Temporary commission or working group formed (art. 90-5 part 2)"),
    "petition_decide": QT_TRANSLATE_NOOP("Labels", "Decision of the first head (art. 90-6)"),
    "petition_published": QT_TRANSLATE_NOOP("Labels", "Decision published on the internet resource (art. 90-6 part 3)"),
    "petition_statement": QT_TRANSLATE_NOOP("Labels", "Official statement of the first head (art. 90-6 part 3)"),
    "from_reception": QT_TRANSLATE_NOOP("Labels", "Registered from a personal reception (art. 90 part 4)"),
}
CLOCKS = {
    "discussion_notice": QT_TRANSLATE_NOOP("Labels", "Invite to the public discussion, 3 working days before (art. 90-5 part 2)"),
    "publication": QT_TRANSLATE_NOOP("Labels", "Publish the decision by the next working day (art. 90-6 part 3)"),
}
DECISIONS = {
    "petition_satisfied": QT_TRANSLATE_NOOP("Labels", "Petition satisfied fully (art. 90-6 part 1 1))"),
    "petition_partly": QT_TRANSLATE_NOOP("Labels", "Petition satisfied partly (art. 90-6 part 1 1))"),
    "petition_refused": QT_TRANSLATE_NOOP("Labels", "Petition refused (art. 90-6 part 1 2))"),
}

# Field names in a petition's history (context "Card").
FIELDS = {
    "representative": QT_TRANSLATE_NOOP("Card", "Representative"),
    "joined_count": QT_TRANSLATE_NOOP("Card", "Citizens who joined"),
    "joined_from": QT_TRANSLATE_NOOP("Card", "Joined from"),
    "joined_to": QT_TRANSLATE_NOOP("Card", "Joined to"),
    "authority_ref": QT_TRANSLATE_NOOP("Card", "Letter of the petition authority"),
    "site_visit_on": QT_TRANSLATE_NOOP("Card", "Site visit"),
    "site_visit_waived": QT_TRANSLATE_NOOP("Card", "No site visit because"),
    "discussion_on": QT_TRANSLATE_NOOP("Card", "Public discussion on"),
    "discussion_place": QT_TRANSLATE_NOOP("Card", "Place of the discussion"),
    "discussion_notified_on": QT_TRANSLATE_NOOP("Card", "Discussion announced on"),
    "discussion_channels": QT_TRANSLATE_NOOP("Card", "Announced through"),
    "discussion_held_on": QT_TRANSLATE_NOOP("Card", "Discussion held on"),
    "notice_due_on": QT_TRANSLATE_NOOP("Card", "To be announced by"),
    "commission": QT_TRANSLATE_NOOP("Card", "Commission members"),
    "commission_formed_on": QT_TRANSLATE_NOOP("Card", "Commission formed on"),
    "facts": QT_TRANSLATE_NOOP("Card", "Facts"),
    "legal_refs": QT_TRANSLATE_NOOP("Card", "References to legislation"),
    "published_on": QT_TRANSLATE_NOOP("Card", "Published on"),
    "published_url": QT_TRANSLATE_NOOP("Card", "Published at"),
    "statement_on": QT_TRANSLATE_NOOP("Card", "Official statement on"),
    "from_petition": QT_TRANSLATE_NOOP("Card", "From a petition short of its threshold (art. 90-3 part 5)"),
    "record": QT_TRANSLATE_NOOP("Card", "Reception record no."),
}
