"""Reconciliation with a register exported from e-Otinish (issue 16 item 4,
"Done when": a CSV and an XLSX with deliberate mismatches give the three
lists), and registers that are hostile files."""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from app.appeal.registration import register
from app.eotinish import (
    confirm_links,
    guess_mapping,
    read_register,
    reconcile,
    register_file,
    rows_of,
    save_mapping,
    saved_mapping,
)
from app.errors import DomainError
from app.rules.enums import AppealKind, ApplicantType
from models.entities import Appeal, ChangeLog

T = dt.datetime.fromisoformat
IIN_A, IIN_B = "900101300007", "900101300811"
BIN = "050240000005"
HEADERS = ["№ e-Otinish", "Дата регистрации", "ФИО / наименование заявителя", "ИИН/БИН", "Вид обращения",
           "Статус", "Примечание"]


@pytest.fixture
def journal(staff, make_input):
    """Our appeals of 2–6 November 2026, each set up for one rule."""
    def reg(key, received, number="", **fields):
        data = make_input(T(received), eotinish_number=number, **fields)
        return register(data, staff["registrar"], key, now=T(received)).id
    return {
        "same": reg("same", "2026-11-02 10:00", "ЖТ-2026-00000001", surname="Жұмабаева", first_name="Әлия",
                    iin=IIN_A),
        "link": reg("link", "2026-11-02 11:00", surname="Нұрланова", first_name="Гүлнұр", patronymic="",
                    iin=IIN_B),
        "kind": reg("kind", "2026-11-03 10:00", "ЖТ-2026-00000003", surname="Сейітов", first_name="Марат"),
        "date": reg("date", "2026-11-03 11:00", "ЖТ-2026-00000004", surname="Омарова", first_name="Дана"),
        "status": reg("status", "2026-11-04 10:00", "ЗТ-2026-00000005", applicant_type=ApplicantType.LEGAL,
                      org_name="«Дәулет» ЖШС", bin=BIN),
        "ours_only": reg("ours_only", "2026-11-04 12:00", surname="Байжанов", first_name="Ерік"),
        "outside": reg("outside", "2026-11-20 10:00", surname="Кейін", first_name="Келген"),
    }


# The register as e-Otinish would list it: one row per rule, and the mismatches.
ROWS = [
    ["ЖТ-2026-00000001", "02.11.2026", "Жұмабаева Әлия Бекқызы", IIN_A, "Заявление", "На рассмотрении", ""],
    ["жт-2026-0000 0002", "02.11.2026", "НУРЛАНОВА Гулнур", IIN_B, "Арыз", "Қаралуда", ""],   # Russian spelling
    ["ЖТ-2026-00000003", "03.11.2026", "Сейітов Марат", "", "Жалоба", "На рассмотрении", ""],
    ["ЖТ-2026-00000004", "05.11.2026", "Омарова Дана", "", "Заявление", "На рассмотрении", ""],
    ["ЗТ-2026-00000005", "04.11.2026", "«Дәулет» ЖШС", BIN, "Заявление", "Исполнено", "=HYPERLINK(\"x\")"],
    ["ЖТ-2026-00000099", "06.11.2026", "Белгісіз Адам", "", "Заявление", "На рассмотрении", ""],
    ["", "32.13.2026", "Күні қате", "", "", "", ""],
]


def _assert_lists(journal, result):
    by = {m.ours.appeal_id: m for m in result.matched}
    assert set(by) == {journal[k] for k in ("same", "link", "kind", "date", "status")}
    assert (by[journal["same"]].by, by[journal["same"]].differences) == ("number", ())
    assert (by[journal["link"]].by, by[journal["link"]].link) == ("identity", "ЖТ-2026-00000002")
    assert {journal[k]: by[journal[k]].differences for k in ("kind", "date", "status")} == {
        journal["kind"]: ("kind",), journal["date"]: ("date",), journal["status"]: ("status",)}
    assert [m.ours.appeal_id for m in result.different] == [journal["kind"], journal["date"], journal["status"]]
    assert [o.appeal_id for o in result.ours_only] == [journal["ours_only"]]   # 20 Nov: outside the register
    assert [r.number for r in result.theirs_only] == ["ЖТ-2026-00000099", ""]
    assert [(p.code, p.value) for p in result.problems] == [("date_unreadable", "32.13.2026")]
    assert result.period == (dt.date(2026, 11, 2), dt.date(2026, 11, 6))
    assert [m.link for m in result.links] == ["ЖТ-2026-00000002"]


def test_a_csv_in_windows_1251_with_a_title_line(journal, tmp_path):
    path = tmp_path / "register.csv"
    lines = ["Реестр обращений за ноябрь 2026", ";".join(HEADERS)] + [";".join(r) for r in ROWS]
    # Windows-1251 has no Kazakh letters: an export writes their Russian look-alikes.
    kazakh = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")
    path.write_bytes("\r\n".join(lines).translate(kazakh).encode("cp1251"))
    sheet = read_register(path)
    assert (sheet.encoding, sheet.delimiter, sheet.headers, sheet.first_line) == ("cp1251", ";", HEADERS, 3)
    mapping = guess_mapping(sheet.headers)
    assert mapping == {"number": "№ e-Otinish", "iin_bin": "ИИН/БИН", "date": "Дата регистрации",
                       "name": "ФИО / наименование заявителя", "kind": "Вид обращения", "status": "Статус"}
    rows, problems = rows_of(sheet, mapping)
    assert rows[4].line == 7 and "HYPERLINK" not in rows[4].status   # a formula stays text, never run
    _assert_lists(journal, reconcile(rows, problems))


def test_an_xlsx_with_dates_as_dates_serials_and_text(journal, tmp_path, staff):
    path = tmp_path / "register.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Тізілім"])                    # a title above the table
    sheet.append(["Нөмірі", "Күні", "Өтініш беруші", "ЖСН/БСН", "Түрі", "Мәртебесі", "Ескерту"])
    for i, row in enumerate(ROWS):
        values = list(row)
        if i == 0:
            values[1] = dt.datetime(2026, 11, 2)          # a date cell
        elif i == 1:
            values[1] = 46328                              # a serial without its format: 2 Nov 2026
        if values[3]:
            values[3] = int(values[3])                     # an IIN typed as a number
        values[6] = "=1+1" if i == 2 else values[6]        # a formula with no saved value
        sheet.append(values)
    book.save(path)
    read = read_register(path)
    assert read.source == "xlsx" and read.headers[0] == "Нөмірі" and read.rows[0][1] == "2026-11-02"
    assert read.rows[1][1] == "46328" and read.rows[0][3] == IIN_A
    mapping = {"number": "Нөмірі", "date": "Күні", "name": "Өтініш беруші", "iin_bin": "ЖСН/БСН", "kind": "Түрі",
               "status": "Мәртебесі"}
    assert guess_mapping(read.headers) == mapping
    rows, problems = rows_of(read, mapping)
    result = reconcile(rows, problems)
    _assert_lists(journal, result)
    # Only what the clerk confirms is written, through the case action and its history.
    before = ChangeLog.select().count()
    assert confirm_links(staff["registrar"], [(m.ours.appeal_id, m.link) for m in result.links],
                         today=dt.date(2026, 11, 9)) == 1
    assert Appeal.get_by_id(journal["link"]).eotinish_number == "ЖТ-2026-00000002"
    entries = list(ChangeLog.select().where(ChangeLog.id > before))
    assert [(e.action, e.entity_id, json.loads(e.changes)) for e in entries] == [
        ("eotinish_number", journal["link"], {"eotinish_number": ["", "ЖТ-2026-00000002"]})]
    again = reconcile(rows, problems)
    assert not again.links and journal["link"] in {m.ours.appeal_id for m in again.matched if m.by == "number"}


def test_confirmed_links_are_written_all_or_none(journal, staff):
    before = ChangeLog.select().count()
    with pytest.raises(DomainError) as refused:
        confirm_links(staff["registrar"], [(journal["link"], "ЖТ-2026-00000777"),
                                           (journal["ours_only"], "ЖТ-2026-00000001")])   # taken by "same"
    assert refused.value.code == "register_link_refused"
    assert refused.value.params["reason"] == "eotinish_number_taken"
    assert refused.value.params["reg_number"] == Appeal.get_by_id(journal["ours_only"]).reg_number
    assert Appeal.get_by_id(journal["link"]).eotinish_number == "" and ChangeLog.select().count() == before
    with pytest.raises(DomainError) as refused:
        confirm_links(staff["exec"], [(journal["link"], "ЖТ-2026-00000777")])
    assert refused.value.code == "forbidden_role"


def test_the_mapping_is_remembered_for_the_office(staff):
    assert saved_mapping() == {}
    save_mapping(staff["registrar"], {"number": "Нөмір", "name": "Аты", "bogus": "x"})
    assert saved_mapping() == {"number": "Нөмір", "name": "Аты"}
    assert guess_mapping(["Аты", "Нөмір", "Дата"], saved_mapping()) == {"number": "Нөмір", "name": "Аты",
                                                                        "date": "Дата"}
    assert ChangeLog.select().where(ChangeLog.action == "register_mapping_saved").count() == 1


# --- Hostile files ------------------------------------------------------------------


@pytest.mark.parametrize("name, content, code", [
    ("empty.csv", b"", "register_empty"),
    ("blank.csv", b"\r\n;;\r\n \r\n", "register_empty"),
    ("binary.csv", b"MZ\x90\x00\x03\x00\x00\x00" * 100, "register_not_text"),
    ("broken.csv", "Аты;Күні\r\n".encode()[:-3] + b"\x98\x98;\xff\xfe\r\n", "register_encoding"),
    ("latin.csv", "Name;Date\r\nJosé Müller Ñandú Ærøskøbing;01.11.2026\r\n".encode("latin-1"),
     "register_encoding"),
    ("fake.xlsx", b"this is no spreadsheet", "register_unreadable"),
    ("old.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "register_old_excel"),
    ("only_header.csv", "Нөмір;Күні\r\n".encode(), "register_empty"),
])
def test_a_hostile_file_is_refused_with_a_reason(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DomainError) as refused:
        read_register(path)
    assert refused.value.code == code


def test_size_rows_and_unpacked_size_are_capped(tmp_path, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("Нөмір;Күні\n" + "".join(f"ЖТ-2026-{i:08d};01.11.2026\n" for i in range(50)), encoding="utf-8")
    monkeypatch.setattr(register_file, "MAX_ROWS", 10)
    with pytest.raises(DomainError) as refused:
        read_register(path)
    assert refused.value.code == "register_too_many_rows"
    monkeypatch.setattr(register_file, "MAX_BYTES", 100)
    with pytest.raises(DomainError) as refused:
        read_register(path)
    assert refused.value.code == "register_too_big"
    book = tmp_path / "bomb.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["x" * 1000])
    wb.save(book)
    monkeypatch.setattr(register_file, "MAX_BYTES", 10**9)
    monkeypatch.setattr(register_file, "MAX_UNPACKED", 1000)
    with pytest.raises(DomainError) as refused:
        read_register(book)
    assert refused.value.code == "register_too_big"


def test_a_forged_sheet_size_is_not_believed(tmp_path):
    """A sheet that says it spans A1:XFD1048576 (16,384 columns, a million
    rows) is read for the rows it has, at once."""
    import time
    import zipfile
    honest = tmp_path / "honest.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Нөмір", "Күні"])
    for i in range(300):
        wb.active.append([f"ЖТ-2026-{i:08d}", "01.11.2026"])
    wb.save(honest)
    forged = tmp_path / "forged.xlsx"
    with zipfile.ZipFile(honest) as src, zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B301"/>', b'<dimension ref="A1:XFD1048576"/>')
                assert b"XFD1048576" in data
            dst.writestr(item, data)
    started = time.monotonic()
    sheet = read_register(forged)
    assert time.monotonic() - started < 10
    assert len(sheet.rows) == 300 and sheet.headers == ["Нөмір", "Күні"]


def test_wrong_columns_and_odd_cells(tmp_path, journal):
    path = tmp_path / "odd.csv"
    path.write_text("\ufeffA,B,C\n1,2,3\n", encoding="utf-8")
    sheet = read_register(path)
    assert (sheet.encoding, sheet.delimiter) == ("utf-8-sig", ",")
    with pytest.raises(DomainError) as refused:
        rows_of(sheet, {"kind": "A", "status": "B"})   # neither a number nor a name and a date
    assert refused.value.code == "register_mapping_incomplete"
    rows, problems = rows_of(sheet, {"number": "A", "name": "B"})
    assert [(p.code, p.value) for p in problems] == [("number_format", "1")] and rows[0].number == ""
    result = reconcile(rows, problems)    # no dates: nothing of ours is claimed missing
    assert result.ours_only == [] and len(result.theirs_only) == 1


@pytest.mark.parametrize("text, day", [
    ("03.11.2026", dt.date(2026, 11, 3)), ("2026-11-03", dt.date(2026, 11, 3)),
    ("03/11/2026", dt.date(2026, 11, 3)), ("03.11.26", dt.date(2026, 11, 3)),
    ("03.11.2026 10:15", dt.date(2026, 11, 3)), ("2026-11-03T10:15:00", dt.date(2026, 11, 3)),
    ("46329", dt.date(2026, 11, 3)), ("46329.4375", dt.date(2026, 11, 3)),
    ("", None), ("вчера", None), ("31.02.2026", None), ("01.01.1900", None), ("99999", None),
])
def test_dates_as_text_or_serials(text, day):
    from app.eotinish import parse_date
    assert parse_date(text) == day


def test_kinds_named_in_either_language(journal):
    from app.eotinish.reconcile import _kind
    assert [_kind(t) for t in ("Заявление", "ШАҒЫМ", "үн қосу", "Сұрау салу", "Петиция", "иное")] == [
        AppealKind.APPLICATION, AppealKind.COMPLAINT, AppealKind.RESPONSE, AppealKind.REQUEST, AppealKind.PETITION,
        None]


def test_an_iin_kept_as_a_number_gets_its_leading_zero_back(tmp_path):
    """Born 2000-2009: the IIN starts with 0, which a spreadsheet's number cell drops."""
    path = tmp_path / "zeros.csv"
    path.write_text("ЖСН;Күні;Аты-жөні\n10101500123;01.11.2026;Әлиева Дана\n 010101500123 ;01.11.2026;Әлиева Дана\n"
                    "990101300456;01.11.2026;Сәкенов Ерлан\n", encoding="utf-8")
    rows, problems = rows_of(read_register(path), {"iin_bin": "ЖСН", "date": "Күні", "name": "Аты-жөні"})
    assert [r.iin_bin for r in rows] == ["010101500123", "010101500123", "990101300456"] and problems == []
