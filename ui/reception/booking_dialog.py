"""Booking a personal reception: the slot and the time, the person and the
question; a taken time is refused next to the field, what was typed stays."""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
)

from app import office, reception
from app.errors import DomainError, ValidationErrors
from ui.common.dates import DateField, dates_ok
from ui.common.fit import compact, wrap_captions
from ui.common.form_errors import FieldErrors, error_label
from ui.common.labels import label
from ui.common.messages import message
from ui.common.reason_dialog import ReasonDialog
from ui.intake.applicant_form import ApplicantForm
from ui.reception.labels import CHANNELS


class BookingDialog(QDialog):
    """``booking`` holds the booking once it is saved."""

    def __init__(self, user, day: dt.date, today: dt.date | None = None, parent=None,
                 moving: int | None = None):
        super().__init__(parent)
        self.user, self.today, self.booking = user, today or dt.date.today(), None
        self.moving = moving   # a booking moved to another time keeps its person and question
        self.key = str(uuid.uuid4())
        self.setWindowTitle(self.tr("Book a personal reception"))
        self.errors = FieldErrors()
        self.day = DateField(day)
        self.day.setObjectName("booking_day")
        self.slot, self.time, self.channel = QComboBox(), QComboBox(), QComboBox()
        self.slot.setObjectName("slot_id")
        self.time.setObjectName("time")
        self.channel.setObjectName("channel")
        for code in reception.CHANNELS:
            self.channel.addItem(label(CHANNELS, code), code)
        self.applicant = ApplicantForm(self.errors, reception=True)
        self.question = QPlainTextEdit()
        self.question.setObjectName("question")
        self.question.setFixedHeight(70)
        form = QFormLayout()
        self.errors.add_row(form, "day", self.tr("Date"), self.day)
        self.errors.add_row(form, "slot_id", self.tr("Reception (approved schedule)"), self.slot)
        self.errors.add_row(form, "time", self.tr("Time"), self.time)
        self.errors.add_row(form, "channel", self.tr("Booked"), self.channel)
        self.errors.add_row(form, "question", self.tr("Question"), self.question)
        wrap_captions(form)
        compact(self.slot)
        self.general = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.refuse_button = buttons.addButton(self.tr("Refuse the registration… (art. 73 part 2 9))"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.refuse_button.setObjectName("refuse_request")
        self.refuse_button.clicked.connect(lambda: self.refuse())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.applicant)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        if moving is not None:
            self.setWindowTitle(self.tr("Move the booking"))
            self.applicant.setEnabled(False)
            self.question.setEnabled(False)
        self.day.dateChanged.connect(lambda _: self._load_slots())
        self.slot.currentIndexChanged.connect(lambda _: self._load_times())
        self._load_slots()

    def _load_slots(self) -> None:
        self.slot.clear()
        day = self.day.value()
        try:
            names = {u.id: u.full_name for u in office.list_users()}
            every = reception.slots(day, day) if day is not None else []
        except DomainError as exc:
            self.general.setText(message(exc))
            every = []
        self._slots = [s for s in every if s.approved_by_id]
        if len(every) > len(self._slots):   # АППК 90.3: only the approved schedule is booked
            self.general.setText(message("schedule_not_approved"))
        for s in self._slots:
            self.slot.addItem(f"{names.get(s.official_id, '')}, {s.start}–{s.end}, {s.place}", s.id)
        self._load_times()

    def _load_times(self) -> None:
        chosen = self.time.currentData()
        self.time.clear()
        slot = next((s for s in self._slots if s.id == self.slot.currentData()), None)
        if slot is None:
            return
        try:
            taken = {b.time for b in reception.day_list(slot.day, slot.official_id)
                     if b.slot_id == slot.id and b.status in ("booked", "received")}
        except DomainError as exc:
            self.general.setText(message(exc))
            return
        for t in reception.times(slot):
            if t not in taken:
                self.time.addItem(t, t)
        self.time.setCurrentIndex(max(0, self.time.findData(chosen)))   # the choice stays if still free

    def values(self) -> reception.BookingInput:
        a = self.applicant.values()
        keep = ("applicant_type", "surname", "first_name", "patronymic", "iin", "org_name", "bin", "phone",
                "postal_address")
        return reception.BookingInput(slot_id=self.slot.currentData(), time=self.time.currentData() or "",
                               question=self.question.toPlainText(), channel=self.channel.currentData(),
                               **{k: a[k] for k in keep})

    def refuse(self, reason: str | None = None) -> None:
        """АППК 73.2 9): refuse the registration outright, with its reason."""
        self.general.clear()

        def save(text: str) -> None:
            self.booking = reception.refuse_request(self.values(), text, self.user, self.key)
        if reason is not None:
            try:
                save(reason)
            except DomainError as exc:
                self.errors.report(exc, self.general)
                return
            self.accept()
            return
        try:
            problems = reception.request_errors(self.values())
        except DomainError as exc:
            problems = [exc]
        if problems:   # the person and the question first, next to their fields
            self.errors.report(ValidationErrors(problems), self.general)
            return
        if ReasonDialog(self.tr("Refuse the registration"), self.tr("Reason"), save, self).exec():
            self.accept()

    def submit(self) -> None:
        self.general.clear()
        if not dates_ok(self, self.errors, self.general):
            return
        try:
            if self.moving is not None:
                self.booking = reception.reschedule(self.moving, self.slot.currentData(), self.time.currentData() or "",
                                             self.user, self.key, today=self.today)
            else:
                self.booking = reception.book(self.values(), self.user, self.key, today=self.today)
        except DomainError as exc:
            self.errors.report(exc, self.general)
            if exc.code == "invalid_input" and any(e.code == "slot_taken" for e in getattr(exc, "errors", [])):
                self._load_times()   # someone took it: offer what is still free
            return
        self.accept()
