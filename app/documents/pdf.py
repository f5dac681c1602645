"""DOCX to PDF through LibreOffice where it is installed, else through
Microsoft Word on Windows (its COM automation, driven by PowerShell); an
office with neither is told so.

LibreOffice is kept between conversions (issue 15 item 4).  Measured on a
2-core machine with LibreOffice 7.4 (``bench/bench_pdf.py``): a conversion
with a new profile takes about 2.4 s, with the profile kept about 2.0 s, and
handed to an idle LibreOffice already running on that profile about 0.5 s.
So the app keeps one private profile for its whole run and, once the user
has previewed a document, an idle LibreOffice started in the background on
it: the next conversion is passed to it (LibreOffice's own single-instance
hand-over) and the idle instance ends after it, so another is started for
the one after.  The command line and the self-test convert once and keep
nothing running.

Each conversion has a time limit; when it is reached the whole process tree
is killed (a process group on Linux and macOS, ``taskkill /T`` on Windows),
the idle instance too, so no soffice.bin is left writing into a removed
folder; at exit a conversion under way is killed the same way.  Word is
driven through COM: its WINWORD.EXE is started by Windows, not by the
PowerShell that asks, so a Word that hangs is not in that tree and only the
PowerShell is stopped (not tried on Windows).  What LibreOffice and Word
print goes to the log."""
from __future__ import annotations

import atexit
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from app.errors import DomainError

log = logging.getLogger("zholdanym.pdf")

WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                 r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
TIMEOUT_S = 120
HANDED_OVER_WAIT_S = 5.0   # a conversion handed to the idle instance: its file may land just after


def converter() -> str | None:
    """The LibreOffice program, "word" where only Word is there, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if os.name == "nt":
        found = next((p for p in WINDOWS_PATHS if Path(p).is_file()), None)
        return found or ("word" if _has_word() else None)
    return None


def _has_word() -> bool:
    if sys.platform != "win32":
        return False
    try:
        import winreg
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application"))
        return True
    except (ImportError, OSError):
        return False


def word_script(paths: list[Path], out_dir: Path) -> str:
    """PowerShell that opens each file in Word and saves it as PDF (format 17)."""
    lines = ["$w = New-Object -ComObject Word.Application", "$w.Visible = $false", "try {"]
    for p in paths:
        src = str(p).replace("'", "''")
        dst = str(out_dir / f"{p.stem}.pdf").replace("'", "''")
        lines += [f"  $d = $w.Documents.Open('{src}', $false, $true)",
                  f"  $d.SaveAs([ref]'{dst}', [ref]17)", "  $d.Close($false)"]
    lines += ["} finally { $w.Quit() }"]
    return "\n".join(lines)


def to_pdf(paths: list[Path], out_dir: Path, timeout: int = TIMEOUT_S, keep_warm: bool = False) -> list[Path]:
    """Convert DOCX files into ``out_dir`` (one LibreOffice run for them all).

    ``keep_warm``: afterwards leave an idle LibreOffice for the next
    conversion (the desktop app's preview; see the module's note)."""
    program = converter()
    if program is None:
        raise DomainError("pdf_unavailable")
    out_dir.mkdir(parents=True, exist_ok=True)
    if program == "word":
        _run(["powershell", "-NoProfile", "-NonInteractive", "-Command",
              word_script(paths, out_dir)], timeout)
        return _results(paths, out_dir)
    return _office_for(program).convert(paths, out_dir, timeout, keep_warm)


def shutdown() -> None:
    """At exit: a conversion still running is stopped (its process tree
    killed, so the app does not wait for its time limit), the idle
    LibreOffice ends, and the private profile is removed."""
    global _office
    with _lock:
        office, _office = _office, None
    if office is not None:
        office.abort()
        office.close()


class _LibreOffice:
    """One private profile for the app's run, and at most one idle instance on it."""

    def __init__(self, program: str, root: Path | None = None):
        self.program = program
        self.profile = Path(tempfile.mkdtemp(prefix="zholdanym-lo-", dir=root))
        self.idle: subprocess.Popen | None = None
        self.running: subprocess.Popen | None = None   # the conversion under way, for abort()
        self.convert_lock = threading.Lock()

    def _base(self) -> list[str]:
        return [self.program, "--headless", "--norestore", "--nologo", "--nodefault",
                f"-env:UserInstallation={self.profile.as_uri()}"]

    def convert(self, paths: list[Path], out_dir: Path, timeout: int, keep_warm: bool) -> list[Path]:
        paths, out_dir = [p.resolve() for p in paths], out_dir.resolve()   # an idle instance has its own cwd
        with self.convert_lock:
            handed_over = self.idle is not None and self.idle.poll() is None
            try:
                _run([*self._base(), "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)],
                     timeout, started=self._started)
            except DomainError:
                self._end_idle()   # a conversion handed to it may be what hangs
                raise
            finally:
                self.running = None
            if handed_over:   # the idle instance did it and ends after it
                _wait_for([out_dir / f"{p.stem}.pdf" for p in paths], HANDED_OVER_WAIT_S)
                self._reap_idle()
            results = _results(paths, out_dir)
            if keep_warm:
                self._start_idle()
            return results

    def _started(self, process: subprocess.Popen) -> None:
        self.running = process

    def abort(self) -> None:
        """Kill what runs now, without waiting for the conversion's lock."""
        for process in (self.running, self.idle):
            if process is not None and process.poll() is None:
                kill_tree(process)

    def _start_idle(self) -> None:
        if self.idle is not None and self.idle.poll() is None:
            return
        try:
            self.idle = _spawn([*self._base(), "--invisible"])
        except OSError as exc:
            log.warning("idle LibreOffice not started: %s", exc)
            self.idle = None
            return
        _log_output(self.idle, "LibreOffice (idle)")

    def _reap_idle(self) -> None:
        """The idle instance ends after the conversion it took (LibreOffice
        7.4 does); one that stays up is kept: it takes the next one."""
        if self.idle is not None:
            try:
                self.idle.wait(timeout=1)
            except subprocess.TimeoutExpired:
                return
            self.idle = None

    def _end_idle(self) -> None:
        if self.idle is not None:
            kill_tree(self.idle)
            self.idle = None

    def close(self) -> None:
        with self.convert_lock:
            self._end_idle()
            shutil.rmtree(self.profile, ignore_errors=True)


_lock = threading.Lock()
_office: _LibreOffice | None = None
_profile_root: list[Path] = []


def keep_profile_in(folder: Path) -> None:
    """Where LibreOffice's private profile is made (the desktop app: its
    session's private folder, removed at exit or after a crash, issue 12)."""
    _profile_root[:] = [folder]


def _office_for(program: str) -> _LibreOffice:
    global _office
    with _lock:
        if _office is None or _office.program != program:
            if _office is not None:
                _office.close()
            _office = _LibreOffice(program, _profile_root[0] if _profile_root else None)
        return _office


atexit.register(shutdown)


def _child_env() -> dict[str, str]:
    """The environment of a converter: a frozen build's library path is
    its own and must not reach LibreOffice (PyInstaller keeps the user's in
    ``*_ORIG``)."""
    env = dict(os.environ)
    for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
        original = env.pop(f"{name}_ORIG", None)
        if getattr(sys, "frozen", False):
            if original is not None:
                env[name] = original
            else:
                env.pop(name, None)
    return env


def _spawn(command: list[str]) -> subprocess.Popen:
    """A process in its own group (Linux, macOS) or without a console window
    (Windows), so that its whole tree can be killed."""
    if os.name == "nt":
        flags = subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined,unused-ignore]
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=_child_env(), creationflags=flags)
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_child_env(), start_new_session=True)


def kill_tree(process: subprocess.Popen) -> None:
    """Kill ``process`` and everything it started (soffice.bin under soffice)."""
    if os.name == "nt":
        subprocess.run(["taskkill", "/PID", str(process.pid), "/T", "/F"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       creationflags=subprocess.CREATE_NO_WINDOW)  # type: ignore[attr-defined,unused-ignore]
    else:
        import signal
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        process.kill()
        process.wait(timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        pass


def _log_output(process: subprocess.Popen, who: str) -> None:
    """What a long-lived process prints, line by line into the log."""
    def pump(stream) -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                log.info("%s: %s", who, line)
        stream.close()
    for stream in (process.stdout, process.stderr):
        threading.Thread(target=pump, args=(stream,), daemon=True).start()


def _run(command: list[str], timeout: int, started=None) -> None:
    """Run a converter to its end; ``started`` is told its process."""
    began = time.monotonic()
    try:
        process = _spawn(command)
    except OSError as exc:
        raise DomainError("pdf_failed", detail=str(exc)) from exc
    if started is not None:
        started(process)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        kill_tree(process)   # soffice.bin too, so it does not write into a removed folder
        log.warning("%s: no answer in %s s, its process tree killed", Path(command[0]).name, timeout)
        raise DomainError("pdf_failed", detail=f"no answer in {timeout} s") from exc
    name = Path(command[0]).name
    level = logging.INFO if process.returncode == 0 else logging.WARNING   # javaldx's notes are no failure
    for stream in (out, err):
        text = stream.decode("utf-8", "replace").strip() if stream else ""
        if text:
            log.log(level, "%s: %s", name, text)
    log.log(level, "%s finished with %s in %.2f s", name, process.returncode, time.monotonic() - began)


def _wait_for(paths: list[Path], seconds: float) -> None:
    end = time.monotonic() + seconds
    while not all(p.is_file() for p in paths) and time.monotonic() < end:
        time.sleep(0.05)


def _results(paths: list[Path], out_dir: Path) -> list[Path]:
    out = [out_dir / f"{p.stem}.pdf" for p in paths]
    missing = [p.name for p in out if not p.is_file()]
    if missing:
        raise DomainError("pdf_failed", detail=", ".join(missing))
    return out
