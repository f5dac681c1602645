"""Acting on a modal dialog from a test: the dialog's exec() blocks, so the
action is scheduled before and runs once the dialog is shown."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(kind, act, seen: list) -> None:
    """Call ``act(dialog)`` on the next modal dialog of ``kind``."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)
