"""IIN / BIN check digit and structure."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.identifiers import check_digit, is_valid_bin, is_valid_iin, make_with_check_digit

# Check digits below were computed by hand with weights 1..11 (then 3..11,1,2).
VALID_IINS = [
    "900101300007",  # 1990-01-01, male; first pass 40 % 11 = 7
    "900101300811",  # first pass 131 % 11 = 10 -> second pass 78 % 11 = 1
]
VALID_BINS = ["050240000005"]  # 2005-02, legal entity type 4; 38 % 11 = 5


@pytest.mark.parametrize("number", VALID_IINS)
def test_hand_computed_iins_are_valid(number):
    assert is_valid_iin(number)
    assert make_with_check_digit(number[:11]) == number


@pytest.mark.parametrize("number", VALID_BINS)
def test_hand_computed_bins_are_valid(number):
    assert is_valid_bin(number)
    assert make_with_check_digit(number[:11]) == number


def test_second_weight_pass_used_when_first_gives_ten():
    assert check_digit("90010130081") == 1


def test_no_check_digit_when_both_passes_give_ten():
    assert check_digit("90010130080") is None
    assert make_with_check_digit("90010130080") is None
    for last in "0123456789":
        assert not is_valid_iin("90010130080" + last)


@pytest.mark.parametrize("first11, valid", [
    ("85123140012", True),   # 1985-12-31, century digit 4
    ("00022950007", True),   # 2000-02-29, century digit 5
    ("75063010004", True),   # century digit 1 -> 1875
    ("01022950004", False),  # 2001-02-29 does not exist
])
def test_made_iins_and_birth_date(first11, valid):
    number = make_with_check_digit(first11)
    assert number is not None
    assert is_valid_iin(number) is valid


# One digit changed (each re-checked by hand to change the check digit).
@pytest.mark.parametrize("valid, changed", [
    ("900101300007", "900101300006"),  # check digit itself
    ("900101300007", "800101300007"),  # first pass 39 % 11 = 6
    ("900101300007", "900101400007"),  # first pass 47 % 11 = 3
    ("900101300811", "900101300821"),  # first pass 141 % 11 = 9
    ("050240000005", "050240000004"),
    ("050240000005", "060240000005"),  # first pass 40 % 11 = 7
    ("050240000005", "050250000005"),  # 10 -> second pass 67 % 11 = 1
])
def test_one_changed_digit_invalidates(valid, changed):
    validator = is_valid_bin if valid in VALID_BINS else is_valid_iin
    assert validator(valid)
    assert not validator(changed)


def test_weight_eleven_position_is_not_detected():
    # Documented property of the algorithm: position 11 weighs 11 = 0 (mod 11).
    assert is_valid_iin("900101300017")


@pytest.mark.parametrize("number", [
    "", "90010130000", "9001013000070", "90010130000a", "9001013000 7",
    "ЖСН900101300", "+90101300007",
])
def test_bad_shape(number):
    assert not is_valid_iin(number)
    assert not is_valid_bin(number)


@pytest.mark.parametrize("first11", [
    "90130130000",  # month 13
    "90023030000",  # 30 February
    "90010170000",  # century digit 7
])
def test_iin_structure_errors(first11):
    number = make_with_check_digit(first11)
    assert number is not None and not is_valid_iin(number)


@pytest.mark.parametrize("first11", [
    "05004000000",  # month 00
    "05134000000",  # month 13
    "05023000000",  # entity type 3
    "05027000000",  # entity type 7
])
def test_bin_structure_errors(first11):
    number = make_with_check_digit(first11)
    assert number is not None and not is_valid_bin(number)


@given(birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       male=st.booleans(), serial=st.integers(min_value=0, max_value=9999))
def test_iin_from_any_birth_date(birth, male, serial):
    century = 3 if birth.year < 2000 else 5
    first11 = f"{birth:%y%m%d}{century + (0 if male else 1)}{serial:04d}"
    number = make_with_check_digit(first11)
    if number is None:  # both weight passes give 10: no IIN with these digits
        return
    assert is_valid_iin(number)
    for other in set("0123456789") - {number[11]}:
        assert not is_valid_iin(number[:11] + other)
