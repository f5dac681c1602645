"""The start-up tells the user once when the old data folder was kept beside
the new one, both with a database (issue 15 item 7), and logs every move."""
from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.ui.modal import when_modal
from ui.common.data_folder import KEPT, MOVED, Outcome
from ui.start import KEPT_SHOWN_KEY, report_data_folder


def test_kept_old_folder_is_explained_once(qtbot, tmp_path, caplog):
    # QSettings are in tmp_path (tests/ui/conftest.py isolated_settings)
    outcome = Outcome(KEPT, tmp_path / "Zholdanym", tmp_path / "Zholdanym" / "Zholdanym",
                      ["data folder: both hold a database"])
    seen: list = []
    texts: list[str] = []
    when_modal(QMessageBox, lambda box: (texts.append(box.text()), box.accept()), seen)
    with caplog.at_level(logging.INFO, logger="zholdanym.data_folder"):
        assert report_data_folder(outcome) is True
    assert len(seen) == 1
    assert str(tmp_path / "Zholdanym" / "Zholdanym") in texts[0]
    assert "both hold a database" in caplog.text
    assert report_data_folder(outcome) is False   # the next start: in the log only
    assert QSettings().value(KEPT_SHOWN_KEY) == str(outcome.old)


def test_a_move_is_logged_without_a_message(qtbot, tmp_path, caplog):
    outcome = Outcome(MOVED, tmp_path, None, ["data folder: moved everything"])
    with caplog.at_level(logging.INFO, logger="zholdanym.data_folder"):
        assert report_data_folder(outcome) is False
    assert "moved everything" in caplog.text
