"""A reception slot: who receives, when, where, on which subjects (АППК 90)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from app import office, reception
from app.errors import DomainError
from ui.common.dates import DateField, dates_ok
from ui.common.form_errors import FieldErrors, error_label
from ui.common.positions import staff_line


class SlotDialog(QDialog):
    def __init__(self, user, day: dt.date, parent=None):
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("Reception"))
        self.errors = FieldErrors()
        self.official = QComboBox()
        self.official.setObjectName("official_id")
        for u in office.list_users():
            if u.role in reception.RECEIVING_ROLES:
                self.official.addItem(staff_line(u), u.id)
        self.day = DateField(day)
        self.day.setObjectName("day")
        self.start, self.end = QLineEdit("10:00"), QLineEdit("12:00")
        self.start.setObjectName("start")
        self.end.setObjectName("end")
        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(5, 120)
        self.interval.setValue(15)
        self.place, self.subjects = QLineEdit(), QLineEdit()
        self.place.setObjectName("place")
        self.subjects.setObjectName("subjects")
        form = QFormLayout(self)
        for name, caption, widget in (
                ("official_id", self.tr("Official (art. 90 part 1)"), self.official),
                ("day", self.tr("Date"), self.day), ("start", self.tr("From (HH:MM)"), self.start),
                ("end", self.tr("To (HH:MM)"), self.end),
                ("interval", self.tr("Minutes per person"), self.interval),
                ("place", self.tr("Place"), self.place), ("subjects", self.tr("Subjects received on"), self.subjects)):
            self.errors.add_row(form, name, caption, widget)
        self.general = error_label()
        form.addRow(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)

    def values(self) -> reception.SlotInput:
        return reception.SlotInput(self.official.currentData(), self.day.value(), self.start.text(),
                            self.end.text(), self.place.text(), self.subjects.text(), self.interval.value())

    def submit(self) -> None:
        if not dates_ok(self, self.errors, self.general):
            return
        try:
            reception.save_slot(self.values(), self.user)
        except DomainError as exc:
            self.errors.report(exc, self.general)
            return
        self.accept()
