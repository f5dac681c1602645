"""One input rule for both engines (issue 12 item 6): hostile text, numbers
and moments are refused next to their field or made what documents print;
nothing is half-written; never an exception."""
from __future__ import annotations

import datetime as dt

import pytest

from app.appeal.registration import register
from app.engine import perform
from app.errors import DomainError, ValidationErrors
from app.rules.text import clean, visible
from models.entities import Appeal, ChangeLog, RegistrationCounter

NOW = dt.datetime(2026, 11, 10, 10, 0)


def refused(make_input, registrar, **fields) -> list[tuple[str, str]]:
    before = (Appeal.select().count(), ChangeLog.select().count(), RegistrationCounter.select().count())
    with pytest.raises(ValidationErrors) as err:
        register(make_input(fields.pop("received_at", NOW), **fields), registrar, "k", now=NOW)
    assert (Appeal.select().count(), ChangeLog.select().count(),
            RegistrationCounter.select().count()) == before, "nothing is written"
    return [(e.code, e.field) for e in err.value.errors]


@pytest.mark.parametrize("moment", [dt.datetime(1900, 1, 1, 9), dt.datetime(2016, 11, 10, 9),
                                    dt.datetime(2024, 12, 31, 9)])
def test_a_receipt_long_ago_is_a_typing_mistake_and_opens_no_number_series(make_input, registrar, moment):
    assert refused(make_input, registrar, received_at=moment) == [("received_too_early", "received_at")]


def test_a_receipt_of_last_year_is_accepted(make_input, registrar):
    assert register(make_input(dt.datetime(2025, 12, 30, 9)), registrar, "k", now=NOW).reg_number.startswith(
        "2025-")


def test_invisible_characters_do_not_make_a_missing_item_present(make_input, registrar):
    done = register(make_input(NOW, surname="\u200b", first_name="\ufeff\u2060 "), registrar, "k", now=NOW)
    assert "applicant_name" in done.missing
    assert Appeal.get_by_id(done.id).surname == ""


def test_controls_become_what_the_document_prints_and_nul_is_no_error(make_input, registrar):
    done = register(make_input(NOW, substance="Бір\x00екі\vүш\x07төрт\r\nбес"), registrar, "k", now=NOW)
    assert Appeal.get_by_id(done.id).substance == "Бір екі\nүш төрт\nбес"


@pytest.mark.parametrize("fields, expected", [
    ({"attachments_count": 10**12}, [("number_too_large", "attachments_count")]),
    ({"attachments_count": "5"}, [("not_a_number", "attachments_count")]),
    ({"attachments_count": 2, "attachment_pages": -3}, [("negative", "attachment_pages")]),
    ({"substance": "ok \udc80"}, [("text_characters", "substance")]),
    ({"postal_address": 42}, [("not_text", "postal_address")]),
])
def test_wrong_values_are_named_next_to_their_field(make_input, registrar, fields, expected):
    assert refused(make_input, registrar, **fields) == expected


def test_an_action_reason_follows_the_same_rule(staff, new_appeal):
    a = new_appeal("2026-11-02 10:00")
    with pytest.raises(ValidationErrors) as err:
        perform(a, "extend", staff["akim"], {"new_due_on": dt.date(2026, 12, 18), "reason": "\ud800"},
                today=dt.date(2026, 11, 16))
    assert ("text_characters", "reason") in [(e.code, e.field) for e in err.value.errors]
    perform(a, "extend", staff["akim"], {"new_due_on": dt.date(2026, 12, 18), "reason": "a\x00b\u200b"},
            today=dt.date(2026, 11, 16))
    assert '"reason": "a b"' in ChangeLog.select().order_by(ChangeLog.id.desc()).first().changes


def test_the_rule_itself():
    assert clean("x\u00ady\x1fz\f", "f") == "xy z\n"
    assert not visible("\u200b \u2060\ufeff") and visible(" a ")
    with pytest.raises(DomainError):
        clean(b"bytes", "f")
