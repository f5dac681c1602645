"""The e-Otinish link (issue 16 item 4) and the applicant's feedback (item 6):
the number as a recorded case action, the queue of appeals without one,
outage mode."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.appeal.registration import register
from app.engine import offered
from app.eotinish import current_outage, end_outage, feedback_counts, outages, start_outage
from app.errors import DomainError, ValidationErrors
from app.office.calendar_store import load_calendar
from app.queries.eotinish import queue
from models.entities import Appeal, ChangeLog

T = dt.datetime.fromisoformat


def _errors(exc) -> list[tuple[str, str]]:
    return [(e.code, e.field) for e in exc.value.errors]


def _history(appeal_id: int, action: str) -> list[dict]:
    return [json.loads(r.changes) for r in ChangeLog.select().where(
        (ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id) & (ChangeLog.action == action))
        .order_by(ChangeLog.id)]


def test_the_number_is_trimmed_checked_and_recorded(new_appeal, act, staff):
    a = new_appeal("2026-11-02 10:00")
    assert "eotinish_number" in offered(a) and "eotinish_correct" not in offered(a)
    for bad in ("12-34", "ЖТ 2026", "ЖТ--2026-01234", "ЖТ_2026_01234", "x" * 60 + "12345"):
        with pytest.raises(ValidationErrors) as err:
            act(a, "eotinish_number", who="registrar", number=bad)
        assert _errors(err)[0][1] == "number"
    with pytest.raises(ValidationErrors) as err:
        act(a, "eotinish_number", who="registrar", number="   ")
    assert _errors(err) == [("required", "number")]
    with pytest.raises(DomainError) as refused:   # the executor does not keep the register
        act(a, "eotinish_number", who="exec", number="ЖТ-2026-01234567")
    assert refused.value.code == "action_forbidden_role"
    act(a, "eotinish_number", who="registrar", number="  жт-2026-0123 4567 ")
    assert Appeal.get_by_id(a).eotinish_number == "ЖТ-2026-01234567"
    assert _history(a, "eotinish_number") == [{"eotinish_number": ["", "ЖТ-2026-01234567"]}]
    assert "eotinish_number" not in offered(a) and "eotinish_correct" in offered(a)


def test_a_number_belongs_to_one_appeal(new_appeal, act, staff, make_input):
    a, b = new_appeal("2026-11-02 10:00"), new_appeal("2026-11-02 11:00")
    act(a, "eotinish_number", who="registrar", number="ЖТ-2026-01234567")
    reg_a = Appeal.get_by_id(a).reg_number
    with pytest.raises(ValidationErrors) as err:
        act(b, "eotinish_number", who="registrar", number="жт-2026-01234567")
    assert _errors(err) == [("eotinish_number_taken", "number")]
    assert err.value.errors[0].params["reg_number"] == reg_a
    with pytest.raises(ValidationErrors) as err:   # nor at the counter
        register(make_input(T("2026-11-03 10:00"), eotinish_number="ЖТ-2026-01234567 "), staff["registrar"],
                 "dup", now=T("2026-11-03 10:00"))
    assert _errors(err) == [("eotinish_number_taken", "eotinish_number")]
    with pytest.raises(ValidationErrors) as err:
        register(make_input(T("2026-11-03 10:00"), eotinish_number="абв"), staff["registrar"], "bad",
                 now=T("2026-11-03 10:00"))
    assert _errors(err) == [("eotinish_number_format", "eotinish_number")]
    c = register(make_input(T("2026-11-03 10:00"), eotinish_number=" зт-2026-000777 "), staff["registrar"],
                 "ok", now=T("2026-11-03 10:00")).id
    assert Appeal.get_by_id(c).eotinish_number == "ЗТ-2026-000777"


def test_once_set_a_number_changes_only_by_a_correction_with_a_reason(new_appeal, act):
    a, b = new_appeal("2026-11-02 10:00"), new_appeal("2026-11-02 11:00")
    with pytest.raises(ValidationErrors) as err:   # nothing to correct yet
        act(a, "eotinish_correct", who="registrar", number="ЖТ-2026-00000001", reason="қате")
    assert ("eotinish_number_missing", "number") in _errors(err)
    act(a, "eotinish_number", who="registrar", number="ЖТ-2026-00000001")
    act(b, "eotinish_number", who="registrar", number="ЖТ-2026-00000002")
    with pytest.raises(ValidationErrors) as err:   # never silently overwritten
        act(a, "eotinish_number", who="registrar", number="ЖТ-2026-00000009")
    assert _errors(err) == [("eotinish_number_set", "number")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "eotinish_correct", who="registrar", number="ЖТ-2026-00000009", reason=" ")
    assert _errors(err) == [("required", "reason")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "eotinish_correct", who="registrar", number="ЖТ-2026-00000001", reason="қате")
    assert _errors(err) == [("eotinish_number_same", "number")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "eotinish_correct", who="registrar", number="ЖТ-2026-00000002", reason="қате")
    assert _errors(err) == [("eotinish_number_taken", "number")]
    act(a, "eotinish_correct", who="registrar", number="ЖТ-2026-00000009", reason="Цифр ауысып кеткен")
    assert Appeal.get_by_id(a).eotinish_number == "ЖТ-2026-00000009"
    assert _history(a, "eotinish_correct") == [{"eotinish_number": ["ЖТ-2026-00000001", "ЖТ-2026-00000009"],
                                                "reason": "Цифр ауысып кеткен"}]
    assert _history(a, "eotinish_number") == [{"eotinish_number": ["", "ЖТ-2026-00000001"]}]


def test_the_queue_oldest_first_with_the_time_waited(new_appeal, act, staff, make_input):
    cal = load_calendar()
    old = new_appeal("2026-11-02 10:00")      # Monday
    mid = new_appeal("2026-11-05 09:00")      # Thursday
    numbered = register(make_input(T("2026-11-04 10:00"), eotinish_number="ЖТ-2026-00000005"),
                        staff["registrar"], "n", now=T("2026-11-04 10:00")).id
    today = new_appeal("2026-11-09 09:30")    # Monday
    q = queue(T("2026-11-09 15:45"), cal)
    assert q.total == 3 and [i.appeal_id for i in q.items] == [old, mid, today]
    assert numbered not in [i.appeal_id for i in q.items]
    waited = {i.appeal_id: (i.waited_days, i.waited_hours) for i in q.items}
    assert waited[old][0] == 5              # Tue..Fri and Mon: five working days
    assert waited[mid][0] == 2              # Friday and Monday
    assert waited[today] == (0, 6)          # registered today: six hours since receipt
    assert queue(T("2026-11-09 15:45"), cal, limit=1).items[0].appeal_id == old
    act(mid, "eotinish_number", who="registrar", number="ЖТ-2026-00000006", today="2026-11-09")
    q = queue(T("2026-11-09 15:45"), cal)
    assert q.total == 2 and mid not in [i.appeal_id for i in q.items]


def test_an_appeal_art_69_3_leaves_out_does_not_wait_for_a_number(new_appeal, staff):
    """АППК 69.3 para 2: advertising, state-service and currency notices are not
    subject to the accounting; marked so, they leave the queue (and come back
    when the mark is taken off)."""
    from app.reports import mark_excluded, unmark_excluded
    cal = load_calendar()
    kept, advert = new_appeal("2026-11-02 10:00"), new_appeal("2026-11-02 11:00")
    mark_excluded(advert, "69.3.advertising", staff["akim"])
    q = queue(T("2026-11-09 15:45"), cal)
    assert q.total == 1 and [i.appeal_id for i in q.items] == [kept]
    unmark_excluded(advert, staff["akim"])
    assert queue(T("2026-11-09 15:45"), cal).total == 2


def test_the_queue_reads_its_index_in_order(new_appeal):
    from models.db import db
    new_appeal("2026-11-02 10:00")
    plan = " ".join(str(r) for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM appeal WHERE eotinish_number = '' ORDER BY received_at, id "
        "LIMIT 500").fetchall())
    assert "appeal_eotinish_queue" in plan and "TEMP B-TREE" not in plan


def test_outage_mode_flags_what_is_registered_meanwhile(new_appeal, act, staff, make_input):
    before = new_appeal("2026-11-02 10:00")
    with pytest.raises(DomainError) as refused:
        start_outage(staff["exec"], now=T("2026-11-03 09:00"))
    assert refused.value.code == "forbidden_role"
    with pytest.raises(DomainError) as refused:
        end_outage(staff["registrar"], now=T("2026-11-03 09:00"))
    assert refused.value.code == "eotinish_outage_off"
    started = start_outage(staff["registrar"], "Жүйе ашылмайды", now=T("2026-11-03 09:00"))
    assert current_outage().id == started.id and current_outage().started_by.startswith("Жұмабаев")
    with pytest.raises(DomainError) as refused:
        start_outage(staff["office_admin"] if "office_admin" in staff else staff["registrar"],
                     now=T("2026-11-03 09:30"))
    assert refused.value.code == "eotinish_outage_on"
    during = register(make_input(T("2026-11-03 10:00")), staff["registrar"], "o1", now=T("2026-11-03 10:00")).id
    numbered = register(make_input(T("2026-11-03 10:30"), eotinish_number="ЖТ-2026-00000010"),
                        staff["registrar"], "o2", now=T("2026-11-03 10:30")).id
    assert Appeal.get_by_id(during).eotinish_catch_up and not Appeal.get_by_id(numbered).eotinish_catch_up
    assert _history(during, "registered")[0]["eotinish_catch_up"] is True
    ended = end_outage(staff["registrar"], "Қалпына келді", now=T("2026-11-03 12:15"))
    assert current_outage() is None
    assert (ended.ended_at, ended.flagged, ended.lasted(T("2026-11-04 00:00"))) == (
        T("2026-11-03 12:15"), 1, dt.timedelta(hours=3, minutes=15))
    after = new_appeal("2026-11-03 13:00")
    assert not Appeal.get_by_id(after).eotinish_catch_up and not Appeal.get_by_id(before).eotinish_catch_up
    entries = [(r.action, json.loads(r.changes), r.user_id) for r in ChangeLog.select().where(
        ChangeLog.entity == "eotinish_outage").order_by(ChangeLog.id)]
    assert entries == [
        ("eotinish_outage_started", {"started_at": "2026-11-03T09:00:00", "note": "Жүйе ашылмайды"},
         staff["registrar"].id),
        ("eotinish_outage_ended", {"started_at": "2026-11-03T09:00:00", "ended_at": "2026-11-03T12:15:00",
                                   "minutes": 195, "flagged": 1, "note": "Қалпына келді"}, staff["registrar"].id)]
    q = queue(T("2026-11-03 15:00"), load_calendar())
    assert [i.catch_up for i in q.items if i.appeal_id == during] == [True]
    act(during, "eotinish_number", who="registrar", number="ЖТ-2026-00000011", today="2026-11-04")
    assert not Appeal.get_by_id(during).eotinish_catch_up       # caught up
    assert _history(during, "eotinish_number")[0]["eotinish_catch_up"] == [True, False]
    assert [o.flagged for o in outages()] == [0]


def _decided(considered, act, today: str, outcome="satisfied") -> int:
    a = considered()
    act(a, "decide", decision="act_favourable", outcome=outcome, hearing_exception="73.2.1", today=today)
    return a


def test_feedback_is_a_recorded_action_counted_by_decision_period(considered, act, new_appeal):
    open_case = new_appeal("2026-11-02 10:00")
    assert "feedback" not in offered(open_case)
    with pytest.raises(DomainError) as refused:
        act(open_case, "feedback", who="registrar", feedback="satisfied", feedback_via="phone")
    assert refused.value.code == "transition_forbidden"
    a = _decided(considered, act, "2026-11-10")
    b = _decided(considered, act, "2026-11-12")
    c = _decided(considered, act, "2026-11-20")
    assert "feedback" in offered(a)
    with pytest.raises(ValidationErrors) as err:
        act(a, "feedback", who="registrar", feedback="delighted", feedback_via="pigeon", today="2026-11-16")
    assert sorted(_errors(err)) == [("required", "feedback"), ("required", "feedback_via")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "feedback", who="registrar", feedback="satisfied", feedback_via="phone",
            on_date=dt.date(2026, 11, 9), today="2026-11-16")
    assert _errors(err) == [("feedback_before_decision", "on_date")]
    act(a, "feedback", who="registrar", feedback="satisfied", feedback_via="phone", today="2026-11-16")
    act(b, "feedback", who="registrar", feedback="not_satisfied", feedback_via="counter", note="Жауап толық емес",
        today="2026-11-17")
    act(c, "feedback", who="registrar", feedback="satisfied", feedback_via="counter", today="2026-11-23")
    row = Appeal.get_by_id(b)
    assert (row.feedback, row.feedback_via, row.feedback_on) == ("not_satisfied", "counter", dt.date(2026, 11, 17))
    assert _history(b, "feedback") == [{"feedback": ["", "not_satisfied"], "feedback_via": ["", "counter"],
                                        "feedback_on": [None, "2026-11-17"], "note": "Жауап толық емес"}]
    assert feedback_counts(dt.date(2026, 11, 1), dt.date(2026, 11, 15)) == {
        "satisfied": 1, "neutral": 0, "not_satisfied": 1}
    assert feedback_counts(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == {
        "satisfied": 2, "neutral": 0, "not_satisfied": 1}
    act(b, "feedback", who="registrar", feedback="neutral", feedback_via="phone", today="2026-11-18")
    assert feedback_counts(dt.date(2026, 11, 12), dt.date(2026, 11, 12)) == {
        "satisfied": 0, "neutral": 1, "not_satisfied": 0}


def test_the_journal_finds_a_number_typed_in_either_case(new_appeal, act):
    from app.queries.appeals import Criteria, ids_window
    a = new_appeal("2026-11-02 10:00")
    new_appeal("2026-11-02 11:00")
    act(a, "eotinish_number", who="registrar", number="ЖТ-2026-01234567")
    for typed in ("ЖТ-2026-01234567", "жт-2026-01234567", " жт-2026-0123 4567"):
        assert ids_window(Criteria(text=typed), load_calendar(), 0, 10) == [a], typed
