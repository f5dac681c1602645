"""Build the shipped DOCX templates (kk and ru) from the texts in
``templates_docx/texts.py``.

    python templates_docx/build.py

The .docx files are committed: an office edits its own copy in Word (placed
in the data folder's ``templates/<lang>/``) and the app checks its
placeholders when it loads it.  Layout: A4, margins 20/10/20/30 mm (the
state standard for official papers), Times New Roman 14 pt, which has every
Kazakh letter on Windows; LibreOffice uses the metric-compatible Liberation
Serif, which has them too.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from templates_docx.texts import TEXTS  # noqa: E402
from templates_docx.texts_complaint import TEXTS_COMPLAINT  # noqa: E402
from templates_docx.texts_reception import TEXTS_RECEPTION  # noqa: E402

FONT = "Times New Roman"
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}


def _document(landscape: bool = False) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:   # a wide register (the journal): A4 across, the same margins
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(14)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    style.paragraph_format.space_after = Pt(4)
    return doc


def _fixed_widths(table, widths_mm: list[int]) -> None:
    """Columns of the given widths that Word and LibreOffice keep (a fixed
    layout, the grid and every cell alike): each column is wide enough for
    the longest word it holds, so text wraps between words, never inside one."""
    table.autofit = False   # <w:tblLayout w:type="fixed"/>
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _row_property(row, name: str) -> None:
    """``w:tblHeader``: the row is printed again at the top of every page;
    ``w:cantSplit``: a row is never cut across two pages."""
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _table(doc, spec: dict) -> None:
    """A table whose rows repeat for each item (docxtpl ``{%tr for %}``);
    ``widths``: each column's width in mm, summing to the text width."""
    headers, cells, loop = spec["headers"], spec["cells"], spec["loop"]
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    if "widths" in spec:
        _fixed_widths(table, spec["widths"])
    _row_property(table.rows[0], "w:tblHeader")
    _row_property(table.rows[2], "w:cantSplit")
    for i, text in enumerate(headers):
        table.rows[0].cells[i].text = text
        for run in table.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    table.rows[1].cells[0].text = "{%tr for " + loop + " %}"
    for i, text in enumerate(cells):
        table.rows[2].cells[i].text = text
    table.rows[3].cells[0].text = "{%tr endfor %}"
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10)


def build(name: str, lang: str, lines: list, out: Path) -> None:
    """``lines``: (format, text); format is c/r/j/l, with "b" for bold; or
    ("table", spec) for a repeating table; ("page", "landscape") turns the page."""
    doc = _document(landscape=("page", "landscape") in lines)
    for fmt, text in lines:
        if fmt == "page":
            continue
        if fmt == "table":
            _table(doc, text)
            continue
        p = doc.add_paragraph()
        p.alignment = ALIGN[fmt.replace("b", "") or "j"]
        run = p.add_run(text)
        run.bold = "b" in fmt
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.core_properties.title = name
    doc.core_properties.author = "Zholdanym"
    doc.save(str(out))


def main() -> None:
    for name, by_lang in {**TEXTS, **TEXTS_COMPLAINT, **TEXTS_RECEPTION}.items():
        for lang, lines in by_lang.items():
            out = HERE / lang / f"{name}.docx"
            build(name, lang, lines, out)
            print(out.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
