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
    files = ["main.py", *sorted(str(p.relative_to(root)) for p in (root / "ui").glob("*.py"))]
    subprocess.run([str(tool), *files, "-ts", str(out)], cwd=root, check=True, capture_output=True)
    fresh = {m.findtext("source") for m in ET.parse(out).getroot().iter("message")}
    known = {m.findtext("source") for m in ET.parse(I18N / "app_kk.ts").getroot().iter("message")}
    assert fresh - known == set()
