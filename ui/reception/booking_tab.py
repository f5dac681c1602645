"""The bookings tab: a day's list per official (printable), booking, the
talon, refusal with its reason (АППК 73.2 9)), cancelling, moving, the
information asked beforehand (90.2), and the reception itself."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import office, reception
from app.errors import DomainError
from ui.common.dates import DateField
from ui.common.labels import label
from ui.common.messages import message, show_error
from ui.common.reason_dialog import ReasonDialog
from ui.common.widgets import button_row, read_only_table
from ui.reception.booking_dialog import BookingDialog
from ui.reception.booking_talon import BookingTalonDialog
from ui.reception.labels import BOOKING_STATUSES


class BookingTab(QWidget):
    def __init__(self, user, today: dt.date, on_receive=None, parent=None):
        super().__init__(parent)
        self.user, self.today, self.on_receive = user, today, on_receive
        self.day = DateField(today)
        self.day.setObjectName("bookings_day")
        self.official = QComboBox()
        self.official.setObjectName("bookings_official")
        self.official.addItem(self.tr("All officials"), 0)
        for u in office.list_users():
            if u.role in ("head", "deputy"):
                self.official.addItem(u.full_name, u.id)
        self.table = read_only_table("bookings", [self.tr("Number"), self.tr("Time"), self.tr("Official"),
                                              self.tr("Applicant"), self.tr("Question"), self.tr("Status")])
        self.status = QLabel()
        buttons = button_row((("book", self.tr("Book…"), self.book), ("talon", self.tr("Talon…"), self.talon),
                                 ("receive", self.tr("Received…"), self.receive),
                                 ("refuse", self.tr("Refuse…"), self.refuse), ("cancel", self.tr("Cancel…"), self.cancel),
                                 ("move", self.tr("Move…"), self.move),
                                 ("info", self.tr("Ask for information…"), self.info),
                                 ("no_show", self.tr("Did not come"), self.no_show)))
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Day")), self.day, self.official):
            top.addWidget(w)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.day.dateChanged.connect(lambda _: self.reload())
        self.official.currentIndexChanged.connect(lambda _: self.reload())
        self.reload()

    def reload(self) -> None:
        day = self.day.value()
        if day is None:   # being typed: no other day's bookings to act on
            self.rows = []
            self.table.setRowCount(0)
            return
        try:
            self.rows = reception.day_list(day, self.official.currentData() or None)
            names = {u.id: u.full_name for u in office.list_users()}
        except DomainError as exc:
            self.status.setText(message(exc))
            return
        self.table.setRowCount(len(self.rows))
        for r, b in enumerate(self.rows):
            for c, text in enumerate((b.number, b.time, names.get(b.slot.official_id, ""), b.applicant_display,
                                      b.question, label(BOOKING_STATUSES, b.status))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _open(self, make) -> object:
        """A dialog opened; a database failure while opening it is explained."""
        try:
            return make()
        except DomainError as exc:
            show_error(self, exc)
            return None

    def book(self) -> None:
        dialog = self._open(lambda: BookingDialog(self.user, self.day.value() or self.today, self.today, self))
        if dialog is not None and dialog.exec() and dialog.booking is not None:
            self.reload()
            self.show_talon(dialog.booking.id)

    def show_talon(self, booking_id: int) -> None:
        dialog = self._open(lambda: BookingTalonDialog(booking_id, self))
        if dialog is not None:
            dialog.exec()

    def talon(self) -> None:
        b = self.selected()
        if b is not None:
            self.show_talon(b.id)

    def _with_reason(self, title: str, fn) -> None:
        b = self.selected()
        if b is None:
            return
        ReasonDialog(title, self.tr("Reason"), lambda text: fn(b.id, text, self.user), self).exec()
        self.reload()

    def refuse(self) -> None:
        self._with_reason(self.tr("Refuse the booking (art. 73 part 2 9))"), reception.refuse)

    def cancel(self) -> None:
        self._with_reason(self.tr("Cancel the booking"), reception.cancel)

    def info(self) -> None:
        self._with_reason(self.tr("Information asked before the reception (art. 90 part 2)"),
                          lambda i, text, u: reception.request_information(i, text, self.today, u))

    def no_show(self) -> None:
        b = self.selected()
        if b is not None:
            try:
                reception.no_show(b.id, self.user, self.today)
            except DomainError as exc:
                show_error(self, exc)
            self.reload()

    def move(self) -> None:
        b = self.selected()
        if b is None:
            return
        dialog = self._open(lambda: BookingDialog(self.user, self.day.value() or self.today, self.today, self, moving=b.id))
        if dialog is None:
            return
        dialog.question.setPlainText(b.question)
        if dialog.exec() and dialog.booking is not None:
            self.reload()
            self.show_talon(dialog.booking.id)   # the new number and time

    def receive(self) -> None:
        b = self.selected()
        if b is None or self.on_receive is None:
            return
        if b.status != "booked":
            self.status.setText(message("booking_not_open"))
            return
        try:
            self.on_receive(b.id)
        except DomainError as exc:
            show_error(self, exc)
        self.reload()
