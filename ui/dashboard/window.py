"""The head's dashboard (issue 16 item 2), charts drawn by Qt Charts:
intake per month against the same months a year earlier (bars), open and
overdue cases at each month's end (lines), how the period's cases ended
(bars) and each executor's load and now overdue (bars).  The *Figures* tab has
the same numbers as tables.  A click on a bar or a point, or a double click
on a figure, lists the appeals behind it; a double click there opens the case.

Qt Charts (PySide6-Addons) rather than pyqtgraph: its items are Qt's own,
owned and deleted by Qt; pyqtgraph's, Python objects inside a Qt scene,
crashed the app when a closed dashboard was deleted (PySide6 6.11)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import DomainError
from app.office import load_calendar
from app.queries import dashboard as q
from ui.case.workflow_labels import OUTCOMES
from ui.common.appeal_list import AppealListDialog
from ui.common.fit import fit_size
from ui.common.labels import STATUSES, label
from ui.common.messages import show_error
from ui.common.tasks import TaskRunner

BLUE, GREY, RED, GREEN = "#2f6db5", "#b9c3cf", "#c0392b", "#3c8d40"


def ended_label(code: str) -> str:
    return label(OUTCOMES, code) if code in OUTCOMES else label(STATUSES, code)


def month_label(month: dt.date) -> str:
    """The month in words, in the interface language (tables, titles)."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


def month_tick(month: dt.date) -> str:
    """The month under a chart's bar: 01.26, short enough for twelve of them."""
    return f"{month.month:02d}.{month.year % 100:02d}"


def _appeals_behind(which, today, month, key, executor_id):
    """On the worker: the ids behind a figure and the calendar for their rows."""
    return q.ids(which, today, month=month, key=key, executor_id=executor_id), load_calendar()


class Chart(QChartView):
    """One chart of the dashboard; its series and axes are made anew on each
    refresh and belong to the chart (Qt deletes them with it)."""

    def __init__(self, title: str, parent=None):
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setObjectName("chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)

    def reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        return chart

    def bars(self, categories: list[str], sets: list[tuple[str, list[int], str]], horizontal: bool = False):
        """A bar series (one set per (name, values, colour)) over ``categories``."""
        chart = self.reset()
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        made = []
        for name, values, colour in sets:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            series.append(bar_set)
            made.append(bar_set)
        chart.addSeries(series)
        self._axes(categories, sets, [series], horizontal)
        chart.legend().setVisible(len(sets) > 1)
        return series, made

    def lines(self, categories: list[str], lines: list[tuple[str, list[int], str]]) -> list[QLineSeries]:
        chart = self.reset()
        made = []
        for name, values, colour in lines:
            series = QLineSeries()
            series.setName(name)
            for i, v in enumerate(values):
                series.append(float(i), float(v))
            series.setPen(QPen(QColor(colour), 2))
            series.setPointsVisible(True)
            chart.addSeries(series)
            made.append(series)
        self._axes(categories, lines, made, horizontal=False)
        return made

    def _axes(self, categories: list[str], data, series_list, horizontal: bool) -> None:
        """The categories along one side, whole numbers from 0 along the other."""
        chart = self.chart()
        names = QBarCategoryAxis()
        names.append(categories)
        numbers = QValueAxis()
        numbers.setLabelFormat("%d")
        numbers.setMin(0)
        numbers.setMax(_nice_max(max((max(v, default=0) for _, v, _ in data), default=0)))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        for series in series_list:
            series.attachAxis(names)
            series.attachAxis(numbers)


def _nice_max(value: int) -> float:
    """A little room above the highest bar, and at least 1 (an empty office)."""
    return float(max(1, round(value * 1.1 + 0.5)))


class DashboardWindow(QDialog):
    def __init__(self, user, today: dt.date | None = None, parent=None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.setObjectName("dashboard")
        self.user, self.fixed_today = user, today   # None: the day it is at each refresh
        self.today = today or dt.date.today()
        self.runner = runner or TaskRunner(self)
        self.data: q.Dashboard | None = None
        self.lists: list[AppealListDialog] = []

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        self.note = QLabel(self.tr(
            "Open and overdue at each month's end; overdue by the due date as it stands now (an extension of "
            "art. 76 counts from its new date). Late: closed after the due date. Click a bar or a point to "
            "see the appeals behind it."))
        self.note.setWordWrap(True)
        self.note.setObjectName("note")

        self.intake = Chart(self.tr("Received per month"))
        self.load = Chart(self.tr("Open and overdue at the month's end"))
        self.ended = Chart(self.tr("How the period's cases ended"))
        self.people = Chart(self.tr("Executors: open now, overdue now"))
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, chart in enumerate((self.intake, self.load, self.ended, self.people)):
            grid.addWidget(chart, i // 2, i % 2)

        self.months_table = self._table("months", [
            self.tr("Month"), self.tr("Received"), self.tr("A year earlier"), self.tr("Difference"),
            self.tr("Open at the end"), self.tr("Overdue at the end")])
        self.ended_table = self._table("ended", [self.tr("How it ended"), self.tr("Appeals")])
        self.people_table = self._table("executors", [
            self.tr("Executor"), self.tr("Open"), self.tr("Overdue"), self.tr("Ended in the period"),
            self.tr("Of them late")])
        figures = QWidget()
        f = QGridLayout(figures)
        f.addWidget(self.months_table, 0, 0, 1, 2)
        f.addWidget(self.ended_table, 1, 0)
        f.addWidget(self.people_table, 1, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(charts, self.tr("Charts"))
        self.tabs.addTab(figures, self.tr("Figures"))

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        fit_size(self, 1300, 688)
        self.reload()

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.cellDoubleClicked.connect(lambda row, column: self._pick_cell(name, row, column))
        return table

    # loading ------------------------------------------------------------
    def reload(self) -> None:
        self.today = self.fixed_today or dt.date.today()
        self.heading.setText(self.tr("12 months to {day}: loading…").format(day=self.today.strftime("%d.%m.%Y")))
        self.runner.run(q.dashboard, self.today, on_done=self.show_data, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.heading.setText(self.tr("The dashboard could not be read."))
        if isinstance(exc, DomainError):
            show_error(self, exc)

    def show_data(self, data: q.Dashboard) -> None:
        self.data = data
        self.heading.setText(self.tr("{first} – {last}: received {received} (a year earlier {before}), "
                                     "open now {open}, overdue now {overdue}").format(
            first=data.first.strftime("%d.%m.%Y"), last=data.last.strftime("%d.%m.%Y"),
            received=sum(p.received for p in data.months),
            before=sum(p.received_year_before for p in data.months),
            open=data.months[-1].open_at_end, overdue=data.months[-1].overdue_at_end))
        self._draw_intake(data)
        self._draw_load(data)
        self._draw_ended(data)
        self._draw_people(data)
        self._fill_tables(data)

    def month_labels(self, data: q.Dashboard) -> list[str]:
        return [month_tick(p.month) for p in data.months]

    def _draw_intake(self, data: q.Dashboard) -> None:
        _series, (before, now) = self.intake.bars(self.month_labels(data), [
            (self.tr("A year earlier"), [p.received_year_before for p in data.months], GREY),
            (self.tr("This period"), [p.received for p in data.months], BLUE)])
        before.clicked.connect(lambda i: self.show_month("received_year_before", i))
        now.clicked.connect(lambda i: self.show_month("received", i))

    def _draw_load(self, data: q.Dashboard) -> None:
        opened, overdue = self.load.lines(self.month_labels(data), [
            (self.tr("Open"), [p.open_at_end for p in data.months], BLUE),
            (self.tr("Overdue"), [p.overdue_at_end for p in data.months], RED)])
        opened.clicked.connect(lambda point: self.show_month("open", round(point.x())))
        overdue.clicked.connect(lambda point: self.show_month("overdue", round(point.x())))

    def ended_keys(self) -> list[str]:
        """The most frequent first; equal ones by their name."""
        if self.data is None:
            return []
        ended = self.data.ended
        return sorted(ended, key=lambda k: (-ended[k], ended_label(k)))

    def _draw_ended(self, data: q.Dashboard) -> None:
        keys = self.ended_keys()[::-1]   # horizontal bars go up from the axis: the most frequent on top
        _series, (bars,) = self.ended.bars([ended_label(k) for k in keys],
                                           [(self.tr("Appeals"), [data.ended[k] for k in keys], GREEN)],
                                           horizontal=True)
        bars.clicked.connect(lambda i: self.show_list("ended", key=keys[i]) if 0 <= i < len(keys) else None)

    def _draw_people(self, data: q.Dashboard) -> None:
        people = data.executors[::-1]
        _series, (opened, overdue) = self.people.bars(
            [self.executor_name(e) for e in people],
            [(self.tr("Open"), [e.open for e in people], BLUE), (self.tr("Overdue"), [e.overdue for e in people], RED)],
            horizontal=True)
        opened.clicked.connect(lambda i: self.show_list("executor_open", executor=people[i]))
        overdue.clicked.connect(lambda i: self.show_list("executor_overdue", executor=people[i]))

    def executor_name(self, e: q.ExecutorLoad) -> str:
        return e.name if e.executor_id is not None else self.tr("Not assigned")

    def _fill_tables(self, data: q.Dashboard) -> None:
        def fill(table: QTableWidget, rows: list[list]) -> None:
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    item = QTableWidgetItem(str(value))
                    if isinstance(value, int):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()   # headers and names whole, not cut
            table.resizeRowsToContents()
        fill(self.months_table, [[month_label(p.month), p.received, p.received_year_before,
                                  f"{p.received - p.received_year_before:+d}", p.open_at_end, p.overdue_at_end]
                                 for p in data.months])
        fill(self.ended_table, [[ended_label(k), data.ended[k]] for k in self.ended_keys()])
        fill(self.people_table, [[self.executor_name(e), e.open, e.overdue, e.ended, e.late]
                                 for e in data.executors])

    # the appeals behind a figure ---------------------------------------------
    def show_month(self, which: str, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.months):
            self.show_list(which, month=self.data.months[index].month)

    def _pick_cell(self, table: str, row: int, column: int) -> None:
        if self.data is None:
            return
        if table == "months" and row < len(self.data.months):
            which = {1: "received", 2: "received_year_before", 4: "open", 5: "overdue"}.get(column)
            if which:
                self.show_list(which, month=self.data.months[row].month)
        elif table == "ended" and row < len(self.data.ended):
            self.show_list("ended", key=self.ended_keys()[row])
        elif table == "executors" and row < len(self.data.executors):
            which = {1: "executor_open", 2: "executor_overdue", 3: "executor_ended", 4: "executor_late"}.get(column)
            if which:
                self.show_list(which, executor=self.data.executors[row])

    def show_list(self, which: str, month: dt.date | None = None, key: str | None = None,
                  executor: q.ExecutorLoad | None = None) -> None:
        """The appeals behind a figure, read on the worker (a figure may
        stand for tens of thousands of them), then listed in a window."""
        titles = {
            "received": self.tr("Received in {month}"), "received_year_before": self.tr("Received a year before {month}"),
            "open": self.tr("Open at the end of {month}"), "overdue": self.tr("Overdue at the end of {month}"),
            "ended": self.tr("Ended in the period: {key}"), "executor_open": self.tr("{who}: open now"),
            "executor_overdue": self.tr("{who}: overdue now"), "executor_ended": self.tr("{who}: ended in the period"),
            "executor_late": self.tr("{who}: ended late in the period")}
        title = titles[which].format(month=month_label(month) if month else "", key=ended_label(key or ""),
                                     who=self.executor_name(executor) if executor else "")
        self.runner.run(_appeals_behind, which, self.today, month, key,
                        executor.executor_id if executor else None,
                        on_done=lambda found: self._listed(title, *found), on_error=self._list_failed)

    def _list_failed(self, exc) -> None:
        if isValid(self) and isinstance(exc, DomainError):
            show_error(self, exc)

    def _listed(self, title: str, ids: list[int], calendar) -> None:
        if not isValid(self) or not self.isVisible():
            return
        dialog = AppealListDialog(title, ids, calendar, self.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(self.open_case)
        self.lists = [d for d in self.lists if isValid(d) and d.isVisible()] + [dialog]
        dialog.show()

    def open_case(self, appeal_id: int) -> None:
        from ui.case.appeal_card import AppealCardDialog
        try:
            card = AppealCardDialog(appeal_id, self.user, self, today=self.today)
        except DomainError as exc:
            show_error(self, exc)
            return
        card.exec()
