"""The talon handed to the applicant (АППК 64.2): data and print log.

АППК 64.2 requires a unique number, the date and time, and the surname, name
and position of the person who accepted the appeal.  We add the office, the
applicant, the kind, the registration and due dates, the office phone and a
QR code of the number.  Every print is logged; copies after the first are
duplicates.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from app.errors import DomainError
from app.office.profile import get_settings
from app.store.storage import guarded, transaction
from models.entities import Appeal, TalonPrint, User

LAYOUTS = ("a5", "receipt80")
MEDIA = ("paper", "pdf")


@dataclass(frozen=True)
class TalonData:
    appeal_id: int
    number: str
    received_at: dt.datetime
    registered_on: dt.date
    due_on: dt.date
    kind: str
    applicant: str
    acceptor_surname: str
    acceptor_name: str
    acceptor_position: str
    office_name_kk: str
    office_name_ru: str
    office_phone: str
    office_address: str
    term_article: str
    copy_no: int = 1

    @property
    def duplicate(self) -> bool:
        return self.copy_no > 1

    def missing_required(self) -> list[str]:
        """АППК 64.2 items that are empty (a talon without them is invalid)."""
        required = {"number": self.number, "received_at": self.received_at,
                    "acceptor_surname": self.acceptor_surname,
                    "acceptor_name": self.acceptor_name,
                    "acceptor_position": self.acceptor_position}
        return [k for k, v in required.items() if not v]


def _paper_copies(appeal_id: int) -> int:
    return (TalonPrint.select(fn.COUNT(TalonPrint.id))
            .where((TalonPrint.appeal == appeal_id) & (TalonPrint.medium == "paper")).scalar())


@guarded
def talon_data(appeal_id: int) -> TalonData:
    """The talon as it would print now: copy 1 is the original, later paper
    copies are duplicates.  A PDF shows the copy the next paper one would be."""
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    acceptor = User.get_by_id(row.registered_by_id)
    office = get_settings()
    return TalonData(row.id, row.reg_number, row.received_at, row.registered_on, row.due_on,
                     row.kind, row.applicant_display, acceptor.surname, acceptor.first_name,
                     acceptor.position, office.name_kk, office.name_ru, office.phone,
                     office.address, row.term_article, copy_no=_paper_copies(row.id) + 1)


@guarded
def record_print(appeal_id: int, layout: str, user_id: int, medium: str = "paper") -> int:
    """Log a talon printed on paper or saved as PDF, after it succeeded.

    Returns the copy number it carried.  Only paper copies advance the count,
    so saving a PDF first does not make the first paper talon a duplicate.
    """
    if layout not in LAYOUTS:
        raise DomainError("layout_unknown", layout=layout)
    if medium not in MEDIA:
        raise DomainError("medium_unknown", medium=medium)
    with transaction():
        copy_no = _paper_copies(appeal_id) + 1
        TalonPrint.create(appeal=appeal_id, copy_no=copy_no, medium=medium, layout=layout,
                          printed_by=user_id)
    return copy_no
