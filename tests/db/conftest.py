"""Workflow fixtures: the office's staff and appeals registered on set days."""
from __future__ import annotations

import datetime as dt

import pytest

from app.appeal.registration import register
from app.engine import perform
from app.office.auth import create_user
from app.rules.enums import Role

T = dt.datetime.fromisoformat
D = dt.date.fromisoformat


@pytest.fixture
def staff(office_admin, registrar):
    people = {"registrar": registrar}
    for login, role, surname in (("akim", Role.HEAD, "Әкімов"), ("deputy", Role.DEPUTY, "Орынбасаров"),
                                 ("apparat", Role.APPARATUS_HEAD, "Аппаратов"),
                                 ("exec", Role.EXECUTOR, "Орындаушы"),
                                 ("exec2", Role.EXECUTOR, "Екінші")):
        people[login] = create_user(login_name=login, password="secret1-long", surname=surname,
                                    first_name="Аты", position="Маман", role=role,
                                    created_by=office_admin.id)
    return people


@pytest.fixture
def new_appeal(staff, make_input):
    """``new_appeal("2026-11-02 10:00", **fields)`` -> appeal id."""
    counter = iter(range(1, 10_000))

    def make(received: str = "2026-11-02 10:00", **fields) -> int:
        moment = T(received)
        return register(make_input(moment, **fields), staff["registrar"], f"key{next(counter)}",
                        now=moment).id
    return make


@pytest.fixture
def act(staff):
    """``act(appeal_id, action, who, today, **params)`` -> Result."""
    def run(appeal_id: int, action: str, who: str = "akim", today: str = "2026-11-05", **params):
        day = D(today)
        params.setdefault("on_date", day)
        return perform(appeal_id, action, staff[who], params, today=day)
    return run


@pytest.fixture
def considered(new_appeal, act, staff):
    """An application registered Mon 2 Nov (due Mon 23 Nov), under consideration."""
    def make(**fields):
        a = new_appeal("2026-11-02 10:00", **fields)
        act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
        act(a, "accept", who="exec", today="2026-11-03")
        return a
    return make


@pytest.fixture
def new_complaint(staff, make_input):
    """``new_complaint("2026-11-05 10:00", role="reviewing", appeal={...}, **complaint)``
    -> appeal id of a registered complaint (АППК 94.1)."""
    from app.rules.complaint import ComplaintInput
    from app.rules.enums import AppealKind
    counter = iter(range(1, 10_000))

    def make(received: str = "2026-11-05 10:00", role: str = "reviewing", appeal: dict | None = None,
             **fields) -> int:
        moment = T(received)
        values = {"challenged_body": "Ақсу ауылдық округінің әкімі", "actual_address": "Ақсу, Абай 12",
                  "rights_explained": True,   # АППК 94.2
                  "challenged_act": "№ 45 шешім, 10.10.2026", "learned_on": D("2026-10-20"), **fields}
        data = make_input(moment, kind=AppealKind.COMPLAINT, **(appeal or {}))
        return register(data, staff["registrar"], f"complaint{next(counter)}", now=moment,
                        complaint=ComplaintInput(role=role, **values)).id
    return make


@pytest.fixture
def receivers(staff):
    """The akim and the deputy receive (АППК 90.1)."""
    return staff["akim"], staff["deputy"]


@pytest.fixture
def slot(staff, receivers):
    """``slot("2026-12-03", who="akim", start="10:00", end="11:00", approve=True)`` -> slot id."""
    from app.reception import schedule as rs

    def make(day: str, who: str = "akim", start: str = "10:00", end: str = "11:00", approve: bool = True,
             place: str = "Әкімдік, 1-кабинет") -> int:
        slot_id = rs.save_slot(rs.SlotInput(staff[who].id, D(day), start, end, place, "жер"), staff["registrar"])
        if approve:
            day_ = D(day)
            rs.approve(day_.year, day_.month, staff["akim"], now=T(f"{day} 08:00") - dt.timedelta(days=20))
        return slot_id
    return make


@pytest.fixture
def new_petition(staff, make_input):
    """``new_petition("2026-11-02 10:00", appeal={...}, **petition)`` -> appeal id (АППК 90-4)."""
    from app.petition.record import PetitionInput
    from app.rules.enums import AppealKind
    counter = iter(range(1, 10_000))

    def make(received: str = "2026-11-02 10:00", appeal: dict | None = None, **fields) -> int:
        moment = T(received)
        values = {"arguments": "Ауылда балалар алаңы жоқ", "proposals": "Мектеп жанынан салу",
                  "joined_count": 2600, "joined_from": D("2026-04-01"), "joined_to": D("2026-09-30"),
                  "authority_ref": "№ 15-02/311", **fields}
        data = make_input(moment, **{"kind": AppealKind.PETITION, "iin": "850312400128",
                                     "email": "aliya@mail.kz", "substance": "Балалар алаңын салу",
                                     **(appeal or {})})
        return register(data, staff["registrar"], f"petition{next(counter)}", now=moment,
                        petition=PetitionInput(**values)).id
    return make
