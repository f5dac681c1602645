"""The printable daily control list: every list of the chosen scope, as an
HTML document printed or saved as PDF."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ui.case.workflow_labels import CLOCKS, LISTS, final_name
from ui.common.labels import label


def list_html(office: str, scope: str, today: dt.date, within: int, lists: dict,
              details: dict) -> str:
    """``lists`` maps a list code to its app.queries.control.ControlItem rows;
    ``details`` maps a case id to its number, applicant and executor."""
    e = html.escape
    title = QCoreApplication.translate("ControlPrint", "Control list for {date}").format(
        date=today.strftime("%d.%m.%Y"))
    parts = [f"<h2>{e(office)}</h2>", f"<h3>{e(title)}</h3>", f"<p>{e(scope)}</p>"]
    headers = (QCoreApplication.translate("ControlPrint", "Number"),
               QCoreApplication.translate("ControlPrint", "Applicant"),
               QCoreApplication.translate("ControlPrint", "Executor"),
               QCoreApplication.translate("ControlPrint", "What is due"),
               QCoreApplication.translate("ControlPrint", "Due"),
               QCoreApplication.translate("ControlPrint", "Days left"))
    nobody = QCoreApplication.translate("ControlPrint", "not assigned")   # no executor named yet
    for code, items in lists.items():
        title = label(LISTS, code).format(n=within)
        parts.append(f"<h4>{e(title)}: {len(items)}</h4>")
        if not items:
            continue
        rows = "".join(
            "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in (
                details[i.appeal_id].reg_number, details[i.appeal_id].applicant,
                details[i.appeal_id].executor or nobody,
                label(CLOCKS, i.kind) if i.kind != "final" else
                final_name(details[i.appeal_id].term_article),
                i.due_on.strftime("%d.%m.%Y"), i.days_left)) + "</tr>"
            for i in items)
        head = "".join(f"<th align='left'>{e(h)}</th>" for h in headers)
        parts.append(f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                     f"<tr>{head}</tr>{rows}</table>")
    return "".join(parts)


def document(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc


def setup(printer: QPrinter) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout.Unit.Millimeter))


def save_pdf(text: str, path: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    setup(printer)
    document(text).print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error
