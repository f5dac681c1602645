"""Realistic sample data for ``--demo``: an office, 4 users and a few hundred
appeals of every kind and state across the last 12 months."""
from __future__ import annotations

import datetime as dt
import random
import uuid

from app import history
from app.auth import create_user, get_user
from app.enums import AppealForm, AppealKind, ApplicantType, Language, Role, Status
from app.identifiers import make_with_check_digit
from app.office import OfficeSettings, first_run, has_office
from app.registration import AppealInput, register
from app.storage import transaction
from models.entities import Appeal

DEMO_PASSWORD = "demo1234"
DEMO_USERS = (  # login, role, surname, first name, patronymic, position
    ("registrar", Role.REGISTRAR, "Сәрсенбаева", "Әлия", "Қайратқызы", "Бас маман, кеңсе"),
    ("executor", Role.EXECUTOR, "Омаров", "Нұрлан", "Серікұлы", "Жер қатынастары бөлімінің маманы"),
    ("head", Role.HEAD, "Жұмабеков", "Ерлан", "Болатұлы", "Ауыл әкімі"),
)
SURNAMES = ("Қасымов", "Әбенова", "Нұрғалиев", "Ізбасарова", "Өтегенов", "Жақсыбекова",
            "Иванов", "Петрова", "Сағынтаев", "Ермекова", "Құдайбергенов", "Ким", "Смагулова")
NAMES_M = ("Асқар", "Ерлан", "Нұржан", "Сергей", "Бауыржан", "Дәурен", "Ғалым")
NAMES_F = ("Әлия", "Гүлнар", "Айгерім", "Ольга", "Жанар", "Мөлдір", "Ұлжан")
ORGS = ("«Береке» ЖШС", "«Агро-Тұран» ЖШС", "«Жұлдыз» тұрғын үй кооперативі",
        "ТОО «СтройСервис»", "«Қайнар» шаруа қожалығы")
SUBJECTS = (
    "Жер учаскесін беру туралы", "Көше жарығын жөндеу туралы", "О ремонте дороги по ул. Абая",
    "Ауыз су құбырының ақауы туралы", "Об установке детской площадки",
    "Мал жайылымы туралы", "Қоқыс шығару кестесі туралы", "О выдаче справки",
    "Әлеуметтік көмек туралы", "Автобус қатынасын ашу туралы",
)
STATE_MIX = (Status.REGISTERED, Status.INCOMPLETE, Status.ASSIGNED, Status.IN_PROGRESS,
             Status.HEARING, Status.DECIDED, Status.ANSWERED, Status.NOTED, Status.FORWARDED,
             Status.RETURNED, Status.WITHDRAWN, Status.TERMINATED)


def _iin(rnd: random.Random, female: bool) -> str:
    while True:
        year = rnd.randint(50, 99)
        first11 = f"{year:02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}" \
                  f"{4 if female else 3}{rnd.randint(0, 9999):04d}"
        number = make_with_check_digit(first11)
        if number:
            return number


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
        data.org_name, data.bin = rnd.choice(ORGS), _bin(rnd)
        data.outgoing_number = f"{rnd.randint(1, 300)}-ш"
        data.outgoing_date = data.appeal_date
    else:
        female = rnd.random() < 0.5
        surname = rnd.choice(SURNAMES)
        data.surname = surname + ("а" if female and surname.endswith(("ов", "ев", "ин")) else "")
        data.first_name = rnd.choice(NAMES_F if female else NAMES_M)
        data.iin = _iin(rnd, female) if rnd.random() < 0.8 else ""
        data.collective = rnd.random() < 0.05
        data.signatories = rnd.randint(2, 40) if data.collective else 0
    if rnd.random() < 0.08:   # some appeals lack АППК 63.2 items: flagged, not refused
        data.postal_address, data.signed = "", rnd.random() < 0.5
    data.attachments_count = rnd.randint(0, 3)
    data.attachment_pages = data.attachments_count * rnd.randint(1, 4)
    return data


def fill(count: int = 400, today: dt.date | None = None, seed: int = 2026) -> None:
    """Create the demo office, users and ``count`` appeals (fresh database only)."""
    if has_office():
        return
    rnd = random.Random(seed)
    today = today or dt.date.today()
    admin = first_run(OfficeSettings(
        name_kk="Ақсу ауылдық округі әкімінің аппараты", name_ru="Аппарат акима Аксуского сельского округа",
        bin=_bin(rnd), address="Ақсу ауылы, Бейбітшілік к-сі, 1",
        phone="+7 7182 55-12-34", head_name="Жұмабеков Е. Б.", head_position="Ауыл әкімі"),
        login_name="admin", password=DEMO_PASSWORD, surname="Ахметова", first_name="Дина",
        patronymic="Маратқызы", position="Аппарат басшысы")
    users = {Role.ADMIN: admin}
    for login, role, surname, first, patronymic, position in DEMO_USERS:
        users[role] = create_user(login_name=login, password=DEMO_PASSWORD, surname=surname,
                                  first_name=first, patronymic=patronymic, position=position,
                                  role=role, created_by=admin.id)
    start = today - dt.timedelta(days=365)
    moments = sorted(dt.datetime.combine(start + dt.timedelta(days=rnd.randint(0, 364)),
                                         dt.time(rnd.randint(8, 19), rnd.randint(0, 59)))
                     for _ in range(count))
    registrar = get_user(users[Role.REGISTRAR].id)
    for received in moments:
        result = register(_input(rnd, received), registrar, str(uuid.uuid4()), now=received)
        _advance(rnd, result.id, received, today, users)


def _advance(rnd, appeal_id, received, today, users) -> None:
    """Move older appeals on to a later state, recorded in the history."""
    age = (today - received.date()).days
    if age < 3 or rnd.random() < 0.2:
        return
    if age > 25:   # most older appeals are closed; a few stay open (overdue)
        state = rnd.choice(STATE_MIX[5:] if rnd.random() < 0.85 else STATE_MIX[2:5])
    else:
        state = rnd.choice(STATE_MIX[2:5])
    with transaction():
        row = Appeal.get_by_id(appeal_id)
        changes = {"status": [row.status, str(state)], "executor_id": [None, users[Role.EXECUTOR].id]}
        Appeal.update(status=str(state), executor=users[Role.EXECUTOR].id).where(Appeal.id == appeal_id).execute()
        history.record("appeal", appeal_id, "status_changed", changes, users[Role.HEAD].id,
                       received + dt.timedelta(days=min(age, 2)))
