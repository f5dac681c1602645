"""Registration number formats."""
from __future__ import annotations

import pytest

from app.errors import DomainError
from app.office.numbering import DEFAULT_FORMAT, format_number, validate_format


@pytest.mark.parametrize("fmt, prefix, year, seq, expected", [
    (DEFAULT_FORMAT, "", 2026, 1, "2026-000001"),
    (DEFAULT_FORMAT, "", 2027, 123456, "2027-123456"),
    (DEFAULT_FORMAT, "", 2026, 1234567, "2026-1234567"),  # overflow keeps all digits
    ("{prefix}-{year}/{seq:05d}", "АЛМ", 2026, 42, "АЛМ-2026/00042"),
    ("{prefix}-{year}/{seq:05d}", "", 2026, 42, "2026/00042"),  # empty prefix: separator dropped
    ("{seq}/{year}", "", 2026, 7, "7/2026"),
])
def test_format_number(fmt, prefix, year, seq, expected):
    assert format_number(fmt, prefix, year, seq) == expected


@pytest.mark.parametrize("fmt, prefix", [
    (DEFAULT_FORMAT, ""),
    ("{prefix}-{year}-{seq:06d}", "Ж"),
    ("{seq}/{year}", ""),
    ("{year}{seq:07d}", ""),  # 11 digits: not confusable with IIN/BIN
])
def test_valid_formats(fmt, prefix):
    assert validate_format(fmt, prefix) is None


@pytest.mark.parametrize("fmt, code", [
    ("{seq:06d}", "number_format_fields"),           # no year
    ("{year}-{prefix}", "number_format_fields"),     # no seq
    ("Ж-{year}", "number_format_fields"),
    ("{year}{seq:08d}", "number_format_ambiguous"),  # 202600000001: 12 pure digits
    ("{year}-{seq:06d", "number_format_invalid"),    # unbalanced brace
    ("{year}-{seq:xyz}", "number_format_invalid"),   # bad format spec
])
def test_invalid_formats(fmt, code):
    with pytest.raises(DomainError) as exc:
        validate_format(fmt)
    assert exc.value.code == code
    assert exc.value.field == "number_format"


@pytest.mark.parametrize("fmt", [
    "{year}-{seq}-{region}",
    "{year}-{seq}-{0}",
    "{year}-{seq}-{year.real}",
])
def test_unknown_fields_rejected(fmt):
    with pytest.raises(DomainError) as exc:
        validate_format(fmt)
    assert exc.value.field == "number_format"
    assert exc.value.code in {"number_format_fields", "number_format_invalid"}


def test_prefix_cannot_smuggle_ambiguity():
    # A digits-only prefix must not turn a short format into a 12-digit number.
    with pytest.raises(DomainError) as exc:
        validate_format("{prefix}{year}{seq:02d}", "123456")
    assert exc.value.code == "number_format_ambiguous"
