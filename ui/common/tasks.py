"""One task runner for slow work (house style §4): a single DB worker thread.

Results, errors and progress come back on the UI thread through a queued
signal; worker code never touches widgets.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal, Slot

from app.store import in_connection


class TaskRunner(QObject):
    """Runs app-layer callables off the UI thread.

    Signals:
        failed: errors of tasks started without ``on_error`` (Exception).
        progressed: (done, total) from ``progress_callback()``.
    """
    failed = Signal(object)
    progressed = Signal(int, int)
    _done = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._closed = False
        self._done.connect(self._on_done)

    def run(self, fn, *args, on_done=None, on_error=None, **kwargs) -> Future | None:
        """Submit ``fn``; after :meth:`shutdown` (the app is closing) nothing runs."""
        if self._closed:
            return None
        future = self._pool.submit(in_connection, fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._done.emit((on_done, on_error), f))
        return future

    def run_unconnected(self, fn, *args, on_done=None, on_error=None) -> Future | None:
        """Like :meth:`run`, for work that opens no app database (testing a
        server's connection before any database is chosen, converting and
        drawing documents)."""
        if self._closed:
            return None
        future = self._pool.submit(fn, *args)
        future.add_done_callback(lambda f: self._done.emit((on_done, on_error), f))
        return future

    def progress_callback(self):
        return self.progressed.emit

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)

    @Slot(object, object)
    def _on_done(self, callbacks, future: Future) -> None:
        on_done, on_error = callbacks
        exc = future.exception()
        if exc is not None:
            (on_error or self.failed.emit)(exc)
        elif on_done is not None:
            on_done(future.result())
