"""The printed registration journal (АППК 69, issue 14): each appeal's
executor as it is now, and columns wide enough that words wrap whole."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document as Docx
from docx.shared import Length
from PySide6.QtGui import QFont, QFontMetricsF

from app.documents.reports import journal
from models.entities import Appeal, User

FONT_PT = 10   # the table's runs (templates_docx/build.py)


def _rows(content: bytes):
    doc = Docx(io.BytesIO(content))
    return doc, doc.tables[0], [[c.text for c in row.cells] for row in doc.tables[0].rows]


def _mm(text: str, bold: bool, dpi: float) -> float:
    """Printed width of ``text`` in Times New Roman (Liberation Serif here,
    metric-compatible) at the table's size."""
    font = QFont("Times New Roman")
    font.setPointSizeF(FONT_PT)
    font.setBold(bold)
    return QFontMetricsF(font).horizontalAdvance(text) / dpi * 25.4


@pytest.mark.parametrize("lang, nobody", [("kk", "тағайындалмаған"), ("ru", "не назначен")])
def test_the_journal_names_each_appeals_executor(demo_db, lang, nobody):
    today = dt.date.today()
    _, _, rows = _rows(journal(today - dt.timedelta(days=400), today, lang))
    expected = {}
    for a in Appeal.select(Appeal.reg_number, Appeal.executor):
        user = User.get_by_id(a.executor_id) if a.executor_id else None
        expected[a.reg_number] = f"{user.surname} {user.first_name}" if user else nobody
    printed = {r[0]: r[5] for r in rows[1:]}
    assert printed == expected
    assert nobody in printed.values() and len(set(printed.values())) > 2   # both kinds are there


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_journal_columns_fit_their_longest_word(qapp, demo_db, lang):
    """A4 across; a fixed width per column, each wider than any word it holds
    (with the cell's margins), so Word and LibreOffice never cut a word."""
    today = dt.date.today()
    doc, table, rows = _rows(journal(today - dt.timedelta(days=400), today, lang))
    section = doc.sections[0]
    assert section.page_width > section.page_height   # landscape
    text_width = section.page_width - section.left_margin - section.right_margin
    grid = [Length(int(w) * 635) for w in table._tbl.xpath("./w:tblGrid/w:gridCol/@w:w")]   # twips → EMU
    assert abs(sum(grid) - text_width) < Length(635 * 20)
    assert table._tbl.tblPr.xpath("./w:tblLayout/@w:type") == ["fixed"]
    margins = sum(int(m) for m in doc.styles["Table Grid"].element.xpath(
        ".//w:tblCellMar/w:left/@w:w | .//w:tblCellMar/w:right/@w:w")) / 1440 * 25.4
    dpi = qapp.primaryScreen().logicalDotsPerInch()
    for row_no, row in enumerate(rows):
        for col, text in enumerate(row):
            for word in text.split():
                need = _mm(word, row_no == 0, dpi) + margins
                assert need <= grid[col].mm, (word, col, round(need, 1), round(grid[col].mm, 1))
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")   # the header again on every page


def test_the_printed_control_list_says_when_no_executor_is_named(qapp):
    """The control list printed from the journal window: a case not yet given
    to anyone reads "not assigned", not an empty cell."""
    from app.queries.control import ControlItem, ItemDetails
    from ui.journal.control_print import list_html
    day = dt.date(2026, 12, 3)
    lists = {"overdue": [ControlItem(1, "forward", "65.1", day, -2), ControlItem(2, "final", "76.1", day, -1)]}
    details = {1: ItemDetails("2026-000001", "Қасымова Әлия", "", "76.1"),
               2: ItemDetails("2026-000002", "Ким Ольга", "Омаров Нұрлан", "76.1")}
    html = list_html("Ақсу", "", day, 3, lists, details)
    assert html.count("<td>not assigned</td>") == 1 and "<td>Омаров Нұрлан</td>" in html
