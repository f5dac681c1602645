"""The frozen build (issue 15 items 1-2): packaging/build.py makes the
one-folder bundle from packaging/zholdanym.spec, once for this module, and
its program runs selftest, deadline --json, document-preview, check and the
app itself (--demo, offscreen) for 15 s.

Runs in the normal pytest run when PyInstaller is installed (the build
extra, which .ci/run installs): "marked so that the normal pytest run
includes it when PyInstaller is installed" (issue 15)."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="the build extra is not installed: pip install -e '.[build]'")

from ui.cli.selftest import STEPS  # noqa: E402

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(1200)]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--quiet",
                           "--dist", str(out / "dist"), "--work", str(out / "build")],
                          capture_output=True, text=True, timeout=1100, cwd=ROOT)
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    folder = out / "dist" / "zholdanym"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nfrozen bundle: {folder}, {size / 2**20:.0f} MiB, built in {seconds:.0f} s")
    assert f"bundle:  {folder}" in done.stdout
    return folder


@pytest.fixture
def env(tmp_path) -> dict:
    """A home of its own: the app's settings and data folder never the user's."""
    values = {k: v for k, v in os.environ.items() if k not in ("ZHOLDANYM_DB", "PYTHONPATH")}
    values.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                  XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path))
    return values


def program(bundle: Path) -> str:
    return str(bundle / ("zholdanym.exe" if os.name == "nt" else "zholdanym"))


def run(bundle: Path, env: dict, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([program(bundle), *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env=env)


def test_bundle_is_one_folder_with_what_the_app_loads_at_run_time(bundle):
    data = bundle / "_internal"
    assert {p.name for p in (data / "ui" / "i18n").glob("*.qm")} == {"app_kk.qm", "app_ru.qm"}
    assert (data / "templates_docx" / "kk" / "act.docx").is_file()
    assert (data / "templates_docx" / "ru" / "act.docx").is_file()
    assert sorted(p.name for p in (data / "models" / "migrations").glob("*.py")) == \
        sorted(p.name for p in (ROOT / "models" / "migrations").glob("*.py"))
    plugins = data / "PySide6" / "Qt" / "plugins"
    names = {p.relative_to(plugins).as_posix() for p in plugins.rglob("*") if p.is_file()}
    if sys.platform.startswith("linux"):
        assert {"platforms/libqoffscreen.so", "platforms/libqxcb.so",
                "printsupport/libcupsprintersupport.so", "imageformats/libqjpeg.so"} <= names
        assert not any(n.startswith("platforms/libqwayland") or n.startswith("platforms/libqeglfs")
                       for n in names)
    assert not list(bundle.parent.glob("*.pkg")), "one folder, never one file"


def test_selftest_from_the_frozen_program(bundle, env, tmp_path):
    done = run(bundle, env, tmp_path, "selftest")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _needs, _fn in STEPS:
        assert any(line.startswith((f"ok  {name}", f"skip {name}: no converter")) for line in lines), \
            (name, lines)
    assert any(line.startswith("ok  PostgreSQL driver: ") and "binary libpq" in line for line in lines)
    from app.documents import converter
    if converter() is not None:   # CI installs LibreOffice: the preview's renderer must be in the bundle
        assert any(line.startswith("ok  act PDF") and "drawn by PDFium" in line for line in lines), lines
    assert "Наурыз мейрамы" in done.stdout   # the holidays' Kazakh catalogue came along


def test_deadline_json_from_the_frozen_program(bundle, env, tmp_path):
    done = run(bundle, env, tmp_path, "deadline", "--kind", "application", "--received", "2026-11-02T10:00",
               "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["registered_on"], out["due_on"], out["term_days"], out["article"]) == \
        ("2026-11-02", "2026-11-23", 15, "АППК 76.1")
    # Across Наурыз (21-23 March): the frozen holidays give what the source gives.
    args = ("deadline", "--kind", "application", "--received", "2026-03-16T10:00", "--json")
    frozen = run(bundle, env, tmp_path, *args)
    source = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path, env=env)
    assert json.loads(frozen.stdout) == json.loads(source.stdout)
    assert json.loads(frozen.stdout)["due_on"] == "2026-04-09"   # 3 weeks and 3 days


def test_document_preview_from_the_frozen_program(bundle, env, tmp_path):
    target = tmp_path / "act.docx"
    done = run(bundle, env, tmp_path, "document-preview", "--template", "act", "--lang", "kk",
               "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert "shipped template" in done.stdout
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "ӘРПК" in xml or "әкімдігі" in xml


def test_check_from_the_frozen_program_on_a_new_database(bundle, env, tmp_path):
    from app.store import close_database, open_database
    from models.db import latest_version
    path = tmp_path / "office.sqlite"
    open_database(str(path))   # created and migrated by this (unfrozen) code
    latest = latest_version()
    close_database()
    done = run(bundle, env, tmp_path, "check", "--db", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"schema version: {latest}" in done.stdout   # the bundle's migrations folder is complete
    assert "integrity: ok" in done.stdout and "history chain: ok" in done.stdout


def test_demo_runs_for_15_seconds_then_its_database_checks_out(bundle, env, tmp_path):
    db = tmp_path / "demo.sqlite"
    log = tmp_path / "demo.log"
    with open(log, "w") as out:
        process = subprocess.Popen([program(bundle), "--demo", "--db", str(db)], stdout=out,
                                   stderr=subprocess.STDOUT, cwd=tmp_path, env=env,
                                   start_new_session=os.name != "nt")
        try:
            time.sleep(15)
            alive = process.poll() is None
        finally:
            if os.name != "nt":
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            process.wait(timeout=30)
    text = log.read_text(errors="replace")
    assert alive, f"the app exited with {process.returncode}:\n{text[-3000:]}"
    assert "Traceback" not in text, text[-3000:]
    done = run(bundle, env, tmp_path, "check", "--db", str(db))
    assert done.returncode == 0, done.stdout + done.stderr
    rows = int(done.stdout.split("history chain: ok (")[1].split(" rows")[0])
    assert rows > 100, "the demo filled the office within 15 s"
