"""Print the registration journal of a period (АППК 69) as a DOCX."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
)

from app import documents
from app.errors import DomainError
from ui.common.dates import DateField, dates_ok
from ui.common.form_errors import FieldErrors, error_label
from ui.common.widgets import in_documents


def _date_edit(day: dt.date) -> DateField:
    w = DateField(day)
    return w


class JournalPrintDialog(QDialog):
    """With a task runner the journal is rendered off the UI thread (a
    period can hold thousands of appeals); without one, at once."""

    def __init__(self, today: dt.date | None = None, parent=None, runner=None):
        super().__init__(parent)
        self.runner = runner
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Registration journal (art. 69)"))
        self.date_from = _date_edit(today.replace(day=1))
        self.date_to = _date_edit(today)
        self.lang = QComboBox()
        self.lang.addItem("Қазақша", "kk")
        self.lang.addItem("Русский", "ru")
        self.errors = FieldErrors()
        self.general = error_label()
        form = QFormLayout()
        self.errors.add_row(form, "date_from", self.tr("From"), self.date_from)
        self.errors.add_row(form, "date_to", self.tr("To"), self.date_to)
        form.addRow(self.tr("Language"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.submit())
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.saved: Path | None = None

    def submit(self, path: str | None = None) -> None:
        if not dates_ok(self, self.errors, self.general):
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the journal"),
                                                  in_documents("journal.docx"), "Word (*.docx)")
            if not path:
                return
        self.errors.clear()
        self.general.clear()
        args = (self.date_from.value(), self.date_to.value(), self.lang.currentData())
        if self.runner is None:
            try:
                self._done(path, documents.journal(*args))
            except DomainError as exc:
                self._failed(exc)
            return
        self.ok_button.setEnabled(False)
        self.general.setText(self.tr("Preparing the journal…"))
        self.runner.run(documents.journal, *args,
                        on_done=lambda content: self._done(path, content), on_error=self._failed)

    def _done(self, path: str, content: bytes) -> None:
        Path(path).write_bytes(content)
        self.saved = Path(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.accept()

    def _failed(self, exc) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.errors.report(exc, self.general)
        else:
            self.general.setText(str(exc))
