"""Start-up: demo data, background integrity check, login, backups on exit."""
from __future__ import annotations

import inspect
import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.start as app_main
from app import demo, office
from app.demo import sample
from ui import i18n
from ui.admin.login_dialog import LoginDialog
from ui.common.tasks import TaskRunner
from ui.journal.main_window import MainWindow


@pytest.fixture
def restore_globals(monkeypatch):
    """run_app installs translators, a log handler and an excepthook: undo them."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield
    i18n.uninstall()
    for h in logging.getLogger().handlers[:]:
        if h not in handlers:
            logging.getLogger().removeHandler(h)
            h.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_run_app_with_demo_logs_in_and_backs_up(qtbot, tmp_path, monkeypatch, restore_globals):
    def auto_login(self):
        self.user = office.login("registrar", demo.DEMO_PASSWORD)
        return 1
    monkeypatch.setattr(LoginDialog, "exec", auto_login)
    shown = []
    original_show = MainWindow.show

    def show_then_close(window):
        original_show(window)
        shown.append(window.model.rowCount())
        QTimer.singleShot(200, window.close)
    monkeypatch.setattr(MainWindow, "show", show_then_close)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(("warning", a)))
    # The first start fills the default demo (a rural okrug's year); here it is
    # filled with 60 to keep the test short, everything else as the app does it.
    fills, full_fill = [], demo.fill
    assert inspect.signature(full_fill).parameters["count"].default == sample.DEMO_APPEALS == 120

    def small_fill(*args, **kwargs):
        fills.append((args, kwargs))
        full_fill(*args, **{**kwargs, "count": 60})
    monkeypatch.setattr(demo, "fill", small_fill)
    code = app_main.run_app(str(tmp_path / "office.sqlite"), demo_data=True, lang="kk")
    assert code == 0
    # Once, at the first start, with the default size, on the worker with its progress shown.
    assert [(args, sorted(kwargs)) for args, kwargs in fills] == [((), ["progress"])]
    # The demo's 60 appeals and the written appeals of its receptions; no warnings.
    assert len(shown) == 1 and 60 < shown[0] < 80
    copies = sorted((tmp_path / "backups").glob("zholdanym-*.sqlite"))
    assert len(copies) >= 1 and copies[-1].stat().st_size > 0   # on exit (and at start)
    assert (tmp_path / "logs" / "zholdanym.log").is_file()


def test_integrity_problems_are_reported_from_the_background(qtbot, db_file, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(app_main, "integrity_problems", lambda: ["*** in database main ***"])
    runner = TaskRunner()
    app_main.check_integrity(runner)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "*** in database main ***" in warnings[0]
    runner.shutdown()
