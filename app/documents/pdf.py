"""DOCX to PDF through LibreOffice where it is installed, else through
Microsoft Word on Windows (its COM automation, driven by PowerShell); an
office with neither is told so."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.errors import DomainError

WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                 r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


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


def _kill(process: subprocess.Popen) -> None:
    if os.name != "nt":
        import signal
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass
    process.kill()
    process.wait()


def to_pdf(paths: list[Path], out_dir: Path, timeout: int = 300) -> list[Path]:
    """Convert DOCX files in one LibreOffice run (a private profile, so a
    LibreOffice the user has open does not get in the way)."""
    program = converter()
    if program is None:
        raise DomainError("pdf_unavailable")
    out_dir.mkdir(parents=True, exist_ok=True)
    if program == "word":
        _run(["powershell", "-NoProfile", "-NonInteractive", "-Command",
              word_script(paths, out_dir)], timeout)
        return _results(paths, out_dir)
    with tempfile.TemporaryDirectory(prefix="zholdanym-lo-") as profile:
        _run([program, "--headless", "--norestore",
              f"-env:UserInstallation={Path(profile).as_uri()}",
              "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)], timeout)
    return _results(paths, out_dir)


def _run(command: list[str], timeout: int) -> None:
    try:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=os.name != "nt")
    except OSError as exc:
        raise DomainError("pdf_failed", detail=str(exc)) from exc
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill(process)   # soffice.bin too, so it does not write into a deleted profile
        raise DomainError("pdf_failed", detail=f"no answer in {timeout} s") from exc


def _results(paths: list[Path], out_dir: Path) -> list[Path]:
    out = [out_dir / f"{p.stem}.pdf" for p in paths]
    missing = [p.name for p in out if not p.is_file()]
    if missing:
        raise DomainError("pdf_failed", detail=", ".join(missing))
    return out
