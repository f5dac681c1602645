"""The pages of a PDF as pixels and text, through PDFium (``pypdfium2``):
what the preview shows and prints is the PDF LibreOffice or Word made, page
for page.  No Qt here: the UI turns the pixels into images."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import DomainError

POINTS_PER_INCH = 72
# PDFium is not thread-safe, not even for two documents: the preview draws on
# its worker while a print draws on the UI thread.  One call at a time.
_pdfium = threading.Lock()


@dataclass(frozen=True)
class Page:
    """One rendered page: RGB pixels, three bytes each, rows ``stride`` apart;
    ``size_pt`` the page's size in points (1/72 inch)."""
    width: int
    height: int
    stride: int
    pixels: bytes
    size_pt: tuple[float, float]


def _open(path: Path):
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise DomainError("pdf_unreadable", detail=str(exc)) from exc


def count(path: Path) -> int:
    with _pdfium:
        pdf = _open(path)
        try:
            return len(pdf)
        finally:
            pdf.close()


def sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    with _pdfium:
        pdf = _open(path)
        try:
            return [tuple(pdf[i].get_size()) for i in range(len(pdf))]
        finally:
            pdf.close()


def render(path: Path, dpi: float, first: int = 0, last: int | None = None) -> list[Page]:
    """Pages ``first``..``last`` (0-based, inclusive) at ``dpi``."""
    with _pdfium:
        pdf = _open(path)
        try:
            last = len(pdf) - 1 if last is None else min(last, len(pdf) - 1)
            return [_render_one(pdf, i, dpi) for i in range(first, last + 1)]
        finally:
            pdf.close()


def _render_one(pdf, index: int, dpi: float) -> Page:
    page = pdf[index]
    try:
        # rev_byteorder: RGB rather than PDFium's BGR, for QImage's RGB888
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
        try:
            return Page(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer),
                        tuple(page.get_size()))
        finally:
            bitmap.close()
    finally:
        page.close()


def text(path: Path, index: int) -> str:
    """The text of one page (tests, and the self-test's check of the letters)."""
    with _pdfium:
        pdf = _open(path)
        try:
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                return textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
        finally:
            pdf.close()
