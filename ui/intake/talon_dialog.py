"""Talon preview: choose the layout, print, or save as PDF.  Each print or
save is logged; copies after the first print as duplicates."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app import appeal
from app.errors import DomainError
from ui.common import print_memory
from ui.common.fit import fit_size
from ui.common.messages import message
from ui.common.widgets import in_documents
from ui.intake.talon_render import print_to, save_pdf, setup_printer

LAYOUT_KEY = "print/talon/layout"


class TalonDialog(QDialog):
    def __init__(self, appeal_id: int, user_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Talon"))
        self.appeal_id, self.user_id = appeal_id, user_id
        self.data = appeal.talon_data(appeal_id)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("talon_layout")
        self.layout_box.addItem(self.tr("A5 sheet"), "a5")
        self.layout_box.addItem(self.tr("80 mm receipt"), "receipt80")
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.paintRequested.connect(lambda p: print_to(p, self.data, self.layout_code))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        close = QPushButton(self.tr("Close"))
        self.note = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Layout")))
        bar.addWidget(self.layout_box)
        bar.addStretch()
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.preview)
        last = self.layout_box.findData(QSettings().value(LAYOUT_KEY, "a5"))
        self.layout_box.setCurrentIndex(max(0, last))   # the layout this workstation printed last
        self.layout_box.currentIndexChanged.connect(self._on_layout_changed)
        self.print_button.clicked.connect(self._on_print)
        self.pdf_button.clicked.connect(self._on_save_pdf)
        close.clicked.connect(self.accept)
        self._on_layout_changed()
        fit_size(self, 720, 680)   # the preview shrinks; 1366×768 with the taskbar

    @property
    def layout_code(self) -> str:
        return self.layout_box.currentData()

    @property
    def memory_key(self) -> str:
        return f"talon-{self.layout_code}"

    def _on_layout_changed(self) -> None:
        setup_printer(self.printer, self.layout_code)
        self._update_note()
        self.preview.updatePreview()

    def _update_note(self) -> None:
        self.note.setText(self.tr("This will be a duplicate (copy {n}).").format(n=self.data.copy_no)
                          if self.data.duplicate else "")

    def _log_print(self, medium: str) -> None:
        """Record a successful print or save, then re-read the copy number."""
        try:
            appeal.record_print(self.appeal_id, self.layout_code, self.user_id, medium)
            self.data = appeal.talon_data(self.appeal_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
        self._update_note()
        self.preview.updatePreview()

    def _on_print(self) -> None:
        # The receipt printer for the 80 mm talon, the A4/A5 one for the sheet (issue 15 item 4).
        print_memory.restore(self.printer, self.memory_key, page=None)
        setup_printer(self.printer, self.layout_code)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_memory.remember(self.printer, self.memory_key, page=False)
            QSettings().setValue(LAYOUT_KEY, self.layout_code)
            setup_printer(self.printer, self.layout_code)
            print_to(self.printer, self.data, self.layout_code)
            if self.printer.printerState() == QPrinter.PrinterState.Error:
                QMessageBox.warning(self, self.windowTitle(), self.tr("The talon was not printed."))
                return
            self._log_print("paper")

    def save_pdf_to(self, path: str) -> bool:
        if not save_pdf(self.data, self.layout_code, path):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The PDF could not be written to {path}.").format(path=path))
            return False
        self._log_print("pdf")
        return True

    def _on_save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{folder}/talon-{self.data.number.replace('/', '-')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save talon as PDF"), in_documents(name), "PDF (*.pdf)")
        if path:
            self.save_pdf_to(path)
