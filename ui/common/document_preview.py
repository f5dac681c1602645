"""The preview of a document as it will print (issue 15 item 4): the DOCX is
converted to PDF by LibreOffice (or Word on Windows) on a task runner, its
pages drawn by PDFium; from here it is printed (the printer and page size
remembered per kind of document), saved as PDF, or opened in Word or
LibreOffice as a copy to edit.  The kept document is never touched: every
file here is a copy in the session's private folder (issue 12 item 7)."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import documents as docs
from app.errors import DomainError
from ui.common import print_memory, scratch
from ui.common.fit import fit_size
from ui.common.messages import message
from ui.common.tasks import TaskRunner
from ui.common.widgets import in_documents

SCREEN_DPI = 96
PRINT_DPI = 300          # pages are drawn for the printer at most this fine (85 ms an A4 page)
ZOOMS = (0, 50, 75, 100, 125, 150, 200)   # 0: the page's width fits the window
GAP = 12
KEEP_PAGES = 6   # pages kept drawn on each side of the view

_runner: list[TaskRunner] = []


def conversions() -> TaskRunner:
    """The runner of conversions: one for the app, apart from the database's,
    so a two-second conversion never holds up the lists."""
    if not _runner:
        _runner.append(TaskRunner(QApplication.instance()))
        docs.keep_profile_in(scratch.session())
    return _runner[0]


def shutdown() -> None:
    """At exit: a conversion under way is killed (the app does not wait for
    its time limit), the idle LibreOffice ends, then the worker."""
    docs.stop_converter()
    if _runner:
        _runner.pop().shutdown()


def to_image(page: docs.Page) -> QImage:
    return QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


def _convert(docx: Path, out: Path) -> tuple[Path, list[tuple[float, float]]]:
    [made] = docs.to_pdf([docx], out, keep_warm=True)
    return made, docs.page_sizes(made)


class DocumentPreview(QDialog):
    """``kind``: the document's kind (act, answer, inventory...), which
    printer and page size it remembers.  ``content``: the DOCX bytes."""

    def __init__(self, title: str, kind: str, content: bytes, file_stem: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=title))
        self.setObjectName("document_preview")
        self.kind, self.file_stem = kind, file_stem
        self.folder = scratch.folder()
        self.docx = self.folder / f"{file_stem}.docx"
        self.docx.write_bytes(content)
        self.pdf_path: Path | None = None
        self.page_sizes: list[tuple[float, float]] = []
        self.sheets: list[QLabel] = []            # one blank sheet per page, at the zoom's size
        self.rendered: dict[int, QImage] = {}     # the pages drawn, around the view
        self._asked: set[int] = set()
        self._dpi = float(SCREEN_DPI)
        self.error: DomainError | None = None
        self._alive, self._started, self._render_no = True, 0.0, 0

        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        for z in ZOOMS:
            self.zoom.addItem(self.tr("Page width") if z == 0 else f"{z} %", z)
        self.zoom.setEnabled(False)
        self.zoom.currentIndexChanged.connect(lambda _: self._render())
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(self.tr("Zoom")))
        top.addWidget(self.zoom)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)   # a conversion says nothing of its progress: busy, with the seconds
        self.busy_label = QLabel()
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setWordWrap(True)
        waiting = QWidget()
        w = QVBoxLayout(waiting)
        w.addStretch()
        w.addWidget(self.busy_label)
        w.addWidget(self.busy)
        w.addStretch()
        self.sheet = QWidget()
        self.sheet.setObjectName("pages")
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setSpacing(GAP)
        self.sheet_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.sheet)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(self.scroll.backgroundRole().Dark)
        self.stack = QStackedWidget()
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.scroll)
        self.scrolled = QTimer(self)
        self.scrolled.setSingleShot(True)
        self.scrolled.setInterval(40)
        self.scrolled.timeout.connect(self._draw_visible)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _: self.scrolled.start())

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.edit_button = QPushButton(self.tr("Open in Word or LibreOffice"))
        self.edit_button.setObjectName("open_editor")
        self.edit_button.setToolTip(self.tr("A copy opens for editing; the issued document stays as it was issued."))
        close = QPushButton(self.tr("Close"))
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
        for b in (self.print_button, self.save_button, self.edit_button, close):
            b.setAutoDefault(False)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.edit_button.clicked.connect(self.open_in_editor)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.edit_button)
        bar.addStretch()
        bar.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._step_zoom(-1))
        self.tick = QTimer(self)
        self.tick.setInterval(500)
        self.tick.timeout.connect(self._show_waiting)
        fit_size(self, 900, 688)   # a laptop: 768 less the taskbar and the title bar
        self.convert()

    # conversion -------------------------------------------------------
    def convert(self) -> None:
        program = docs.converter()
        if program is None:
            self._fail(DomainError("pdf_unavailable"))
            return
        self.engine = "Microsoft Word" if program == "word" else "LibreOffice"
        self._started = time.monotonic()
        self._show_waiting()
        self.tick.start()
        conversions().run_unconnected(_convert, self.docx, self.folder, on_done=self._converted, on_error=self._fail)

    def _show_waiting(self) -> None:
        seconds = int(time.monotonic() - self._started)
        self.busy_label.setText(self.tr("Making the pages with {engine}… {s} s").format(
            engine=self.engine, s=seconds))
        self.status.setText(self.tr("Converting…"))

    def _live(self) -> bool:
        """False once the window is closed or gone (a conversion may end after)."""
        return self._alive and isValid(self)

    def _converted(self, result) -> None:
        if not self._live():
            return
        self.tick.stop()
        self.pdf_path, self.page_sizes = result
        self.status.setText(self.tr("Pages: {n}").format(n=len(self.page_sizes)))
        for b in (self.print_button, self.save_button):
            b.setEnabled(True)
        self.zoom.setEnabled(True)
        self.stack.setCurrentIndex(1)
        self.scroll.setFocus()   # the arrows and Page Down scroll the pages; Enter prints
        self._render()

    def _fail(self, exc) -> None:
        if not self._live():
            return
        self.tick.stop()
        self.error = exc if isinstance(exc, DomainError) else DomainError("pdf_failed", detail=str(exc))
        self.busy.hide()
        self.busy_label.setText(message(self.error))
        self.status.setText(self.tr("No preview"))
        self.stack.setCurrentIndex(0)

    # pages ------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.page_sizes)

    def dpi(self) -> float:
        zoom = self.zoom.currentData()
        if zoom:
            return SCREEN_DPI * zoom / 100
        widest = max((w for w, _ in self.page_sizes), default=595.0)   # points
        room = max(200, self.scroll.viewport().width() - 2 * GAP - 24)
        return min(room / (widest / docs.POINTS_PER_INCH), SCREEN_DPI * 2)

    def _render(self) -> None:
        """Lay the pages out at the zoom's size (blank sheets), then draw
        those in view: a long document costs what the window shows."""
        if self.pdf_path is None or not self._live():
            return
        self._render_no += 1
        self._dpi = self.dpi()
        self.rendered.clear()
        self._asked.clear()
        while self.sheet_layout.count():
            item = self.sheet_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.sheets = []
        for i, (w_pt, h_pt) in enumerate(self.page_sizes):
            view = QLabel()
            view.setObjectName(f"page_{i + 1}")
            view.setFixedSize(QSize(round(w_pt / docs.POINTS_PER_INCH * self._dpi),
                                    round(h_pt / docs.POINTS_PER_INCH * self._dpi)))
            view.setStyleSheet("background: white; border: 1px solid #888;")
            self.sheet_layout.addWidget(view)
            self.sheets.append(view)
        self.sheet.adjustSize()
        QTimer.singleShot(0, self._draw_visible)

    def visible_pages(self) -> list[int]:
        """The pages in view, and one on each side (scrolling shows them next)."""
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        shown = [i for i, v in enumerate(self.sheets) if v.y() + v.height() >= top and v.y() <= bottom]
        if not shown:
            return [0] if self.sheets else []
        return list(range(max(0, shown[0] - 1), min(len(self.sheets), shown[-1] + 2)))

    def _draw_visible(self) -> None:
        if not self._live() or self.pdf_path is None:
            return
        wanted = [i for i in self.visible_pages() if i not in self.rendered and i not in self._asked]
        anchor = (wanted or self.visible_pages() or [0])[0]
        for i in list(self.rendered):   # far from view: the memory goes back
            if abs(i - anchor) > KEEP_PAGES:
                del self.rendered[i]
                self.sheets[i].clear()
        if not wanted:
            return
        first, last = wanted[0], wanted[-1]
        self._asked.update(range(first, last + 1))
        number = self._render_no
        conversions().run_unconnected(docs.render_pages, self.pdf_path, self._dpi, first, last,
                                      on_done=lambda result: self._rendered(number, first, result),
                                      on_error=self._fail)

    def _rendered(self, number: int, first: int, result: list[docs.Page]) -> None:
        if not self._live() or number != self._render_no:
            return   # closed, or a newer zoom asked for meanwhile
        for i, page in enumerate(result, start=first):
            image = to_image(page)
            self.rendered[i] = image
            self._asked.discard(i)
            self.sheets[i].setPixmap(QPixmap.fromImage(image))
        self._draw_visible()   # scrolled meanwhile

    def image(self, index: int) -> QImage | None:
        """Page ``index`` as drawn now (None: not in view, not drawn yet)."""
        return self.rendered.get(index)

    def _step_zoom(self, step: int) -> None:
        self.zoom.setCurrentIndex(max(0, min(self.zoom.count() - 1, self.zoom.currentIndex() + step)))

    def resizeEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.pdf_path is not None and self.zoom.currentData() == 0:
            QTimer.singleShot(0, self._render)

    # actions ------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        print_memory.restore(printer, self.kind)
        printer.setDocName(self.file_stem)
        printer.setFullPage(True)   # the PDF's pages carry their own margins
        printer.setFromTo(1, self.page_count)
        return printer

    def print_document(self) -> bool:
        """The print dialog on the printer remembered for this kind; prints."""
        if self.pdf_path is None:
            return False
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_memory.remember(printer, self.kind)
        if not self.print_to(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The document was not printed."))
            return False
        return True

    def print_to(self, printer: QPrinter) -> bool:
        """Each page of the PDF drawn on the printer's paper at its true size
        (shrunk only where the paper is smaller); False on a printer error."""
        assert self.pdf_path is not None
        first, last = 1, self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or self.page_count, self.page_count)
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if not painter.begin(printer):
                return False
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for number in range(first, last + 1):
                if number > first and not printer.newPage():
                    return False
                [page] = docs.render_pages(self.pdf_path, dpi, number - 1, number - 1)
                w_in, h_in = page.size_pt[0] / 72, page.size_pt[1] / 72
                scale = min(1.0, paper.width() / (w_in * printer.resolution()),
                            paper.height() / (h_in * printer.resolution()))
                painter.drawImage(QRectF(0, 0, w_in * printer.resolution() * scale,
                                         h_in * printer.resolution() * scale), to_image(page))
            return printer.printerState() != QPrinter.PrinterState.Error
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return False
        finally:
            if painter.isActive():
                painter.end()
            QApplication.restoreOverrideCursor()

    def save_pdf(self) -> str | None:
        if self.pdf_path is None:
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              in_documents(f"{self.file_stem}.pdf"), "PDF (*.pdf)")
        if path:
            return self.save_pdf_to(path)
        return None

    def save_pdf_to(self, path: str) -> str | None:
        assert self.pdf_path is not None
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(DomainError("copy_failed", detail=str(exc))))
            return None
        return str(target)

    def open_in_editor(self) -> Path:
        """A fresh copy each time (an edit in Word stays in that copy)."""
        copy = scratch.folder() / self.docx.name
        shutil.copyfile(self.docx, copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def done(self, result: int) -> None:
        self._alive = False
        self.tick.stop()
        super().done(result)
