"""A reason typed for a recorded decision (a refusal, a cancellation, a
withdrawn reception): a refusal by the service is shown under the text,
which stays as typed."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from app.errors import DomainError, ValidationErrors
from ui.common.form_errors import error_label
from ui.common.messages import message


class ReasonDialog(QDialog):
    """Calls ``save(text)``; closes when it returns, explains when it raises."""

    def __init__(self, title: str, caption: str, save, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.text = QPlainTextEdit()
        self.text.setObjectName("reason")
        self.text.setFixedHeight(80)
        self.error = error_label("reason_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(caption))
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 200)

    def submit(self) -> None:
        try:
            self.save(self.text.toPlainText())
        except DomainError as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.error.setText("\n".join(message(e) for e in errors))
            self.error.show()
            return
        self.accept()
