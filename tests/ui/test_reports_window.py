"""The reports window (issue 16 item 1): a month, a quarter, a year or typed
dates; this period, a year earlier and the difference; a double click lists
the appeals behind a figure; the workbook saved in Documents; the menu for
the heads and the administrator only."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.db import report_data
from tests.db.conftest import staff  # noqa: F401 (the fixture)
from tests.db.report_data import TODAY
from tests.ui.modal import when_modal
from ui.reports.window import ReportsWindow


@pytest.fixture
def data(staff):  # noqa: F811 (the fixture imported above)
    return report_data.build(staff)


@pytest.fixture
def window(qtbot, data, staff):  # noqa: F811
    w = ReportsWindow(staff["akim"], TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def figures(w, row: str) -> list[str]:
    table = w.model.table
    r = table.rows.index(row)
    return [w.model.data(w.model.index(r, c)) for c in range(w.model.columnCount())]


def test_last_month_against_a_year_earlier(window):
    assert window.span.currentData() == "month" and window.month.currentIndex() == 10   # November
    assert window.year.value() == 2026 and not window.date_from.isVisible()
    window.show_report()
    assert window.heading.text() == "01.11.2026 – 30.11.2026 compared with 01.11.2025 – 30.11.2025"
    assert "art. 69 part 3" in window.note.text()
    window.select_table("by_kind")
    header = window.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Received\nThis period"
    assert window.model.headerData(0, Qt.Orientation.Vertical) == "Application"
    # received, considered, in time, late, open past term, extended: now, a year earlier, difference
    assert figures(window, "application") == ["4", "2", "+2", "3", "1", "+2", "2", "1", "+1", "1", "0", "+1",
                                              "1", "1", "0", "1", "0", "+1"]
    window.select_table("summary")
    assert figures(window, "total")[:3] == ["10", "3", "+7"]


def test_a_double_click_lists_the_appeals_behind_a_figure(window, data, qtbot):
    window.show_report()
    window.select_table("by_outcome")
    r = window.model.table.rows.index("refused")
    # Considered this period: the late refusal and the complaint left unsatisfied.
    dialog = window.open_figure(window.model.index(r, 0))
    assert dialog is not None and dialog.isVisible()
    ids = [dialog.model.appeal_id(i) for i in range(dialog.model.rowCount())]
    assert ids == sorted([data["app_late"], data["complaint"]])
    assert dialog.model.data(dialog.model.index(0, 0))   # the journal's columns: the number
    opened = []
    window.open_case.connect(opened.append)
    dialog.table.doubleClicked.emit(dialog.model.index(1, 0))
    assert opened == [data["complaint"]]
    dialog.close()
    # A year earlier: the message answered late.
    previous = window.open_figure(window.model.index(r, 1))
    assert [previous.model.appeal_id(i) for i in range(previous.model.rowCount())] == [data["old_late"]]
    previous.close()
    # The difference has no list of its own.
    assert window.open_figure(window.model.index(r, 2)) is None


def test_typed_dates_and_a_reversed_period(window):
    window.span.setCurrentIndex(window.span.findData("range"))
    assert window.date_from.isVisible() and not window.year.isVisible()
    window.date_from.setText("01112026")
    window.date_from.tidy()
    window.date_to.setText("30.11.2026")
    window.show_report()
    window.select_table("summary")
    assert figures(window, "total")[:3] == ["10", "3", "+7"]
    window.date_from.setText("01122026")
    window.date_from.tidy()
    seen: list = []
    texts: list = []
    when_modal(QMessageBox, lambda box: (texts.append(box.text()), box.accept()), seen)
    window.show_report()
    assert seen and "ends before it starts" in texts[0]
    assert window.report.period.first.month == 11   # the shown report stays


def test_quarter_and_year(window):
    window.span.setCurrentIndex(window.span.findData("quarter"))
    window.quarter.setCurrentIndex(3)
    window.show_report()
    assert window.report.period.first.isoformat() == "2026-10-01"
    window.span.setCurrentIndex(window.span.findData("year"))
    window.show_report()
    assert (window.report.period.first.isoformat(), window.report.period.last.isoformat()) == ("2026-01-01",
                                                                                              "2026-12-31")


def test_export_to_documents(window, tmp_path, monkeypatch):
    window.show_report()
    asked = []

    def save_as(parent, caption, default, filters):
        asked.append(default)
        return str(tmp_path / "report.xlsx"), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert window.export_xlsx() == str(tmp_path / "report.xlsx")
    assert asked[0].endswith("report-20261101-20261130.xlsx")
    book = load_workbook(tmp_path / "report.xlsx")
    sheet = book["By kind of appeal"]
    assert sheet["A1"].value == "Алматы ауданының әкімдігі"
    row = next(r for r in sheet.iter_rows(min_row=8, values_only=True) if r[0] == "Application")
    assert list(row[1:4]) == [4, 2, 2]


def test_the_menu_is_the_heads_and_the_administrators(qtbot, data, staff):  # noqa: F811
    from ui.journal.main_window import MainWindow
    for who, enabled in (("akim", True), ("deputy", True), ("registrar", False), ("exec", False)):
        main = MainWindow(staff[who], TODAY)
        qtbot.addWidget(main)
        action = main.actions_by_name["reports"]
        assert action.isEnabled() is enabled, who
        if not enabled:
            assert "head" in action.toolTip()
        assert action in [a for m in main.menuBar().actions() if m.menu() for a in m.menu().actions()]
        main.close()


def test_off_the_ui_thread_with_the_task_runner(qtbot, data, staff):  # noqa: F811
    """As the main window opens it: the report and a figure's list are read on its task runner."""
    from ui.common.tasks import TaskRunner
    runner = TaskRunner()
    w = ReportsWindow(staff["akim"], TODAY, runner)
    qtbot.addWidget(w)
    w.show()
    w.show_report()
    qtbot.waitUntil(lambda: w.report is not None, timeout=20000)
    assert w.show_button.isEnabled()
    w.select_table("by_kind")
    r = w.model.table.rows.index("message")
    assert w.open_figure(w.model.index(r, 3)) is None   # considered: the list comes later
    qtbot.waitUntil(lambda: bool(w.lists), timeout=20000)
    listed = w.lists[0]
    assert [listed.model.appeal_id(i) for i in range(listed.model.rowCount())] == sorted(
        [data["msg_ok"], data["oct_msg"]])
    listed.close()
    runner.shutdown()


def test_leaving_an_appeal_out_under_art_69_3(window, data, staff):  # noqa: F811
    from models.entities import Appeal, ChangeLog
    window.show_report()
    window.select_table("summary")
    dialog = window.open_exclusions(modal=False)
    dialog.number.setText("no-such-number")
    assert dialog.find() is None and dialog.error.text() == "The appeal was not found."
    assert not dialog.exclude_button.isEnabled()
    number = Appeal.get_by_id(data["app_sat"]).reg_number
    dialog.number.setText(f" {number} ")
    assert dialog.find() == data["app_sat"]
    assert dialog.state.text() == "Counted in the statistics." and not dialog.include_button.isEnabled()
    dialog.reason.setCurrentIndex(dialog.reason.findData("69.3.advertising"))
    dialog.note.setText("жарнама")
    assert dialog.exclude()
    assert dialog.state.text() == "Not counted: Proposals with advertising."
    # The report shown is counted again: one appeal fewer, one more on the table of those left out.
    assert figures(window, "total")[:3] == ["9", "3", "+6"]
    window.select_table("excluded_69_3")
    assert figures(window, "69.3.advertising")[:3] == ["1", "0", "+1"]
    assert not dialog.exclude()   # the same reason again
    assert dialog.error.text() == "The appeal is already left out of the statistics for this reason."
    assert dialog.include()
    assert dialog.state.text() == "Counted in the statistics."
    window.select_table("summary")
    assert figures(window, "total")[:3] == ["10", "3", "+7"]
    entries = ChangeLog.select().where((ChangeLog.entity == "appeal_statistics")
                                       & (ChangeLog.entity_id == data["app_sat"])).order_by(ChangeLog.id)
    assert [(e.action, e.user_id) for e in entries] == [("stat_exclude", staff["akim"].id),
                                                         ("stat_include", staff["akim"].id)]
    dialog.close()


def test_the_report_on_paper_with_its_preview(window, tmp_path, qtbot):
    """Issue 16 item 3: every table, both periods, the note of art. 69.3 and a
    place for the head's signature; previewed, printed, the printer remembered."""
    from pypdf import PdfReader
    from PySide6.QtCore import QSettings
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.reports import printout
    assert not window.print_button.isEnabled()   # nothing to print before a report is shown
    window.show_report()
    assert window.print_button.isEnabled()
    text = window.report_html()
    assert "Information on the work with appeals" in text and "01.11.2026 – 30.11.2026" in text
    assert text.count("<table") == len(__import__("app.reports", fromlist=["x"]).TABLES)
    assert "<td width='16%'>Application</td>" + "".join(f"<td align='right'>{v}</td>" for v in ("4", "2", "+2")) in text
    assert "art. 69 part 3" in text and "Head: ____" in text
    target = printout.printer()   # A4 across: nothing remembered yet
    assert target.pageLayout().orientation().name == "Landscape"
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(tmp_path / "report.pdf"))
    assert printout.print_to(text, target)
    printed = " ".join(" ".join(page.extract_text() for page in PdfReader(str(tmp_path / "report.pdf")).pages).split())
    assert "Information on the work with appeals" in printed and "Application 4 2 +2 3 1 +2" in printed, printed[:3000]
    seen = []

    def look_and_close(dialog):
        seen.append(dialog.windowTitle())   # the preview drew the pages through print_to already
        dialog.reject()
    when_modal(QPrintPreviewDialog, look_and_close, seen)
    window.print_button.click()
    assert seen[-1] == "Information on the work with appeals"
    assert QSettings().value("print/report/page") is not None   # reports remember their paper
