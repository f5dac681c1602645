"""The schedule tab: a month's receptions of the akim and the deputies, the
head's approval, the warnings of art. 90 part 3, and the printable schedule."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import documents, office, reception
from app.errors import DomainError
from app.office import load_calendar
from ui.common import scratch
from ui.common.dates import MonthEdit
from ui.common.fit import wrapping
from ui.common.labels import label
from ui.common.messages import message, show_error
from ui.common.reason_dialog import ReasonDialog
from ui.common.widgets import button_row, read_only_table
from ui.i18n import current_language
from ui.reception.labels import WARNINGS
from ui.reception.slot_dialog import SlotDialog


class ScheduleTab(QWidget):
    def __init__(self, user, today: dt.date, parent=None):
        super().__init__(parent)
        self.user, self.today = user, today
        self.month = MonthEdit(today)
        self.month.setObjectName("schedule_month")
        self.table = read_only_table("schedule", [self.tr("Official"), self.tr("Date"), self.tr("Time"),
                                              self.tr("Place"), self.tr("Subjects"), self.tr("Approved")])
        self.warnings = wrapping(QListWidget())
        self.warnings.setObjectName("schedule_warnings")
        self.status = QLabel()
        self.status.setObjectName("schedule_status")
        buttons = button_row((("add_slot", self.tr("Add a reception…"), self.add_slot),
                                 ("withdraw_slot", self.tr("Withdraw…"), self.withdraw),
                                 ("approve", self.tr("Approve the month (head)"), self.approve),
                                 ("print_schedule", self.tr("Schedule (DOCX)…"), self.print_schedule)))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("To check (art. 90 part 3): this month and the next")))
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.status)
        self.month.dateChanged.connect(lambda _: self.reload())
        self.reload()

    def bounds(self) -> tuple[dt.date, dt.date]:
        d = self.month.date()
        return reception.month_bounds(d.year(), d.month())

    def reload(self) -> None:
        self.status.clear()
        first, last = self.bounds()
        try:
            self.slots = reception.slots(first, last)
            names = {u.id: u.full_name for u in office.list_users()}
            found = reception.warnings(first.year, first.month, load_calendar(), months=2)
        except DomainError as exc:
            self.status.setText(message(exc))
            return
        self.table.setRowCount(len(self.slots))
        for r, s in enumerate(self.slots):
            approved = (f"{names.get(s.approved_by_id, '')}, {s.approved_at:%d.%m.%Y %H:%M}"
                        if s.approved_by_id else "—")
            for c, text in enumerate((names.get(s.official_id, ""), f"{s.day:%d.%m.%Y}", f"{s.start}–{s.end}",
                                      s.place, s.subjects, approved)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.warnings.clear()
        for w in found:
            self.warnings.addItem(label(WARNINGS, w.code).format(
                official=names.get(w.official_id, ""), month=w.month,
                day=w.day.strftime("%d.%m.%Y") if w.day else ""))

    def _selected(self):
        row = self.table.currentRow()
        return self.slots[row] if 0 <= row < len(self.slots) else None

    def add_slot(self) -> None:
        first, _ = self.bounds()
        try:
            dialog = SlotDialog(self.user, first, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        if dialog.exec():
            self.reload()

    def withdraw(self) -> None:
        s = self._selected()
        if s is None:
            return
        ReasonDialog(self.tr("Withdraw the reception"), self.tr("Why"),
                     lambda text: reception.withdraw_slot(s.id, self.user, text), self).exec()
        self.reload()

    def approve(self) -> None:
        first, _ = self.bounds()
        try:
            n = reception.approve(first.year, first.month, self.user)
            self.status.setText(self.tr("Approved: {n} receptions.").format(n=n))
        except DomainError as exc:
            show_error(self, exc)
        self.reload()

    def print_schedule(self) -> Path | None:
        first, last = self.bounds()
        lang = current_language()
        period = first.strftime("%m.%Y")
        try:
            content = documents.schedule(first, last, period, lang, self.today)
        except DomainError as exc:
            show_error(self, exc)
            return None
        path = scratch.folder() / f"schedule-{period}.docx"
        path.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
