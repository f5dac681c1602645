"""What a written appeal must state (АППК 63.2) and input format checks.

Missing items never stop registration: refusing to accept an appeal is
prohibited (АППК 64.1).  They are flagged on the appeal, which then awaits
correction (АППК 64.6).
"""
from __future__ import annotations

import re

from app.errors import DomainError
from app.rules.enums import AppealForm, ApplicantType, OrgForm
from app.rules.identifiers import is_valid_bin, is_valid_iin
from app.rules.text import count_error, receipt_error, visible

# Missing-item code -> article and part of the Code that requires it.
REQUIRED_ITEMS = {
    "applicant_name": "63.2.1",
    "postal_address": "63.2.1",
    "addressee": "63.2.2",
    "substance": "63.2.3",
    "appeal_date": "63.2.4",
    "signature": "63.2.5",
}

# Longest accepted text per field (the columns are VARCHAR(255) on PostgreSQL).
MAX_LENGTHS = {
    "surname": 100, "first_name": 100, "patronymic": 100, "org_name": 255,
    "outgoing_number": 50, "postal_address": 255, "phone": 50, "email": 254,
    "addressee": 255, "eotinish_number": 50, "org_form_other": 100,
}

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[+\d][\d\s()\-]{5,}")


def missing_items(a) -> list[str]:
    """Codes of the АППК 63.2 items the appeal does not state.

    Patronymic, IIN and BIN are required only "if available" (63.2.1), so
    their absence is not a defect.
    """
    missing = []
    if a.applicant_type == ApplicantType.LEGAL:
        has_name = visible(a.org_name)
    else:
        has_name = visible(a.surname) and visible(a.first_name)
    if not has_name:
        missing.append("applicant_name")
    if not visible(a.postal_address):
        missing.append("postal_address")
    if not visible(a.addressee):
        missing.append("addressee")
    if not visible(a.substance):
        missing.append("substance")
    if a.appeal_date is None and not is_oral(a):
        missing.append("appeal_date")
    if not a.signed:
        missing.append("signature")
    return missing


def is_oral(a) -> bool:
    """АППК 63.1: "Ауызша нысанда берілген жолданымды әкімшілік органның
    жолданымды қабылдаған лауазымды адамы немесе жұмыскері жекелеген хаттамаға
    енгізеді" (an oral appeal is entered in a protocol by the person who takes
    it).  Its 63.2 4) item, "жолданымның берілген күні" (the date the appeal is
    given), is therefore the day it is taken, known without asking: an oral
    appeal never lacks its date (registration stores that day)."""
    return a.form == AppealForm.ORAL


def format_errors(a, now) -> list[DomainError]:
    """Typing mistakes the clerk must fix (or clear) before saving."""
    errors = [DomainError("too_long", field, max=limit) for field, limit in MAX_LENGTHS.items()
              if len(getattr(a, field, "")) > limit]
    # АППК 80.1 3): the legal form is optional here (not a 63.2 item), but a
    # choice of "other" says which.
    form = getattr(a, "org_form", "")
    if form and form not in set(OrgForm):
        errors.append(DomainError("org_form_invalid", "org_form"))
    elif form == OrgForm.OTHER and not getattr(a, "org_form_other", "").strip():
        errors.append(DomainError("org_form_other_required", "org_form_other"))
    if a.iin and not is_valid_iin(a.iin):
        errors.append(DomainError("iin_invalid", "iin"))
    if a.bin and not is_valid_bin(a.bin):
        errors.append(DomainError("bin_invalid", "bin"))
    if a.email and not _EMAIL.fullmatch(a.email.strip()):
        errors.append(DomainError("email_invalid", "email"))
    if a.phone and not _PHONE.fullmatch(a.phone.strip()):
        errors.append(DomainError("phone_invalid", "phone"))
    moment = receipt_error(a.received_at, now, None)   # future, or before the previous year
    if moment is not None:
        errors.append(moment)
    if a.appeal_date is not None and a.appeal_date > a.received_at.date():
        errors.append(DomainError("appeal_date_after_receipt", "appeal_date"))
    if a.collective and a.signatories < 2:
        errors.append(DomainError("signatories_min", "signatories", min=2))
    for field in ("attachments_count", "attachment_pages", "signatories"):
        wrong = count_error(getattr(a, field), field)   # the same limits on both engines
        if wrong is not None:
            errors.append(wrong)
    if a.attachment_pages and not a.attachments_count:
        errors.append(DomainError("pages_without_attachments", "attachments_count"))
    return errors
