"""Error messages shown next to the fields they concern."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.errors import DomainError, ValidationErrors
from ui.common.messages import message


def error_label(name: str = "general_error") -> QLabel:
    """A red, wrapping label for messages that belong to no single field."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class FieldErrors:
    """A red label under each registered field; ``show`` fills them."""

    def __init__(self):
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, field: str, caption: str, widget: QWidget) -> QLabel:
        """Add ``widget`` to ``form`` with an (initially hidden) error label."""
        caption_label = QLabel(caption)
        form.addRow(caption_label, widget)
        error = error_label(f"error_{field}")
        error.hide()
        form.addRow("", error)
        self._labels[field] = error
        self._widgets[field] = widget
        return caption_label

    def add_label(self, field: str, error: QLabel, widget: QWidget) -> None:
        """Show ``field``'s errors in ``error`` (placed by the caller), e.g.
        under a table."""
        error.hide()
        self._labels[field] = error
        self._widgets[field] = widget

    def clear(self) -> None:
        for lbl in self._labels.values():
            lbl.clear()
            lbl.hide()

    def clear_field(self, field: str) -> None:
        lbl = self._labels.get(field)
        if lbl is not None:
            lbl.clear()
            lbl.hide()

    def show(self, exc: DomainError) -> list[str]:
        """Show the field errors of ``exc``; returns messages with no field."""
        self.clear()
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        unplaced, first = [], None
        for err in errors:
            lbl = self._labels.get(err.field or "")
            if lbl is None:
                unplaced.append(message(err))
                continue
            lbl.setText(message(err))
            lbl.show()
            first = first or self._widgets[err.field]
        if first is not None:
            first.setFocus()
        return unplaced

    def report(self, exc: DomainError, general: QLabel) -> None:
        """Show ``exc`` next to its fields; the summary and the rest in ``general``."""
        general.setText("\n".join([message(exc)] + self.show(exc)))

    def show_at(self, widget: QWidget, text: str) -> bool:
        """Show ``text`` under ``widget`` if it is one of ours (a date typed
        wrong, found before the form reaches the service)."""
        for field, w in self._widgets.items():
            if w is widget or w.isAncestorOf(widget):
                self._labels[field].setText(text)
                self._labels[field].show()
                return True
        return False

    def first_widget(self) -> QWidget | None:
        """The field of the first error shown, to bring its page to the front."""
        for field, lbl in self._labels.items():
            if lbl.text() and not lbl.isHidden():
                return self._widgets[field]
        return None

    def widget(self, field: str) -> QWidget | None:
        """The input registered for ``field`` (e.g. to open a page at it)."""
        return self._widgets.get(field)

    def text(self, field: str) -> str:
        lbl = self._labels.get(field)
        return lbl.text() if lbl is not None and not lbl.isHidden() else ""
