"""The card's Documents tab: the documents issued in the case (never
overwritten), a new one from a template, its preview as it will print (from
which it is printed or saved as PDF), and opening or saving a copy."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import documents
from app.errors import DomainError
from ui.case.document_dialog import DocumentDialog
from ui.case.workflow_labels import DOCUMENTS
from ui.common import scratch
from ui.common.document_preview import DocumentPreview
from ui.common.labels import LANGUAGES, label
from ui.common.messages import show_error
from ui.common.widgets import file_name


class DocumentsTab(QWidget):
    """Signals:
        issued: a document was kept (the card reloads its history).
    """
    issued = Signal()

    def __init__(self, appeal_id: int, user, language: str, today=None, parent=None, runner=None):
        super().__init__(parent)
        self.shared_runner = runner
        self.appeal_id, self.user, self.language, self.today = appeal_id, user, language, today
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("documents")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Document"),
                                              self.tr("Language"), self.tr("Issued"),
                                              self.tr("SHA-256")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("New document…"))
        self.new_button.setObjectName("new_document")
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.setObjectName("preview")
        self.inventory_button = QPushButton(self.tr("Inventory of the case (art. 69)"))
        self.inventory_button.setObjectName("inventory")
        self.preview_button.clicked.connect(self.preview_selected)
        self.inventory_button.clicked.connect(self.open_inventory)
        self.table.doubleClicked.connect(lambda _: self.preview_selected())
        self.preview: DocumentPreview | None = None   # the last one opened (tests look at it)
        self.new_button.setEnabled(user is not None)
        self.new_button.clicked.connect(self.new_document)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        bar = QHBoxLayout()
        for b in (self.new_button, self.preview_button, self.open_button, self.save_button,
                  self.inventory_button):
            bar.addWidget(b)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.rows: list = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = documents.list_for(self.appeal_id)
        self.table.setRowCount(len(self.rows))
        for r, d in enumerate(self.rows):
            cells = (d.number, label(DOCUMENTS, d.kind), label(LANGUAGES, d.lang),
                     d.created_at.strftime("%d.%m.%Y %H:%M"), d.sha256[:16])
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def new_document(self, template: str = "act") -> DocumentDialog:
        dialog = DocumentDialog(self.appeal_id, self.user, self.language, template, self.today, self,
                                self.shared_runner)
        if dialog.exec() and dialog.issued is not None:
            self.refresh()
            self.issued.emit()
            row = next((r for r, d in enumerate(self.rows) if d.id == dialog.issued.id), None)
            if row is not None:   # what was issued, as it will print
                self.table.selectRow(row)
                self.preview_selected()
        return dialog

    def _selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def write_copy(self, doc, folder: Path) -> Path:
        """A copy of the issued file (the kept one is never touched)."""
        path = folder / f"{file_name(doc.number)}-{doc.kind}-{doc.lang}.docx"
        path.write_bytes(documents.content(doc.id))
        return path

    def open_selected(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        try:
            path = self.write_copy(doc, scratch.folder())
        except DomainError as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))   # Word or LibreOffice

    def save_selected(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save a copy to"))
        if folder:
            try:
                self.write_copy(doc, Path(folder))
            except DomainError as exc:
                show_error(self, exc)
            except OSError as exc:
                show_error(self, DomainError("copy_failed", detail=str(exc)))

    def open_inventory(self) -> Path | None:
        """The inventory of the case's documents (art. 69), as it will print."""
        try:
            content = documents.inventory(self.appeal_id, self.language
                                                 if self.language in ("kk", "ru") else "kk")
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.preview = DocumentPreview(self.inventory_button.text(), "inventory", content, "inventory", self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview.docx

    def preview_selected(self) -> DocumentPreview | None:
        """The selected document as it will print; printed or saved as PDF from there."""
        doc = self._selected()
        if doc is None:
            return None
        try:
            content = documents.content(doc.id)
        except DomainError as exc:
            show_error(self, exc)
            return None
        title = f"{label(DOCUMENTS, doc.kind)} № {doc.number}"
        stem = f"{file_name(doc.number)}-{doc.kind}-{doc.lang}"
        self.preview = DocumentPreview(title, doc.kind, content, stem, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()   # window-modal: the card stays where it was
        return self.preview
