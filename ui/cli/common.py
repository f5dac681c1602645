"""What every command shares: the interface language, the error line and
exit code 2, dates typed as YYYY-MM-DD, and explanation steps as JSON."""
from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QCoreApplication


def translate_to(lang: str) -> None:
    if lang in ("kk", "ru"):
        from ui import i18n
        if QCoreApplication.instance() is None:
            QCoreApplication(sys.argv[:1])
        i18n.install(lang)


def fail(text: str) -> int:
    print(f"error: {text}", file=sys.stderr)
    return 2


def day(name: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be YYYY-MM-DD, got {value!r}") from None


def steps_json(steps) -> list[dict]:
    return [{"code": s.code, "date": s.day.isoformat() if s.day else None,
             **{k: (v.isoformat() if hasattr(v, "isoformat") else v)
                for k, v in s.params.items() if v not in ("", None, False)}}
            for s in steps]
