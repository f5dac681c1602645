"""The reception journal of a month, a reception recorded (from a booking
or a walk-in), and an unresolved matter registered as a written appeal in
one step, with its talon (АППК 90.4)."""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import office, reception
from app.errors import DomainError
from app.reception import month_bounds
from app.rules import AppealKind, ReceptionOutcome
from ui.common.dates import MonthEdit
from ui.common.labels import KINDS, label
from ui.common.messages import message, show_error
from ui.common.widgets import read_only_table
from ui.journal.notice import notice_text
from ui.reception.labels import OUTCOMES, SUBJECTS
from ui.reception.record_dialog import RecordDialog


class JournalTab(QWidget):
    """Signals: registered(appeal_id) once a written appeal is registered."""
    registered = Signal(int)

    def __init__(self, user, today: dt.date, parent=None):
        super().__init__(parent)
        self.user, self.today = user, today
        self.month = MonthEdit(today)
        self.month.setObjectName("journal_month")
        self.kind = QComboBox()
        self.kind.setObjectName("appeal_kind")
        for k in reception.CONVERTIBLE:
            self.kind.addItem(label(KINDS, k), str(k))
        self.table = read_only_table("reception_journal", [self.tr("Date and time"), self.tr("Official"), self.tr("Applicant"),
                                              self.tr("Question"), self.tr("Subject"), self.tr("Outcome"),
                                              self.tr("Written appeal")])
        self.status = QLabel()
        self.status.setObjectName("journal_status")
        self.status.setWordWrap(True)
        walk_in = QPushButton(self.tr("Record a reception…"))
        walk_in.setObjectName("record")
        walk_in.clicked.connect(lambda: self.record(None))
        self.signed = QCheckBox(self.tr("signed by the applicant"))
        self.signed.setObjectName("signed")
        self.signed.setChecked(True)
        convert = QPushButton(self.tr("Register the written appeal"))
        convert.setObjectName("convert")
        convert.clicked.connect(self.convert)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Month")), self.month):
            top.addWidget(w)
        top.addStretch()
        bar = QHBoxLayout()
        for w in (walk_in, QLabel(self.tr("as")), self.kind, self.signed, convert):
            bar.addWidget(w)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        self.month.dateChanged.connect(lambda _: self.reload())
        self.reload()

    def reload(self) -> None:
        d = self.month.date()
        try:
            self.rows = reception.records(*month_bounds(d.year(), d.month()))
            names = {u.id: u.full_name for u in office.list_users()}
        except DomainError as exc:
            self.status.setText(message(exc))
            return
        self.table.setRowCount(len(self.rows))
        for r, rec in enumerate(self.rows):
            appeal = rec.appeal.reg_number if rec.appeal_id else ""
            for c, text in enumerate((f"{rec.received_at:%d.%m.%Y %H:%M}", names.get(rec.official_id, ""),
                                      rec.applicant_display, rec.question, label(SUBJECTS, rec.subject),
                                      label(OUTCOMES, rec.outcome), appeal)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def record(self, booking_id: int | None) -> int | None:
        try:
            data = reception.from_booking(booking_id) if booking_id else reception.RecordInput(
                official_id=None, received_at=dt.datetime.now().replace(second=0, microsecond=0), question="",
                subject="", outcome="")
            dialog = RecordDialog(self.user, data, parent=self)
        except DomainError as exc:
            show_error(self, exc)
            return None
        if dialog.exec() and dialog.recorded is not None:
            self.reload()
            return dialog.recorded
        return None

    def convert(self) -> None:
        row = self.table.currentRow()
        rec = self.rows[row] if 0 <= row < len(self.rows) else None
        if rec is None or rec.outcome != ReceptionOutcome.WRITTEN_APPEAL:
            self.status.setText(message("record_not_for_appeal"))
            return
        try:
            result = reception.convert(rec.id, AppealKind(self.kind.currentData()), self.user,
                                f"reception-{rec.id}-{uuid.uuid4()}", signed=self.signed.isChecked())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.reload()
        # The number, the due date and, if incomplete, what is missing and what follows (АППК 64.6).
        self.status.setText(notice_text(result))
        self.registered.emit(result.id)
