"""An unexpected error is logged to a file and explained; the app goes on."""
from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from ui.common.crash import install_excepthook, setup_logging


def test_unexpected_error_is_logged_and_shown(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "logs")
        install_excepthook(path)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        for h in root.handlers:
            h.flush()
        assert "boom in a slot" in path.read_text(encoding="utf-8")
        assert shown and str(path) in shown[0]
    finally:
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
                h.close()
