"""Personal reception in figures: per official and month, by subject, by
outcome, and how many became written appeals (АППК 90.4)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import office
from app.errors import DomainError
from app.queries.reception_stats import stats
from ui.common.dates import DateField
from ui.common.labels import label
from ui.common.messages import message
from ui.reception.labels import OUTCOMES, SUBJECTS


def _table(name: str, headers: list[str], rows: list[tuple]) -> QTableWidget:
    t = QTableWidget(len(rows), len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(str(value)))
    t.horizontalHeader().setStretchLastSection(True)
    return t


class StatsTab(QWidget):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.first = DateField(dt.date(today.year, 1, 1))
        self.last = DateField(dt.date(today.year, 12, 31))
        for w in (self.first, self.last):
            w.dateChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("stats_summary")
        self.body = QVBoxLayout()
        top = QHBoxLayout()
        for w in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last):
            top.addWidget(w)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.body)
        self.reload()

    def reload(self) -> None:
        first, last = self.first.value(), self.last.value()
        if first is None or last is None:   # being typed: no figures of another period
            self.summary.clear()
            while self.body.count():
                self.body.takeAt(0).widget().deleteLater()
            return
        try:
            s = stats(first, last)
            names = {u.id: u.full_name for u in office.list_users()}
        except DomainError as exc:
            self.summary.setText(message(exc))
            return
        while self.body.count():
            self.body.takeAt(0).widget().deleteLater()
        self.summary.setText(self.tr("People received: {people}; registered as written appeals: {converted}.").format(
            people=s.people, converted=s.converted))
        per = sorted(s.by_official.items(), key=lambda kv: (kv[0][1], names.get(kv[0][0], "")))
        self.body.addWidget(_table("by_official", [self.tr("Month"), self.tr("Official"), self.tr("Reception days"),
                                                   self.tr("People")],
                                   [(m, names.get(o, ""), v["receptions"], v["people"]) for (o, m), v in per]))
        self.body.addWidget(_table("by_subject", [self.tr("Subject"), self.tr("Questions")],
                                   [(label(SUBJECTS, k), v) for k, v in s.by_subject.most_common()]))
        self.body.addWidget(_table("by_outcome", [self.tr("Outcome"), self.tr("People")],
                                   [(label(OUTCOMES, k), v) for k, v in s.by_outcome.most_common()]))
