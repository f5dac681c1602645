"""Small reusable input widgets."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from ui import i18n

_NULL = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as a dash)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(_NULL)
        self.setSpecialValueText("—")
        self.setDate(_NULL)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == _NULL else dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(_NULL if value is None else QDate(value.year, value.month, value.day))


def language_combo(name: str = "language") -> QComboBox:
    """The interface language chooser, set to the saved language."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem("Қазақша", "kk")
    box.addItem("Русский", "ru")
    box.setCurrentIndex(max(0, box.findData(i18n.saved_language())))
    return box
