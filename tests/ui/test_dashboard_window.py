"""The dashboard window (issue 16 item 2): its charts and figures from the
database, a click on a bar lists the appeals behind it, a double click there
opens the case; it opens from the Reports menu and fits 1366×768."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.appeal.registration import register
from models.entities import Appeal
from tests.ui.modal import when_modal
from ui.common.tasks import TaskRunner

TODAY = dt.date(2026, 11, 30)


def _cases(registrar, make_input):
    ids = []
    for n, moment in enumerate((dt.datetime(2026, 11, 2, 10), dt.datetime(2026, 11, 3, 10),
                                dt.datetime(2025, 11, 12, 10), dt.datetime(2026, 6, 10, 10))):
        ids.append(register(make_input(moment), registrar, f"k{n}", now=moment).id)
    Appeal.update(status="decided", outcome="refused", closed_on=dt.date(2026, 6, 20)).where(
        Appeal.id == ids[3]).execute()
    Appeal.update(status="answered", outcome="clarified", closed_on=dt.date(2025, 12, 1)).where(
        Appeal.id == ids[2]).execute()
    return ids


def _click(view, x: float, y: float) -> None:
    """A real mouse click on the chart where the data point (x, y) is drawn."""
    QApplication.processEvents()
    chart = view.chart()
    position = chart.mapToPosition(QPointF(x, y), chart.series()[0])
    point = view.mapFromScene(chart.mapToScene(position))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(point.x()), int(point.y())))


def test_the_dashboard_counts_and_lists_what_is_behind_a_bar(qtbot, registrar, make_input):
    from ui.dashboard.window import DashboardWindow
    ids = _cases(registrar, make_input)
    runner = TaskRunner()
    window = DashboardWindow(registrar, TODAY, runner=runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=20_000)
    assert window.width() <= 1350 and window.height() <= 688
    text = window.heading.text()
    assert "01.12.2025 – 30.11.2026" in text and "received 3 (a year earlier 1)" in text
    assert "open now 2" in text and "overdue now 2" in text   # due 23 and 24 Nov
    months = window.months_table
    assert months.rowCount() == 12
    assert [months.item(11, c).text() for c in range(1, 6)] == ["2", "1", "+1", "2", "2"]
    ended = window.ended_table
    assert [[ended.item(r, c).text() for c in range(2)] for r in range(ended.rowCount())] == [
        ["Clarified", "1"], ["Refused", "1"]]   # equal counts: by name
    # The November bars: this period's on the right of the month's middle.
    qtbot.waitUntil(lambda: window.intake.isVisible())
    _click(window.intake, 11.12, 0.5)
    qtbot.waitUntil(lambda: bool(window.lists) and window.lists[-1].isVisible(), timeout=5_000)
    listed = window.lists[-1]
    assert listed.model.rowCount() == 2
    assert {listed.model.appeal_id(r) for r in range(2)} == {ids[0], ids[1]}
    assert listed.model.index(0, 0).data() == Appeal.get_by_id(max(ids[0], ids[1])).reg_number
    assert listed.windowTitle().startswith("Received in ")
    listed.close()
    _click(window.intake, 10.88, 0.5)   # a year earlier
    qtbot.waitUntil(lambda: window.lists[-1] is not listed and window.lists[-1].model.rowCount() == 1)
    assert window.lists[-1].model.appeal_id(0) == ids[2]
    window.lists[-1].close()
    # A figure of the table: the executors' "not assigned" open now.
    people = window.people_table
    row = next(r for r in range(people.rowCount()) if people.item(r, 0).text() == "Not assigned")
    before = window.lists[-1]
    window._pick_cell("executors", row, 1)
    qtbot.waitUntil(lambda: window.lists[-1] is not before and window.lists[-1].isVisible(), timeout=5_000)
    listed = window.lists[-1]
    assert {listed.model.appeal_id(r) for r in range(listed.model.rowCount())} == {ids[0], ids[1]}
    from ui.case.appeal_card import AppealCardDialog
    cards = []
    when_modal(AppealCardDialog, lambda card: card.reject(), cards)
    listed.table.doubleClicked.emit(listed.model.index(0, 0))   # the case opens over the dashboard
    assert len(cards) == 1 and cards[0].appeal_id == listed.model.appeal_id(0)
    listed.close()
    runner.shutdown()


def test_the_reports_menu_opens_the_dashboard(qtbot, registrar, make_input):
    from ui.dashboard.window import DashboardWindow
    from ui.journal.main_window import MainWindow
    _cases(registrar, make_input)
    window = MainWindow(registrar, today=TODAY)
    qtbot.addWidget(window)
    menus = {m.title().replace("&", ""): m for m in (a.menu() for a in window.menuBar().actions()) if m}
    assert [a.text().replace("&", "") for a in menus["Reports"].actions()] == ["Reports…", "Dashboard…"]
    seen = []

    def close(dialog):
        qtbot.waitUntil(lambda: dialog.data is not None, timeout=20_000)
        seen.append(dialog.heading.text())
        dialog.accept()
    when_modal(DashboardWindow, close, [])
    window.actions_by_name["dashboard"].trigger()
    assert seen and "received 3 (a year earlier 1)" in seen[0]
    QApplication.processEvents()
