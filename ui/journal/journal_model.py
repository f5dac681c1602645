"""The journal: a table model over a million appeals.

Only the row count and the ids of the visible window are read: the count and
windows of ids come from SQL (sorted and filtered on indexed columns), and
rows are fetched a page at a time by id (house style §3).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.errors import DomainError
from app.queries import appeals as q
from ui.common.labels import KINDS, STATUSES, label

HEADERS = (
    QT_TRANSLATE_NOOP("JournalTableModel", "Number"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Received"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Kind"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Applicant"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Substance"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Executor"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Status"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Due date"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Working days left"),
)
RED, AMBER = QColor("#f8d0d0"), QColor("#fbe7b5")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class JournalTableModel(QAbstractTableModel):
    """Signals:
        failed: (DomainError) a query failed while sorting or scrolling.
    """
    failed = Signal(object)

    WINDOW = 1000   # ids fetched per SQL window
    PAGE = 100      # rows fetched per query
    MAX_ROWS = 5000

    def __init__(self, calendar, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self._cal = calendar
        self._today = today
        self._criteria = q.Criteria(today=today)
        self._pinned = self._criteria
        self._count = 0
        self._windows: dict[int, list[int]] = {}
        self._rows: dict[int, q.JournalRow] = {}

    @property
    def criteria(self) -> q.Criteria:
        return self._criteria

    def set_calendar(self, calendar) -> None:
        self._cal = calendar
        self.refresh()

    def refresh(self, criteria: q.Criteria | None = None) -> None:
        """Re-run the query.  Queries run first: if one fails (DomainError),
        the model keeps its old rows and the reset contract is never broken."""
        criteria = criteria or self._criteria
        # "Today" is pinned for one query result, so the count and the windows
        # fetched later agree even across midnight.
        pinned = replace(criteria, today=self._today or dt.date.today())
        windows: dict[int, list[int]] = {}
        if q.is_name_search(pinned):   # one query: the whole (small) id list
            ids = q.all_ids(pinned, self._cal)
            windows = {i: ids[i:i + self.WINDOW] for i in range(0, len(ids), self.WINDOW)}
            count = len(ids)
        else:
            count = q.count(pinned, self._cal)
        self.beginResetModel()
        self._criteria, self._pinned, self._count = criteria, pinned, count
        self._windows = windows
        self._rows.clear()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("JournalTableModel", HEADERS[section])
        return None

    def appeal_id(self, row: int) -> int:
        start = row - row % self.WINDOW
        window = self._windows.get(start)
        if window is None:
            if len(self._windows) > 50 and not q.is_name_search(self._pinned):
                self._windows.clear()
            window = self._windows[start] = q.ids_window(self._pinned, self._cal, start, self.WINDOW)
        return window[row - start] if row - start < len(window) else None

    def row(self, r: int) -> q.JournalRow | None:
        aid = self.appeal_id(r)
        found = self._rows.get(aid)
        if found is None and aid is not None:
            if len(self._rows) > self.MAX_ROWS:
                self._rows.clear()
            start = r - r % self.PAGE
            ids = [self.appeal_id(i) for i in range(start, min(start + self.PAGE, self._count))]
            self._rows.update(q.rows_by_id([i for i in ids if i is not None], self._cal,
                                           self._pinned.today))
            found = self._rows.get(aid)
        return found

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        try:
            return self._data(index, role)
        except DomainError as exc:   # the database went away while scrolling
            self.failed.emit(exc)
            return None

    def _data(self, index, role):
        if role == ID_ROLE:
            return self.appeal_id(index.row())
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            left = row.days_left
            if left is not None and left < 0:
                return QBrush(RED)
            if left is not None and left <= 3:
                return QBrush(AMBER)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return row.substance
        return None

    @staticmethod
    def _display(r: q.JournalRow, column: int):
        if column == 0:
            return r.reg_number
        if column == 1:
            return r.received_at.strftime("%d.%m.%Y %H:%M")
        if column == 2:
            return label(KINDS, r.kind)
        if column == 3:
            return r.applicant
        if column == 4:
            return r.substance.splitlines()[0] if r.substance else ""
        if column == 5:
            return r.executor
        if column == 6:
            return label(STATUSES, r.status)
        if column == 7:
            return r.due_on.strftime("%d.%m.%Y")
        return "" if r.days_left is None else str(r.days_left)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        key = q.SORT_KEYS[column]
        if key not in q.SORTABLE:
            return
        try:
            self.refresh(self._criteria.sorted_by(key, order == Qt.SortOrder.DescendingOrder))
        except DomainError as exc:
            self.failed.emit(exc)
