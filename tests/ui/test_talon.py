"""The talon (АППК 64.2) saved as PDF: its text, Kazakh letters, duplicates."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pypdf import PdfReader

from app.appeal import talon
from app.appeal.registration import AppealInput, register
from app.rules.enums import AppealForm, AppealKind
from ui.intake.talon_dialog import TalonDialog


@pytest.fixture
def appeal(demo_registrar):
    data = AppealInput(kind=AppealKind.COMPLAINT, form=AppealForm.PAPER,
                       received_at=dt.datetime(2026, 11, 6, 19, 5), surname="Өтегенова",
                       first_name="Ұлжан", postal_address="Ақсу", addressee="Әкім",
                       substance="Шағым", appeal_date=dt.date(2026, 11, 5))
    return register(data, demo_registrar, str(uuid.uuid4()), now=dt.datetime(2026, 11, 6, 19, 6))


def _text(path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("layout", ["a5", "receipt80"])
def test_talon_pdf_has_every_required_item(qtbot, tmp_path, appeal, demo_registrar, layout):
    dialog = TalonDialog(appeal.id, demo_registrar.id)
    qtbot.addWidget(dialog)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData(layout))
    path = tmp_path / "talon.pdf"
    dialog.save_pdf_to(str(path))
    text = " ".join(_text(path).split())
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    assert f"ТАЛОН № {appeal.reg_number}" in text
    assert "06.11.2026 19:05" in text                     # date and time received
    assert "09.11.2026" in text                           # registered next working day
    assert demo_registrar.surname in text and demo_registrar.first_name in text
    assert demo_registrar.position.split()[0] in text     # acceptor's position
    assert "Өтегенова Ұлжан" in text                      # Kazakh letters survive
    assert "Қабылдаған" in text and "Шағым / Жалоба" in text
    assert "ДУБЛИКАТ" not in text
    assert any(page.images for page in reader.pages)      # the QR code


def test_pdf_is_no_copy_but_a_second_paper_copy_is_a_duplicate(qtbot, tmp_path, appeal,
                                                                  demo_registrar):
    dialog = TalonDialog(appeal.id, demo_registrar.id)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf_to(str(tmp_path / "first.pdf"))
    assert dialog.data.copy_no == 1 and not dialog.note.text()   # a PDF is not a paper copy
    talon.record_print(appeal.id, "a5", demo_registrar.id, "paper")   # the original, printed
    dialog._log_print("pdf")                                          # re-reads the count
    assert dialog.data.copy_no == 2 and "2" in dialog.note.text()
    assert dialog.save_pdf_to(str(tmp_path / "second.pdf"))
    assert "ДУБЛИКАТ" in _text(tmp_path / "second.pdf")
    assert "ДУБЛИКАТ" not in _text(tmp_path / "first.pdf")


@pytest.mark.qt_log_ignore("QPainter::begin", "QPdfWriter", "QPrinter")
def test_unwritable_pdf_is_reported_and_not_logged(qtbot, tmp_path, appeal, demo_registrar,
                                                   monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a))
    dialog = TalonDialog(appeal.id, demo_registrar.id)
    qtbot.addWidget(dialog)
    assert not dialog.save_pdf_to(str(tmp_path / "no-such-folder" / "t.pdf"))
    assert warnings and talon.talon_data(appeal.id).copy_no == 1
