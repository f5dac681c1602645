"""Translated names of the domain's codes (kinds, statuses, roles, fields)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "Labels"

KINDS = {
    "application": QT_TRANSLATE_NOOP("Labels", "Application"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "message": QT_TRANSLATE_NOOP("Labels", "Message"),
    "proposal": QT_TRANSLATE_NOOP("Labels", "Proposal"),
    "response": QT_TRANSLATE_NOOP("Labels", "Response"),
    "request": QT_TRANSLATE_NOOP("Labels", "Request"),
    "petition": QT_TRANSLATE_NOOP("Labels", "Petition"),
}
FORMS = {
    "paper": QT_TRANSLATE_NOOP("Labels", "Paper"),
    "electronic": QT_TRANSLATE_NOOP("Labels", "Electronic"),
    "oral": QT_TRANSLATE_NOOP("Labels", "Oral (protocol, art. 63 part 1)"),
    "video": QT_TRANSLATE_NOOP("Labels", "Videoconference"),
}
STATUSES = {
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "incomplete": QT_TRANSLATE_NOOP("Labels", "Incomplete, awaiting correction"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "Under consideration"),
    "hearing": QT_TRANSLATE_NOOP("Labels", "Hearing"),
    "decided": QT_TRANSLATE_NOOP("Labels", "Decided"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Answered"),
    "noted": QT_TRANSLATE_NOOP("Labels", "Taken into consideration"),
    "forwarded": QT_TRANSLATE_NOOP("Labels", "Forwarded"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "terminated": QT_TRANSLATE_NOOP("Labels", "Terminated"),
    "attached": QT_TRANSLATE_NOOP("Labels", "Filed into an earlier case (art. 64 part 8)"),
}
ROLES = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "registrar": QT_TRANSLATE_NOOP("Labels", "Registrar"),
    "executor": QT_TRANSLATE_NOOP("Labels", "Executor"),
    "head": QT_TRANSLATE_NOOP("Labels", "Head"),
    "deputy": QT_TRANSLATE_NOOP("Labels", "Deputy head"),
    "apparatus_head": QT_TRANSLATE_NOOP("Labels", "Head of the apparatus"),
}
APPLICANT_TYPES = {
    "individual": QT_TRANSLATE_NOOP("Labels", "Individual"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal entity"),
}
# АППК 80.1 3): a legal entity's organisational-legal form (app.rules.enums.OrgForm).
ORG_FORMS = {
    "too": QT_TRANSLATE_NOOP("Labels", "LLP (limited liability partnership)"),
    "ao": QT_TRANSLATE_NOOP("Labels", "JSC (joint-stock company)"),
    "pk": QT_TRANSLATE_NOOP("Labels", "Production cooperative"),
    "oo": QT_TRANSLATE_NOOP("Labels", "Public association"),
    "institution": QT_TRANSLATE_NOOP("Labels", "Institution"),
    "gkp": QT_TRANSLATE_NOOP("Labels", "Municipal state enterprise"),
    "rgp": QT_TRANSLATE_NOOP("Labels", "Republican state enterprise"),
    "nao": QT_TRANSLATE_NOOP("Labels", "Non-profit joint-stock company"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other (type it)"),
}
LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("Labels", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
MISSING = {  # АППК 63.2 items
    "applicant_name": QT_TRANSLATE_NOOP("Labels", "applicant's surname and name, or the organisation's name (art. 63 part 2 1))"),
    "postal_address": QT_TRANSLATE_NOOP("Labels", "postal address (art. 63 part 2 1))"),
    "addressee": QT_TRANSLATE_NOOP("Labels", "addressee body or official (art. 63 part 2 2))"),
    "substance": QT_TRANSLATE_NOOP("Labels", "substance of the appeal (art. 63 part 2 3))"),
    "appeal_date": QT_TRANSLATE_NOOP("Labels", "date of the appeal (art. 63 part 2 4))"),
    "signature": QT_TRANSLATE_NOOP("Labels", "signature or electronic signature (art. 63 part 2 5))"),
}
MISSING_COMPLAINT = {  # АППК 93.2 items of a complaint
    "addressee": QT_TRANSLATE_NOOP("Labels", "the complaint body (art. 93 part 2 1))"),
    "applicant_name": QT_TRANSLATE_NOOP("Labels", "complainant's surname and name, or the organisation's name (art. 93 part 2 2))"),
    "postal_address": QT_TRANSLATE_NOOP("Labels", "postal address (art. 93 part 2 2))"),
    "actual_address": QT_TRANSLATE_NOOP("Labels", "actual address or location (art. 93 part 2 3))"),
    "challenged_body": QT_TRANSLATE_NOOP("Labels", "the body or official whose act or action is challenged (art. 93 part 2 4))"),
    "substance": QT_TRANSLATE_NOOP("Labels", "circumstances and arguments (art. 93 part 2 5))"),
    "appeal_date": QT_TRANSLATE_NOOP("Labels", "date of the complaint (art. 93 part 2 6))"),
    "signature": QT_TRANSLATE_NOOP("Labels", "signature (art. 93 part 2 7))"),
    "attachments_list": QT_TRANSLATE_NOOP("Labels", "list of the attached documents (art. 93 part 2 8))"),
}


MISSING_PETITION = {  # АППК 90-1.2, 90-2.2 1)
    **MISSING,
    "citizen_author": QT_TRANSLATE_NOOP("Labels", "the author is a citizen of Kazakhstan, not an organisation (art. 90-1 part 2)"),
    "iin": QT_TRANSLATE_NOOP("Labels", "the author's IIN (art. 90-2 part 2 1))"),
    "email": QT_TRANSLATE_NOOP("Labels", "the author's e-mail (art. 90-2 part 2 1))"),
    "authority_ref": QT_TRANSLATE_NOOP("Labels", "the petition authority's letter sending it (art. 90-4 part 1)"),
    "joined_count": QT_TRANSLATE_NOOP("Labels", "how many citizens joined (art. 90-3 part 4)"),
}


def missing_table(kind: str) -> dict:
    """The required items' names: a complaint's (93.2), a petition's (90-2.2)
    or an appeal's (63.2)."""
    return {"complaint": MISSING_COMPLAINT, "petition": MISSING_PETITION}.get(kind, MISSING)
# The journal's filters count appeals by their final term; the control panel counts every
# clock (the final terms and the short ones): each says which (issue 14 item 3).
FILTERS = {
    "all": QT_TRANSLATE_NOOP("Labels", "All"),
    "due_today": QT_TRANSLATE_NOOP("Labels", "Final term today"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Past the final term"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Final term within 3 working days"),
}
OVERRIDES = {
    "day_off": QT_TRANSLATE_NOOP("Labels", "Extra day off"),
    "working_day": QT_TRANSLATE_NOOP("Labels", "Extra working day"),
}


def label(table: dict, code: str) -> str:
    source = table.get(str(code))
    return QCoreApplication.translate(CTX, source) if source else str(code)

ACTIONS = {
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "status_changed": QT_TRANSLATE_NOOP("Labels", "Status changed"),
    "due_recomputed": QT_TRANSLATE_NOOP("Labels", "Due date recomputed after a calendar change"),
    "clock_recomputed": QT_TRANSLATE_NOOP("Labels", "A clock recomputed after a calendar change"),
    "created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "changed": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "routes_changed": QT_TRANSLATE_NOOP("Labels", "Appeal routes changed"),
    "revoked": QT_TRANSLATE_NOOP("Labels", "Revoked"),
}

# The counter's duplicate rules (app.appeal.duplicates), as the registration's history names them.
DUPLICATE_RULES = {
    "iin_and_name": QT_TRANSLATE_NOOP("Labels", "same IIN/BIN and name"),
    "name_settlement_substance": QT_TRANSLATE_NOOP("Labels", "same name and settlement, similar substance"),
}
