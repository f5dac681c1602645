"""A read-only table model over one control list (app.queries.control items).

A model, not thousands of QTableWidgetItems: an office's overdue list can be
long, and the view then asks only for the visible rows.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.errors import DomainError
from app.queries import control
from ui.case.workflow_labels import CLOCKS, final_name
from ui.common.labels import label

HEADERS = (
    QT_TRANSLATE_NOOP("ControlModel", "Number"),
    QT_TRANSLATE_NOOP("ControlModel", "Applicant"),
    QT_TRANSLATE_NOOP("ControlModel", "What is due"),
    QT_TRANSLATE_NOOP("ControlModel", "Due"),
    QT_TRANSLATE_NOOP("ControlModel", "Left"),
    QT_TRANSLATE_NOOP("ControlModel", "Executor"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RED, AMBER = QColor("#f8d0d0"), QColor("#fbe7b5")


class ControlListModel(QAbstractTableModel):
    """Rows are app.queries.control.ControlItem; number, applicant and
    executor are read a page at a time when the view shows them."""
    PAGE = 100

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []
        self._details: dict = {}

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._details = {}
        self.endResetModel()

    def _detail(self, row: int):
        aid = self._items[row].appeal_id
        if aid not in self._details:
            first = row - row % self.PAGE
            ids = [i.appeal_id for i in self._items[first:first + self.PAGE]]
            try:
                self._details.update(control.details(ids))
            except DomainError:
                return None
        return self._details.get(aid)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ControlModel", HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self._items[index.row()]
        if role == ID_ROLE:
            return i.appeal_id
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(RED if i.days_left < 0 else AMBER) if i.days_left <= 0 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column in (0, 1, 5):
            d = self._detail(index.row())
            return "" if d is None else (d.reg_number, d.applicant, "", "", "", d.executor)[column]
        if column == 2:   # a clock's name carries its article; the final term's varies
            if i.kind != "final":
                return label(CLOCKS, i.kind)
            d = self._detail(index.row())
            article = d.term_article if d is not None else ""
            return final_name(article)
        if column == 3:
            return i.due_on.strftime("%d.%m.%Y")
        return str(i.days_left)
