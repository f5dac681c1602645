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
        self._waiting = False
        panel.refreshed.connect(self._on_refreshed)
        panel.failed.connect(self._on_failed)
        self.timer = QTimer(self, interval=60_000)
        self.timer.timeout.connect(lambda: self.check())
        self.timer.start()

    def check(self, now: dt.datetime | None = None) -> bool:
        """Remind once a day, at or after the set time; True when it is time."""
        now = now or dt.datetime.now()
        if now.time() < reminder_time() or QSettings().value(KEY_LAST) == now.date().isoformat():
            return False
        QSettings().setValue(KEY_LAST, now.date().isoformat())
        self.remind()
        return True

    def at_start(self, now: dt.datetime | None = None) -> None:
        """The reminder at start-up; it counts as today's if the time has come."""
        now = now or dt.datetime.now()
        if now.time() >= reminder_time():
            QSettings().setValue(KEY_LAST, now.date().isoformat())
        self.remind()

    def remind(self) -> None:
        """Refresh the panel; once its counts arrive, show them if anything
        needs doing (``box`` is then the message shown)."""
        self._waiting = True
        self.panel.refresh()

    def _on_failed(self, _exc) -> None:
        """The lists could not be read: the panel reports it, and today's
        reminder is tried again by the timer."""
        if self._waiting:
            self._waiting = False
            if QSettings().value(KEY_LAST) == dt.date.today().isoformat():
                QSettings().remove(KEY_LAST)

    def _on_refreshed(self) -> None:
        if not self._waiting:
            return
        self._waiting = False
        counts = self.panel.counts
        if counts.get("due_today", 0) + counts.get("overdue", 0) == 0:
            return
        text = self.tr("Due today: {today}. Overdue: {overdue}. Due within {n} working days: "
                       "{within}.\nThe lists are in the control panel.").format(
            today=counts["due_today"], overdue=counts["overdue"], n=self.panel.within.value(),
            within=counts["due_within"])
        if self.box is not None:
            self.box.close()
        self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Deadlines"), text,
                               QMessageBox.StandardButton.Ok, self.panel.window())
        self.box.setObjectName("reminder")
        self.box.setModal(False)
        self.box.show()
