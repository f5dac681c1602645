"""АППК 63.2 items (digest statements 6–8) and input format checks."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.appeal.registration import AppealInput
from app.rules.enums import AppealForm, AppealKind, ApplicantType
from app.rules.identifiers import make_with_check_digit
from app.rules.requirements import REQUIRED_ITEMS, format_errors, missing_items

RECEIVED = dt.datetime(2026, 11, 6, 10, 0)
NOW = dt.datetime(2026, 11, 6, 10, 5)

INDIVIDUAL = AppealInput(
    kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=RECEIVED,
    surname="Қасымова", first_name="Айгүл", postal_address="Астана қ., Абай д-лы, 10",
    addressee="Аудан әкімі", substance="Жер телімі", appeal_date=dt.date(2026, 11, 5))
LEGAL = dataclasses.replace(
    INDIVIDUAL, applicant_type=ApplicantType.LEGAL, surname="", first_name="",
    org_name="«Дала» ЖШС")


def _with(base, **kw):
    return dataclasses.replace(base, **kw)


def test_complete_individual_without_patronymic_and_iin():  # statement 6
    assert INDIVIDUAL.patronymic == "" and INDIVIDUAL.iin == ""
    assert missing_items(INDIVIDUAL) == []


def test_complete_legal_entity_without_bin():  # statement 7
    assert missing_items(LEGAL) == []


@pytest.mark.parametrize("base, changes, missing", [
    (INDIVIDUAL, {"surname": ""}, ["applicant_name"]),
    (INDIVIDUAL, {"first_name": "  "}, ["applicant_name"]),
    (INDIVIDUAL, {"postal_address": ""}, ["postal_address"]),
    (INDIVIDUAL, {"addressee": ""}, ["addressee"]),
    (INDIVIDUAL, {"substance": " "}, ["substance"]),
    (INDIVIDUAL, {"appeal_date": None}, ["appeal_date"]),
    (INDIVIDUAL, {"signed": False}, ["signature"]),  # statement 8
    (LEGAL, {"org_name": ""}, ["applicant_name"]),
    (LEGAL, {"surname": "Қасымова", "first_name": "Айгүл", "org_name": ""}, ["applicant_name"]),
    (LEGAL, {"postal_address": "", "signed": False}, ["postal_address", "signature"]),
])
def test_missing_items(base, changes, missing):
    assert missing_items(_with(base, **changes)) == missing


def test_every_missing_item_names_its_article():
    empty = AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER,
                        received_at=RECEIVED, signed=False)
    codes = missing_items(empty)
    assert codes == list(REQUIRED_ITEMS)
    assert REQUIRED_ITEMS["signature"] == "63.2.5"
    assert REQUIRED_ITEMS["applicant_name"] == REQUIRED_ITEMS["postal_address"] == "63.2.1"


def _codes(a, now=NOW):
    return [(e.code, e.field) for e in format_errors(a, now)]


def test_clean_input_has_no_format_errors():
    valid_iin = make_with_check_digit("90010130000")
    valid_bin = make_with_check_digit("05024000000")
    assert _codes(_with(INDIVIDUAL, iin=valid_iin, email="a.b@mail.kz",
                        phone="+7 (701) 123-45-67")) == []
    assert _codes(_with(LEGAL, bin=valid_bin)) == []


@pytest.mark.parametrize("changes, expected", [
    ({"iin": "900101300008"}, [("iin_invalid", "iin")]),
    ({"iin": "90010130000"}, [("iin_invalid", "iin")]),
    ({"bin": "050240000006"}, [("bin_invalid", "bin")]),
    ({"email": "aigul@mail"}, [("email_invalid", "email")]),
    ({"email": "a b@mail.kz"}, [("email_invalid", "email")]),
    ({"phone": "телефон"}, [("phone_invalid", "phone")]),
    ({"received_at": dt.datetime(2026, 11, 6, 10, 6)}, [("received_in_future", "received_at")]),
    ({"appeal_date": dt.date(2026, 11, 7)}, [("appeal_date_after_receipt", "appeal_date")]),
    ({"collective": True, "signatories": 1}, [("signatories_min", "signatories")]),
    ({"attachments_count": -1}, [("negative", "attachments_count")]),
    ({"attachment_pages": 3}, [("pages_without_attachments", "attachments_count")]),
])
def test_format_errors(changes, expected):
    assert _codes(_with(INDIVIDUAL, **changes)) == expected


@pytest.mark.parametrize("changes", [
    {"received_at": NOW},                          # exactly now is not future
    {"appeal_date": RECEIVED.date()},              # same day as receipt
    {"collective": True, "signatories": 2},
    {"attachments_count": 2, "attachment_pages": 5},
])
def test_boundaries_accepted(changes):
    assert _codes(_with(INDIVIDUAL, **changes)) == []


def test_several_errors_reported_together():
    a = _with(INDIVIDUAL, iin="123", email="x", collective=True, signatories=0)
    assert [c for c, _ in _codes(a)] == ["iin_invalid", "email_invalid", "signatories_min"]
    assert format_errors(a, NOW)[-1].params == {"min": 2}


def test_missing_items_are_not_format_errors():
    a = _with(INDIVIDUAL, surname="", postal_address="", signed=False, appeal_date=None)
    assert _codes(a) == []


def test_an_oral_appeal_has_its_date_the_day_it_is_taken():
    """АППК 63.1: the person who takes an oral appeal enters it in a protocol,
    so its date (63.2 4)) is that day: not a missing item; a paper one's is."""
    oral = _with(INDIVIDUAL, form=AppealForm.ORAL, appeal_date=None)
    assert missing_items(oral) == []
    assert missing_items(_with(oral, form=AppealForm.PAPER)) == ["appeal_date"]
    assert missing_items(_with(oral, signed=False)) == ["signature"]   # the protocol is still signed
