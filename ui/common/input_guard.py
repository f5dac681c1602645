"""One application-wide guard for keyboard-first entry (issue 14 item 2):

- the mouse wheel never changes a combo box, a spin box or a date field the
  user has not focused: scrolling a long form must not silently turn an
  application into a complaint or set an empty date;
- Tab and Shift+Tab leave a multi-line field (a substance, a reasoning)
  instead of typing a tab into it.

Installed once on the QApplication (``install``), so every window and
dialog, present and future, follows it without each remembering to.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QPlainTextEdit, QTextEdit, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class InputGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:   # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(obj, _GUARDED) and not obj.hasFocus():
            event.ignore()
            return True   # the value stays as typed
        if kind == QEvent.Type.Polish and isinstance(obj, QWidget):
            if isinstance(obj, _GUARDED):
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # the wheel does not take focus
            elif isinstance(obj, (QPlainTextEdit, QTextEdit)) and not obj.isReadOnly():
                obj.setTabChangesFocus(True)
        return False


def install(app: QApplication) -> InputGuard:
    """Install the guard on ``app`` (kept as its child, so it lives as long)."""
    guard = InputGuard(app)
    app.installEventFilter(guard)
    return guard
