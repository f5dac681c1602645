"""A petition the petition authority sent us (АППК 90-4): its record beside
the appeal row, what it must state (90-1.2, 90-2.2), and the duties of
90-5.2 as a checklist with dates."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import DomainError
from app.rules.calendar import WorkCalendar
from app.rules.clocks import discussion_notice_due
from app.rules.enums import ApplicantType
from app.rules.text import visible
from app.store.storage import guarded
from models.entities import Appeal
from models.entities_cases import Petition

# АППК 90-1.2, 90-2.2 1): the author is a citizen, with IIN and e-mail.  A
# petition is never refused (90-4.2): what is missing is flagged.
PETITION_ITEMS = {"citizen_author": "90-1.2", "iin": "90-2.2.1", "email": "90-2.2.1",
                  "authority_ref": "90-4.1", "joined_count": "90-3.4"}


@dataclass
class PetitionInput:
    representative: str = ""
    arguments: str = ""
    proposals: str = ""
    joined_count: int = 0
    joined_from: dt.date | None = None
    joined_to: dt.date | None = None
    authority_ref: str = ""   # the petition authority's letter (90-4.1)


def petition_missing(appeal, p: PetitionInput | None = None) -> list[str]:
    """What the petition does not state: its author's details (90-1.2,
    90-2.2 1)), and that the petition authority sent it once enough citizens
    joined (90-4.1, 90-3.4)."""
    out = []
    if appeal.applicant_type == ApplicantType.LEGAL:
        out.append("citizen_author")
    elif not appeal.iin:
        out.append("iin")
    if not appeal.email:
        out.append("email")
    if p is not None and not visible(p.authority_ref):
        out.append("authority_ref")
    if p is not None and p.joined_count <= 0:
        out.append("joined_count")
    return out


def input_errors(p: PetitionInput) -> list[DomainError]:
    errors = []
    if p.joined_count < 0:
        errors.append(DomainError("negative", "joined_count"))
    if p.joined_from and p.joined_to and p.joined_to < p.joined_from:
        errors.append(DomainError("period_reversed", "joined_to"))
    for name, limit in (("representative", 255), ("authority_ref", 255)):
        if len(getattr(p, name)) > limit:
            errors.append(DomainError("too_long", name, max=limit))
    return errors


def create(appeal: Appeal, p: PetitionInput) -> dict:
    row = Petition.create(appeal=appeal.id, representative=p.representative.strip(),
                          arguments=p.arguments.strip(), proposals=p.proposals.strip(),
                          joined_count=p.joined_count, joined_from=p.joined_from, joined_to=p.joined_to,
                          authority_ref=p.authority_ref.strip())
    return {"representative": row.representative, "joined_count": row.joined_count,
            "joined_from": row.joined_from, "joined_to": row.joined_to, "authority_ref": row.authority_ref}


def notice_due(discussion_on: dt.date, cal: WorkCalendar) -> dt.date:
    """АППК 90-5.2: the invitation goes out when three working days remain
    before the public discussion: no later than the third working day
    before it (digest §7.25, a reading of "қалғанда")."""
    return discussion_notice_due(discussion_on, cal).due_on


@guarded
def of(appeal_id: int) -> Petition | None:
    return Petition.get_or_none(Petition.appeal == appeal_id)
