"""Name search in either spelling (issue 14 item 3): a name stored with Kazakh
letters is found by its Russian spelling and the other way round, for new
appeals and, after migration 0010, for appeals stored before it.  Numbers,
IIN and BIN are still found as before."""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
from pathlib import Path

import pytest
from playhouse.migrations import Runner

from app.appeal.registration import register
from app.office.auth import create_user
from app.office.profile import first_run
from app.queries.appeals import Criteria, all_ids, count, ids_window
from app.rules.calendar import WorkCalendar
from app.rules.enums import ApplicantType, Role
from app.rules.names import name_tokens
from models.db import MIGRATIONS_DIR, close_database, db, newest_schema, open_database, schema_version
from tests.conftest import OFFICE, _appeal_input

T = dt.datetime.fromisoformat
CAL = WorkCalendar()
IIN = "900101300007"
BIN = "050240000005"
NOW = T("2026-11-24 12:00")

# key: (surname, first name, extra fields)
PEOPLE = {
    "kk": ("Жұмабаева", "Әлия", {"iin": IIN}),          # stored in the Kazakh spelling
    "ru": ("Жумабаева", "Алия", {}),                     # stored in the Russian spelling
    "other": ("Нұрланова", "Гүлнұр", {}),
    "latin": ("Smith", "Irina", {}),
    "org": ("", "", {"applicant_type": ApplicantType.LEGAL, "org_name": "«Дәулет» ЖШС", "bin": BIN}),
}


def register_people(registrar) -> dict[str, int]:
    out = {}
    for key, (surname, first, extra) in PEOPLE.items():
        data = _appeal_input(T("2026-11-02 10:00"), surname=surname, first_name=first, patronymic="",
                             **extra)
        out[key] = register(data, registrar, key, now=NOW).id
    return out


def found(ids: dict[str, int], text: str) -> list[str]:
    back = {v: k for k, v in ids.items()}
    criteria = Criteria(text=text)
    window = ids_window(criteria, CAL, 0, 100)
    assert count(criteria, CAL) == len(window) and sorted(all_ids(criteria, CAL)) == sorted(window)
    return sorted(back[i] for i in window)


SEARCHES = [
    ("жумабаева", ["kk", "ru"]),         # the Russian spelling finds Жұмабаева too
    ("Жұмабаева", ["kk", "ru"]),         # and the Kazakh one finds Жумабаева
    ("ЖУМАБАЕВА АЛИЯ", ["kk", "ru"]),
    ("жұмабаева әл", ["kk", "ru"]),
    ("жума", ["kk", "ru"]),
    ("нурланова гулнур", ["other"]),
    ("НҰРЛАНОВА", ["other"]),
    ("даулет", ["org"]),
    ("irina", ["latin"]),
    ("жумабаева гулнур", []),
    ("кусаинов", []),
    (IIN, ["kk"]),
    ("900101 300007", ["kk"]),
    (BIN, ["org"]),
    ("2026-000001", ["kk"]),
    ("2026-00000", ["kk", "latin", "org", "other", "ru"]),
    ("3", ["other"]),                  # a sequence number alone
]


@pytest.mark.parametrize("text, expected", SEARCHES)
def test_either_spelling_finds_the_person(registrar, text, expected):
    assert found(register_people(registrar), text) == expected


def test_registration_stores_the_folded_words(registrar):
    from models.entities import AppealToken
    ids = register_people(registrar)
    words = {t.token for t in AppealToken.select().where(AppealToken.appeal == ids["kk"])}
    assert words == {"жумабаева", "алия"}


# --- Appeals stored before schema 10 --------------------------------------------


def old_tokens(text: str) -> set[str]:
    """The words the program stored before schema 10: case folded only."""
    return {t for t in re.split(r"[^\w]+", text.casefold().replace("ё", "е").strip()) if t}


def store_as_before_schema_10(ids: dict[int, str]) -> None:
    """Rewrite the search words of ``ids`` (appeal id -> name) as the older
    program wrote them (registration itself has not changed otherwise)."""
    p = db.obj.param
    for appeal_id, display in ids.items():
        db.execute_sql(f"DELETE FROM appeal_token WHERE appeal_id = {p}", (appeal_id,))
        for word in sorted(old_tokens(display)):
            db.execute_sql(f"INSERT INTO appeal_token (appeal_id, token) VALUES ({p}, {p})",
                           (appeal_id, word))


def stored_words(appeal_id: int) -> set[str]:
    p = db.obj.param
    return {r[0] for r in db.execute_sql(f"SELECT token FROM appeal_token WHERE appeal_id = {p}",
                                         (appeal_id,))}


def token_row_ids(appeal_id: int) -> set[int]:
    p = db.obj.param
    return {r[0] for r in db.execute_sql(f"SELECT id FROM appeal_token WHERE appeal_id = {p}",
                                         (appeal_id,))}


def insert_as_schema_9(registrar_id: int) -> dict[str, int]:
    """The people of PEOPLE registered as the program of schema 9 stored them
    (today's registration writes the columns of later schemas): numbered in
    order, their words case-folded only."""
    from app.appeal.registration import applicant_display
    from app.rules.names import case_fold
    p = db.obj.param
    columns = ("reg_number, reg_year, reg_seq, submission_key, kind, form, applicant_type, applicant_display, "
               "applicant_norm, received_at, registered_on, term_days, term_article, statutory_due_on, due_on, "
               "status, registered_by_id, surname, first_name, patronymic, iin, org_name, bin, outgoing_number, "
               "postal_address, phone, email, collective, signatories, addressee, substance, language, signed, "
               "attachments_count, attachment_pages, eotinish_number, missing, created_at")
    ids = {}
    for seq, (key, (surname, first, extra)) in enumerate(PEOPLE.items(), start=1):
        data = _appeal_input(T("2026-11-02 10:00"), surname=surname, first_name=first, patronymic="", **extra)
        display = applicant_display(data)
        values = (f"2026-{seq:06d}", 2026, seq, key, str(data.kind), str(data.form), str(data.applicant_type),
                  display, case_fold(display), "2026-11-02 10:00:00", "2026-11-02", 15, "76.1", "2026-11-23",
                  "2026-11-23", "registered", registrar_id, data.surname, data.first_name, "", data.iin,
                  data.org_name, data.bin, "", data.postal_address, "", "", False, 0, data.addressee,
                  data.substance, "kk", True, 0, 0, "", "", "2026-11-02 10:00:00")
        ids[key] = db.execute_sql(f"INSERT INTO appeal ({columns}) VALUES ({', '.join([p] * len(values))}) "
                                  "RETURNING id", values).fetchone()[0]
        for word in sorted(old_tokens(display)):
            db.execute_sql(f"INSERT INTO appeal_token (appeal_id, token) VALUES ({p}, {p})", (ids[key], word))
    db.execute_sql(f"INSERT INTO registration_counter (year, last_value) VALUES ({p}, {p})", (2026, len(ids)))
    return ids


def upgrade_scenario(url: str) -> None:
    """A database at schema 9 with appeals in both spellings, opened by this
    program: migration 0010 recomputes their words, and the search finds
    them in either spelling.  Run on SQLite here and on PostgreSQL in tests/pg."""
    open_database(url, migrate=False)
    Runner(db.obj, str(MIGRATIONS_DIR)).up(target="0009_code_exactly")
    assert schema_version() == 9
    admin = first_run(OFFICE, login_name="admin", password="admin-secret", surname="Әбілова",
                      first_name="Гүлнар", patronymic="", position="Бас маман")
    registrar = create_user(login_name="reg", password="reg-secret-1", surname="Тіркеуші",
                            first_name="Ерлан", patronymic="", position="Маман", role=Role.REGISTRAR,
                            created_by=admin.id)
    ids = insert_as_schema_9(registrar.id)
    names = {ids[k]: " ".join(p for p in PEOPLE[k][:2] if p) or "«Дәулет» ЖШС" for k in PEOPLE}
    assert found(ids, "жумабаева") == ["ru"]          # what the clerk saw before
    untouched = token_row_ids(ids["latin"])            # no Kazakh letter: nothing to recompute
    close_database()

    open_database(url)                                 # the program starts: migrations run
    assert schema_version() == newest_schema()
    for appeal_id, display in names.items():
        assert stored_words(appeal_id) == name_tokens(display), display
    assert token_row_ids(ids["latin"]) == untouched
    for text, expected in SEARCHES:
        assert found(ids, text) == expected, text


def test_upgrade_recomputes_the_words_of_stored_appeals(tmp_path):
    try:
        upgrade_scenario(str(tmp_path / "old.sqlite"))
    finally:
        close_database()


def test_the_migration_works_in_batches_and_twice_changes_nothing(registrar):
    """A batch of 2 appeals at a time over 5 appeals (3 batches), the last
    with fewer; run again, nothing is rewritten."""
    ids = register_people(registrar)
    names = {ids[k]: " ".join(p for p in PEOPLE[k][:2] if p) or "«Дәулет» ЖШС" for k in PEOPLE}
    store_as_before_schema_10(names)
    spec = importlib.util.spec_from_file_location("m0010", Path(MIGRATIONS_DIR) / "0010_search_fold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.BATCH = 2
    with db.atomic():
        module.up(None, db.obj)
    assert {a: stored_words(a) for a in names} == {a: name_tokens(n) for a, n in names.items()}
    before = {a: token_row_ids(a) for a in names}
    with db.atomic():
        module.up(None, db.obj)
    assert {a: token_row_ids(a) for a in names} == before
