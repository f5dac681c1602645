"""A read-only table model over one control list (app.queries.control items).

A model, not thousands of QTableWidgetItems: an office's overdue list can be
long, and the view then asks only for the visible rows.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.explain import article_text
from ui.labels import label
from ui.workflow_labels import CLOCKS

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
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

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
        if column == 0:
            return i.reg_number
        if column == 1:
            return i.applicant
        if column == 2:
            return f"{label(CLOCKS, i.kind)} ({article_text(i.article)})"
        if column == 3:
            return i.due_on.strftime("%d.%m.%Y")
        if column == 4:
            return str(i.days_left)
        return i.executor
