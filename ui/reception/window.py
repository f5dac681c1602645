"""Personal reception (АППК 90): the schedule, the bookings, the journal and
the figures, in one window opened from the main window."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout

from ui.common.fit import fit_size
from ui.reception.booking_tab import BookingTab
from ui.reception.journal_tab import JournalTab
from ui.reception.schedule_tab import ScheduleTab
from ui.reception.stats_tab import StatsTab


class ReceptionWindow(QDialog):
    """Signals: appeal_registered(appeal_id) — a reception became a written appeal."""
    appeal_registered = Signal(int)

    def __init__(self, user, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personal reception"))
        today = today or dt.date.today()
        self.tabs = QTabWidget()
        self.schedule = ScheduleTab(user, today)
        self.journal = JournalTab(user, today)
        self.bookings = BookingTab(user, today, on_receive=self._receive)
        self.stats = StatsTab(today)
        for tab, title in ((self.schedule, self.tr("Schedule")), (self.bookings, self.tr("Bookings")),
                           (self.journal, self.tr("Journal")), (self.stats, self.tr("Figures"))):
            self.tabs.addTab(tab, title)
        self.journal.registered.connect(self.appeal_registered)
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        fit_size(self, 1200, 660)

    def _receive(self, booking_id: int) -> None:
        if self.journal.record(booking_id) is not None:
            self.tabs.setCurrentWidget(self.journal)

    def _on_tab(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "reload"):
            widget.reload()
