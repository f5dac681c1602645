"""Assignment, correction, return, attachment, forwarding, withdrawal."""
import pytest

from app.errors import DomainError, ValidationErrors
from app.rules.enums import ClockState, Status
from app.store.history import history_of
from models.entities import Appeal, CaseClock, ChangeLog, CoExecutor, Forwarding
from tests.db.conftest import D


def clocks(appeal_id, kind=None):
    query = CaseClock.select().where(CaseClock.appeal == appeal_id).order_by(CaseClock.id)
    if kind:
        query = query.where(CaseClock.kind == kind)
    return [(c.kind, c.event_on, c.due_on, c.state, c.closed_on) for c in query]


def codes(exc):
    return sorted((e.code, e.field) for e in exc.value.errors)


def test_registration_opens_the_forwarding_clock(new_appeal):
    a = new_appeal("2026-11-05 10:00")   # АППК 65.1: Thu → Tue
    assert clocks(a) == [("forward", D("2026-11-05"), D("2026-11-10"), "open", None)]


def test_assign_and_reassign(new_appeal, act, staff):
    a = new_appeal()
    r = act(a, "assign", executor_id=staff["exec"].id, co_executor_ids=[staff["exec2"].id],
            resolution="Қарап, жауап дайындаңыз", internal_due_on=D("2026-11-18"), today="2026-11-03")
    row = Appeal.get_by_id(a)
    assert (r.status, row.executor_id, row.internal_due_on) == (Status.ASSIGNED, staff["exec"].id, D("2026-11-18"))
    assert [c.user_id for c in CoExecutor.select().where(CoExecutor.active == True)] == [staff["exec2"].id]  # noqa: E712
    assert clocks(a, "forward")[0][3] == ClockState.CANCELLED   # accepted: no forwarding
    act(a, "assign", who="deputy", executor_id=staff["exec2"].id, resolution="Ауыстыру",
        today="2026-11-04")
    assert Appeal.get_by_id(a).executor_id == staff["exec2"].id
    assert CoExecutor.select().where(CoExecutor.active == True).count() == 0  # noqa: E712
    entries = [h for h in history_of("appeal", a) if h.action == "assign"]
    assert [e.changes["executor_id"] for e in entries] == [
        [None, staff["exec"].id], [staff["exec"].id, staff["exec2"].id]]
    assert entries[1].user_name.startswith("Орынбасаров")


def test_assign_is_refused_in_the_service_for_other_roles(new_appeal, act, staff):
    a = new_appeal()
    before = ChangeLog.select().count()
    for who in ("exec", "registrar", "apparat"):
        with pytest.raises(DomainError) as err:
            act(a, "assign", who=who, executor_id=staff["exec"].id, resolution="x")
        assert err.value.code == "action_forbidden_role"
    assert ChangeLog.select().count() == before and Appeal.get_by_id(a).executor_id is None


def test_assign_validation(new_appeal, act, staff):
    a = new_appeal()   # due 2026-11-23
    with pytest.raises(ValidationErrors) as err:
        act(a, "assign", executor_id=staff["registrar"].id, resolution="",
            internal_due_on=D("2026-11-24"))
    assert codes(err) == [("internal_after_due", "internal_due_on"),
                          ("not_an_executor", "executor_id"), ("required", "resolution")]


def test_accept_only_by_the_assigned_executor(new_appeal, act, staff):
    a = new_appeal()
    act(a, "assign", executor_id=staff["exec"].id, resolution="r")
    with pytest.raises(DomainError) as err:
        act(a, "accept", who="exec2")
    assert err.value.code == "not_your_case"
    assert act(a, "accept", who="exec").status == Status.IN_PROGRESS


def test_correction_then_return_and_termination(new_appeal, act):
    a = new_appeal("2026-11-09 10:00", postal_address="")   # incomplete at registration
    assert Appeal.get_by_id(a).status == Status.INCOMPLETE
    act(a, "request_correction", who="registrar", items=["postal_address"],
        until=D("2026-11-16"), today="2026-11-10")
    assert clocks(a, "cure") == [("cure", D("2026-11-10"), D("2026-11-16"), "open", None)]
    # АППК 64.7 1): the return clock runs from the end of the period: by Thu 19 Nov.
    assert clocks(a, "return") == [("return", D("2026-11-16"), D("2026-11-19"), "open", None)]
    with pytest.raises(ValidationErrors) as err:
        act(a, "return", ground="64.7.1", reasons="Мекенжай жоқ", today="2026-11-16")
    assert codes(err) == [("cure_not_expired", "ground")]
    r = act(a, "return", ground="64.7.1", reasons="Мекенжай көрсетілмеген", today="2026-11-18")
    row = Appeal.get_by_id(a)
    assert (r.status, row.ground, row.closed_on) == (Status.RETURNED, "64.7.1", D("2026-11-18"))
    assert clocks(a, "return")[0][3] == ClockState.MET
    # АППК 70.1 3), 70.3: terminated; the participant told within 3 working days.
    assert clocks(a, "termination_notice") == [
        ("termination_notice", D("2026-11-18"), D("2026-11-23"), "open", None)]
    entry = history_of("appeal", a)[-1]
    assert entry.changes["status"] == ["incomplete", "returned"]
    assert entry.changes["terminated"] == "70.1.3" and entry.changes["reasons"]


def test_correction_in_time_cancels_the_return(new_appeal, act, staff):
    a = new_appeal("2026-11-09 10:00", signed=False)
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-09")
    act(a, "request_correction", who="exec", items=["signature"], until=D("2026-11-16"),
        today="2026-11-10")
    assert act(a, "corrected", who="registrar", today="2026-11-12").status == Status.ASSIGNED
    assert Appeal.get_by_id(a).missing == ""
    assert [c[3] for c in clocks(a, "cure") + clocks(a, "return")] == ["met", "cancelled"]


def test_return_for_abusive_language_within_three_days(new_appeal, act):
    a = new_appeal("2026-11-09 10:00")
    # АППК 64.7 2) "үш жұмыс күнінен кешіктірілмейтін мерзімде": from registration on
    # Mon 9 Nov, due Thu 12 Nov; on Fri 13 Nov the appeal is no longer returned.
    with pytest.raises(ValidationErrors) as err:
        act(a, "return", ground="64.7.2.abusive", reasons="Балағат сөздер", today="2026-11-13")
    assert codes(err) == [("return_after_term", "on_date")]
    assert Appeal.get_by_id(a).status == Status.REGISTERED and clocks(a, "return") == []
    act(a, "return", ground="64.7.2.abusive", reasons="Балағат сөздер", today="2026-11-12")
    assert clocks(a, "return") == [("return", D("2026-11-09"), D("2026-11-12"), "met", D("2026-11-12"))]
    assert clocks(a, "termination_notice") == []   # 70.1 3) covers 64.7 1) only


def test_security_content_is_never_returned(new_appeal, act):
    a = new_appeal("2026-11-09 10:00", kind="message")
    act(a, "mark_security", who="registrar", today="2026-11-09")
    assert clocks(a, "forward_now") == [("forward_now", D("2026-11-09"), D("2026-11-09"), "open", None)]
    with pytest.raises(ValidationErrors) as err:
        act(a, "return", ground="64.7.2.abusive", reasons="x", today="2026-11-10")
    assert codes(err) == [("return_security", "ground"), ("security_forward_first", None)]
    with pytest.raises(ValidationErrors) as err:   # nor closed another way before it goes
        act(a, "withdraw", who="akim", written=True, today="2026-11-10")
    assert codes(err) == [("security_forward_first", None)]
    with pytest.raises(ValidationErrors) as err:
        act(a, "terminate", ground="88.1.2", reason="автор белгісіз", today="2026-11-10")
    assert codes(err) == [("security_forward_first", None), ("security_forward_instead", "ground")]
    act(a, "forward", who="registrar", body="Аудандық полиция бөлімі", today="2026-11-10")
    assert clocks(a, "forward_now")[0][3] == ClockState.LATE


def test_repeat_return_then_attach(new_appeal, act):
    first = new_appeal("2026-11-02 10:00", iin="")
    act(first, "terminate", ground="70.1.1", reason="Бұрын шешілген", today="2026-11-03")
    second = new_appeal("2026-11-04 10:00")
    number = Appeal.get_by_id(first).reg_number
    act(second, "return", ground="64.7.2.repeat", reasons="Жаңа дәлел жоқ",
        earlier_number=number, no_new_arguments=True, today="2026-11-05")
    third = new_appeal("2026-11-06 10:00")
    with pytest.raises(ValidationErrors) as err:   # the first was terminated, not returned
        act(third, "attach", earlier_number=number, today="2026-11-06")
    assert codes(err) == [("earlier_not_returned", "earlier_number")]
    r = act(third, "attach", earlier_number=Appeal.get_by_id(second).reg_number, today="2026-11-06")
    row = Appeal.get_by_id(third)
    assert (r.status, row.attached_to) == (Status.ATTACHED, second)
    other = new_appeal("2026-11-06 11:00", surname="Басқа", first_name="Адам")
    with pytest.raises(ValidationErrors) as err:
        act(other, "attach", earlier_number=Appeal.get_by_id(second).reg_number, today="2026-11-06")
    assert codes(err) == [("earlier_other_applicant", "earlier_number")]


def test_forward_part_keeps_the_rest(new_appeal, act):
    a = new_appeal("2026-11-05 10:00")
    r = act(a, "forward_part", who="registrar", body="Облыстық денсаулық сақтау басқармасы",
            requests="Емхана туралы 2-тармақ", today="2026-11-09")
    row = Appeal.get_by_id(a)
    assert r.status == Status.REGISTERED and row.closed_on is None and row.due_on == D("2026-11-26")
    f = Forwarding.get()
    assert (f.whole, f.requests, f.forwarded_on, f.notified_on, f.due_on) == (
        False, "Емхана туралы 2-тармақ", D("2026-11-09"), D("2026-11-09"), D("2026-11-10"))
    assert clocks(a, "forward")[0][3] == "open"


def test_forward_whole_ends_our_term(new_appeal, act):
    a = new_appeal("2026-11-05 10:00")
    with pytest.raises(ValidationErrors) as err:   # АППК 65.1: notified at the same time
        act(a, "forward", body="X", notified_on=D("2026-11-11"), today="2026-11-11",
            on_date=D("2026-11-10"))
    assert codes(err) == [("notice_same_day", "notified_on")]
    r = act(a, "forward", body="Облыс әкімдігі", today="2026-11-11")
    assert r.status == Status.FORWARDED and Appeal.get_by_id(a).closed_on == D("2026-11-11")
    assert clocks(a, "forward")[0][3] == ClockState.LATE   # due Tue 10 Nov
    assert history_of("appeal", a)[-1].changes["late"] is True


def test_withdrawal(new_appeal, act):
    a = new_appeal("2026-11-02 10:00", kind="request")
    with pytest.raises(ValidationErrors) as err:
        act(a, "withdraw", who="akim", written=False)
    assert codes(err) == [("withdrawal_written", "written")]
    r = act(a, "withdraw", who="akim", written=True, today="2026-11-06")
    row = Appeal.get_by_id(a)
    assert (r.status, row.ground) == (Status.WITHDRAWN, "88.1.4")
    assert clocks(a, "termination_notice")[0][2] == D("2026-11-11")
    with pytest.raises(DomainError) as err:   # АППК 64.9: not after the end
        act(a, "withdraw", who="akim", written=True)
    assert err.value.code == "transition_forbidden"


def test_dates_are_checked(new_appeal, act):
    a = new_appeal("2026-11-05 10:00")
    with pytest.raises(ValidationErrors) as err:
        act(a, "withdraw", written=True, on_date=D("2026-11-04"))
    assert codes(err) == [("date_before_registration", "on_date")]
    with pytest.raises(ValidationErrors) as err:
        act(a, "withdraw", written=True, on_date=D("2026-11-06"), today="2026-11-05")
    assert codes(err) == [("date_in_future", "on_date")]
