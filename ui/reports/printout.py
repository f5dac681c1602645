"""The report on paper (issue 16 item 3): every table of the report, this
period, a year earlier and the difference, with the office, both periods and
the art. 69.3 note; previewed and printed through Qt (A4 across, the printer
remembered for reports), or saved as PDF from the print dialog."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from app import reports
from ui.common import print_memory
from ui.reports.labels import labels

KIND = "report"   # the printer and page remembered for reports


def report_html(report: reports.Report, office_name: str, row_label, parts=("current", "previous", "difference")) -> str:
    """The whole report as HTML; ``row_label(table, code)`` names a row."""
    e = html.escape
    title = QCoreApplication.translate("ReportPrint", "Information on the work with appeals")
    period = QCoreApplication.translate("ReportPrint", "{first} – {last} compared with {pfirst} – {plast}").format(
        first=f"{report.period.first:%d.%m.%Y}", last=f"{report.period.last:%d.%m.%Y}",
        pfirst=f"{report.previous.first:%d.%m.%Y}", plast=f"{report.previous.last:%d.%m.%Y}")
    # Narrow columns on paper: short names of the three parts (the window has the long ones).
    short = {"current": QCoreApplication.translate("ReportPrint", "now"), "previous": QCoreApplication.translate("ReportPrint", "year ago"), "difference": "±"}
    out = [f"<h3 align='center'>{e(office_name)}</h3>", f"<h2 align='center'>{e(title)}</h2>",
           f"<p align='center'>{e(period)}</p>"]
    for spec in reports.TABLES:
        table = report.table(spec.code)
        out.append(f"<h4>{e(labels('table', spec.code))}</h4>")
        head = ["<th width='16%'></th>"] + [f"<th colspan='{len(parts)}'>{e(labels('column', m))}</th>" for m in table.columns]
        sub = ["<th></th>"] + [f"<th>{e(short[p])}</th>" for _ in table.columns for p in parts]
        rows = []
        for code in table.rows:
            cells = []
            for measure in table.columns:
                cell = table.cell(code, measure)
                for p in parts:
                    value = {"current": cell.current, "previous": cell.previous, "difference": cell.difference}[p]
                    text = f"{value:+d}" if p == "difference" and value else str(value)
                    cells.append(f"<td align='right'>{text}</td>")
            rows.append(f"<tr><td width='16%'>{e(row_label(table, code))}</td>{''.join(cells)}</tr>")
        out.append("<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
                   f"<tr>{''.join(head)}</tr><tr>{''.join(sub)}</tr>{''.join(rows)}</table>")
    for note in report.notes:
        out.append(f"<p><i>{e(labels('text', f'note:{note}'))}</i></p>")
    signed = QCoreApplication.translate("ReportPrint", "Head: ____________________   Date: {date}").format(date=f"{report.today:%d.%m.%Y}")
    out.append(f"<p><br/>{e(signed)}</p>")
    return "".join(out)


def document(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-size: 8pt; } th { background: #eeeeee; font-size: 7pt; }")
    doc.setHtml(text)
    return doc


def printer() -> QPrinter:
    """A4 across unless this workstation chose otherwise for reports."""
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    print_memory.restore(p, KIND)
    if print_memory.remembered_printer(KIND) == "" and p.pageLayout().orientation() == QPageLayout.Orientation.Portrait:
        p.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                    QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    return p


def print_to(text: str, target: QPrinter) -> bool:
    doc = document(text)
    doc.setPageSize(QSizeF(target.pageLayout().paintRectPoints().size()))   # the page's width, in points
    doc.print_(target)
    return target.printerState() != QPrinter.PrinterState.Error


def preview(text: str, parent) -> QPrintPreviewDialog:
    """Qt's print preview of the report; printing from it remembers the printer."""
    target = printer()
    dialog = QPrintPreviewDialog(target, parent)
    dialog.printer_kept = target   # the dialog does not own its printer: it must live as long
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrint", "Information on the work with appeals"))
    dialog.paintRequested.connect(lambda p: (print_to(text, p), print_memory.remember(p, KIND)))
    return dialog
