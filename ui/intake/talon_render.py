"""The talon (АППК 64.2) as a bilingual Kazakh/Russian document, printed
through Qt: A5 sheet or 80 mm receipt roll, to a printer or to PDF."""
from __future__ import annotations

import html
import io
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.appeal import TalonData
from app.office import bilingual_position

KIND_NAMES = {  # kk / ru, АППК art. 4
    "application": ("Арыз", "Заявление"), "complaint": ("Шағым", "Жалоба"),
    "message": ("Хабар", "Сообщение"), "proposal": ("Ұсыныс", "Предложение"),
    "response": ("Үн қосу", "Отклик"), "request": ("Сұрау салу", "Запрос"),
    "petition": ("Петиция", "Петиция"),
}
PAGE_SIZES = {"a5": QPageSize(QPageSize.PageSizeId.A5),
              "receipt80": QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter, "Receipt 80 mm")}
MARGINS_MM = {"a5": 12, "receipt80": 4}
QR_URL = QUrl("talon://qr.png")


def _row(kk: str, ru: str, value: str) -> str:
    return (f"<tr><td style='color:#444'>{kk}<br/><i>{ru}</i></td>"
            f"<td><b>{html.escape(value)}</b></td></tr>")


def talon_html(t: TalonData, layout: str) -> str:
    size = "8pt" if layout == "receipt80" else "10pt"
    kind_kk, kind_ru = KIND_NAMES.get(t.kind, (t.kind, t.kind))
    dup = ("<p align='center' style='color:#b00020'><b>ТЕЛНҰСҚА / ДУБЛИКАТ</b> "
           f"(№ {t.copy_no})</p>") if t.duplicate else ""
    rows = "".join([
        _row("Тіркеу нөмірі", "Регистрационный номер", t.number),
        _row("Қабылданған күні мен уақыты", "Дата и время приёма", t.received_at.strftime("%d.%m.%Y %H:%M")),
        _row("Тіркелген күні", "Дата регистрации", t.registered_on.strftime("%d.%m.%Y")),
        _row("Түрі", "Вид", f"{kind_kk} / {kind_ru}"),   # a message is no жолданым (АППК 4.16)
        _row("Арыз иесі", "Заявитель", t.applicant or "—"),
        _row("Қарау мерзімі", "Срок рассмотрения", t.due_on.strftime("%d.%m.%Y")),
        _row("Қабылдаған", "Принял(а)", f"{t.acceptor_surname} {t.acceptor_name}"),
        _row("Лауазымы", "Должность", bilingual_position(t.acceptor_position)),
        _row("Телефон", "Телефон", t.office_phone or "—"),
    ])
    qr = 70 if layout == "receipt80" else 96
    return f"""<html><body style="font-family:'DejaVu Sans'; font-size:{size}">
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td><b>{html.escape(t.office_name_kk)}</b><br/>{html.escape(t.office_name_ru)}
<h3>ТАЛОН № {html.escape(t.number)}</h3></td>
<td align="right" width="{qr}"><img src="{QR_URL.toString()}" width="{qr}" height="{qr}"/></td>
</tr></table>{dup}
<table cellspacing="0" cellpadding="2" width="100%">{rows}</table>
<p style="font-size:7pt; color:#444">ҚР ӘРПК 64-бабының 2-бөлігі / АППК РК, ч. 2 ст. 64.
{html.escape(t.office_address)}</p></body></html>"""


def qr_image(text: str) -> QImage:
    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="png", scale=6, border=2)
    return QImage.fromData(buf.getvalue(), "PNG")


def make_document(t: TalonData, layout: str) -> QTextDocument:
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, qr_image(t.number))
    doc.setHtml(talon_html(t, layout))
    doc.setDocumentMargin(0)
    return doc


def setup_printer(printer: QPrinter, layout: str) -> None:
    printer.setPageSize(PAGE_SIZES[layout])
    m = MARGINS_MM[layout]
    printer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter)


def print_to(printer: QPrinter, t: TalonData, layout: str) -> None:
    """Lay the talon out on the printer's page (platform notes §4) and print."""
    doc = make_document(t, layout)
    doc.setPageSize(QSizeF(printer.pageLayout().paintRectPoints().size()))
    doc.print_(printer)


def save_pdf(t: TalonData, layout: str, path: str) -> bool:
    """Write the talon as PDF; False when the file could not be written."""
    target = Path(path)
    target.unlink(missing_ok=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    setup_printer(printer, layout)
    print_to(printer, t, layout)
    return printer.printerState() != QPrinter.PrinterState.Error and target.is_file() \
        and target.stat().st_size > 0
