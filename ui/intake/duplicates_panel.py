"""The strip under the registration form that says "this may be the same
appeal as № …" (issue 16 item 5), with the matches and the rule each met.

Advice, never a block: "Жолданымды қабылдаудан бас тартуға тыйым салынады"
(АППК 64.1).  The clerk may open the earlier case, mark the new appeal as a
repeat of it (the link goes into the registration's history), propose it
for filing into an earlier case returned as a repeat appeal (64.8), or
dismiss the strip; Ctrl+Enter registers in every case.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import appeal
from ui.common.labels import STATUSES, label

HEADERS = (QT_TRANSLATE_NOOP("DuplicatesPanel", "Number"),
           QT_TRANSLATE_NOOP("DuplicatesPanel", "Registered"),
           QT_TRANSLATE_NOOP("DuplicatesPanel", "Applicant"),
           QT_TRANSLATE_NOOP("DuplicatesPanel", "Status"),
           QT_TRANSLATE_NOOP("DuplicatesPanel", "Executor"),
           QT_TRANSLATE_NOOP("DuplicatesPanel", "Why"))
ROWS_SHOWN = 3   # the form above keeps its room at 1366×768; more rows scroll


def why(match) -> str:
    """The rule a match met, with its figures, in the user's language."""
    if match.rule == appeal.IIN_AND_NAME:
        return QCoreApplication.translate("DuplicatesPanel", "same IIN/BIN {number} and name").format(
            number=match.identifier)
    return QCoreApplication.translate(
        "DuplicatesPanel", "same name and settlement ({place}); substance {percent}% alike: {words}").format(
        place=match.settlement, percent=match.similarity, words=", ".join(match.common_words))


class DuplicatesPanel(QFrame):
    """Hidden until a check finds something.

    Signals:
        open_requested: (int) the earlier appeal to show.
        link_changed: the clerk marked or cleared a link.
    """
    open_requested = Signal(int)
    link_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("duplicates_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.matches: list = []
        self._dismissed: set[int] = set()
        self._link = None   # app.appeal.RepeatOf chosen by the clerk
        self.header = QLabel()
        self.header.setObjectName("duplicates_header")
        self.header.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("duplicates_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _: self._on_open())
        self.state = QLabel()
        self.state.setObjectName("duplicates_link")
        self.state.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the earlier case"))
        self.open_button.setObjectName("duplicate_open")
        self.repeat_button = QPushButton()
        self.repeat_button.setObjectName("duplicate_repeat")
        self.attach_button = QPushButton(self.tr("Propose filing into the earlier case (art. 64 part 8)"))
        self.attach_button.setObjectName("duplicate_attach")
        self.attach_button.setToolTip(self.tr(
            "The earlier appeal was returned as a repeat appeal (art. 64 part 7 2)); submitted again, it is "
            "filed into the earlier case without an answer (art. 64 part 8). The head decides."))
        self.dismiss_button = QPushButton(self.tr("Not a duplicate"))
        self.dismiss_button.setObjectName("duplicate_dismiss")
        for button in (self.repeat_button, self.attach_button):
            button.setCheckable(True)
        self.open_button.clicked.connect(self._on_open)
        self.repeat_button.clicked.connect(lambda on: self._on_mark(on, attach=False))
        self.attach_button.clicked.connect(lambda on: self._on_mark(on, attach=True))
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.repeat_button, self.attach_button):
            buttons.addWidget(button)
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        # As tall as its rows, never more: the form above keeps the room.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setVisible(False)

    def link(self):
        """The link the registration records (app.appeal.RepeatOf), or None."""
        return self._link

    def show_matches(self, matches: list) -> None:
        """The newest check's result; what the clerk dismissed stays away."""
        self.matches = [m for m in matches if m.id not in self._dismissed]
        if self._link is not None and self._link.appeal_id not in {m.id for m in self.matches}:
            self._set_link(None)   # the details changed: the earlier appeal no longer matches
        self.table.setRowCount(len(self.matches))
        for row, m in enumerate(self.matches):
            cells = (m.reg_number, m.registered_on.strftime("%d.%m.%Y"), m.applicant,
                     label(STATUSES, m.status), m.executor, why(m))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(m.substance if column == len(cells) - 1 else text)
                self.table.setItem(row, column, item)
        rows = min(len(self.matches), ROWS_SHOWN)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.setVisible(bool(self.matches))
        if self.matches:
            first = self.matches[0]
            self.header.setText(self.tr(
                "<b>Possible duplicate of № {number}</b> ({why}). Advice only: the appeal is registered "
                "in any case (art. 64 part 1).").format(number=first.reg_number, why=why(first)))
            chosen = next((i for i, m in enumerate(self.matches)
                           if self._link is not None and m.id == self._link.appeal_id), 0)
            self.table.selectRow(chosen)
            self._on_selection_changed()

    def dismiss(self) -> None:
        """Not a duplicate: the strip closes, no link, these matches stay away."""
        self._dismissed |= {m.id for m in self.matches}
        self._set_link(None)
        self.show_matches([])

    def selected(self):
        row = self.table.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def _on_selection_changed(self) -> None:
        m = self.selected()
        if m is None:
            return
        self.repeat_button.setText(self.tr("Repeat of № {number}").format(number=m.reg_number))
        self.attach_button.setVisible(m.attachable)
        linked = self._link is not None and self._link.appeal_id == m.id
        self.repeat_button.setChecked(linked and not self._link.attach)
        self.attach_button.setChecked(linked and self._link.attach)

    def _on_open(self) -> None:
        m = self.selected()
        if m is not None:
            self.open_requested.emit(m.id)

    def _on_mark(self, on: bool, attach: bool) -> None:
        m = self.selected()
        self._set_link(appeal.RepeatOf(m.id, m.rule, attach=attach) if on and m is not None else None)
        self._on_selection_changed()

    def _set_link(self, link) -> None:
        if link == self._link:
            return
        self._link = link
        if link is None:
            self.state.clear()
        else:
            number = next(m.reg_number for m in self.matches if m.id == link.appeal_id)
            self.state.setText(
                self.tr("Will be registered and proposed for filing into № {number} (art. 64 part 8).").format(number=number)
                if link.attach else
                self.tr("Will be registered as a repeat of № {number}.").format(number=number))
        self.link_changed.emit()
