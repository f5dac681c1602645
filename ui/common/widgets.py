"""Small reusable input widgets (the date fields are in ``ui.common.dates``)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QPushButton, QTableWidget

from ui import i18n


def language_combo(name: str = "language") -> QComboBox:
    """The interface language chooser, set to the saved language."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem("Қазақша", "kk")
    box.addItem("Русский", "ru")
    box.setCurrentIndex(max(0, box.findData(i18n.saved_language())))
    return box


def read_only_table(name: str, headers: list[str]):
    """A small table the user reads and picks rows from (a month's schedule,
    a day's bookings)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def button_row(specs):
    """Buttons (object name, text, slot) in a row, left-aligned (a QHBoxLayout)."""
    row = QHBoxLayout()
    for name, text, slot in specs:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch()
    return row


def in_documents(name: str) -> str:
    """A file name in the user's Documents folder, where a save dialog opens
    (never the program's own folder; issue 14 item 8)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name) if folder else name


def file_name(text: str) -> str:
    """``text`` fit for a file name on Windows too (a number like
    2026-000123/1, or an office's own numbering pattern)."""
    import re
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", text).strip(" .") or "document"
