"""Registration numbers: unique, gap-free within a year, never reused.

The number is drawn from a per-year counter row inside the registering
transaction, so a rolled-back registration gives its number back and two
workstations can never draw the same one (the counter row is locked by the
UPDATE until commit on PostgreSQL; SQLite transactions begin IMMEDIATE).
"""
from __future__ import annotations

import re
import string

from app.errors import DomainError
from models.entities import RegistrationCounter

DEFAULT_FORMAT = "{year}-{seq:06d}"
_ALLOWED = {"year", "seq", "prefix"}


def validate_format(fmt: str, prefix: str = "") -> None:
    """A format must contain ``{year}`` and ``{seq}`` (numbers restart every
    year) and only known fields; raises DomainError otherwise."""
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    except ValueError:
        raise DomainError("number_format_invalid", "number_format") from None
    if not {"year", "seq"} <= fields or not fields <= _ALLOWED:
        raise DomainError("number_format_fields", "number_format")
    try:
        sample = format_number(fmt, prefix, 2026, 1)
    except (ValueError, KeyError, IndexError):
        raise DomainError("number_format_invalid", "number_format") from None
    if prefix.strip() and "prefix" not in fields:
        raise DomainError("number_prefix_unused", "number_prefix")
    if re.fullmatch(r"\d{12}", sample):
        # Keep our numbers distinguishable from e-Otinish and IIN/BIN numbers.
        raise DomainError("number_format_ambiguous", "number_format")


def format_number(fmt: str, prefix: str, year: int, seq: int) -> str:
    text = fmt.format(year=year, seq=seq, prefix=prefix)
    return text.strip("-/ ") if not prefix else text


def next_sequence(year: int) -> int:
    """Draw the next number of ``year``.  Call inside a write transaction."""
    RegistrationCounter.insert(year=year, last_value=0).on_conflict_ignore().execute()
    (RegistrationCounter
     .update(last_value=RegistrationCounter.last_value + 1)
     .where(RegistrationCounter.year == year)
     .execute())
    return RegistrationCounter.get_by_id(year).last_value
