"""What the petition decision takes from the petition's record (АППК 90-6),
in the document's language; and the reception schedule printout (90.3)."""
from __future__ import annotations

import datetime as dt

from app.documents.people import initials, signer
from app.errors import DomainError, ValidationErrors
from app.office.positions import position_in
from app.office.profile import get_settings
from app.store.storage import guarded
from models.entities import Appeal, ChangeLog, User
from models.entities_cases import Petition, ReceptionSlot

DECISION_KINDS = {
    "kk": {"petition_satisfied": "Петицияны толық қанағаттандыру (ӘРПК 90-6-бабы 1-бөлігінің 1) тармақшасы)",
           "petition_partly": "Петицияны ішінара қанағаттандыру (ӘРПК 90-6-бабы 1-бөлігінің 1) тармақшасы)",
           "petition_refused": "Петицияны қанағаттандырудан бас тарту (ӘРПК 90-6-бабы 1-бөлігінің 2) тармақшасы)"},
    "ru": {"petition_satisfied": "Удовлетворить петицию полностью (подп. 1) ч. 1 ст. 90-6 АППК)",
           "petition_partly": "Удовлетворить петицию частично (подп. 1) ч. 1 ст. 90-6 АППК)",
           "petition_refused": "Отказать в удовлетворении петиции (подп. 2) ч. 1 ст. 90-6 АППК)"},
}


def petition_context(appeal_id: int, lang: str) -> dict:
    p = Petition.get_or_none(Petition.appeal == appeal_id)
    if p is None:
        return {}
    a = Appeal.get_by_id(appeal_id)
    period = " – ".join(d.strftime("%d.%m.%Y") for d in (p.joined_from, p.joined_to) if d)
    kind = DECISION_KINDS[lang].get(a.decision, "")
    return {"representative": p.representative, "petition_summary": a.substance,
            "joined_count": str(p.joined_count), "joined_period": period, "arguments": p.arguments,
            "proposals": p.proposals, "facts": p.facts, "legal_refs": p.legal_refs, "reasoning": p.reasoning,
            "decision_kind_text": kind, "decision_text": p.decision_text or kind}


def recorded(appeal_id: int, name: str, lang: str, user_id: int) -> dict:
    """АППК 90-6.1: issued once the first head decided; his name signs it and
    the day of the decision dates it; its kind as recorded."""
    if name != "petition-decision":
        return {}
    a = Appeal.get_by_id(appeal_id)
    if lang not in ("kk", a.language):   # АППК 90-6.2: the state language or the petition's
        raise ValidationErrors([DomainError("decision_language", "doc_lang")])
    if a.decision not in DECISION_KINDS[lang]:
        raise ValidationErrors([DomainError("decision_not_recorded", "decision_text")])
    p = Petition.get(Petition.appeal == appeal_id)
    decided = (ChangeLog.select().where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id)
                                        & (ChangeLog.action == "petition_decide"))
               .order_by(ChangeLog.id.desc()).first())
    official, position = signer(name, decided.user_id if decided else user_id, get_settings(), lang)
    return {"decision_kind_text": DECISION_KINDS[lang][a.decision], "date": a.decided_on,
            "decision_text": p.decision_text or DECISION_KINDS[lang][a.decision], "facts": p.facts,
            "legal_refs": p.legal_refs, "reasoning": p.reasoning,
            "official_full_name": official, "official_name": initials(official), "official_position": position}


@guarded
def schedule_rows(first: dt.date, last: dt.date, lang: str = "kk") -> tuple[list[dict], str, dt.date | None]:
    """The active slots of a period, with who approved them and when; the
    positions in ``lang`` where they are standard titles."""
    rows, approver, approved_on = [], "", None
    query = (ReceptionSlot.select(ReceptionSlot, User).join(User, on=(ReceptionSlot.official == User.id))
             .where(ReceptionSlot.day.between(first, last) & (ReceptionSlot.active == True)  # noqa: E712
                    & ReceptionSlot.approved_by.is_null(False))   # the approved schedule only (90.3)
             .order_by(ReceptionSlot.day, ReceptionSlot.start))
    for s in query:
        u = s.official
        rows.append({"official": f"{u.surname} {u.first_name} {u.patronymic}".strip(), "position": position_in(u.position, lang),
                     "day": s.day.strftime("%d.%m.%Y"), "time": f"{s.start}–{s.end}", "place": s.place,
                     "subjects": s.subjects})
        approved_at = s.approved_at   # approved slots only
        if approved_at is not None and (approved_on is None or approved_at.date() > approved_on):   # the latest
            head = User.get_by_id(s.approved_by_id)
            approver = f"{position_in(head.position, lang)} {head.surname} {head.first_name}"
            approved_on = approved_at.date()
    return rows, approver, approved_on
