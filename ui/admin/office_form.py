"""Office settings fields, shared by the first-run and settings dialogs."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.office import OfficeSettings
from ui.common.fit import wrap_captions
from ui.common.form_errors import FieldErrors

FIELDS = ("name_kk", "name_ru", "bin", "address", "phone", "head_name", "head_position",
          "work_start", "work_end", "number_format", "number_prefix",
          "appeal_body_kk", "appeal_body_ru", "court_kk", "court_ru")


class OfficeForm(QWidget):
    def __init__(self, errors: FieldErrors, parent=None):
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # long captions: the field below
        captions = {
            "name_kk": self.tr("Office name (Kazakh)"),
            "name_ru": self.tr("Office name (Russian)"),
            "bin": self.tr("BIN"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "head_name": self.tr("Head of office"),
            "head_position": self.tr("Head's position"),
            "work_start": self.tr("Working day starts (HH:MM)"),
            "work_end": self.tr("Working day ends (HH:MM); later appeals are registered the next working day (art. 64 part 3)"),
            "number_format": self.tr("Registration number format ({year}, {seq:06d}, {prefix})"),
            "number_prefix": self.tr("Number prefix (optional)"),
            "appeal_body_kk": self.tr("Superior body for complaints about the head's acts, with its address (Kazakh; art. 80 part 5)"),
            "appeal_body_ru": self.tr("Superior body for complaints about the head's acts, with its address (Russian; art. 80 part 5)"),
            "court_kk": self.tr("Court, if there is no superior body (Kazakh)"),
            "court_ru": self.tr("Court, if there is no superior body (Russian)"),
        }
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"office_{name}")
            self.edits[name] = edit
            errors.add_row(form, name, captions[name], edit)
        wrap_captions(form)
        self.set_settings(OfficeSettings())

    def settings(self) -> OfficeSettings:
        return OfficeSettings(**{name: self.edits[name].text().strip() for name in FIELDS})

    def set_settings(self, s: OfficeSettings) -> None:
        for name in FIELDS:
            self.edits[name].setText(str(getattr(s, name)))
