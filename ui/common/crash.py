"""Logging to a file in the data folder, and a last-resort handler: an
unexpected error is logged and explained, and the window stays open."""
from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("zholdanym")

LOG_PATH: Path | None = None   # the log file of this run, once setup_logging chose it (the About window)


def setup_logging(folder: Path) -> Path:
    global LOG_PATH
    folder.mkdir(parents=True, exist_ok=True)
    path = LOG_PATH = folder / "zholdanym.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path) -> None:
    def hook(kind, value, tb):
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(None, "Zholdanym", QCoreApplication.translate(
                "Startup", "An unexpected error occurred. Nothing you saved is lost. The details "
                "are in {path}; please send that file to the administrator.").format(path=log_path))
    sys.excepthook = hook
