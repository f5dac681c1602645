"""The control panel's list "not yet in e-Otinish" (issue 16 item 4; АППК
69.3): appeals whose e-Otinish number is not entered yet, the longest
waiting first, how long each has waited, those registered during an outage
marked; a double click opens the card, where the number is entered."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#fbe7b5")   # waited a working day or more


class EotinishQueue(QWidget):
    """Signals: open_appeal (int)."""
    open_appeal = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.total = 0
        self.note = QLabel()
        self.note.setObjectName("eotinish_note")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("eotinish_queue")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 170, 90)):
            self.table.setColumnWidth(column, width)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Applicant"), self.tr("Waited"),
                                              self.tr("Outage")])
        self.table.itemDoubleClicked.connect(
            lambda item: self.open_appeal.emit(self.table.item(item.row(), 0).data(ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table)

    def waited(self, item) -> str:
        if item.waited_days:
            return self.tr("{n} working d.").format(n=item.waited_days)
        return self.tr("{n} h").format(n=item.waited_hours)

    def show_queue(self, queue) -> None:
        self.total = queue.total if queue is not None else 0
        items = queue.items if queue is not None else []
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            cells = [item.reg_number, item.applicant, self.waited(item),
                     self.tr("during an outage") if item.catch_up else ""]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c == 0:
                    cell.setData(ID_ROLE, item.appeal_id)
                if item.waited_days >= 1:
                    cell.setBackground(QBrush(LATE))
                self.table.setItem(r, c, cell)
        if not self.total:
            self.note.setText(self.tr("Every appeal has its e-Otinish number."))
        elif self.total > len(items):
            self.note.setText(self.tr("Waiting for their e-Otinish number: {n}; the {shown} waiting longest are "
                                      "listed. Open one to enter its number.").format(n=self.total, shown=len(items)))
        else:
            self.note.setText(self.tr("Waiting for their e-Otinish number: {n}. Open one to enter its number.")
                              .format(n=self.total))
