"""The working-day calendar: the year's holidays and the office's overrides
(decreed transfers).  Adding or revoking an override recomputes the due dates
of open appeals (АППК 76.1–76.2) and says how many changed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import office
from app.errors import DomainError
from app.rules import OverrideKind
from ui.admin.holiday_names import holiday_name
from ui.common.dates import DateField, dates_ok
from ui.common.fit import fit_size, wrap_captions
from ui.common.form_errors import FieldErrors
from ui.common.labels import OVERRIDES, label
from ui.common.messages import message
from ui.i18n import current_language


class CalendarDialog(QDialog):
    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.user = user
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.days = QTableWidget(0, 3)
        self.days.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Working?"), self.tr("Why")])
        self.days.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):   # the date and "working?" whole, in either language
            self.days.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.overrides = QTableWidget(0, 5)
        self.overrides.setObjectName("overrides")
        self.overrides.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Reason"),
                                                  self.tr("Decree"), self.tr("State")])
        self.overrides.horizontalHeader().setStretchLastSection(True)
        self.revoke_button = QPushButton(self.tr("Revoke selected"))
        self.errors = FieldErrors()
        self.new_day = DateField(QDate.currentDate())
        self.new_day.setObjectName("new_day")
        self.new_kind = QComboBox()
        for kind in OverrideKind:
            self.new_kind.addItem(label(OVERRIDES, kind), str(kind))
        self.new_reason = QLineEdit()
        self.new_decree = QLineEdit()
        add_box = QGroupBox(self.tr("Add an override"))
        form = QFormLayout(add_box)
        self.errors.add_row(form, "day", self.tr("Date"), self.new_day)
        form.addRow(self.tr("Kind"), self.new_kind)
        self.errors.add_row(form, "reason", self.tr("Reason"), self.new_reason)
        self.errors.add_row(form, "decree", self.tr("Decree (number and date)"), self.new_decree)
        add_button = QPushButton(self.tr("Add"))
        form.addRow(add_button)
        wrap_captions(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.year.setMinimumWidth(80)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch()
        # The year on the left, the overrides on the right: 1366×768 has more width than height.
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.days)
        right = QVBoxLayout()
        caption = QLabel(self.tr("Office overrides (a decree moving days off)"))
        caption.setWordWrap(True)
        right.addWidget(caption)
        right.addWidget(self.overrides, 1)
        right.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(add_box)
        right.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.year.valueChanged.connect(self._fill_days)
        add_button.clicked.connect(self._on_add)
        self.revoke_button.clicked.connect(self._on_revoke)
        self._reload()
        fit_size(self, 1200, 640)

    def _reload(self) -> None:
        self._records = office.list_overrides()
        self.overrides.setRowCount(len(self._records))
        for r, o in enumerate(self._records):
            state = self.tr("active") if o.active else self.tr("revoked")
            for c, text in enumerate((o.day.strftime("%d.%m.%Y"), label(OVERRIDES, o.kind),
                                      o.reason, o.decree, state)):
                self.overrides.setItem(r, c, QTableWidgetItem(text))
        self._fill_days()

    def _fill_days(self) -> None:
        cal = office.load_calendar()
        lang = current_language()
        infos = cal.days_of_year(self.year.value())
        self.days.setRowCount(len(infos))
        for r, info in enumerate(infos):
            if info.reason == "holiday":
                why = holiday_name(info.name_kk, lang)
                if info.observed:
                    why += " " + self.tr("(moved day off)")
                if info.estimated:
                    why += " " + self.tr("(estimated date: check the decree)")
            else:
                why = info.override.reason if info.override else self.tr("working day by the holidays library")
            day = QDate(info.day.year, info.day.month, info.day.day)
            for c, text in enumerate((QLocale().toString(day, "dd.MM.yyyy ddd"),
                                      self.tr("yes") if info.working else self.tr("no"), why)):
                self.days.setItem(r, c, QTableWidgetItem(text))

    def _on_add(self) -> None:
        if not dates_ok(self, self.errors, self.status):
            return
        try:
            change = office.add_override(
                self.new_day.value(), OverrideKind(self.new_kind.currentData()),
                self.new_reason.text(), self.new_decree.text(), self.user.id)
        except DomainError as exc:
            self.errors.report(exc, self.status)
            return
        self.errors.clear()
        self.new_reason.clear()
        self.new_decree.clear()
        self._report(change)

    def _on_revoke(self) -> None:
        row = self.overrides.currentRow()
        if row < 0:
            return
        try:
            change = office.revoke_override(self._records[row].id, self.user.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        self._report(change)

    def _report(self, change) -> None:
        self.status.setText(self.tr("Saved. Due dates recomputed for {n} open appeals (art. 76).")
                            .format(n=change.recomputed))
        self._reload()
