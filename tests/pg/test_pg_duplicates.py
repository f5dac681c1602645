"""The counter's duplicate check on PostgreSQL (issue 16 item 5): both rules
(the second's INTERSECT of name words cut by the period's first id) and the
repeat link in the registration's history."""
from __future__ import annotations

import datetime as dt

from app.appeal import (
    IIN_AND_NAME,
    NAME_SETTLEMENT_SUBSTANCE,
    AppealInput,
    RepeatOf,
    likely_duplicates,
    register,
)
from app.office.auth import create_user
from app.office.profile import OfficeSettings, first_run
from app.rules.enums import AppealForm, AppealKind, Role
from app.store.history import history_of

IIN = "900101300007"


def _input(day: int, **fields) -> AppealInput:
    received = dt.datetime(2026, 11, day, 10, 0)
    values = dict(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=received,
                  surname="Қасымова", first_name="Айгүл", postal_address="Ақсу ауылы, Абай к-сі, 5",
                  addressee="Ауыл әкімі", substance="Көше жарығын жөндеу туралы", appeal_date=received.date())
    values.update(fields)
    return AppealInput(**values)


def test_both_rules_and_the_link_on_postgresql(pg_url):
    admin = first_run(OfficeSettings(name_kk="Әкімдік", name_ru="Акимат"), login_name="admin",
                      password="secret-1-long", surname="Әбілова", first_name="Гүлнар", patronymic="",
                      position="Бас маман")
    registrar = create_user(login_name="reg", password="secret-2-long", surname="Тіркеуші",
                            first_name="Ерлан", position="Маман", role=Role.REGISTRAR, created_by=admin.id)
    by_iin = register(_input(2, iin=IIN, substance="Жер учаскесі"), registrar, "k1", now=dt.datetime(2026, 11, 2, 10))
    by_name = register(_input(3), registrar, "k2", now=dt.datetime(2026, 11, 3, 10))
    register(_input(4, first_name="Гүлнар"), registrar, "k3", now=dt.datetime(2026, 11, 4, 10))
    draft = _input(20, iin=IIN, surname="КАСЫМОВА", first_name="айгул", postal_address="с. Аксу",
                   substance="Көше жарығын жөндеуді сұраймын")
    matches = likely_duplicates(draft, dt.date(2026, 11, 20))
    assert [(m.id, m.rule) for m in matches] == [(by_iin.id, IIN_AND_NAME),
                                                 (by_name.id, NAME_SETTLEMENT_SUBSTANCE)]
    draft.iin = ""
    matches = likely_duplicates(draft, dt.date(2026, 11, 20))
    # The IIN one has another substance ("Жер учаскесі": 0 %), the third another name.
    assert [(m.id, m.rule, m.similarity) for m in matches] == [(by_name.id, NAME_SETTLEMENT_SUBSTANCE, 75)]
    assert likely_duplicates(draft, dt.date(2027, 3, 1)) == []   # outside the 90 days
    r = register(draft, registrar, "k4", now=dt.datetime(2026, 11, 20, 10),
                 repeat_of=RepeatOf(by_name.id, NAME_SETTLEMENT_SUBSTANCE))
    assert history_of("appeal", r.id)[0].changes["repeat_of"] == by_name.reg_number
