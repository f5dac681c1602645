"""The card's Documents tab: issue an act in Kazakh from the case, with the
office's appeal route; it is listed, kept and opened as a copy."""
from __future__ import annotations

import datetime as dt
import io

from docx import Document
from PySide6.QtWidgets import QMessageBox

from app.appeal.registration import register
from app.documents import issuing as documents
from app.engine import perform
from app.office import auth
from app.office.profile import get_settings, update_settings
from app.rules.enums import Role
from tests.ui.modal import when_modal
from ui.case.appeal_card import AppealCardDialog
from ui.case.document_dialog import DocumentDialog


def test_issue_an_act_from_the_card(qtbot, registrar, office_admin, make_input, tmp_path):
    head = auth.create_user(login_name="akim", password="secret1-long", surname="Жұмабеков",
                            first_name="Ерлан", position="Әкім", role=Role.HEAD,
                            created_by=office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    # An act is issued once it is decided (issue 12): the head decides first.
    perform(appeal.id, "assign", head, {"executor_id": head.id, "resolution": "r"}, today=dt.date(2026, 11, 3))
    perform(appeal.id, "decide", head, {"decision": "act_favourable", "outcome": "satisfied",
                                        "hearing_exception": "73.2.1"}, today=dt.date(2026, 11, 9))
    card = AppealCardDialog(appeal.id, head, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    tab = card.documents_tab
    seen = []

    def fill(dialog):
        dialog.inputs["matter"].setPlainText("Жер учаскесін беру")
        dialog.inputs["decision_text"].setPlainText("Өтініш қанағаттандырылсын.")
        dialog.inputs["reasoning"].setPlainText("Жер кодексінің 43-бабы")
        dialog.inputs["act_kind_text"].setPlainText("Қолайлы әкімшілік акт")
        boxes = []   # the refusal names the missing setting in a message box (issue 14)
        when_modal(QMessageBox, lambda box: (boxes.append(box.informativeText()), box.accept()), [])
        dialog.ok_button.click()   # no appeal route in the settings yet: refused
        seen.append(dialog.errors.text("appeal_body") or dialog.general.text())
        seen.append(boxes[0] if boxes else "")
        settings = get_settings()
        settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
        update_settings(settings, office_admin.id)
        dialog.ok_button.click()
        if dialog.isVisible():   # never leave a modal dialog open: the test would hang
            seen.append(dialog.general.text())
            dialog.reject()
    when_modal(DocumentDialog, fill, [])
    dialog = tab.new_document("act")
    assert "appeal route" in seen[0] and "art. 80 part 5" in seen[0]
    assert "Superior body for complaints about the head's acts" in seen[1] and "administrator" in seen[1]
    assert dialog.issued is not None and tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == f"{appeal.reg_number}/1"
    copy = tab.write_copy(tab.rows[0], tmp_path)
    text = "\n".join(p.text for p in Document(io.BytesIO(copy.read_bytes())).paragraphs)
    assert "Аудан әкімдігі" in text and "Жер учаскесін беру" in text
    assert copy.read_bytes() == documents.content(tab.rows[0].id)
    assert [h.action for h in card.card.history][-1] == "document_issued"


def test_journal_inventory_and_pdf_from_the_ui(qtbot, registrar, office_admin, make_input, tmp_path,
                                              monkeypatch):
    import pytest
    from PySide6.QtGui import QDesktopServices

    from app.documents import pdf
    from ui.journal.print_dialog import JournalPrintDialog
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    from ui.common.tasks import TaskRunner
    runner = TaskRunner()
    dialog = JournalPrintDialog(dt.date(2026, 11, 20), runner=runner)
    qtbot.addWidget(dialog)
    dialog.submit(str(tmp_path / "journal.docx"))   # rendered on the runner
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30_000)
    runner.shutdown()
    table = Document(io.BytesIO((tmp_path / "journal.docx").read_bytes())).tables[0]
    assert table.rows[1].cells[0].text == appeal.reg_number and opened[-1].endswith("journal.docx")
    card = AppealCardDialog(appeal.id, registrar, today=dt.date(2026, 11, 10))
    qtbot.addWidget(card)
    inventory = card.documents_tab.open_inventory()
    assert Document(io.BytesIO(inventory.read_bytes())).tables[0].rows[1].cells[2].text == appeal.reg_number
    if pdf.converter() is None:
        pytest.skip("LibreOffice is not installed here (.ci/run installs it)")
    values = {"place": "Ақсу"}   # the time is the case's (the moment it was received)
    documents.issue(appeal.id, "protocol-oral-appeal", "kk", registrar.id, values,
                    today=dt.date(2026, 11, 2))
    tab = card.documents_tab
    tab.refresh()
    tab.table.selectRow(0)
    preview = tab.preview_selected()   # the PDF is made for the preview (issue 15)
    qtbot.waitUntil(lambda: preview.pdf_path is not None and preview.save_button.isEnabled(), timeout=60_000)
    assert preview.pdf_path.read_bytes()[:4] == b"%PDF" and preview.page_count >= 1
    preview.reject()


def test_document_renders_on_the_task_runner(qtbot, registrar, office_admin, make_input):
    from ui.common.tasks import TaskRunner
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    runner = TaskRunner()
    try:
        dialog = DocumentDialog(appeal.id, registrar, "ru", "protocol-oral-appeal",
                                dt.date(2026, 11, 2), runner=runner)
        qtbot.addWidget(dialog)
        dialog.inputs["place"].setPlainText("с. Аксу")
        dialog.submit()
        assert not dialog.ok_button.isEnabled()   # working, the window stays responsive
        qtbot.waitUntil(lambda: dialog.issued is not None, timeout=30_000)
        assert "с. Аксу" in "\n".join(p.text for p in Document(io.BytesIO(dialog.issued.content)).paragraphs)
    finally:
        runner.shutdown()


def test_the_document_dialog_defaults_to_the_appeals_language(qtbot, registrar, office_admin, make_input):
    """АППК 89.2: an answer "мемлекеттік тілде немесе өтініш берілген тілде":
    with the interface in Russian, a Kazakh appeal's answer is offered in
    Kazakh only; a Russian appeal's in Russian first, Kazakh also allowed."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.rules.enums import AppealKind, Language
    from ui.i18n import __file__ as i18n_file
    translator = QTranslator()
    assert translator.load(str(Path(i18n_file).parent / "app_ru.qm"))
    QCoreApplication.installTranslator(translator)   # the interface in Russian
    try:
        moment = dt.datetime(2026, 11, 2, 10, 0)
        kk = register(make_input(moment, kind=AppealKind.MESSAGE), registrar, "k1", now=moment)
        dialog = DocumentDialog(kk.id, registrar, "ru", "answer", dt.date(2026, 11, 10))
        qtbot.addWidget(dialog)
        assert dialog.lang.currentData() == "kk"
        assert [dialog.lang.itemData(i) for i in range(dialog.lang.count())] == ["kk"]
        dialog.template.setCurrentIndex(dialog.template.findData("protocol-oral-appeal"))
        assert [dialog.lang.itemData(i) for i in range(dialog.lang.count())] == ["kk", "ru"]
        assert dialog.lang.currentData() == "kk"
        ru = register(make_input(moment, kind=AppealKind.MESSAGE, language=Language.RU), registrar, "k2",
                      now=moment)
        dialog = DocumentDialog(ru.id, registrar, "kk", "answer", dt.date(2026, 11, 10))
        qtbot.addWidget(dialog)
        assert [dialog.lang.itemData(i) for i in range(dialog.lang.count())] == ["ru", "kk"]
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_refused_document_brings_its_first_note_into_view(qtbot, registrar, office_admin, make_input):
    head = auth.create_user(login_name="akim", password="secret1-long", surname="Жұмабеков",
                            first_name="Ерлан", position="Әкім", role=Role.HEAD,
                            created_by=office_admin.id)
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Аудан әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    perform(appeal.id, "assign", head, {"executor_id": head.id, "resolution": "r"}, today=dt.date(2026, 11, 3))
    perform(appeal.id, "decide", head, {"decision": "act_favourable", "outcome": "satisfied",
                                        "hearing_exception": "73.2.1"}, today=dt.date(2026, 11, 9))
    dialog = DocumentDialog(appeal.id, head, "kk", template="act", today=dt.date(2026, 11, 10))
    qtbot.addWidget(dialog)
    dialog.resize(760, 360)                                     # a short window: the form scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in dialog.inputs:
        if hasattr(dialog.inputs[name], "setPlainText"):
            dialog.inputs[name].setPlainText("")
    dialog.fields_scroll.verticalScrollBar().setValue(dialog.fields_scroll.verticalScrollBar().maximum())
    dialog.submit()
    assert dialog.issued is None
    first = dialog.errors.first_widget()
    assert first is not None and not first.visibleRegion().isEmpty()   # scrolled to it, not left below
