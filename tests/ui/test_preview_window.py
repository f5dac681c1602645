"""Issue 15 item 4: a document issued from the card opens in a preview of its
real pages (LibreOffice's PDF drawn by PDFium), is printed through QPrinter
with the printer and page size remembered per kind, saved as PDF, and opened
as a copy in Word or LibreOffice."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from app import documents as docs
from app.appeal.registration import register
from app.documents import issuing as documents
from app.documents import pages
from app.engine import perform
from app.office import auth
from app.office.profile import get_settings, update_settings
from app.rules.enums import Role
from tests.ui.modal import when_modal
from ui.case.appeal_card import AppealCardDialog
from ui.case.document_dialog import DocumentDialog
from ui.common import document_preview, print_memory

needs_converter = pytest.mark.skipif(docs.converter() is None,
                                     reason="LibreOffice is not installed here (.ci/run installs it)")


@pytest.fixture
def decided_case(registrar, office_admin, make_input):
    """A case the head decided, ready for its act (issue 12: acts once decided)."""
    head = auth.create_user(login_name="akim", password="secret1-long", surname="Жұмабеков",
                            first_name="Ерлан", position="Әкім", role=Role.HEAD, created_by=office_admin.id)
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    perform(appeal.id, "assign", head, {"executor_id": head.id, "resolution": "r"}, today=dt.date(2026, 11, 3))
    perform(appeal.id, "decide", head, {"decision": "act_favourable", "outcome": "satisfied",
                                        "hearing_exception": "73.2.1"}, today=dt.date(2026, 11, 9))
    return appeal, head


class PdfPrintDialog:
    """The print dialog, answered as a user choosing "Print to PDF" would."""
    target = ""
    shown: list = []

    def __init__(self, printer: QPrinter, parent=None):
        self.printer = printer

    def setMinMax(self, low, high):   # noqa: N802 (Qt's name)
        self.range = (low, high)

    def setOption(self, *args):   # noqa: N802
        pass

    def exec(self):
        PdfPrintDialog.shown.append((self.printer.pageLayout().pageSize().id(), self.range))
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(self.target)
        return QDialog.DialogCode.Accepted


@needs_converter
def test_issue_an_act_preview_its_pages_and_print_them(qtbot, decided_case, tmp_path, monkeypatch):
    appeal, head = decided_case
    card = AppealCardDialog(appeal.id, head, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    tab = card.documents_tab

    def fill(dialog):
        dialog.inputs["matter"].setPlainText("Жер учаскесін беру")
        dialog.inputs["decision_text"].setPlainText("Өтініш қанағаттандырылсын.")
        dialog.inputs["reasoning"].setPlainText("Жер кодексінің 43-бабы")
        dialog.inputs["act_kind_text"].setPlainText("Қолайлы әкімшілік акт")
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()
    when_modal(DocumentDialog, fill, [])
    tab.new_document("act")   # issued, then its preview opens by itself
    preview = tab.preview
    assert preview is not None and preview.isVisible() and preview.kind == "act"
    assert not preview.print_button.isEnabled()   # nothing to print before the pages exist
    qtbot.waitUntil(lambda: preview.page_count > 0 and preview.image(0) is not None, timeout=90_000)
    made = preview.pdf_path
    assert preview.page_count == len(PdfReader(str(made)).pages) == pages.count(made)
    shown = [preview.sheet.findChild(type(preview.status), f"page_{n}") for n in range(1, preview.page_count + 1)]
    assert all(v is not None for v in shown) and not shown[0].pixmap().isNull()
    assert preview.status.text() == f"Pages: {preview.page_count}"
    first = " ".join(pages.text(made, 0).split())
    assert "ӘКІМШІЛІК АКТ" in first and "Жер учаскесін беру" in first   # ә, і, ү, қ in the font
    assert "Аудан әкімдігі" in first or "Аудан әкімдігі" in " ".join(
        pages.text(made, i) for i in range(preview.page_count)), "the art. 80 part 5 route is printed"
    # The preview is what the kept document is: the PDF came from the issued bytes.
    assert preview.docx.read_bytes() == documents.content(tab.rows[0].id)

    printed = tmp_path / "printed.pdf"
    PdfPrintDialog.target, PdfPrintDialog.shown = str(printed), []
    monkeypatch.setattr(document_preview, "QPrintDialog", PdfPrintDialog)
    preview.print_button.click()
    assert PdfPrintDialog.shown == [(QPageSize.PageSizeId.A4, (1, preview.page_count))]
    out = PdfReader(str(printed))
    assert len(out.pages) == preview.page_count
    width_mm = float(out.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 210) < 1, "an act prints on A4 at its true size"
    assert QSettings().value("print/act/page") is not None   # remembered for the next act

    saved = preview.save_pdf_to(str(tmp_path / "копия"))
    assert saved.endswith("копия.pdf") and open(saved, "rb").read() == made.read_bytes()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    copy = preview.edit_button.click() or opened[-1]
    assert copy.endswith(".docx") and open(copy, "rb").read() == documents.content(tab.rows[0].id)
    preview.reject()


@needs_converter
def test_zoom_redraws_the_pages_at_the_chosen_size(qtbot, decided_case):
    appeal, head = decided_case
    documents.issue(appeal.id, "protocol-oral-appeal", "kk", head.id, {"place": "Ақсу"},
                    today=dt.date(2026, 11, 2))
    card = AppealCardDialog(appeal.id, head, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    card.documents_tab.table.selectRow(0)
    preview = card.documents_tab.preview_selected()
    qtbot.waitUntil(lambda: preview.image(0) is not None, timeout=90_000)
    preview.zoom.setCurrentIndex(preview.zoom.findData(100))
    qtbot.waitUntil(lambda: preview.image(0) is not None and abs(preview.image(0).width() - 794) <= 2,
                    timeout=10_000)   # A4 at 96 dpi
    preview.zoom.setCurrentIndex(preview.zoom.findData(200))
    qtbot.waitUntil(lambda: preview.image(0) is not None and abs(preview.image(0).width() - 1588) <= 3,
                    timeout=10_000)
    preview.reject()


@needs_converter
def test_a_long_document_draws_only_the_pages_in_view(qtbot, tmp_path):
    """Forty pages: the preview draws those in view, and as the user scrolls,
    the next ones; the pages left far behind give their memory back."""
    import io

    from docx import Document
    from docx.enum.text import WD_BREAK
    doc = Document()
    for n in range(1, 41):
        doc.add_paragraph(f"Бет {n}: құжаттар тізімдемесі")
        if n < 40:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    doc.save(buffer)
    preview = document_preview.DocumentPreview("Тізімдеме", "inventory", buffer.getvalue(), "long")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_count == 40 and preview.image(0) is not None, timeout=90_000)
    assert len(preview.rendered) <= 4 and len(preview.sheets) == 40
    assert preview.sheets[39].pixmap().isNull()
    bar = preview.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: preview.image(39) is not None, timeout=20_000)
    assert preview.image(0) is None and preview.sheets[0].pixmap().isNull(), "far pages are let go"
    assert len(preview.rendered) <= 2 * document_preview.KEEP_PAGES + 4
    assert "Бет 40" in pages.text(preview.pdf_path, 39)
    preview.reject()


def test_without_a_converter_the_preview_says_so_and_still_opens_the_copy(qtbot, decided_case, monkeypatch):
    appeal, head = decided_case
    documents.issue(appeal.id, "protocol-oral-appeal", "kk", head.id, {"place": "Ақсу"},
                    today=dt.date(2026, 11, 2))
    monkeypatch.setattr(docs, "converter", lambda: None)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    card = AppealCardDialog(appeal.id, head, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    card.documents_tab.table.selectRow(0)
    preview = card.documents_tab.preview_selected()
    assert "LibreOffice" in preview.busy_label.text() and preview.error.code == "pdf_unavailable"
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    preview.edit_button.click()
    assert opened and opened[-1].endswith("-protocol-oral-appeal-kk.docx")
    preview.reject()


def test_a_failed_conversion_is_explained_in_the_window(qtbot, decided_case, monkeypatch):
    from app.errors import DomainError
    appeal, head = decided_case
    documents.issue(appeal.id, "protocol-oral-appeal", "kk", head.id, {"place": "Ақсу"},
                    today=dt.date(2026, 11, 2))
    monkeypatch.setattr(docs, "converter", lambda: "/nowhere/soffice")

    def broken(paths, out, timeout=0, keep_warm=False):
        raise DomainError("pdf_failed", detail="no answer in 120 s")
    monkeypatch.setattr(docs, "to_pdf", broken)
    card = AppealCardDialog(appeal.id, head, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    card.documents_tab.table.selectRow(0)
    preview = card.documents_tab.preview_selected()
    qtbot.waitUntil(lambda: preview.error is not None, timeout=10_000)
    assert preview.busy_label.text() == "The document could not be converted to PDF."
    assert preview.busy.isHidden() and not preview.print_button.isEnabled()
    preview.reject()


def test_printers_are_remembered_per_kind_of_document(qtbot):
    act, talon = QPrinter(), QPrinter()
    print_memory.restore(act, "act")
    assert act.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4   # nothing remembered: A4
    act.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    print_memory.remember(act, "answer")
    again = QPrinter()
    print_memory.restore(again, "answer")
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    print_memory.restore(talon, "act")
    assert talon.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4   # the act's is its own
    QSettings().setValue("print/act/printer", "Printer that was removed")
    gone = QPrinter()
    default = gone.printerName()
    print_memory.restore(gone, "act")
    assert gone.printerName() == default   # a printer that is gone is not forced


def test_the_talon_dialog_opens_on_the_layout_printed_last(qtbot, registrar, make_input, monkeypatch):
    from ui.intake import talon_dialog
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    PdfPrintDialog.target = ""
    monkeypatch.setattr(talon_dialog, "QPrintDialog", lambda printer, parent: _Cancel())
    first = talon_dialog.TalonDialog(appeal.id, registrar.id)
    qtbot.addWidget(first)
    assert first.layout_code == "a5"
    first.layout_box.setCurrentIndex(first.layout_box.findData("receipt80"))
    monkeypatch.setattr(talon_dialog, "QPrintDialog", lambda printer, parent: _Print(printer))
    monkeypatch.setattr(talon_dialog, "print_to", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    first._on_print()
    second = talon_dialog.TalonDialog(appeal.id, registrar.id)
    qtbot.addWidget(second)
    assert second.layout_code == "receipt80"


class _Cancel:
    def exec(self):
        return QDialog.DialogCode.Rejected


class _Print:
    def __init__(self, printer):
        self.printer = printer

    def exec(self):
        return QDialog.DialogCode.Accepted
