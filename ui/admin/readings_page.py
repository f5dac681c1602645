"""The office's legal choices where the Code leaves one (Settings, "Legal
readings"): each shows the Code's plain reading as its default and needs the
legal basis written beside any other choice (app.office.readings)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.office import Readings
from ui.common.fit import wrap_captions, wrapped_check
from ui.common.form_errors import FieldErrors


class ReadingsPage(QWidget):
    def __init__(self, errors: FieldErrors, readings: Readings, editable: bool, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # long captions: the field below
        intro = QLabel(self.tr("The defaults are the Code's plain reading. Another choice needs its legal "
                               "basis, and every change is kept in the history."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.further_extension = QCheckBox(self.tr("Allow a further extension of a case's term"))
        self.further_extension.setObjectName("further_extension")
        self.further_extension.setToolTip(self.tr(
            "Art. 76 part 3 speaks of one decision to extend, at most two months from it; part 4 makes an "
            "unfounded extension a matter of liability. Off: one extension per case."))
        self.further_extension.setChecked(readings.further_extension)
        form.addRow(QLabel(self.tr("Extension (art. 76 parts 3, 4)")), wrapped_check(self.further_extension))
        self.further_extension_ref = QLineEdit(readings.further_extension_ref)
        self.further_extension_ref.setObjectName("further_extension_ref")
        self.further_extension_ref.setPlaceholderText(self.tr("The law and article that allow it"))
        errors.add_row(form, "further_extension_ref", self.tr("Legal basis"), self.further_extension_ref)
        self.reopen_days = QSpinBox()
        self.reopen_days.setObjectName("reopen_days")
        self.reopen_days.setRange(1, 366)
        self.reopen_days.setValue(readings.reopen_days)
        self.reopen_days.setToolTip(self.tr(
            "A case reopened by a complaint body's or a court's binding decision (art. 100 part 4) runs the "
            "term that decision sets; when it sets none, this many working days (default 15, as art. 76 part 1)."))
        errors.add_row(form, "reopen_days", self.tr("Reopened case, working days (art. 100 part 4)"),
                       self.reopen_days)
        self.reopen_days_ref = QLineEdit(readings.reopen_days_ref)
        self.reopen_days_ref.setObjectName("reopen_days_ref")
        errors.add_row(form, "reopen_days_ref", self.tr("Legal basis (for a term other than 15)"),
                       self.reopen_days_ref)
        for w in (self.further_extension, self.further_extension_ref, self.reopen_days, self.reopen_days_ref):
            w.setEnabled(editable)
        wrap_captions(form)

    def readings(self) -> Readings:
        return Readings(self.further_extension.isChecked(), self.further_extension_ref.text().strip(),
                        self.reopen_days.value(), self.reopen_days_ref.text().strip())
