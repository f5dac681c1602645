"""Reports (issue 16 items 1, 3): every figure of every table for November
2026 against November 2025, the appeals behind each figure, the АППК 69.3
exclusion, and the workbook (tests/db/report_data.py says what is in it)."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from app import reports
from app.errors import DomainError
from app.reports import Period
from models.entities import ChangeLog
from tests.db import report_data
from tests.db.report_data import TODAY

NOV = Period.month(2026, 11)
NOW_RECEIVED = ["app_sat", "app_late", "msg_ok", "prop_noted", "req_fwd", "resp_open", "app_ext",
                "coll_term", "complaint", "petition"]
NOW_CONSIDERED = ["app_sat", "app_late", "msg_ok", "prop_noted", "req_fwd", "coll_term", "complaint", "oct_msg"]
NOW_OPEN_PAST = ["resp_open", "app_ext", "petition"]


def _measures(received, considered, late, open_past, extended):
    in_time = [n for n in considered if n not in late]
    return {"received": received, "considered": considered, "in_time": in_time, "late": late,
            "open_past_term": open_past, "extended": extended}


def _rows(rows: dict) -> dict:
    """{row: (current measures, previous measures)} -> {(row, column): (names, names)}."""
    out = {}
    for row, (now, before) in rows.items():
        for column in set(now) | set(before):
            out[(row, column)] = (now.get(column, []), before.get(column, []))
    return out


def expected(staff) -> dict:
    akim, deputy = str(staff["akim"].id), str(staff["deputy"].id)
    ex, ex2 = str(staff["exec"].id), str(staff["exec2"].id)
    nothing: dict = {}
    return {
        "summary": _rows({"total": (
            _measures(NOW_RECEIVED, NOW_CONSIDERED, ["app_late"], NOW_OPEN_PAST, ["app_ext"]),
            _measures(["old_sat", "old_late", "old_open"], ["old_sat", "old_late"], ["old_late"], ["old_open"], []))}),
        "by_kind": _rows({
            "application": (_measures(["app_sat", "app_late", "app_ext", "coll_term"], ["app_sat", "app_late", "coll_term"],
                                      ["app_late"], ["app_ext"], ["app_ext"]),
                            _measures(["old_sat", "old_open"], ["old_sat"], [], ["old_open"], [])),
            "message": (_measures(["msg_ok"], ["msg_ok", "oct_msg"], [], [], []),
                        _measures(["old_late"], ["old_late"], ["old_late"], [], [])),
            "proposal": (_measures(["prop_noted"], ["prop_noted"], [], [], []), nothing),
            "request": (_measures(["req_fwd"], ["req_fwd"], [], [], []), nothing),
            "response": (_measures(["resp_open"], [], [], ["resp_open"], []), nothing),
            "complaint": (_measures(["complaint"], ["complaint"], [], [], []), nothing),
            "petition": (_measures(["petition"], [], [], ["petition"], []), nothing),
        }),
        "by_form": _rows({
            "paper": (_measures([n for n in NOW_RECEIVED if n != "app_late"],
                                [n for n in NOW_CONSIDERED if n != "app_late"], [], NOW_OPEN_PAST, ["app_ext"]),
                      _measures(["old_sat", "old_late", "old_open"], ["old_sat", "old_late"], ["old_late"],
                                ["old_open"], [])),
            "electronic": (_measures(["app_late"], ["app_late"], ["app_late"], [], []), nothing),
        }),
        "by_applicant": _rows({
            "individual": (_measures([n for n in NOW_RECEIVED if n != "resp_open"], NOW_CONSIDERED, ["app_late"],
                                     ["app_ext", "petition"], ["app_ext"]),
                           _measures(["old_sat", "old_late", "old_open"], ["old_sat", "old_late"], ["old_late"],
                                     ["old_open"], [])),
            "legal": (_measures(["resp_open"], [], [], ["resp_open"], []), nothing),
            "collective": (_measures(["app_ext", "coll_term"], ["coll_term"], [], ["app_ext"], ["app_ext"]), nothing),
        }),
        "by_language": _rows({
            "kk": (_measures([n for n in NOW_RECEIVED if n not in ("app_late", "resp_open")],
                             [n for n in NOW_CONSIDERED if n != "app_late"], [], ["app_ext", "petition"], ["app_ext"]),
                   _measures(["old_sat", "old_late", "old_open"], ["old_sat", "old_late"], ["old_late"],
                             ["old_open"], [])),
            "ru": (_measures(["app_late", "resp_open"], ["app_late"], ["app_late"], ["resp_open"], []), nothing),
        }),
        "by_outcome": _rows({
            "satisfied": ({"considered": ["app_sat", "oct_msg"], "in_time": ["app_sat", "oct_msg"]},
                          {"considered": ["old_sat"], "in_time": ["old_sat"]}),
            "refused": ({"considered": ["app_late", "complaint"], "in_time": ["complaint"], "late": ["app_late"]},
                        {"considered": ["old_late"], "late": ["old_late"]}),
            "explained": ({"considered": ["msg_ok"], "in_time": ["msg_ok"]}, nothing),
            "noted": ({"considered": ["prop_noted"], "in_time": ["prop_noted"]}, nothing),
            "forwarded": ({"considered": ["req_fwd"], "in_time": ["req_fwd"]}, nothing),
            "terminated": ({"considered": ["coll_term"], "in_time": ["coll_term"]}, nothing),
        }),
        "by_executor": _rows({
            ex: (_measures(["app_sat", "msg_ok", "prop_noted", "resp_open", "app_ext", "coll_term", "complaint"],
                           ["app_sat", "msg_ok", "prop_noted", "coll_term", "complaint", "oct_msg"], [],
                           ["resp_open", "app_ext"], ["app_ext"]),
                 _measures(["old_sat", "old_open"], ["old_sat"], [], ["old_open"], [])),
            ex2: (_measures(["app_late"], ["app_late"], ["app_late"], [], []),
                  _measures(["old_late"], ["old_late"], ["old_late"], [], [])),
            "none": (_measures(["req_fwd", "petition"], ["req_fwd"], [], ["petition"], []), nothing),
        }),
        "by_deputy": _rows({
            akim: (_measures(["app_sat", "msg_ok", "prop_noted", "resp_open", "app_ext", "coll_term", "complaint"],
                             ["app_sat", "msg_ok", "prop_noted", "coll_term", "complaint", "oct_msg"], [],
                             ["resp_open", "app_ext"], ["app_ext"]),
                   _measures(["old_sat", "old_open"], ["old_sat"], [], ["old_open"], [])),
            deputy: (_measures(["app_late"], ["app_late"], ["app_late"], [], []),
                     _measures(["old_late"], ["old_late"], ["old_late"], [], [])),
        }),
        "complaints_by_decision": _rows({"unsatisfied": ({"considered": ["complaint"], "in_time": ["complaint"]},
                                                         nothing)}),
        "complaints_by_subject": _rows({"act": ({"received": ["complaint"], "considered": ["complaint"]}, nothing)}),
        "petitions": _rows({"total": ({"received": ["petition"], "open_past_term": ["petition"]}, nothing)}),
        "receptions": _rows({row: ({"received": ["reception"]}, nothing)
                             for row in ("people", "subject_land", "outcome_resolved")}),
        "excluded_69_3": _rows({"69.3.state_services": ({"received": ["excluded"]}, nothing)}),
    }


@pytest.fixture
def office_data(staff):
    return report_data.build(staff)


@pytest.fixture
def report(office_data):
    return reports.build(NOV, today=TODAY)


def check_every_figure(report, ids: dict, staff) -> None:
    """Every cell of every table, this period and a year earlier, and the
    list behind each (figure == len(list) and the very appeals expected)."""
    want = expected(staff)
    assert set(report.tables) == set(want)
    for code, table in report.tables.items():
        nonzero = {key for key, cell in table.cells.items() if cell.current or cell.previous}
        assert nonzero <= set(want[code]), (code, nonzero - set(want[code]))
        for (row, column), (now, before) in want[code].items():
            assert row in table.rows, (code, row)
            cell = table.cell(row, column)
            assert (cell.current, cell.previous, cell.difference) == (len(now), len(before),
                                                                      len(now) - len(before)), (code, row, column)
            for period, names in ((report.period, now), (report.previous, before)):
                got = reports.cell_ids(code, row, column, period, today=TODAY)
                assert got == sorted(ids[n] for n in names), (code, row, column, period)


def test_every_figure_and_its_appeals(report, office_data, staff):
    check_every_figure(report, office_data, staff)
    # Fixed rows show zeros: the seven kinds, every outcome, every 100.1 decision.
    assert report.table("by_kind").rows == ("application", "complaint", "message", "proposal", "response",
                                            "request", "petition")
    assert report.table("by_kind").cell("petition", "considered").current == 0
    assert "unconsidered" in report.table("by_outcome").rows
    assert report.table("by_executor").names[str(staff["exec"].id)] == "Орындаушы Аты"
    assert (report.period, report.previous) == (NOV, Period.month(2025, 11))


def test_the_art_69_3_exclusion_is_applied_flagged_and_recorded(report, office_data, staff):
    excluded = office_data["excluded"]
    assert report.notes == ("art_69_3_excluded",)
    for code in ("summary", "by_kind", "by_executor"):
        for row in report.table(code).rows:
            assert excluded not in reports.cell_ids(code, row, "received", NOV, today=TODAY)
    assert reports.exclusion_of(excluded) == "69.3.state_services"
    entry = ChangeLog.select().where(ChangeLog.entity == "appeal_statistics").get()
    assert (entry.entity_id, entry.action, entry.user_id) == (excluded, "stat_exclude", staff["registrar"].id)
    with pytest.raises(DomainError) as err:   # an executor does not decide what the statistics count
        reports.mark_excluded(office_data["app_sat"], "69.3.advertising", staff["exec"])
    assert err.value.code == "forbidden_role"
    with pytest.raises(DomainError):
        reports.mark_excluded(office_data["app_sat"], "not_a_reason", staff["akim"])
    # Counted again: the mark's removal is in the history too, and the figures follow.
    reports.unmark_excluded(excluded, staff["akim"], note="қате")
    again = reports.build(NOV, today=TODAY)
    assert again.table("summary").cell("total", "received").current == 11
    assert again.table("excluded_69_3").cell("69.3.state_services", "received").current == 0
    assert excluded in reports.cell_ids("by_kind", "application", "received", NOV, today=TODAY)
    assert [e.action for e in ChangeLog.select().where(ChangeLog.entity == "appeal_statistics")
            .order_by(ChangeLog.id)] == ["stat_exclude", "stat_include"]


def test_summary_json(report):
    s = reports.summary(report)
    assert s["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert (s["received"], s["considered"], s["late"], s["open_past_term"], s["excluded_69_3"]) == (10, 8, 1, 3, 1)
    assert s["received_by_kind"] == {"application": 4, "complaint": 1, "message": 1, "proposal": 1,
                                     "response": 1, "request": 1, "petition": 1}
    assert s["by_outcome"]["satisfied"] == 2 and s["by_outcome"]["partly"] == 0
    prev = s["previous"]
    assert prev["period"] == {"from": "2025-11-01", "to": "2025-11-30"}
    assert (prev["received"], prev["considered"], prev["late"], prev["open_past_term"]) == (3, 2, 1, 1)
    assert prev["received_by_kind"]["message"] == 1 and prev["received_by_kind"]["petition"] == 0


def xlsx_figures(path) -> dict:
    """{sheet: {row label: [numbers...]}} from the first data row on."""
    book = load_workbook(path)
    out = {}
    for sheet in book.worksheets:
        rows = {}
        for values in sheet.iter_rows(min_row=8, values_only=True):
            if values[0] is not None and any(isinstance(v, int) for v in values[1:]):
                rows[values[0]] = list(values[1:])
        out[sheet.title] = (sheet, rows)
    return out


def test_workbook_has_the_same_numbers(report, tmp_path):
    def labels(kind, code):
        return f"{kind}|{code}"
    path = reports.write_xlsx(report, tmp_path / "r.xlsx", labels, "Алматы ауданының әкімдігі")
    sheets = xlsx_figures(path)
    assert len(sheets) == len(report.tables)
    for table in report.tables.values():
        sheet, rows = sheets[f"table|{table.code}"[:31]]
        assert sheet["A1"].value == "Алматы ауданының әкімдігі"
        assert sheet["A3"].value == "text|period: 01.11.2026 – 30.11.2026"
        assert sheet["A4"].value == "text|previous_period: 01.11.2025 – 30.11.2025"
        assert [sheet.cell(6, 2 + 3 * i).value for i in range(len(table.columns))] == [
            f"column|{c}" for c in table.columns]
        assert [sheet.cell(7, 2 + j).value for j in range(3)] == ["part|current", "part|previous",
                                                                 "part|difference"]
        for row in table.rows:
            label = table.names.get(row) or ("text|none" if row == "none" else f"row|{table.code}:{row}")
            numbers = rows[label]
            assert all(isinstance(n, int) for n in numbers)   # numbers as numbers
            assert numbers == [v for c in table.columns for v in
                               (table.cell(row, c).current, table.cell(row, c).previous,
                                table.cell(row, c).difference)]
        notes = [sheet.cell(r, 1).value for r in range(8, sheet.max_row + 1)]
        assert "text|note:art_69_3_excluded" in notes


def test_periods():
    assert Period.quarter(2026, 4) == Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert Period.year(2024).previous() == Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert Period.month(2024, 2).previous() == Period(dt.date(2023, 2, 1), dt.date(2023, 2, 28))
    assert Period.month(2025, 2).previous() == Period(dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    with pytest.raises(DomainError):
        Period(dt.date(2026, 2, 2), dt.date(2026, 2, 1))
    with pytest.raises(DomainError):
        Period.quarter(2026, 5)
