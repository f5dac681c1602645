"""Both catalogues are complete, compiled, and keep every placeholder."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

I18N = Path(__file__).resolve().parents[2] / "ui" / "i18n"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_message_is_translated_with_its_placeholders(lang):
    root = ET.parse(I18N / f"app_{lang}.ts").getroot()
    problems = []
    for message in root.iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
            problems.append(("untranslated", source))
            continue
        if set(re.findall(r"\{[^}]*\}", source)) != set(re.findall(r"\{[^}]*\}", tr.text)):
            problems.append(("placeholders", source))
    assert problems == []


@pytest.mark.parametrize("lang, complaint", [("kk", "Шағым"), ("ru", "Жалоба")])
def test_compiled_catalogue_loads(qapp, lang, complaint):
    translator = QTranslator()
    assert translator.load(str(I18N / f"app_{lang}.qm"))
    assert translator.translate("Labels", "Complaint") == complaint


def test_catalogues_cover_the_source(tmp_path):
    """Every tr() string in ui/ is in the catalogue (run ui/i18n/update.py)."""
    import shutil
    import subprocess
    import sys
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lupdate")
    root = I18N.parents[1]
    out = tmp_path / "check.ts"
    files = ["main.py", *sorted(str(p.relative_to(root)) for p in (root / "ui").rglob("*.py"))]
    subprocess.run([str(tool), *files, "-ts", str(out)], cwd=root, check=True, capture_output=True)
    fresh = {m.findtext("source") for m in ET.parse(out).getroot().iter("message")}
    known = {m.findtext("source") for m in ET.parse(I18N / "app_kk.ts").getroot().iter("message")}
    assert fresh - known == set()


def test_no_literal_reaches_a_private_translate_helper():
    """lupdate sees tr(), translate() and QT_TRANSLATE_NOOP(); a literal given
    to a module's own ``_tr()`` helper would never be extracted."""
    root = I18N.parents[1]
    offenders = [f"{p.name}:{n}" for p in sorted((root / "ui").rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\b_tr\(\s*[\"']", line)]
    assert offenders == []


@pytest.mark.parametrize("lang, word", [("kk", "жұмыс"), ("ru", "рабоч")])
def test_clock_explanations_are_translated(qapp, lang, word):
    import datetime as dt

    from PySide6.QtCore import QLocale

    from app.rules.calendar import WorkCalendar
    from app.rules.clocks import clock_due, extension_cap
    from app.rules.enums import Clock
    from ui import i18n
    from ui.common.explain import explanation
    before = QLocale()
    i18n.install(lang)
    try:
        cal = WorkCalendar()
        lines = [*explanation(clock_due(Clock.RETURN, dt.date(2026, 11, 16), cal).steps, lang),
                 *explanation(clock_due(Clock.FORWARD_NOW, dt.date(2026, 11, 16), cal).steps, lang),
                 *explanation(extension_cap(dt.date(2026, 11, 16), cal).steps, lang)]
    finally:   # back to the source language for the other tests
        i18n.uninstall()   # back to the source language for the other tests
        QLocale.setDefault(before)
    english = ("the clock", "the last day", "two months", "the latest date", "extension decided",
               "at once", "working day")
    assert [line for line in lines if any(e in line for e in english)] == []
    assert any(word in line for line in lines)
