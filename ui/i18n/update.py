"""Refresh and compile the Qt Linguist catalogues (Kazakh and Russian).

Usage (from anywhere, with the project's virtual environment's Python):

    python ui/i18n/update.py

1. ``pyside6-lupdate main.py ui/**/*.py -ts ui/i18n/app_kk.ts ui/i18n/app_ru.ts -no-obsolete``
   extracts the strings; existing translations are kept, entries whose source
   string disappeared are dropped.
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` loaded by ``ui/i18n/__init__.py``.

The tools are looked up next to ``sys.executable`` (the venv's ``bin`` or, on
Windows, ``Scripts`` folder), then on ``PATH``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = Path("ui") / "i18n"
LANGS = ("kk", "ru")


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    candidates = [here, here / "Scripts", here / "bin"]
    suffixes = (".exe", "") if os.name == "nt" else ("",)
    for folder in candidates:
        for suffix in suffixes:
            path = folder / f"{name}{suffix}"
            if path.is_file():
                return str(path)
    found = shutil.which(name)
    if found:
        return found
    sys.exit(f"update.py: {name} not found next to {sys.executable} nor on PATH")


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def main() -> int:
    sources = ["main.py"] + sorted(p.relative_to(ROOT).as_posix()
                                   for p in (ROOT / "ui").rglob("*.py"))
    ts_files = [(I18N / f"app_{lang}.ts").as_posix() for lang in LANGS]
    run([tool("pyside6-lupdate"), *sources, "-ts", *ts_files, "-no-obsolete"])
    for lang in LANGS:
        ts = (I18N / f"app_{lang}.ts").as_posix()
        qm = (I18N / f"app_{lang}.qm").as_posix()
        run([tool("pyside6-lrelease"), ts, "-qm", qm])
    return 0


if __name__ == "__main__":
    sys.exit(main())
