"""The registration journal of a period and the inventory of a case file
(АППК 69), rendered from their templates; printouts, not issued documents."""
from __future__ import annotations

import datetime as dt

from peewee import JOIN

from app.documents import issuing as documents
from app.documents.context import applicant_full
from app.documents.petition import schedule_rows
from app.documents.words import DOCUMENTS, KINDS, NO_EXECUTOR, STATUSES, appeal_words
from app.errors import DomainError
from app.office.profile import get_settings
from app.store.storage import guarded
from models.entities import Appeal, Document, User

MAX_JOURNAL_ROWS = 20_000


@guarded
def journal(date_from: dt.date, date_to: dt.date, lang: str, today: dt.date | None = None) -> bytes:
    """Every appeal registered in the period, in number order."""
    if date_to < date_from:
        raise DomainError("period_reversed", "date_to")
    query = (Appeal.select(Appeal, User.id, User.surname, User.first_name)
             .join(User, JOIN.LEFT_OUTER, on=(Appeal.executor == User.id))
             .where(Appeal.registered_on.between(date_from, date_to))
             .order_by(Appeal.reg_year, Appeal.reg_seq).limit(MAX_JOURNAL_ROWS + 1))
    rows = []
    for a in query:
        # The case's executor now (the joined user, None without one); a case
        # the head has not given to anyone yet says so.
        executor = (f"{a.executor.surname} {a.executor.first_name}" if a.executor is not None
                    else NO_EXECUTOR[lang])
        rows.append({"number": a.reg_number, "received": a.received_at.strftime("%d.%m.%Y %H:%M"),
                     "kind": KINDS[lang].get(a.kind, a.kind), "applicant": a.applicant_display,
                     "substance": (a.substance or "")[:150], "executor": executor,
                     "due": a.due_on.strftime("%d.%m.%Y"), "status": STATUSES[lang].get(a.status, a.status)})
    if len(rows) > MAX_JOURNAL_ROWS:
        raise DomainError("period_too_long", "date_to", max=MAX_JOURNAL_ROWS)
    office = get_settings()
    context = {"office_name": office.name_ru if lang == "ru" else office.name_kk,
               "date_from": date_from, "date_to": date_to, "rows": rows,
               "date": today or dt.date.today()}
    return documents.render(documents.find("journal", lang), context)


@guarded
def inventory(appeal_id: int, lang: str, today: dt.date | None = None) -> bytes:
    """The appeal and every document issued in its case, in order."""
    a = Appeal.get_or_none(Appeal.id == appeal_id)
    if a is None:
        raise DomainError("appeal_not_found")
    names = DOCUMENTS[lang]
    items = [{"title": KINDS[lang].get(a.kind, names["appeal"]), "number": a.reg_number,   # АППК 4.16
              "date": a.registered_on.strftime("%d.%m.%Y")}]
    for d in Document.select().where(Document.appeal == appeal_id).order_by(Document.id):
        items.append({"title": names.get(d.kind, d.kind), "number": d.number,
                      "date": d.created_at.strftime("%d.%m.%Y")})
    office = get_settings()
    context = {"office_name": office.name_ru if lang == "ru" else office.name_kk,
               "reg_number": a.reg_number, "reg_date": a.registered_on,
               "applicant_full": applicant_full(a, lang) or a.applicant_display, "items": items,
               "date": today or dt.date.today(), **appeal_words(a.kind, lang)}
    return documents.render(documents.find("inventory", lang), context)


@guarded
def schedule(first: dt.date, last: dt.date, period: str, lang: str, today: dt.date | None = None) -> bytes:
    """АППК 90.3: the reception schedule of a period, for posting and the web page."""
    rows, approver, approved_on = schedule_rows(first, last, lang)
    office = get_settings()
    context = {"office_name": office.name_ru if lang == "ru" else office.name_kk, "period": period,
               "approved_by": approver, "approved_on": approved_on, "rows": rows,
               "date": today or dt.date.today()}
    return documents.render(documents.find("reception-schedule", lang), context)
