"""The start-up window (issue 14 item 6): shown at once, before the slow
steps, saying what is being done, and closed when the login window appears.

Light on purpose: only Qt and the translations, so ``main.py`` shows it
before the rest of the app is imported (about a second and a half here).

With ``ZHOLDANYM_BENCH_EXIT_AT_LOGIN=1`` in the environment (the start-up
benchmark, ``bench/bench_first_start.py``) each step is printed to standard
output as ``zholdanym-bench STEP EPOCH``, and the login window, once shown,
prints ``login-shown`` and closes as if cancelled.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui import i18n

BENCH_ENV = "ZHOLDANYM_BENCH_EXIT_AT_LOGIN"
APP_NAME = "Zholdanym"


def benching() -> bool:
    return bool(os.environ.get(BENCH_ENV))


def bench_mark(step: str) -> None:
    """Tell the start-up benchmark that ``step`` was reached, and when."""
    if benching():
        print(f"zholdanym-bench {step} {time.time():.6f}", flush=True)


class StartSplash(QWidget):
    """A small frameless window: the program's name, the current step and a
    progress bar (moving while a step's length is unknown).  ``shown`` keeps
    every step's text, in order."""

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("start_splash")
        self.shown: list[str] = []
        title = QLabel(APP_NAME)
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("splash_message")
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        self.setFixedWidth(420)
        self.setStyleSheet("StartSplash { background: white; border: 1px solid #8a8a8a; }")

    def text(self, step: str, **params) -> str:
        """What the window says for ``step``."""
        texts = {
            "starting": self.tr("Starting…"),
            "restoring": self.tr("Restoring the chosen backup…"),
            "opening": self.tr("Opening the database…"),
            "creating": self.tr("Creating the database…"),
            "migrating": self.tr("Migrating the database to the new version…"),
            "checking": self.tr("Checking the database…"),
            "demo": self.tr("Creating the demo office…"),
            "demo_progress": self.tr("Creating the demo office: {done} of {total} appeals…"),
        }
        return texts[step].format(**params)

    def step(self, step: str, **params) -> None:
        """Show ``step`` now (the window is painted before the step begins)."""
        text = self.text(step, **params)
        if step != "demo_progress":
            bench_mark(step)
            self.bar.setRange(0, 0)
        self.shown.append(text)
        self.message.setText(text)
        if not self.isVisible():
            self.show()
        self.repaint()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def progress(self, done: int, total: int) -> None:
        """A step that counts: ``done`` of ``total``."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.step("demo_progress", done=done, total=total)


def early(lang: str | None) -> StartSplash:
    """The application and its splash, before the app's modules are loaded."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    if lang:
        i18n.save_language(lang)
    i18n.install(lang or i18n.saved_language())
    splash = StartSplash()
    splash.step("starting")
    return splash
