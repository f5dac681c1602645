"""The DOCX→PDF converter (issue 15 item 4): a conversion that hangs is
killed with its whole process tree, what LibreOffice says is kept in the log,
and LibreOffice kept idle between conversions takes the next one and is gone
at exit."""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

import pytest

from app import documents
from app.documents import pdf
from app.errors import DomainError

posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake converter is a shell script")
REAL = pdf.converter()
needs_libreoffice = pytest.mark.skipif(REAL is None or REAL == "word",
                                       reason="LibreOffice is not installed here (.ci/run installs it)")


def alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        state = next(line for line in status.read_text().splitlines() if line.startswith("State:"))
    except (OSError, StopIteration):
        return False
    return "zombie" not in state and "(dead)" not in state


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch):
    def make(body: str) -> Path:
        script = tmp_path / "soffice"
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(0o755)
        monkeypatch.setattr(pdf, "converter", lambda: str(script))
        return script
    yield make
    pdf.shutdown()


@posix_only
def test_a_conversion_that_hangs_is_killed_with_its_whole_tree(tmp_path, fake_soffice):
    pids = tmp_path / "pids"
    # soffice starts soffice.bin (here: a sleep in the background) and waits for it
    fake_soffice(f'sleep 300 & echo $! > "{pids}"\nwait')
    started = time.monotonic()
    with pytest.raises(DomainError) as caught:
        pdf.to_pdf([tmp_path / "act.docx"], tmp_path / "out", timeout=1)
    assert caught.value.code == "pdf_failed" and "1 s" in caught.value.params["detail"]
    assert time.monotonic() - started < 15
    child = int(pids.read_text())
    deadline = time.monotonic() + 5
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child), "the converter's child outlived the timeout"


@posix_only
def test_what_the_converter_says_goes_to_the_log(tmp_path, fake_soffice, caplog):
    fake_soffice('echo "Error: source file could not be loaded" >&2; exit 1')
    with caplog.at_level(logging.INFO, logger="zholdanym.pdf"), pytest.raises(DomainError) as caught:
        pdf.to_pdf([tmp_path / "act.docx"], tmp_path / "out", timeout=10)
    assert caught.value.code == "pdf_failed" and caught.value.params["detail"] == "act.pdf"
    said = [r for r in caplog.records if "source file could not be loaded" in r.getMessage()]
    assert said and said[0].levelno == logging.WARNING   # a failure's output is a warning


@posix_only
def test_a_frozen_builds_library_path_does_not_reach_libreoffice(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/zholdanym/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    assert pdf._child_env()["LD_LIBRARY_PATH"] == "/usr/local/lib"
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert "LD_LIBRARY_PATH" not in pdf._child_env()


@needs_libreoffice
def test_an_idle_libreoffice_takes_the_next_conversion_and_is_gone_at_exit(tmp_path):
    source = tmp_path / "act-kk.docx"
    source.write_bytes(documents.render(documents.find("act", "kk"), documents.sample("act", "kk")))
    pdf.shutdown()
    try:
        [first] = pdf.to_pdf([source], tmp_path / "one", keep_warm=True)
        office = pdf._office
        assert office is not None and office.idle is not None
        idle = office.idle
        profile = office.profile
        time.sleep(2)   # the user reads the preview; the idle instance comes up meanwhile
        assert idle.poll() is None, "the idle LibreOffice waits for the next conversion"
        [second] = pdf.to_pdf([source], tmp_path / "two", keep_warm=True)
        assert second.read_bytes()[:5] == first.read_bytes()[:5] == b"%PDF-"
        assert idle.poll() is not None, "it took the conversion and ended"
        assert office.idle is not None and office.idle is not idle, "another waits for the one after"
        waiting = office.idle
    finally:
        pdf.shutdown()
    assert waiting.poll() is not None and not profile.exists()
    assert pdf._office is None


@posix_only
def test_at_exit_a_conversion_under_way_is_killed_not_waited_for(tmp_path, fake_soffice):
    import threading
    pids = tmp_path / "pids"
    fake_soffice(f'sleep 300 & echo $! > "{pids}"\nwait')
    failed = []

    def convert():
        try:
            pdf.to_pdf([tmp_path / "act.docx"], tmp_path / "out", timeout=120)
        except DomainError as exc:
            failed.append(exc.code)
    worker = threading.Thread(target=convert)
    worker.start()
    deadline = time.monotonic() + 10
    while not pids.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    pdf.shutdown()   # the app closing
    worker.join(timeout=15)
    assert not worker.is_alive() and time.monotonic() - started < 15
    assert failed == ["pdf_failed"]
    child = int(pids.read_text())
    deadline = time.monotonic() + 5
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child)
