"""Reminders of the control lists: when the app starts and once a day at the
time set on this workstation (QSettings)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QSettings, QTime, QTimer
from PySide6.QtWidgets import QMessageBox

KEY_TIME, KEY_LAST = "reminder/time", "reminder/last"
DEFAULT_TIME = "09:00"


def reminder_time() -> dt.time:
    value = QSettings().value(KEY_TIME, DEFAULT_TIME)
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        return dt.time.fromisoformat(DEFAULT_TIME)


def set_reminder_time(value: QTime | dt.time) -> None:
    text = value.toString("HH:mm") if isinstance(value, QTime) else value.strftime("%H:%M")
    QSettings().setValue(KEY_TIME, text)


class Reminder(QObject):
    """Shows what is due today and overdue in a non-blocking message box.

    ``panel`` is the ControlPanel whose scope and counts are used.
    """

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.box: QMessageBox | None = None
        self.timer = QTimer(self, interval=60_000)
        self.timer.timeout.connect(lambda: self.check())
        self.timer.start()

    def check(self, now: dt.datetime | None = None) -> bool:
        """Remind once a day, at or after the set time."""
        now = now or dt.datetime.now()
        if now.time() < reminder_time() or QSettings().value(KEY_LAST) == now.date().isoformat():
            return False
        QSettings().setValue(KEY_LAST, now.date().isoformat())
        return self.remind()

    def at_start(self, now: dt.datetime | None = None) -> bool:
        """The reminder at start-up; it counts as today's if the time has come."""
        now = now or dt.datetime.now()
        if now.time() >= reminder_time():
            QSettings().setValue(KEY_LAST, now.date().isoformat())
        return self.remind()

    def remind(self) -> bool:
        """Refresh the panel and show its counts if anything needs doing."""
        self.panel.refresh()
        counts = self.panel.counts
        if not counts or counts.get("due_today", 0) + counts.get("overdue", 0) == 0:
            return False
        text = self.tr("Due today: {today}. Overdue: {overdue}. Due within {n} working days: "
                       "{within}.\nThe lists are in the control panel.").format(
            today=counts["due_today"], overdue=counts["overdue"], n=self.panel.within.value(),
            within=counts["due_within"])
        self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Deadlines"), text,
                               QMessageBox.StandardButton.Ok, self.panel.window())
        self.box.setObjectName("reminder")
        self.box.setModal(False)
        self.box.show()
        return True
