"""One reception in the journal: who came, who received them, the question,
what was said and what came of it (АППК 90.4)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
)

from app import office, reception
from app.errors import DomainError
from app.rules import ApplicantType, ReceptionOutcome
from ui.common.dates import DateTimeField, dates_ok
from ui.common.fit import compact, wrap_captions
from ui.common.form_errors import FieldErrors, error_label
from ui.common.labels import label
from ui.common.positions import staff_line
from ui.intake.applicant_form import ApplicantForm
from ui.reception.labels import OUTCOMES, SUBJECTS


def _text(height: int = 60) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setFixedHeight(height)
    return w


class RecordDialog(QDialog):
    """``recorded`` holds the record's id once it is saved."""

    def __init__(self, user, data: reception.RecordInput, now=None, parent=None):
        super().__init__(parent)
        self.user, self.data, self.recorded = user, data, None
        self._now = now or dt.datetime.now
        self.setWindowTitle(self.tr("Personal reception"))
        self.errors = FieldErrors()
        self.official = QComboBox()
        self.official.setObjectName("official_id")
        for u in office.list_users():
            if u.role in ("head", "deputy"):
                self.official.addItem(staff_line(u), u.id)
        self.official.setCurrentIndex(max(0, self.official.findData(data.official_id)))
        m = data.received_at
        self.moment = DateTimeField(m)
        self.moment.setObjectName("received_at")
        self.applicant = ApplicantForm(self.errors, reception=True)
        self.applicant.legal.setChecked(data.applicant_type == ApplicantType.LEGAL)
        for name in ("surname", "first_name", "patronymic", "iin", "org_name", "bin", "phone", "postal_address"):
            self.applicant.edits[name].setText(getattr(data, name))
        self.question, self.said, self.where_to = _text(), _text(80), _text(40)
        self.question.setPlainText(data.question)
        self.subject, self.outcome = QComboBox(), QComboBox()
        for box, table, codes in ((self.subject, SUBJECTS, reception.SUBJECTS), (self.outcome, OUTCOMES, ReceptionOutcome)):
            for code in codes:
                box.addItem(label(table, code), str(code))
            box.setCurrentIndex(-1)
        form = QFormLayout()
        for name, caption, widget in (
                ("official_id", self.tr("Received by"), self.official),
                ("received_at", self.tr("Date and time"), self.moment),
                ("question", self.tr("Question"), self.question), ("subject", self.tr("Subject"), self.subject),
                ("said", self.tr("What was said and explained"), self.said),
                ("outcome", self.tr("Outcome (art. 90 part 4)"), self.outcome),
                ("where_to", self.tr("Where to go (not our competence)"), self.where_to)):
            widget.setObjectName(name)
            self.errors.add_row(form, name, caption, widget)
        wrap_captions(form)
        for box in (self.official, self.subject, self.outcome):
            compact(box)
        self.general = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.applicant)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def values(self) -> reception.RecordInput:
        moment = self.moment.value()
        a = self.applicant.values()
        keep = ("surname", "first_name", "patronymic", "iin", "org_name", "bin", "phone", "postal_address")
        return reception.RecordInput(official_id=self.official.currentData(), received_at=moment,
                              question=self.question.toPlainText(), subject=self.subject.currentData() or "",
                              outcome=self.outcome.currentData() or "", said=self.said.toPlainText(),
                              where_to=self.where_to.toPlainText(), booking_id=self.data.booking_id,
                              applicant_type=a["applicant_type"], **{k: a[k] for k in keep})

    def submit(self) -> None:
        self.general.clear()
        if not dates_ok(self, self.errors, self.general):
            return
        try:
            self.recorded = reception.record(self.values(), self.user, now=self._now())
        except DomainError as exc:
            self.errors.report(exc, self.general)
            return
        self.accept()
