"""Leave an appeal out of the statistics, or count it again (АППК 69.3
para 2: proposals with advertising, appeals on state services, appeals on
currency contracts and foreign accounts "есепке алуға жатпайды").  The mark
and its removal are entries of the history, with the reason and a note."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app import reports
from app.errors import DomainError
from ui.common.messages import message
from ui.reports.labels import EXCLUSIONS

STATE = {
    "": QT_TRANSLATE_NOOP("ExclusionDialog", "Counted in the statistics."),
    "excluded": QT_TRANSLATE_NOOP("ExclusionDialog", "Not counted: {reason}."),
}


class ExclusionDialog(QDialog):
    """Signals:
        changed: an appeal's mark was recorded.
    """
    changed = Signal()

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("exclusion")
        self.setWindowTitle(self.tr("Not counted under art. 69 part 3"))
        self.user = user
        self.appeal_id: int | None = None
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("Registration number"))
        self.number.editingFinished.connect(self.find)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for code in reports.EXCLUSION_REASONS:
            self.reason.addItem(QCoreApplication.translate("ReportLabels", EXCLUSIONS[code]), code)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Appeal:"), self.number)
        form.addRow("", self.state)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Note:"), self.note)
        self.exclude_button = QPushButton(self.tr("Do not count"))
        self.exclude_button.setObjectName("exclude")
        self.exclude_button.clicked.connect(self.exclude)
        self.include_button = QPushButton(self.tr("Count again"))
        self.include_button.setObjectName("include")
        self.include_button.clicked.connect(self.include)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.exclude_button, self.include_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Appeals not subject to accounting (art. 69 part 3) stay registered and "
                                        "are considered as usual; the reports leave them out.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_state("")
        self.resize(560, self.sizeHint().height())

    def _show_state(self, reason: str | None) -> None:
        found = self.appeal_id is not None
        self.exclude_button.setEnabled(found)
        self.include_button.setEnabled(found and bool(reason))
        if not found:
            self.state.setText("")
        elif reason:
            self.state.setText(QCoreApplication.translate("ExclusionDialog", STATE["excluded"]).format(
                reason=QCoreApplication.translate("ReportLabels", EXCLUSIONS.get(reason, reason))))
        else:
            self.state.setText(QCoreApplication.translate("ExclusionDialog", STATE[""]))

    def find(self) -> int | None:
        self.error.setText("")
        try:
            self.appeal_id = reports.appeal_by_number(self.number.text()) if self.number.text().strip() else None
            reason = reports.exclusion_of(self.appeal_id) if self.appeal_id is not None else ""
        except DomainError as exc:
            self.appeal_id, reason = None, ""
            self.error.setText(message(exc))
        if self.appeal_id is None and self.number.text().strip() and not self.error.text():
            self.error.setText(message("appeal_not_found"))
        self._show_state(reason)
        return self.appeal_id

    def _act(self, act) -> bool:
        if self.find() is None:
            return False
        try:
            act(self.appeal_id)
        except DomainError as exc:
            self.error.setText(message(exc))
            return False
        self.find()
        self.changed.emit()
        return True

    def exclude(self) -> bool:
        return self._act(lambda aid: reports.mark_excluded(aid, self.reason.currentData(), self.user,
                                                           self.note.text()))

    def include(self) -> bool:
        return self._act(lambda aid: reports.unmark_excluded(aid, self.user, self.note.text()))
