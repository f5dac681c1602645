"""Realistic sample data for ``--demo``: an office, its staff and a few hundred
appeals of every kind, taken through the workflow across the last 12 months."""
from __future__ import annotations

import datetime as dt
import random
import uuid

from app.appeal.consideration import is_simplified
from app.appeal.registration import AppealInput, register
from app.demo import complaints as demo_complaints
from app.demo import reception as demo_reception
from app.demo.people import iin
from app.engine import perform
from app.errors import DomainError
from app.office.auth import UserInfo, create_user, get_user
from app.office.calendar_store import load_calendar
from app.office.profile import OfficeSettings, first_run, has_office
from app.rules.enums import AppealForm, AppealKind, ApplicantType, Language, Role, Status
from app.rules.identifiers import make_with_check_digit
from app.store.storage import steady
from models.entities import Appeal, User

# A rural okrug's year: about ten written appeals a month (issue 14 item 6:
# 400 made the first start 15-30 s; each appeal is taken through the real
# services, about 25 ms apiece on a busy 2-core machine).
DEMO_APPEALS = 120
DEMO_PASSWORD = "aksu-demo-2026"   # 10+ characters, not a common one (issue 12)
# The positions are standard titles of a rural okrug's apparatus, which the
# Russian interface and Russian documents show in Russian (app.office.positions).
DEMO_USERS = (  # login, role, surname, first name, patronymic, position
    ("registrar", Role.REGISTRAR, "Сәрсенбаева", "Әлия", "Қайратқызы", "Кеңсе меңгерушісі"),
    ("executor", Role.EXECUTOR, "Омаров", "Нұрлан", "Серікұлы", "Бас маман"),
    ("head", Role.HEAD, "Жұмабеков", "Ерлан", "Болатұлы", "Ауылдық округ әкімі"),
    ("deputy", Role.DEPUTY, "Серікова", "Жанар", "Асқарқызы", "Ауылдық округ әкімінің орынбасары"),
    ("executor2", "executor2", "Бекова", "Айгүл", "Нұрланқызы", "Жетекші маман"),
)
SURNAMES = ("Қасымов", "Әбенова", "Нұрғалиев", "Ізбасарова", "Өтегенов", "Жақсыбекова",
            "Иванов", "Петрова", "Сағынтаев", "Ермекова", "Құдайбергенов", "Ким", "Смагулова")
NAMES_M = ("Асқар", "Ерлан", "Нұржан", "Сергей", "Бауыржан", "Дәурен", "Ғалым")
NAMES_F = ("Әлия", "Гүлнар", "Айгерім", "Ольга", "Жанар", "Мөлдір", "Ұлжан")
# (name, legal form, its text when "other"): АППК 80.1 3).
ORGS = (("Береке", "too", ""), ("Агро-Тұран", "too", ""), ("Жұлдыз", "other", "тұрғын үй кооперативі"),
        ("СтройСервис", "too", ""), ("Қайнар", "oo", ""))
SUBJECTS = (
    "Жер учаскесін беру туралы", "Көше жарығын жөндеу туралы", "О ремонте дороги по ул. Абая",
    "Ауыз су құбырының ақауы туралы", "Об установке детской площадки",
    "Мал жайылымы туралы", "Қоқыс шығару кестесі туралы", "О выдаче справки",
    "Әлеуметтік көмек туралы", "Автобус қатынасын ашу туралы",
)


def _bin(rnd: random.Random) -> str:
    while True:
        number = make_with_check_digit(f"{rnd.randint(5, 24):02d}{rnd.randint(1, 12):02d}"
                                       f"4{rnd.randint(0, 999999):06d}")
        if number:
            return number


def _input(rnd: random.Random, received: dt.datetime) -> AppealInput:
    kind = rnd.choice(list(AppealKind))
    form = rnd.choice((AppealForm.PAPER, AppealForm.PAPER, AppealForm.ELECTRONIC,
                       AppealForm.ORAL, AppealForm.VIDEO))
    data = AppealInput(kind=kind, form=form, received_at=received,
                       addressee="Ауыл әкімі", substance=rnd.choice(SUBJECTS),
                       appeal_date=received.date() - dt.timedelta(days=rnd.randint(0, 3)),
                       language=rnd.choice((Language.KK, Language.KK, Language.RU)),
                       postal_address=f"Ақсу ауылы, {rnd.choice(('Абай', 'Достық', 'Бейбітшілік'))} к-сі, {rnd.randint(1, 80)}",
                       phone=f"+7 70{rnd.randint(0, 9)} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}",
                       eotinish_number=str(rnd.randint(10**11, 10**12 - 1)) if form == AppealForm.ELECTRONIC else "")
    if rnd.random() < 0.15:
        data.applicant_type = ApplicantType.LEGAL
        (data.org_name, data.org_form, data.org_form_other), data.bin = rnd.choice(ORGS), _bin(rnd)
        data.outgoing_number = f"{rnd.randint(1, 300)}-ш"
        data.outgoing_date = data.appeal_date
    else:
        female = rnd.random() < 0.5
        surname = rnd.choice(SURNAMES)
        data.surname = surname + ("а" if female and surname.endswith(("ов", "ев", "ин")) else "")
        data.first_name = rnd.choice(NAMES_F if female else NAMES_M)
        data.iin = iin(rnd, female) if rnd.random() < 0.8 else ""
        data.collective = rnd.random() < 0.05
        data.signatories = rnd.randint(2, 40) if data.collective else 0
    if rnd.random() < 0.08:   # some appeals lack АППК 63.2 items: flagged, not refused
        data.postal_address, data.signed = "", rnd.random() < 0.5
    data.attachments_count = rnd.randint(0, 3)
    data.attachment_pages = data.attachments_count * rnd.randint(1, 4)
    return data


def fill(count: int = DEMO_APPEALS, today: dt.date | None = None, seed: int = 2026, progress=None) -> None:
    """Create the demo office, users and ``count`` appeals (fresh database only).

    One transaction (issue 14 item 6: the first start under 5 s): one commit,
    not one a step, and a start stopped half-way leaves an empty file, never a
    half-filled office.  Every step is still a service call with its checks,
    clocks and history.  ``progress(n, count)`` as the n-th appeal begins."""
    if has_office():
        return
    with steady():   # one transaction; the calendar, office, terms and users read once
        _fill(count, today, seed, progress)


def _fill(count: int, today: dt.date | None, seed: int, progress) -> None:
    rnd = random.Random(seed)
    today = today or dt.date.today()
    admin = first_run(OfficeSettings(
        name_kk="Ақсу ауылдық округі әкімінің аппараты", name_ru="Аппарат акима Аксуского сельского округа",
        bin=_bin(rnd), address="Ақсу ауылы, Бейбітшілік к-сі, 1",
        phone="+7 7182 55-12-34", head_name="Жұмабеков Е. Б.", head_position="Ауылдық округ әкімі",
        # АППК 80.5, 91.3: the rural akim's acts go to the district akim's office.
        appeal_body_kk="Ақсу ауданының әкімдігі (Ақсу қ., Жеңіс к-сі, 5)",
        appeal_body_ru="Акимат Аксуского района (г. Аксу, ул. Женис, 5)",
        court_kk="Ақсу аудандық соты", court_ru="Аксуский районный суд"),
        login_name="admin", password=DEMO_PASSWORD, surname="Ахметова", first_name="Дина",
        patronymic="Маратқызы", position="Аппарат басшысы")
    users: dict[str, UserInfo] = {Role.ADMIN: admin}
    shared = User.get_by_id(admin.id).password_hash   # one argon2 hash for the one demo password
    for login, key, surname, first, patronymic, position in DEMO_USERS:
        role = Role.EXECUTOR if key == "executor2" else key
        users[key] = create_user(login_name=login, password=DEMO_PASSWORD, surname=surname,
                                 first_name=first, patronymic=patronymic, position=position,
                                 role=role, created_by=admin.id, password_hash=shared)
    start = today - dt.timedelta(days=365)
    moments = sorted(dt.datetime.combine(start + dt.timedelta(days=rnd.randint(0, 364)),
                                         dt.time(rnd.randint(8, 19), rnd.randint(0, 59)))
                     for _ in range(count))
    registrar = get_user(users[Role.REGISTRAR].id)
    for done, received in enumerate(moments, 1):
        if progress is not None:
            progress(done, count)
        data = _input(rnd, received)
        late_number = _eotinish(data, done, today)
        complaint = demo_complaints.complaint_input(rnd, data, users) if data.kind == AppealKind.COMPLAINT else None
        petition = demo_reception.petition_input(rnd, data) if data.kind == AppealKind.PETITION else None
        result = register(data, registrar, str(uuid.uuid4()), now=received, complaint=complaint,
                          petition=petition)
        if late_number:   # АППК 69.3: finished in e-Otinish the next working day, from the scan
            day = min(load_calendar().add_working_days(result.registered_on, 1), today)
            perform(result.id, "eotinish_number", registrar, {"number": late_number}, today=day)
        if complaint is not None:
            demo_complaints.advance(rnd, result.id, today, users)
        elif petition is not None:
            demo_reception.advance_petition(rnd, result.id, today, users)
        else:
            _advance(rnd, result.id, received, today, users)
    if count:
        demo_reception.fill_reception(today, users)


def _eotinish(data: AppealInput, index: int, today: dt.date) -> str:
    """The appeal's e-Otinish number (АППК 69.3; issue 16): an electronic
    appeal comes with it; the others older than a week got it at the counter,
    or every fourth the next working day by the recorded action (returned);
    the last week's wait in the control panel's queue "not yet in e-Otinish".
    No random draw: the rest of the demo stays as it was."""
    if data.eotinish_number or (today - data.received_at.date()).days <= 7:
        return ""
    number = f"{'ЗТ' if data.applicant_type == ApplicantType.LEGAL else 'ЖТ'}-{data.received_at.year}-{index:08d}"
    if index % 4 == 0:
        return number
    data.eotinish_number = number
    return ""


def _advance(rnd, appeal_id, received, today, users) -> None:
    """Take older appeals through the workflow, as an office would: every
    step is a real action with its checks, clocks and history."""
    cal = load_calendar()
    row = Appeal.get_by_id(appeal_id)
    day0 = row.registered_on
    age = (today - day0).days
    if age < 2 or (age < 20 and rnd.random() < 0.15):
        return   # just registered
    simple = is_simplified(row.kind)
    executor = rnd.choice((users[Role.EXECUTOR], users["executor2"]))

    def on(n: int) -> dt.date:
        return min(cal.add_working_days(day0, n), today)

    def do(action: str, who, day: dt.date, **params) -> None:
        perform(appeal_id, action, who, {"on_date": day, **params}, today=day)

    try:
        if row.status == Status.INCOMPLETE:   # АППК 64.6–64.7: a notice, then corrected or returned
            do("request_correction", users[Role.REGISTRAR], on(1), items=row.missing.split(","),
               until=on(6))
            if age < 12:
                return
            if rnd.random() < 0.5:
                do("return", users[Role.HEAD], on(8), ground="64.7.1",
                   reasons="Кемшіліктер белгіленген мерзімде жойылмады")
                do("notify", users[Role.REGISTRAR], on(9), clock="termination_notice")
                return
            do("corrected", users[Role.REGISTRAR], on(4))
        if rnd.random() < 0.04:
            do("forward", users[Role.REGISTRAR], on(rnd.randint(1, 3)), body="Аудан әкімдігінің білім бөлімі")
            return
        head = users[Role.HEAD] if rnd.random() < 0.7 else users[Role.DEPUTY]
        co = [users["executor2"].id] if executor.id != users["executor2"].id and rnd.random() < 0.2 else []
        do("assign", head, on(1), executor_id=executor.id, co_executor_ids=co,
           resolution="Қарап, заңда белгіленген мерзімде жауап дайындаңыз")
        if age < 8 and rnd.random() < 0.4:
            return   # assigned, not yet taken into work
        do("accept", executor, on(1))
        forgotten = appeal_id % 15 == 7   # every office has a few cases left lying: overdue
        if age < 10 or (age < 22 and rnd.random() < 0.5) or forgotten:
            if not simple and age >= 6 and rnd.random() < 0.3:
                do("hearing_notice", executor, on(5), preliminary="Өтінішті ішінара қанағаттандыру",
                   hearing_form=rnd.choice(("written", "oral")))
            return   # still under consideration
        if not simple and rnd.random() < 0.12:
            do("extend", head, on(12), new_due_on=on(12) + dt.timedelta(days=30),
               reason="Жер учаскесін жергілікті жерде тексеру қажет")
            do("notify", users[Role.REGISTRAR], on(13), clock="extension_notice")
        roll = rnd.random()
        if roll < 0.06:
            do("withdraw", users[Role.REGISTRAR], on(5), written=True)
            do("notify", users[Role.REGISTRAR], on(6), clock="termination_notice")
        elif roll < 0.14:
            ground = "88.1.1" if simple else "70.1.1"
            do("terminate", head, on(7), ground=ground, reason="Бұрын қаралған, жаңа дәлелдер жоқ")
            do("notify", users[Role.REGISTRAR], on(8), clock="termination_notice")
        elif simple:
            decision = "noted" if rnd.random() < 0.25 else "answer"
            do("decide", head, on(rnd.randint(8, 14)), decision=decision,
               outcome=rnd.choice(("clarified", "clarified", "satisfied", "refused")))
            if appeal_id % 3 == 0:   # issue 16: the applicant's feedback, at the counter
                do("feedback", users[Role.REGISTRAR], on(15),
                   feedback=("satisfied", "neutral", "not_satisfied")[appeal_id % 9 // 3], feedback_via="counter")
        elif rnd.random() < 0.4:   # a burdening act after a hearing (АППК 73)
            do("hearing_notice", executor, on(8), preliminary="Өтінішті қанағаттандырудан бас тарту",
               hearing_form="written")
            do("decide", head, on(12), decision="act_burdening",
               outcome=rnd.choice(("refused", "partly_satisfied")))
        else:
            do("decide", head, on(rnd.randint(6, 14)), decision="act_favourable",
               outcome="satisfied", hearing_exception="73.2.1")
            do("delivered", users[Role.REGISTRAR], on(15))
            if appeal_id % 3 == 0:   # issue 16: the applicant's feedback, asked by phone
                do("feedback", users[Role.REGISTRAR], on(16),
                   feedback=("satisfied", "neutral", "not_satisfied")[appeal_id % 9 // 3], feedback_via="phone")
            if age > 45:
                do("executed", executor, on(19))
    except DomainError:
        return   # a step the calendar made impossible: the case stays where it is
