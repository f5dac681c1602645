"""The ladder tab of the card: the final term and every clock of the case,
running ones first, each explained day by day when selected."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.case.workflow_labels import CLOCK_STATES, CLOCKS, final_name
from ui.common.explain import explanation
from ui.common.fit import wrapping
from ui.common.labels import label

RED, AMBER, GREY = QColor("#f8d0d0"), QColor("#fbe7b5"), QColor("#eeeeee")


def _date(day) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class LadderView(QWidget):
    def __init__(self, ladder, parent=None):
        super().__init__(parent)
        self.ladder = ladder
        self.banner = QLabel()
        self.banner.setObjectName("ladder_banner")
        self.banner.setWordWrap(True)
        notes = []
        if ladder.deemed_refusal and ladder.deemed_article == "100.5":
            notes.append(QCoreApplication.translate("LadderView", "The term ran out without a decision: the complaint is deemed refused (art. 100 part 5); the participant may complain to another complaint body or go to court (art. 100 part 6)."))
        elif ladder.deemed_refusal:
            notes.append(QCoreApplication.translate("LadderView", "The term ran out without a decision: this is deemed a refusal, and the participant may complain (art. 91 part 2)."))
        if ladder.extended:
            notes.append(QCoreApplication.translate("LadderView", "The term was extended (art. 76 part 3); it is counted to the new date."))
        self.banner.setText("\n".join(notes))
        self.banner.setStyleSheet("color: #b00020;" if ladder.deemed_refusal else "")
        self.banner.setVisible(bool(notes))
        headers = [QCoreApplication.translate("LadderView", "Clock"),
                   QCoreApplication.translate("LadderView", "From"),
                   QCoreApplication.translate("LadderView", "Due"),
                   QCoreApplication.translate("LadderView", "State"),
                   QCoreApplication.translate("LadderView", "Working days left")]
        self.table = QTableWidget(len(ladder.rungs), len(headers))
        self.table.setObjectName("ladder")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for r, rung in enumerate(ladder.rungs):
            left = "" if rung.days_left is None else str(rung.days_left)
            name = label(CLOCKS, rung.kind)   # a clock's name carries its article
            if rung.kind == "final":
                name = final_name(rung.article)
            cells = (name, _date(rung.event_on), _date(rung.due_on), label(CLOCK_STATES, rung.state),
                     left)
            colour = (RED if rung.state == "overdue" or rung.state == "late"
                      else AMBER if rung.running and (rung.days_left or 0) <= 1
                      else GREY if not rung.running else None)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)   # long names elide
        self.table.setWordWrap(False)
        self.explanation = wrapping(QListWidget())
        self.explanation.setObjectName("ladder_explanation")
        self.table.currentCellChanged.connect(lambda row, *_: self.show_steps(row))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.explanation, 1)
        if ladder.rungs:
            self.table.selectRow(0)
            self.show_steps(0)

    def show_steps(self, row: int) -> None:
        self.explanation.clear()
        if 0 <= row < len(self.ladder.rungs):
            self.explanation.addItems(explanation(self.ladder.rungs[row].steps))
