"""The appeals behind a figure (a report's or the dashboard's): the journal's
columns over a fixed list of ids, read a page at a time (house style §3), and
a window that shows them; a double click opens the case."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.common.fit import fit_size
from ui.journal.journal_model import ID_ROLE, JournalTableModel


class IdListModel(JournalTableModel):
    """The journal's rows for the given ids, in their order."""

    def __init__(self, ids: list[int], calendar, today: dt.date | None = None, parent=None):
        super().__init__(calendar, today, parent)
        self.set_ids(ids)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._count = len(self._ids)
        self._pinned = replace(self._criteria, today=self._today or dt.date.today())
        self._rows.clear()
        self.endResetModel()

    def refresh(self, criteria=None) -> None:   # the rows read again, the list kept
        self.set_ids(self._ids)

    def appeal_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:   # the list keeps its order
        return


class AppealListDialog(QDialog):
    """Signals:
        open_case: (appeal id) the user asked for the case.
    """
    open_case = Signal(int)

    def __init__(self, title: str, ids: list[int], calendar, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("appeal_list")
        self.model = IdListModel(ids, calendar, today, self)
        self.table = QTableView()
        self.table.setObjectName("appeals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.count = QLabel(self.tr("Appeals: {n}").format(n=len(ids)))
        self.count.setObjectName("count")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        fit_size(self, 1100, 600)
        if ids:
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        appeal_id = self.model.data(index, ID_ROLE)
        if appeal_id is not None:
            self.open_case.emit(appeal_id)

    def keyPressEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
            self._open(self.table.currentIndex())
            return
        super().keyPressEvent(event)
