"""The values a document takes from the office, the case and the date."""
from __future__ import annotations

import datetime as dt

from app.documents.complaint import complaint_context
from app.documents.fields import MUST_GIVE, ROUTED
from app.documents.people import initials, signer, signing_role
from app.documents.petition import petition_context
from app.documents.rights import decider
from app.documents.words import appeal_words, with_org_form
from app.errors import DomainError
from app.office.profile import get_settings
from app.office.routes import GENERAL, Resolved, get_routes, resolve
from app.rules.codes import ActionName
from app.rules.enums import HEAD_ROLES, ApplicantType, Clock
from app.store.storage import guarded
from models.entities import Appeal, CaseClock, Forwarding, User

ACT_KINDS = {
    "kk": {"act_favourable": "Қолайлы әкімшілік акт", "act_burdening": "Ауыртпалық түсіретін әкімшілік акт"},
    "ru": {"act_favourable": "Благоприятный административный акт",
           "act_burdening": "Обременяющий административный акт"},
}


def applicant_full(row: Appeal, lang: str = "kk") -> str:
    """АППК 80.1.3, 101.1.3: surname, name and patronymic (if in the identity
    document); a legal entity's name with its legal form ("«Ақсу» ЖШС",
    "ТОО «Ақсу»")."""
    if row.applicant_type == ApplicantType.LEGAL:
        return with_org_form(row.org_name, row.org_form, row.org_form_other, lang)
    return " ".join(p for p in (row.surname, row.first_name, row.patronymic) if p)


def route_for(name: str, user_id: int | None, category: str = GENERAL) -> Resolved:
    """The appeal route a document signed by ``user_id`` prints (АППК 80.5):
    an act's (and an answer's, 89.2) by its category, else by its signer's
    role (app.office.routes); any other document names the office's route."""
    role = signing_role(name, user_id) if name in ROUTED else None
    return resolve(role, category if name in ROUTED else GENERAL, get_settings(), get_routes())


@guarded
def route_preview(name: str, user_id: int | None, category: str = GENERAL,
                  appeal_id: int | None = None) -> Resolved:
    """What the document dialog shows before issuing: the route that will print."""
    row = Appeal.get_or_none(Appeal.id == appeal_id) if appeal_id is not None else None
    return route_for(name, signing_user(row, name, user_id) if row is not None else user_id, category)


def route_fields(resolved: Resolved, lang: str) -> dict:
    """The route's values as printed and as kept with the issued document."""
    body, court = resolved.route.texts(lang)
    return {"appeal_body": body, "court": court, "route_category": resolved.category,
            "route_source": resolved.source}


def signing_user(row: Appeal, name: str, user_id: int | None) -> int | None:
    """АППК 80.1 1), 80.5: a head or deputy issuing a decision's document signs it;
    a clerk printing it prints it for the head or deputy who recorded the decision
    (so its signature and its route are the decider's), else for the head."""
    if name.startswith("protocol-") or user_id is None:
        return user_id
    user = User.get_or_none(User.id == user_id)
    if user is not None and user.role in HEAD_ROLES:
        return user_id
    decided_by = decider(row.id, ActionName.DECIDE)
    head = User.get_or_none(User.id == decided_by) if decided_by is not None else None
    return head.id if head is not None and head.role in HEAD_ROLES else user_id


def case_context(appeal_id: int, lang: str, today: dt.date, name: str = "",
                 user_id: int | None = None, category: str = GENERAL) -> dict:
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    office = get_settings()
    ru = lang == "ru"
    full = applicant_full(row, lang)
    user_id = signing_user(row, name, user_id)
    official, position = signer(name, user_id, office, lang)
    # The oral-appeal protocol is dated when the appeal was given (АППК 63.2 4)).
    oral = name == "protocol-oral-appeal"
    return {
        "office_name": office.name_ru if ru else office.name_kk,
        "office_address": office.address,
        "official_position": position,
        "official_full_name": official,
        "official_name": initials(official),
        **route_fields(route_for(name, user_id, category), lang),
        "date": row.received_at.date() if oral else today,
        "time": row.received_at.strftime("%H:%M") if oral else "",
        "reg_number": row.reg_number,
        "reg_date": row.registered_on,
        "applicant_name": full or row.applicant_display,
        "applicant_full": full or row.applicant_display,
        "applicant_address": row.postal_address,
        "iin": row.iin,
        "bin": row.bin,
        "phone": row.phone,
        "addressee": row.addressee,
        "substance": row.substance,
        # The appeal by its own kind: a message is no "жолданым" (АППК 4.16).
        **appeal_words(row.kind, lang),
        "execution_days": row.execution_days,   # АППК 86.3: from the decision; None for a refusal
        "attachments": [],
        "decision": row.decision,
        # What the case already knows of its act (АППК 77, 73.2 4)).
        "act_kind_text": ACT_KINDS[lang].get(row.decision, ""),
        "no_hearing_reason": row.hearing_exception_reason if row.hearing_exception == "73.2.4" else "",
        **(complaint_context(appeal_id, lang, today) if name.startswith("complaint-") else {}),
        **(petition_context(appeal_id, lang) if name == "petition-decision" else {}),
    }


def suggested(appeal_id: int, name: str, lang: str | None = None) -> dict:
    """What the case already says for a document's fields: the recorded
    dates and bodies, so the clerk checks them rather than retypes them."""
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        return {}

    def clock(kind: Clock):
        return (CaseClock.select().where((CaseClock.appeal == appeal_id)
                                         & (CaseClock.kind == str(kind)))
                .order_by(CaseClock.id.desc()).first())
    out: dict = {}
    if name.startswith("complaint-"):
        values = complaint_context(appeal_id, "kk" if lang is None else lang, dt.date.today())
        return {k: v for k, v in values.items() if k in MUST_GIVE.get(name, ()) or k == "position"}
    if name == "petition-decision":
        values = petition_context(appeal_id, "kk" if lang is None else lang)
        return {k: v for k, v in values.items() if k in MUST_GIVE.get(name, ())}
    if name == "notice-extension" and (c := clock(Clock.EXTENSION_NOTICE)) is not None:
        out = {"decided_on": c.event_on, "new_due": row.due_on, "old_due": row.statutory_due_on}
    elif name == "notice-hearing" and (c := clock(Clock.ACT_EARLIEST)) is not None:
        out = {"earliest": c.due_on}
    elif name == "notice-incomplete" and (c := clock(Clock.CURE)) is not None:
        out = {"until": c.due_on}
    elif name == "notice-termination" and row.decided_on:
        out = {"decided_on": row.decided_on}
    elif name == "notice-recusal" and (c := clock(Clock.RECUSAL_NOTICE)) is not None:
        out = {"decided_on": c.event_on}
    elif name == "protocol-hearing" and (c := clock(Clock.PROTOCOL)) is not None:
        out = {"hearing_date": c.event_on}
    elif name == "notice-forward":
        f = (Forwarding.select().where((Forwarding.appeal == appeal_id)
                                       & Forwarding.reversed_by.is_null())
             .order_by(Forwarding.id.desc()).first())
        if f is not None:
            out = {"forwarded_on": f.forwarded_on, "body": f.body, "forwarded_what": f.requests}
    return out
