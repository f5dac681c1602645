"""The values a document takes from the office, the case and the date."""
from __future__ import annotations

import datetime as dt

from app.enums import ApplicantType
from app.errors import DomainError
from app.office import get_settings
from models.entities import Appeal

ACT_KINDS = {
    "kk": {"act_favourable": "Қолайлы әкімшілік акт", "act_burdening": "Ауыртпалық түсіретін әкімшілік акт"},
    "ru": {"act_favourable": "Благоприятный административный акт",
           "act_burdening": "Обременяющий административный акт"},
}


def initials(full_name: str) -> str:
    """"Жұмабеков Ерлан Болатұлы" -> "Е. Б. Жұмабеков" (surname and initials)."""
    parts = full_name.split()
    if len(parts) < 2 or any(p.endswith(".") for p in parts[1:]):
        return full_name
    return " ".join(f"{p[0]}." for p in parts[1:]) + f" {parts[0]}"


def applicant_full(row: Appeal) -> str:
    """АППК 80.1.3: surname, name and patronymic (if in the identity
    document); a legal entity's name with its legal form."""
    if row.applicant_type == ApplicantType.LEGAL:
        return row.org_name
    return " ".join(p for p in (row.surname, row.first_name, row.patronymic) if p)


def case_context(appeal_id: int, lang: str, today: dt.date) -> dict:
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    office = get_settings()
    ru = lang == "ru"
    full = applicant_full(row)
    return {
        "office_name": office.name_ru if ru else office.name_kk,
        "office_address": office.address,
        "official_position": office.head_position,
        "official_full_name": office.head_name,
        "official_name": initials(office.head_name),
        "appeal_body": office.appeal_body_ru if ru else office.appeal_body_kk,
        "court": office.court_ru if ru else office.court_kk,
        "date": today,
        "reg_number": row.reg_number,
        "reg_date": row.registered_on,
        "applicant_name": full or row.applicant_display,
        "applicant_full": full or row.applicant_display,
        "applicant_address": row.postal_address,
        "iin": row.iin or row.bin,
        "phone": row.phone,
        "addressee": row.addressee,
        "substance": row.substance,
        "execution_days": 5,
        "attachments": [],
        # What the case already knows of its act (АППК 77, 73.2 4)).
        "act_kind_text": ACT_KINDS[lang].get(row.decision, ""),
        "no_hearing_reason": row.hearing_exception_reason if row.hearing_exception == "73.2.4" else "",
    }
