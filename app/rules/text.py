"""One input rule for free text, the same on SQLite and PostgreSQL (issue 12
item 6), so that what is stored is exactly what documents print:

- NUL and the control characters other than tab and line breaks become a
  space (PostgreSQL refuses NUL; Word drops the others); a vertical tab and a
  form feed become a line break, as Word shows them;
- invisible characters (zero-width spaces and joiners, the word joiner, the
  byte-order mark, the soft hyphen) are removed: they never make a missing
  item present (АППК 63.2), nor two names differ;
- a lone surrogate (text that cannot be encoded) and a value that is not
  text at all are refused with a code, never an exception.

Numbers and moments have their domain limits here too.
"""
from __future__ import annotations

import datetime as dt
import re

from app.errors import DomainError

_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n",
                         "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")

COUNT_MAX = 100_000          # attachments, pages, signatories: far beyond any paper appeal
RECEIPT_YEARS_BACK = 1       # a receipt before the previous calendar year is a typing mistake


def clean(value: object, field: str) -> str:
    """``value`` as stored and printed, or DomainError for what is not text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DomainError("not_text", field)
    if _SURROGATE.search(value):
        raise DomainError("text_characters", field)
    value = value.translate(_BREAKS).replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", _CONTROLS.sub(" ", value))


def visible(value: str) -> bool:
    """Whether ``value`` shows anything at all (not only blanks and
    invisible characters)."""
    return bool(_INVISIBLE.sub("", value or "").strip())


def count_error(value: object, field: str, maximum: int = COUNT_MAX) -> DomainError | None:
    """A count is a whole number from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return DomainError("not_a_number", field)
    if value < 0:
        return DomainError("negative", field)
    if value > maximum:
        return DomainError("number_too_large", field, max=maximum)
    return None


def receipt_error(moment: dt.datetime, now: dt.datetime, office_since: dt.date | None) -> DomainError | None:
    """A receipt moment in the future, or before the previous calendar year
    (or before the office was set up, if later), is a typing mistake: it
    would open a number series of its own that can never be undone."""
    if moment > now:
        return DomainError("received_in_future", "received_at")
    earliest = dt.date(now.year - RECEIPT_YEARS_BACK, 1, 1)
    if office_since is not None and office_since > earliest:
        earliest = office_since
    if moment.date() < earliest:
        return DomainError("received_too_early", "received_at", earliest=earliest)
    return None
