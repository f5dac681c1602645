"""Demo personal receptions and petitions, through the real services: an
approved schedule for the akim and the deputy, bookings, receptions with
their outcomes, one that became a written appeal (АППК 90.4); petitions
taken through the duties of 90-5.2 to the akim's decision (90-6)."""
from __future__ import annotations

import datetime as dt
import random
import uuid

from app.demo.people import iin
from app.engine import perform
from app.errors import DomainError
from app.office.auth import get_user
from app.office.calendar_store import load_calendar
from app.petition.record import PetitionInput
from app.reception import booking as rb
from app.reception import journal as rj
from app.reception import schedule as rs
from app.rules.enums import AppealKind, ApplicantType, Role
from models.entities import Appeal


def petition_input(rnd: random.Random, data) -> PetitionInput:
    """The author is a citizen with IIN and e-mail (АППК 90-1.2, 90-2.2)."""
    data.applicant_type, data.org_name, data.bin = ApplicantType.INDIVIDUAL, "", ""
    data.surname, data.first_name = data.surname or "Қасымов", data.first_name or "Асқар"
    data.iin = data.iin or iin(rnd, False)
    data.email = "petition@mail.kz"
    data.collective, data.signatories = False, 0
    start = data.received_at.date() - dt.timedelta(days=200)
    return PetitionInput(arguments="Ауылда балалар алаңы жоқ", proposals="Мектеп жанынан алаң салу",
                         joined_count=rnd.randint(2500, 4000), joined_from=start,
                         joined_to=start + dt.timedelta(days=180), authority_ref=f"№ 15-02/{rnd.randint(100, 999)}")


def advance_petition(rnd: random.Random, appeal_id: int, today: dt.date, users) -> None:
    cal = load_calendar()
    row = Appeal.get_by_id(appeal_id)
    if (today - row.registered_on).days < 25 or row.status == "incomplete":
        return

    def on(n: int) -> dt.date:
        return cal.add_working_days(row.registered_on, n)

    def do(action: str, who, day: dt.date, **params) -> None:
        perform(appeal_id, action, who, {"on_date": day, **params}, today=day)
    head, registrar = users[Role.HEAD], users[Role.REGISTRAR]
    try:
        do("petition_visit", registrar, on(3), note="Жергілікті жерде тексерілді")
        do("petition_commission", registrar, on(4), members="Ауыл әкімінің орынбасары\nМәслихат депутаты\nПетиция авторы")
        do("petition_discussion_set", registrar, on(5), discussion_on=on(10), place="Мәдениет үйі")
        do("petition_notified", registrar, on(6), internet=True, direct=True, channels="сайт, SMS")
        do("petition_discussion_held", registrar, on(10))
        do("petition_decide", head, on(14), decision=rnd.choice(("petition_satisfied", "petition_partly",
                                                                  "petition_refused")),
           facts="Жергілікті жерде тексерілді", legal_refs="Жергілікті мемлекеттік басқару туралы Заңның 35-бабы",
           reasoning="Бюджетте қаражат қарастырылған")
        do("petition_published", registrar, on(15), url="https://epetition.kz/")
    except DomainError:
        return


def fill_reception(today: dt.date, users) -> None:
    """Receptions of the past two months and this one, and next month's schedule."""
    cal = load_calendar()
    head, deputy, registrar = users[Role.HEAD], users[Role.DEPUTY], get_user(users[Role.REGISTRAR].id)
    head_info = get_user(head.id)
    first = (today.replace(day=1) - dt.timedelta(days=40)).replace(day=1)
    people = (("Ермекова", "Гүлнар", "land"), ("Ким", "Ольга", "roads"), ("Өтегенов", "Дәурен", "social"),
              ("Иванов", "Сергей", "utilities"))
    for month in range(4):
        y, m = first.year + (first.month - 1 + month) // 12, (first.month - 1 + month) % 12 + 1
        for who, day_no in ((head, 8), (deputy, 15)):
            day = dt.date(y, m, day_no)
            while not cal.is_working(day):
                day += dt.timedelta(days=1)
            try:
                rs.save_slot(rs.SlotInput(who.id, day, "10:00", "12:00", "Әкімдік, 1-кабинет", "жер, тұрғын үй, әлеуметтік"),
                             registrar)
            except DomainError:
                continue
        try:
            rs.approve(y, m, head_info, now=dt.datetime.combine(dt.date(y, m, 1) - dt.timedelta(days=5), dt.time(9)))
        except DomainError:
            pass
        for slot in rs.slots(*rs.month_bounds(y, m)):
            if slot.day >= today:
                continue
            for i, (surname, name, subject) in enumerate(people[:3]):
                b = rb.book(rb.BookingInput(slot.id, rb.times(slot)[i], "Жер учаскесі туралы", surname=surname,
                                            first_name=name, phone="+7 701 555 12 34",
                                            postal_address="Ақсу ауылы, Абай к-сі, 5"),
                            registrar, str(uuid.uuid4()), today=slot.day - dt.timedelta(days=3))
                data = rj.from_booking(b.id)
                outcome = ("resolved", "written_appeal", "not_competent")[i]
                data.subject, data.outcome, data.said = subject, outcome, "Түсіндірілді"
                data.where_to = "Аудандық жер қатынастары бөлімі" if outcome == "not_competent" else ""
                rec = rj.record(data, get_user(slot.official_id), now=data.received_at + dt.timedelta(minutes=30))
                if outcome == "written_appeal":
                    rj.convert(rec, AppealKind.APPLICATION, registrar, str(uuid.uuid4()),
                               now=data.received_at + dt.timedelta(minutes=40))
