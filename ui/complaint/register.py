"""The complaint register: every complaint with what it challenges, its
filing term, and whether the challenged act is suspended and why not
(АППК 92, 96).  An id list; rows are read a window at a time."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.errors import DomainError
from app.queries import complaints as q
from ui.case.workflow_labels import DECISIONS
from ui.common.fit import fit_size
from ui.common.labels import STATUSES, label
from ui.common.messages import message, show_error
from ui.complaint import labels as L

WINDOW = 200
HEADERS = (QT_TRANSLATE_NOOP("ComplaintRegister", "Number"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Registered"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Our side"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Complainant"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Challenged"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Last day to file"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Execution of the act (art. 96)"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Status"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Due"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Decision"),
           QT_TRANSLATE_NOOP("ComplaintRegister", "Court case"))
CACHE_LIMIT = 5_000
RED = QColor("#f8d0d0")


def _h(text: str) -> str:
    return QCoreApplication.translate("ComplaintRegister", text)


def _date(day) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class RegisterModel(QAbstractTableModel):
    """Signals:
        failed: (DomainError) a window of rows could not be read."""
    failed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[int] = []
        self._rows: dict[int, q.RegisterRow] = {}

    def load(self, open_only: bool, role: str | None) -> None:
        ids = q.register_ids(open_only, role)   # read first: a failure leaves the view as it was
        self.beginResetModel()
        self.ids, self._rows = ids, {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _h(HEADERS[section])
        return None

    def row(self, index: int) -> q.RegisterRow | None:
        appeal_id = self.ids[index]
        if appeal_id not in self._rows:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = index - index % WINDOW
            try:
                rows = q.register_rows(self.ids[start:start + WINDOW])
            except DomainError as exc:
                self.failed.emit(exc)
                return None
            for r in rows:
                self._rows[r.appeal_id] = r
        return self._rows.get(appeal_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():   # row -1 would read the last complaint
            return None
        r = self.row(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 5 and r.late and r.restored != "granted":
            return QBrush(RED)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (r.reg_number, _date(r.registered_on), label(L.ROLES_SHORT, r.role),
                r.applicant, " · ".join(p for p in (r.case_number, r.challenged) if p),
                self._filing(r), self._suspension(r), label(STATUSES, r.status), _date(r.due_on),
                label(DECISIONS, r.decision) if r.decision else "", r.court_case)[index.column()]

    @staticmethod
    def _filing(r) -> str:
        if r.filing_due_on is None:
            return ""
        text = _date(r.filing_due_on)
        if r.late:
            text += " — " + (label(L.RESTORED, r.restored) if r.restored else
                             QCoreApplication.translate("ComplaintRegister", "filed late (art. 92 part 3)"))
        return text

    @staticmethod
    def _suspension(r) -> str:
        text = label(L.SUSPENSION, r.suspension)
        if r.suspension_ground:   # why not suspended (АППК 96.1, 96.2)
            text += ": " + label(L.NO_SUSPENSION, r.suspension_ground)
        if r.suspension_ended_on:
            text += " " + _date(r.suspension_ended_on)
        return text


class ComplaintRegisterDialog(QDialog):
    """Signals: open_case(appeal_id) on a double click."""
    open_case = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complaint register"))
        self.model = RegisterModel(self)
        self.model.failed.connect(self._on_failed)
        self._failed_shown = False
        self.view = QTableView()
        self.view.setObjectName("complaint_register")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(60)   # widths from the first rows only
        self.view.doubleClicked.connect(lambda i: self.open_case.emit(self.model.ids[i.row()]))
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("open_only")
        self.open_only.setChecked(True)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("Both sides"), None)
        self.role.addItem(self.tr("Complaints we consider"), "reviewing")
        self.role.addItem(self.tr("Complaints against our acts"), "challenged")
        self.count = QLabel()
        self.count.setObjectName("count")
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addWidget(self.role)
        bar.addStretch()
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.open_only.toggled.connect(self.reload)
        self.role.currentIndexChanged.connect(self.reload)
        self.reload()
        fit_size(self, 1300, 600)   # the columns scroll; the window fits 1366 px

    def _on_failed(self, exc) -> None:
        """A window of rows failed: say so once, not for every row painted."""
        if not self._failed_shown:
            self._failed_shown = True
            self.count.setText(message(exc))

    def reload(self) -> None:
        self._failed_shown = False
        try:
            self.model.load(self.open_only.isChecked(), self.role.currentData())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.count.setText(self.tr("Complaints: {n}").format(n=len(self.model.ids)))
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):   # a long text shows whole in its tooltip
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
