"""The booking talon, bilingual Kazakh/Russian: printed or saved as PDF
through Qt, like the appeal's talon."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QTextBrowser, QVBoxLayout

from app.office import bilingual_position
from app.reception import BookingTalon, talon
from ui.common.widgets import in_documents

STATUS_LINES = {"cancelled": ("жойылды", "отменена"), "rescheduled": ("басқа уақытқа ауыстырылды", "перенесена"),
                "no_show": ("келмеді", "неявка")}


def _row(kk: str, ru: str, value: str) -> str:
    return (f"<tr><td style='color:#444'>{kk}<br/><i>{ru}</i></td>"
            f"<td><b>{html.escape(value)}</b></td></tr>")


def booking_html(t: BookingTalon) -> str:
    head = (f"<p align='center'><b>{html.escape(t.office_kk)}</b><br/>{html.escape(t.office_ru)}</p>"
            "<p align='center'><b>ЖЕКЕ ҚАБЫЛДАУҒА ЖАЗЫЛУ ТАЛОНЫ<br/>ТАЛОН ЗАПИСИ НА ЛИЧНЫЙ ПРИЁМ</b><br/>"
            "(ӘРПК 90-бабы / ст. 90 АППК)</p>")
    rows = [_row("Жазылу нөмірі", "Номер записи", t.number),
            _row("Күні мен уақыты", "Дата и время", f"{t.day:%d.%m.%Y} {t.time}" if t.day else "—"),
            _row("Орны", "Место", t.place),
            _row("Қабылдайтын лауазымды адам", "Принимающее должностное лицо",
                 f"{t.official}, {bilingual_position(t.position)}" if t.official else "—"),
            _row("Арыз иесі", "Заявитель", t.applicant),
            _row("Мәселе", "Вопрос", t.question)]
    if t.status == "refused":   # АППК 73.2 9): the refusal and its reason, shown to the applicant
        rows.append(_row("Жазудан бас тартылды, себебі", "В записи отказано, причина", t.reason))
    elif t.status in STATUS_LINES:   # a talon no longer valid says so
        kk, ru = STATUS_LINES[t.status]
        rows.append(_row("Жазылу жарамсыз", "Запись недействительна", f"{kk} / {ru}" + (f": {t.reason}" if t.reason else "")))
    note = ("<p style='font-size:8pt'>Жеке қабылдау қабылдау кестесіне сәйкес өткізіледі (ӘРПК 90-бабының "
            "3-бөлігі). / Личный приём проводится по графику (ч. 3 ст. 90 АППК).</p>")
    phone = f"<p>☎ {html.escape(t.office_phone)}</p>" if t.office_phone else ""
    return (f"<html><body style='font-size:10pt'>{head}<table cellpadding='3'>{''.join(rows)}</table>"
            f"{note}{phone}<p style='font-size:8pt'>{t.booked_at:%d.%m.%Y %H:%M}</p></body></html>")


def _document(t: BookingTalon) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(booking_html(t))
    return doc


def print_to(printer: QPrinter, t: BookingTalon) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                                      QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    _document(t).print_(printer)


def save_pdf(t: BookingTalon, path: Path) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_to(printer, t)
    return path


class BookingTalonDialog(QDialog):
    def __init__(self, booking_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Booking talon"))
        self.data = talon(booking_id)
        view = QTextBrowser()
        view.setObjectName("booking_talon")
        view.setHtml(booking_html(self.data))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        print_button = QPushButton(self.tr("Print…"))
        pdf_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self._print)
        pdf_button.clicked.connect(self._pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            print_to(printer, self.data)

    def _pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), in_documents(f"{self.data.number}.pdf"), "PDF (*.pdf)")
        if path:
            save_pdf(self.data, Path(path))
