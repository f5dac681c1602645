"""The control panel beside the journal: what is due today, overdue, or due
within N working days, for the office, "my cases" or one executor, over the
final term and every office clock; a printable daily list; reminders."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import office
from app.errors import DomainError
from app.queries import control
from app.rules import CASE_ROLES, Role
from ui.case.workflow_labels import LISTS
from ui.common.fit import compact, wrapping
from ui.common.labels import label
from ui.common.widgets import in_documents
from ui.eotinish.queue_tab import EotinishQueue
from ui.i18n import current_language
from ui.journal import control_print
from ui.journal.control_model import ID_ROLE, ControlListModel
from ui.journal.reminder import reminder_time, set_reminder_time
from ui.reception.labels import WARNINGS

EOTINISH = "eotinish"   # the fourth button's list: appeals without their e-Otinish number


class ControlPanel(QWidget):
    """Signals:
        open_appeal: (int) the user opened an item of a list.
        failed: (DomainError) a query failed.
        refreshed: new counts and lists are shown.
    """
    open_appeal = Signal(int)
    failed = Signal(object)
    refreshed = Signal()

    def __init__(self, user, today: dt.date | None = None, parent=None, runner=None):
        super().__init__(parent)
        self.user, self._today, self.runner = user, today, runner
        self._request = 0
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("Whole office"), None)
        self.scope.addItem(self.tr("My cases"), user.id)
        try:
            for u in office.list_users():
                if u.role in CASE_ROLES and u.id != user.id:
                    self.scope.addItem(u.full_name, u.id)
        except DomainError as exc:
            self.failed.emit(exc)
        self.scope.setCurrentIndex(1 if user.role == Role.EXECUTOR else 0)
        compact(self.scope, 12)   # a long name does not widen the dock
        self.within = QSpinBox()
        self.within.setObjectName("within")
        self.within.setRange(1, 30)
        self.within.setValue(3)
        self.within.setPrefix(self.tr("within "))
        self.buttons = QButtonGroup(self)
        counts = QVBoxLayout()   # one under another: the dock stays narrow at 1366 px (issue 14)
        for code in control.LISTS:
            button = QPushButton()
            button.setObjectName(f"count_{code}")
            button.setCheckable(True)
            button.setProperty("list", code)
            button.setChecked(code == "overdue")
            self.buttons.addButton(button)
            counts.addWidget(button)
        self.model = ControlListModel(self)
        self.table = QTableView()
        self.table.setObjectName("control_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 170, 260, 80, 50)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._on_open)
        self.overview = QTableWidget(0, 4)
        self.overview.setObjectName("by_executor")
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.verticalHeader().hide()
        self.reception = wrapping(QListWidget())   # АППК 90.3: the reception duties (the dock is narrow)
        self.reception.setObjectName("reception_duties")
        tabs = QTabWidget()
        # АППК 69.3: the appeals not yet in e-Otinish (issue 16), a list of its own in the same
        # place, chosen by a fourth button under the three (the dock stays as narrow).
        self.eotinish = EotinishQueue()
        self.eotinish.open_appeal.connect(self.open_appeal)
        eotinish_button = QPushButton("e-Otinish")
        eotinish_button.setObjectName("count_eotinish")
        eotinish_button.setCheckable(True)
        eotinish_button.setProperty("list", EOTINISH)
        self.buttons.addButton(eotinish_button)
        counts.addWidget(eotinish_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.eotinish)
        tabs.addTab(self.stack, self.tr("List"))
        tabs.addTab(self.overview, self.tr("By executor"))
        self.reception_index = tabs.addTab(self.reception, self.tr("Reception"))
        tabs.setUsesScrollButtons(False)   # every title in view: the dock is as wide as they are
        self.tabs = tabs
        self.print_button = QPushButton(self.tr("Print the daily list…"))
        self.print_button.setObjectName("print_list")
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.setObjectName("list_pdf")
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.within)
        self.remind_at = QTimeEdit(QTime(reminder_time().hour, reminder_time().minute))
        self.remind_at.setObjectName("remind_at")
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.timeChanged.connect(set_reminder_time)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        bottom.addStretch()
        remind = QHBoxLayout()   # a row of its own: the dock stays narrow (issue 14)
        remind.addWidget(QLabel(self.tr("Remind at")))
        remind.addWidget(self.remind_at)
        remind.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addWidget(tabs, 1)
        layout.addLayout(bottom)
        layout.addLayout(remind)
        self.scope.currentIndexChanged.connect(lambda _: self.refresh())
        self.within.valueChanged.connect(lambda _: self.refresh())
        self.buttons.buttonClicked.connect(lambda _: self.refresh())
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self._on_pdf)
        self.counts: dict[str, int] = {}
        self.items: list = []

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def current_list(self) -> str:
        return self.buttons.checkedButton().property("list")

    def refresh(self) -> None:
        """Read the counts, the chosen list and the per-executor overview
        again: on the task runner when there is one (the journal paints
        first), else at once.  Only the newest request is shown."""
        which = self.current_list()
        self.stack.setCurrentWidget(self.eotinish if which == EOTINISH else self.table)
        args = (which if which != EOTINISH else "overdue", self.today(), self.within.value(),
                self.scope.currentData())
        self._request += 1
        if self.runner is None:
            try:
                self._show(control.snapshot(*args), self._request)
            except DomainError as exc:
                self.failed.emit(exc)
            return
        self.runner.run(control.snapshot, *args,
                        on_done=lambda snap, n=self._request: self._show(snap, n),
                        on_error=lambda exc, n=self._request: self._failed(exc, n))

    def _failed(self, exc, request: int) -> None:
        if request == self._request:   # a superseded request's error is no news
            self.failed.emit(exc)

    def _show(self, snap, request: int) -> None:
        if request != self._request:
            return   # a newer refresh is on its way
        within = self.within.value()
        self.counts, self.items = snap.counts, snap.items
        for button in self.buttons.buttons():
            code = button.property("list")
            if code == EOTINISH:
                continue
            button.setText(f"{label(LISTS, code).format(n=within)}: {self.counts[code]}")
            button.setStyleSheet("color: #b00020; font-weight: bold;"
                                 if code == "overdue" and self.counts[code] else "")
        self.model.set_items(self.items)
        self.overview.setHorizontalHeaderLabels(
            [self.tr("Executor")] + [label(LISTS, c).format(n=within) for c in control.LISTS])
        self.overview.setRowCount(len(snap.overview))
        for r, row in enumerate(snap.overview):
            name = row.name or self.tr("(not assigned)")
            for c, text in enumerate([name] + [str(row.counts[k]) for k in control.LISTS]):
                self.overview.setItem(r, c, QTableWidgetItem(text))
        self._show_reception(snap.reception)
        self.eotinish.show_queue(snap.eotinish)
        eotinish_button = self.findChild(QPushButton, "count_eotinish")
        eotinish_button.setText(self.tr("Not in e-Otinish: {n}").format(n=self.eotinish.total))
        self.refreshed.emit()

    def _show_reception(self, duties) -> None:
        self.reception.clear()
        if duties is None:
            return
        try:
            names = {u.id: u.full_name for u in office.list_users()}
        except DomainError:
            names = {}
        for w in duties.months_without:
            self.reception.addItem(label(WARNINGS, w.code).format(official=names.get(w.official_id, ""),
                                                                  month=w.month, day=""))
        for b in duties.without_outcome:
            self.reception.addItem(self.tr("Booking {number} of {day} {time}: no outcome recorded").format(
                number=b.number, day=b.slot.day.strftime("%d.%m.%Y"), time=b.time))
        for rec in duties.unregistered:
            self.reception.addItem(self.tr("Reception of {when}, {who}: the written appeal is not registered yet (art. 90 part 4)").format(
                when=rec.received_at.strftime("%d.%m.%Y %H:%M"), who=rec.applicant_display))
        count = self.reception.count()
        self.tabs.setTabText(self.reception_index, self.tr("Reception: {n}").format(n=count) if count
                             else self.tr("Reception"))

    def _on_open(self, index) -> None:
        self.open_appeal.emit(self.model.data(index, ID_ROLE))

    def daily_html(self) -> str:
        cal = office.load_calendar()
        today, within, who = self.today(), self.within.value(), self.scope.currentData()
        lists = {code: control.control_list(code, today, cal, within, who) for code in control.LISTS}
        details = control.details(sorted({i.appeal_id for items in lists.values() for i in items}))
        try:
            settings = office.get_settings()
            name = settings.name_ru if current_language() == "ru" else settings.name_kk
        except DomainError:
            name = ""
        return control_print.list_html(name, self.scope.currentText(), today, within, lists, details)

    def print_preview(self) -> None:
        try:
            text = self.daily_html()
        except DomainError as exc:
            self.failed.emit(exc)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        control_print.setup(printer)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: control_print.document(text).print_(p))
        dialog.exec()

    def save_pdf(self, path: str) -> bool:
        return control_print.save_pdf(self.daily_html(), path)

    def _on_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the control list as PDF"),
            in_documents(f"control-{self.today().isoformat()}.pdf"), "PDF (*.pdf)")
        if path:
            try:
                self.save_pdf(path)
            except DomainError as exc:
                self.failed.emit(exc)
