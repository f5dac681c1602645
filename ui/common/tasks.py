"""One task runner for slow work (house style §4): a single DB worker thread.

Results, errors and progress come back on the UI thread through a queued
signal; worker code never touches widgets.

A task may end after its runner is gone (a dialog closed, and the runner
with it, while its check was still running).  The worker never emits on the
runner itself: it emits on one relay that lives as long as the app, and the
relay hands the result to the runner only if the runner is still there.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import isValid

from app.store import in_connection


class _Relay(QObject):
    """Carries finished tasks to the UI thread; never deleted."""
    done = Signal(object, object, object)   # runner, (on_done, on_error), future

    def __init__(self):
        super().__init__()
        self.done.connect(self._deliver)

    @Slot(object, object, object)
    def _deliver(self, runner, callbacks, future) -> None:
        if isValid(runner):   # gone with its dialog: nobody is left to tell
            runner._on_done(callbacks, future)


_relay: list[_Relay] = []


def _the_relay() -> _Relay:
    if not _relay:   # made by the first runner, on the UI thread
        _relay.append(_Relay())
    return _relay[0]


class TaskRunner(QObject):
    """Runs app-layer callables off the UI thread.

    Signals:
        failed: errors of tasks started without ``on_error`` (Exception).
        progressed: (done, total) from ``progress_callback()``.
    """
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._closed = False
        self._relay = _the_relay()

    def run(self, fn, *args, on_done=None, on_error=None, **kwargs) -> Future | None:
        """Submit ``fn``; after :meth:`shutdown` (the app is closing) nothing runs."""
        if self._closed:
            return None
        future = self._pool.submit(in_connection, fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._relay.done.emit(self, (on_done, on_error), f))
        return future

    def run_unconnected(self, fn, *args, on_done=None, on_error=None) -> Future | None:
        """Like :meth:`run`, for work that opens no app database (testing a
        server's connection before any database is chosen, converting and
        drawing documents)."""
        if self._closed:
            return None
        future = self._pool.submit(fn, *args)
        future.add_done_callback(lambda f: self._relay.done.emit(self, (on_done, on_error), f))
        return future

    def progress_callback(self):
        return self.progressed.emit

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)

    def _on_done(self, callbacks, future: Future) -> None:
        on_done, on_error = callbacks
        exc = future.exception()
        if exc is not None:
            (on_error or self.failed.emit)(exc)
        elif on_done is not None:
            on_done(future.result())
