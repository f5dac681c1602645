"""The head's dashboard (issue 16 item 2), charts drawn by pyqtgraph:
intake per month against the same months a year earlier (bars), open and
overdue cases at each month's end (lines), how the period's cases ended
(bars) and each executor's load and lateness (bars).  The *Figures* tab has
the same numbers as tables.  A click on a bar or a point, or a double click
on a figure, lists the appeals behind it; a double click there opens the case.

pyqtgraph is imported only when the dashboard opens (it brings numpy, about
two seconds the first time on the 2-core machine): the app's start does not
pay for it."""
from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, Signal
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
pg.setConfigOptions(background="w", foreground="#333", antialias=True)


def ended_label(code: str) -> str:
    return label(OUTCOMES, code) if code in OUTCOMES else label(STATUSES, code)


def month_label(month: dt.date) -> str:
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year % 100:02d}"


def _appeals_behind(which, today, month, key, executor_id):
    """On the worker: the ids behind a figure and the calendar for their rows."""
    return q.ids(which, today, month=month, key=key, executor_id=executor_id), load_calendar()


class Chart(pg.PlotWidget):
    """A plot that reports a click in its data's coordinates.

    Signals:
        picked: (x, y) where the user clicked, in the chart's units.
    """
    picked = Signal(float, float)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("chart")
        self.setTitle(title, size="10pt")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.25)
        self.scene().sigMouseClicked.connect(self._clicked)

    def _clicked(self, event) -> None:
        view = self.getPlotItem().getViewBox()
        if view.sceneBoundingRect().contains(event.scenePos()):
            point = view.mapSceneToView(event.scenePos())
            self.picked.emit(point.x(), point.y())


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
        self.intake.addLegend(offset=(-10, 5))
        self.load = Chart(self.tr("Open and overdue at the month's end"))
        self.load.addLegend(offset=(-10, 5))
        self.ended = Chart(self.tr("How the period's cases ended"))
        self.people = Chart(self.tr("Executors: open now, overdue now"))
        self.people.addLegend(offset=(-10, 5))
        for chart in (self.ended, self.people):
            chart.showGrid(x=True, y=False, alpha=0.25)
            chart.getAxis("left").setWidth(150)
        self.intake.picked.connect(lambda x, y: self._pick_month(x, ("received_year_before", "received"), x))
        self.load.picked.connect(self._pick_load)
        self.ended.picked.connect(self._pick_ended)
        self.people.picked.connect(self._pick_person)
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

    def _month_axis(self, chart: Chart, data: q.Dashboard) -> None:
        chart.getAxis("bottom").setTicks([[(i, month_label(p.month)) for i, p in enumerate(data.months)]])

    def _draw_intake(self, data: q.Dashboard) -> None:
        c = self.intake
        c.clear()
        xs = list(range(len(data.months)))
        c.addItem(pg.BarGraphItem(x=[x - 0.2 for x in xs], height=[p.received_year_before for p in data.months],
                                  width=0.4, brush=GREY, pen=GREY, name=self.tr("A year earlier")))
        c.addItem(pg.BarGraphItem(x=[x + 0.2 for x in xs], height=[p.received for p in data.months],
                                  width=0.4, brush=BLUE, pen=BLUE, name=self.tr("This period")))
        self._month_axis(c, data)

    def _draw_load(self, data: q.Dashboard) -> None:
        c = self.load
        c.clear()
        xs = list(range(len(data.months)))
        c.plot(xs, [p.open_at_end for p in data.months], pen=pg.mkPen(BLUE, width=2), symbol="o",
               symbolBrush=BLUE, symbolSize=6, name=self.tr("Open"))
        c.plot(xs, [p.overdue_at_end for p in data.months], pen=pg.mkPen(RED, width=2), symbol="s",
               symbolBrush=RED, symbolSize=6, name=self.tr("Overdue"))
        self._month_axis(c, data)

    def ended_keys(self) -> list[str]:
        """The most frequent first; equal ones by their name."""
        if self.data is None:
            return []
        ended = self.data.ended
        return sorted(ended, key=lambda k: (-ended[k], ended_label(k)))

    def _draw_ended(self, data: q.Dashboard) -> None:
        c = self.ended
        c.clear()
        keys = self.ended_keys()
        c.addItem(pg.BarGraphItem(x0=0, y=list(range(len(keys))), height=0.6,
                                  width=[data.ended[k] for k in keys], brush=GREEN, pen=GREEN))
        c.getAxis("left").setTicks([[(i, ended_label(k)) for i, k in enumerate(keys)]])
        c.getViewBox().invertY(True)

    def _draw_people(self, data: q.Dashboard) -> None:
        c = self.people
        c.clear()
        ys = list(range(len(data.executors)))
        c.addItem(pg.BarGraphItem(x0=0, y=[y - 0.2 for y in ys], height=0.4, width=[e.open for e in data.executors],
                                  brush=BLUE, pen=BLUE, name=self.tr("Open")))
        c.addItem(pg.BarGraphItem(x0=0, y=[y + 0.2 for y in ys], height=0.4,
                                  width=[e.overdue for e in data.executors], brush=RED, pen=RED,
                                  name=self.tr("Overdue")))
        c.getAxis("left").setTicks([[(i, self.executor_name(e)) for i, e in enumerate(data.executors)]])
        c.getViewBox().invertY(True)

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
        fill(self.months_table, [[month_label(p.month), p.received, p.received_year_before,
                                  f"{p.received - p.received_year_before:+d}", p.open_at_end, p.overdue_at_end]
                                 for p in data.months])
        fill(self.ended_table, [[ended_label(k), data.ended[k]] for k in self.ended_keys()])
        fill(self.people_table, [[self.executor_name(e), e.open, e.overdue, e.ended, e.late]
                                 for e in data.executors])

    # the appeals behind a figure ---------------------------------------------
    def _pick_month(self, x: float, which: tuple[str, str], at: float) -> None:
        if self.data is None:
            return
        i = round(x)
        if 0 <= i < len(self.data.months):
            self.show_list(which[1] if at >= i else which[0], month=self.data.months[i].month)

    def _pick_load(self, x: float, y: float) -> None:
        if self.data is None:
            return
        i = round(x)
        if 0 <= i < len(self.data.months):
            p = self.data.months[i]
            which = "overdue" if abs(y - p.overdue_at_end) < abs(y - p.open_at_end) else "open"
            self.show_list(which, month=p.month)

    def _pick_ended(self, x: float, y: float) -> None:
        keys = self.ended_keys() if self.data else []
        i = round(y)
        if 0 <= i < len(keys):
            self.show_list("ended", key=keys[i])

    def _pick_person(self, x: float, y: float) -> None:
        if self.data is None:
            return
        i = round(y)
        if 0 <= i < len(self.data.executors):
            which = "executor_overdue" if y > i else "executor_open"
            self.show_list(which, executor=self.data.executors[i])

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
