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


# Why a database was not opened (app.store.open_database's codes).
NOT_OPENED = {
    "database_missing": "no database at {detail}",
    "database_empty": "{detail} is an empty file (0 bytes), not a Zholdanym database",
    "database_not_sqlite": "{detail} is not a SQLite database file",
    "database_foreign": "{detail} is not a Zholdanym database (it holds another program's tables)",
    "backup_before_upgrade_failed": "the database needs an upgrade, and the checked copy made before it failed "
                                    "({detail}); nothing was changed",
    "database_newer": "the database was upgraded by a newer version of Zholdanym ({detail}); "
                      "this version does not open it: install the newer one",
}


def cannot_open(db_url: str, exc) -> int:
    """The error line for a database that could not be opened or read."""
    detail = exc.params.get("detail") or ""
    if exc.code in NOT_OPENED:
        return fail(NOT_OPENED[exc.code].format(detail=detail or db_url))
    return fail(f"cannot read {db_url}: {detail or exc.code}")


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
