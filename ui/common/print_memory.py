"""Printers remembered per kind of document (issue 15 item 4): the acts go to
the A4 printer, the talons to the receipt printer, and each print dialog opens
on what was last chosen for that kind on this workstation (QSettings, the
user's own).  A remembered printer that is gone is not forced on anyone: the
system's default is used and the page size is kept."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

GROUP = "print"
DEFAULT_PAGE = QPageSize.PageSizeId.A4   # acts, answers, notices, protocols, the inventory


def _key(kind: str, name: str) -> str:
    return f"{GROUP}/{kind}/{name}"


def restore(printer: QPrinter, kind: str, page: QPageSize.PageSizeId | None = DEFAULT_PAGE) -> None:
    """Set the printer, page size and orientation last used for ``kind``
    (``page``: the size when nothing is remembered; None keeps the printer's)."""
    settings = QSettings()
    name = str(settings.value(_key(kind, "printer"), "") or "")
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    size = settings.value(_key(kind, "page"))
    try:
        page_id = QPageSize.PageSizeId(int(size)) if size is not None else page   # type: ignore[arg-type]
    except (TypeError, ValueError):
        page_id = page
    if page_id is not None:
        printer.setPageSize(QPageSize(page_id))
    landscape = str(settings.value(_key(kind, "landscape"), "false")).lower() == "true"
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)


def remember(printer: QPrinter, kind: str, page: bool = True) -> None:
    """Keep what the print dialog ended on (the PDF writer is not a printer)."""
    settings = QSettings()
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        settings.setValue(_key(kind, "printer"), printer.printerName())
    if page:
        settings.setValue(_key(kind, "page"), int(printer.pageLayout().pageSize().id().value))
        settings.setValue(_key(kind, "landscape"),
                          printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape)


def remembered_printer(kind: str) -> str:
    return str(QSettings().value(_key(kind, "printer"), "") or "")
