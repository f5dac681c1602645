"""IIN and BIN (12-digit Kazakh identification numbers) with their check digit."""
from __future__ import annotations

import datetime as dt

_W1 = tuple(range(1, 12))
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first11: str) -> int | None:
    """The control digit of an IIN/BIN, or None when the number cannot have one."""
    digits = [int(c) for c in first11]
    value = sum(d * w for d, w in zip(digits, _W1)) % 11
    if value == 10:
        value = sum(d * w for d, w in zip(digits, _W2)) % 11
        if value == 10:
            return None
    return value


def _checksum_ok(number: str) -> bool:
    if len(number) != 12 or not number.isdigit():
        return False
    return check_digit(number[:11]) == int(number[11])


def is_valid_iin(number: str) -> bool:
    """12 digits, a real birth date (YYMMDD), century/sex digit, check digit."""
    if not _checksum_ok(number):
        return False
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}
    base = century.get(number[6])
    if base is None:
        return number[6] == "0" and _plausible_date(1900, number)
    return _plausible_date(base, number)


def _plausible_date(base: int, number: str) -> bool:
    try:
        dt.date(base + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        return False
    return True


def is_valid_bin(number: str) -> bool:
    """12 digits: YYMM of registration, entity type 4–6, check digit."""
    if not _checksum_ok(number):
        return False
    return 1 <= int(number[2:4]) <= 12 and number[4] in "456"


def make_with_check_digit(first11: str) -> str | None:
    """Complete 11 digits with their control digit (demo data and tests)."""
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
