"""Outage mode in the main window (issue 16 item 4): a checkable action
"e-Otinish is down" for the registrar and the administrator, and a banner
that says clearly, to everyone, that the office registers without e-Otinish
now.  The start and the end are recorded by ``app.eotinish`` (who, when)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from app import eotinish
from app.errors import DomainError


class OutageControls(QObject):
    """``action`` (checkable) and ``banner``; ``changed`` after a start or an end.
    ``failed`` (DomainError) when the service refuses or the database fails."""
    changed = Signal()
    failed = Signal(object)

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.outage = None
        self.action = QAction(self.tr("e-Otinish is down"), parent)
        self.action.setObjectName("action_eotinish_outage")
        self.action.setCheckable(True)
        self.action.triggered.connect(self.toggle)
        self.banner = QLabel()
        self.banner.setObjectName("eotinish_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #b00020; color: white; font-weight: bold; padding: 6px;")
        self.banner.hide()
        self.reload()

    def reload(self) -> None:
        """Read the outage state again (another workstation may have marked it)."""
        try:
            self.outage = eotinish.current_outage()
        except DomainError as exc:
            self.failed.emit(exc)
            return
        self._show()

    def _show(self) -> None:
        on = self.outage is not None
        self.action.setChecked(on)
        self.banner.setVisible(on)
        if on:
            long = self.outage.lasted(dt.datetime.now()) > eotinish.LONG
            text = self.tr("Outage mode: e-Otinish is marked as down since {at} ({who}). Appeals registered now "
                           "are flagged and wait in the control panel for their e-Otinish number.").format(
                at=self.outage.started_at.strftime("%d.%m.%Y %H:%M"), who=self.outage.started_by)
            if long:
                text += " " + self.tr("Down for more than an hour: follow the set procedure for an outage of "
                                      "e-Otinish and enter the numbers once it is back.")
            self.banner.setText(text)

    def toggle(self, checked: bool) -> None:
        try:
            if checked:
                eotinish.start_outage(self.user)
            else:
                eotinish.end_outage(self.user)
        except DomainError as exc:
            self.reload()
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()
