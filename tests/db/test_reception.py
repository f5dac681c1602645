"""Personal reception (АППК 90): the schedule and its monthly warning,
booking with its conflicts and refusal (73.2 9)), the journal and the
conversion of an unresolved matter into a registered appeal (90.4)."""

import pytest

from app.errors import DomainError, ValidationErrors
from app.queries.reception_stats import duties, stats
from app.reception import booking as rb
from app.reception import booking_changes as bc
from app.reception import journal as rj
from app.reception import schedule as rs
from app.rules.calendar import Override, WorkCalendar
from app.rules.enums import AppealKind, OverrideKind, Status
from app.store.history import history_of
from models.entities import Appeal
from models.entities_cases import ReceptionBooking, ReceptionRecord
from tests.db.conftest import D, T
from tests.db.test_workflow_intake import codes

CAL = WorkCalendar()


def booking(slot_id, time="10:00", key="b1", surname="Қасымова", **kw):
    values = dict(slot_id=slot_id, time=time, question="Жер учаскесі туралы", surname=surname,
                  first_name="Әлия", phone="+7 701 555 12 34")
    values.update(kw)
    return rb.BookingInput(**values)


def test_each_receiver_needs_a_reception_every_month(slot, staff):
    # Digest §7.19: December 2026 — the deputy has none; January has none for both.
    slot("2026-12-03", who="akim")
    slot("2026-12-16", who="deputy")     # Independence Day: a day off, it does not count
    found = {(w.code, w.official_id, w.month) for w in rs.warnings(2026, 12, CAL, months=2)}
    assert ("no_reception_in_month", staff["deputy"].id, "2026-12") in found
    assert ("no_reception_in_month", staff["akim"].id, "2026-12") not in found
    assert ("slot_on_day_off", staff["deputy"].id, "2026-12") in found
    assert {("no_reception_in_month", staff[w].id, "2027-01") for w in ("akim", "deputy")} <= found
    # A decree that makes 3 Dec a day off takes the akim's only December reception away.
    decree = WorkCalendar([Override(D("2026-12-03"), OverrideKind.DAY_OFF, "decree", "№ 1")])
    assert ("no_reception_in_month", staff["akim"].id, "2026-12") in {
        (w.code, w.official_id, w.month) for w in rs.warnings(2026, 12, decree)}


def test_only_heads_and_deputies_receive_and_never_twice_at_once(slot, staff):
    with pytest.raises(ValidationErrors) as err:
        rs.save_slot(rs.SlotInput(staff["exec"].id, D("2026-12-04"), "10:00", "11:00", "каб. 1"), staff["registrar"])
    assert codes(err) == [("not_a_receiving_official", "official_id")]
    slot("2026-12-04", start="10:00", end="12:00")
    with pytest.raises(ValidationErrors) as err:   # the same official booked twice
        rs.save_slot(rs.SlotInput(staff["akim"].id, D("2026-12-04"), "11:30", "12:30", "каб. 2"), staff["registrar"])
    assert codes(err) == [("official_double_booked", "start")]
    with pytest.raises(ValidationErrors) as err:
        rs.save_slot(rs.SlotInput(staff["akim"].id, D("2026-12-05"), "12:00", "11:00", "каб. 1"), staff["registrar"])
    assert codes(err) == [("hours_order", "end")]


def test_the_head_approves_and_a_change_needs_approval_again(slot, staff):
    s = slot("2026-12-07", approve=False)
    with pytest.raises(DomainError, match="approval_by_head"):
        rs.approve(2026, 12, staff["deputy"])
    assert rs.approve(2026, 12, staff["akim"], now=T("2026-11-25 09:00")) == 1
    row = rs.slots(D("2026-12-01"), D("2026-12-31"))[0]
    assert (row.approved_by_id, row.approved_at) == (staff["akim"].id, T("2026-11-25 09:00"))
    rs.save_slot(rs.SlotInput(staff["akim"].id, D("2026-12-07"), "14:00", "15:00", "каб. 1"), staff["registrar"], s)
    assert rs.slots(D("2026-12-01"), D("2026-12-31"))[0].approved_by_id is None
    assert history_of("reception_schedule", 202612)[0].changes["slots"] == 1


def test_booking_numbers_and_conflicts(slot, staff):
    s = slot("2026-12-03", start="10:00", end="11:00")
    first = rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))
    assert (first.number, first.status) == ("Q-2026-00001", "booked")
    with pytest.raises(ValidationErrors) as err:   # one slot, two people
        rb.book(booking(s, key="k2", surname="Ким"), staff["registrar"], "k2", today=D("2026-11-25"))
    assert codes(err) == [("slot_taken", "time")]
    assert ReceptionBooking.select().count() == 1
    second = rb.book(booking(s, time="10:15", surname="Ким"), staff["registrar"], "k3", today=D("2026-11-25"))
    assert second.number == "Q-2026-00002"
    assert rb.book(booking(s, time="10:15"), staff["registrar"], "k3").id == second.id   # a double click
    with pytest.raises(ValidationErrors) as err:
        rb.book(booking(s, time="10:07", question=" ", phone=""), staff["registrar"], "k4", today=D("2026-11-25"))
    assert codes(err) == [("contact_required", "phone"), ("required", "question"), ("required", "time")]
    unapproved = slot("2026-12-10", approve=False)
    with pytest.raises(ValidationErrors) as err:
        rb.book(booking(unapproved), staff["registrar"], "k5", today=D("2026-11-25"))
    assert codes(err) == [("schedule_not_approved", "slot_id")]


def test_refusal_is_a_decision_with_its_reason(slot, staff):
    # АППК 73.2 9): recorded with its reason, by the body's head.
    s = slot("2026-12-03")
    b = rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))
    with pytest.raises(DomainError, match="forbidden_role"):
        bc.refuse(b.id, "Мәселе ауыл әкімінің құзыретіне жатпайды", staff["registrar"])
    with pytest.raises(ValidationErrors):
        bc.refuse(b.id, " ", staff["deputy"])
    bc.refuse(b.id, "Мәселе аудан әкімдігінің құзыретінде", staff["deputy"])
    row = ReceptionBooking.get_by_id(b.id)
    assert (row.status, row.reason, row.decided_by_id) == ("refused", "Мәселе аудан әкімдігінің құзыретінде",
                                                           staff["deputy"].id)
    assert history_of("booking", b.id)[-1].changes["reason"] == "Мәселе аудан әкімдігінің құзыретінде"
    # The time is free again.
    assert rb.book(booking(s, surname="Ким"), staff["registrar"], "k2", today=D("2026-11-25")).time == "10:00"


def test_cancel_and_reschedule_keep_the_history(slot, staff):
    s, later = slot("2026-12-03"), slot("2026-12-17")
    b = rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))
    bc.request_information(b.id, "Жер учаскесінің кадастрлық нөмірі", D("2026-11-26"), staff["registrar"])
    new = bc.reschedule(b.id, later, "10:30", staff["registrar"], "k2", today=D("2026-11-26"))
    old = ReceptionBooking.get_by_id(b.id)
    assert (old.status, new.rescheduled_from, new.question) == ("rescheduled", b.id, old.question)
    assert [h.action for h in history_of("booking", b.id)] == ["booked", "information_requested", "rescheduled"]
    bc.cancel(new.id, "Өтініш иесі бас тартты", staff["registrar"])
    with pytest.raises(DomainError, match="booking_not_open"):
        bc.cancel(new.id, "again", staff["registrar"])


def test_reception_then_a_written_appeal(slot, staff):
    # Received Thu 3 Dec at 10:00: not resolved, so a written appeal registered that day (90.4, 64.3).
    s = slot("2026-12-03")
    b = rb.book(booking(s, postal_address="Ақсу, Абай 12"), staff["registrar"], "k1", today=D("2026-11-25"))
    data = rj.from_booking(b.id)
    data.subject, data.outcome, data.said = "land", "written_appeal", "Жазбаша өтініш қажет"
    with pytest.raises(ValidationErrors) as err:
        rj.record(data, staff["akim"], now=T("2026-12-02 18:00"))   # before the reception happened
    assert codes(err) == [("received_in_future", "received_at")]
    rec = rj.record(data, staff["akim"], now=T("2026-12-03 10:40"))
    assert ReceptionBooking.get_by_id(b.id).status == "received"
    with pytest.raises(DomainError, match="forbidden_role"):
        rj.convert(rec, AppealKind.APPLICATION, staff["akim"], "a1")   # the registrar registers
    r = rj.convert(rec, AppealKind.APPLICATION, staff["registrar"], "a1", now=T("2026-12-03 11:00"))
    appeal = Appeal.get_by_id(r.id)
    assert (appeal.received_at, appeal.registered_on, appeal.form) == (T("2026-12-03 10:00"), D("2026-12-03"), "paper")
    assert appeal.due_on == D("2026-12-25") and appeal.status == Status.REGISTERED   # 15 WD; 16 Dec off
    assert ReceptionRecord.get_by_id(rec).appeal_id == r.id
    assert history_of("appeal", r.id)[-1].action == "from_reception"
    with pytest.raises(DomainError, match="record_converted"):
        rj.convert(rec, AppealKind.APPLICATION, staff["registrar"], "a2")


def test_a_reception_after_hours_registers_the_next_working_day(staff):
    data = rj.RecordInput(official_id=staff["akim"].id, received_at=T("2026-12-04 19:00"), question="Жол",
                          subject="roads", outcome="written_appeal", surname="Ким", first_name="Олег")
    rec = rj.record(data, staff["akim"], now=T("2026-12-04 19:30"))
    r = rj.convert(rec, AppealKind.APPLICATION, staff["registrar"], "a1", now=T("2026-12-04 19:40"))
    appeal = Appeal.get_by_id(r.id)
    assert appeal.registered_on == D("2026-12-07")   # Friday evening -> Monday (64.3)
    # No postal address was given: flagged for correction, never refused (64.1, 64.6).
    assert (appeal.status, appeal.missing) == (Status.INCOMPLETE, "postal_address")


def test_outcomes_need_their_details(staff):
    base = dict(official_id=staff["akim"].id, received_at=T("2026-12-04 10:00"), question="q", subject="other",
                surname="Ким", first_name="Олег")
    with pytest.raises(ValidationErrors) as err:
        rj.record(rj.RecordInput(outcome="not_competent", **base), staff["akim"], now=T("2026-12-04 11:00"))
    assert codes(err) == [("required", "where_to")]
    with pytest.raises(ValidationErrors) as err:
        rj.record(rj.RecordInput(outcome="resolved", **base), staff["akim"], now=T("2026-12-04 11:00"))
    assert codes(err) == [("required", "said")]


def test_statistics_and_duties(slot, staff):
    s = slot("2026-12-03")
    b1 = rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))
    rb.book(booking(s, time="10:15", surname="Ким"), staff["registrar"], "k2", today=D("2026-11-25"))
    data = rj.from_booking(b1.id)
    data.subject, data.outcome, data.said = "land", "resolved", "Түсіндірілді"
    rj.record(data, staff["akim"], now=T("2026-12-03 10:30"))
    walk_in = rj.RecordInput(official_id=staff["akim"].id, received_at=T("2026-12-03 10:45"), question="Жол",
                             subject="roads", outcome="written_appeal", surname="Ким", first_name="Олег")
    rec = rj.record(walk_in, staff["akim"], now=T("2026-12-03 11:00"))
    rj.convert(rec, AppealKind.APPLICATION, staff["registrar"], "a1", now=T("2026-12-03 11:00"))
    st = stats(D("2026-12-01"), D("2026-12-31"))
    assert st.by_official[(staff["akim"].id, "2026-12")] == {"receptions": 1, "people": 2}
    assert (st.by_subject["land"], st.by_subject["roads"], st.by_outcome["written_appeal"], st.converted) == (1, 1, 1, 1)
    d = duties(D("2026-12-04"), CAL)
    assert [x.time for x in d.without_outcome] == ["10:15"]   # booked, the day passed, no outcome
    assert {w.official_id for w in d.months_without if w.month == "2026-12"} == {staff["deputy"].id}


def test_a_booked_reception_is_not_changed_under_its_people(slot, staff):
    s = slot("2026-12-03")
    rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))
    with pytest.raises(DomainError, match="slot_has_bookings"):
        rs.save_slot(rs.SlotInput(staff["akim"].id, D("2026-12-10"), "14:00", "15:00", "каб. 9"), staff["registrar"], s)


def test_a_refusal_needs_no_free_time(slot, staff):
    # АППК 73.2 9): refused outright, numbered, with its reason on the talon.
    from app.reception.booking_talon import talon
    s = slot("2026-12-03", start="10:00", end="10:15")
    rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))   # the only time is taken
    with pytest.raises(DomainError, match="forbidden_role"):
        rb.refuse_request(booking(s, surname="Ким"), "Құзыретке жатпайды", staff["registrar"], "r1")
    row = rb.refuse_request(booking(s, surname="Ким"), "Құзыретке жатпайды", staff["deputy"], "r1")
    assert (row.status, row.time, row.number) == ("refused", "", "Q-2026-00002")
    t = talon(row.id)
    assert (t.status, t.reason) == ("refused", "Құзыретке жатпайды")
    again = rb.refuse_request(booking(s, surname="Ким"), "Құзыретке жатпайды", staff["deputy"], "r1")
    assert again.id == row.id   # a double click


def test_moving_twice_with_the_same_key_moves_once(slot, staff):
    s, later = slot("2026-12-03"), slot("2026-12-17")
    b = rb.book(booking(s), staff["registrar"], "k1", today=D("2026-11-25"))
    first = bc.reschedule(b.id, later, "10:30", staff["registrar"], "m1", today=D("2026-11-26"))
    assert bc.reschedule(b.id, later, "10:30", staff["registrar"], "m1", today=D("2026-11-26")).id == first.id
    with pytest.raises(DomainError, match="booking_not_open"):   # someone else's key is no move
        bc.reschedule(first.id, s, "10:00", staff["registrar"], "k1", today=D("2026-11-26"))


def test_only_heads_and_deputies_receive_and_some_kinds_come_of_it(staff):
    base = dict(received_at=T("2026-12-04 10:00"), question="q", subject="other", outcome="written_appeal",
                surname="Ким", first_name="Олег")
    with pytest.raises(ValidationErrors) as err:   # АППК 90.1
        rj.record(rj.RecordInput(official_id=staff["registrar"].id, **base), staff["akim"], now=T("2026-12-04 11:00"))
    assert codes(err) == [("not_a_receiving_official", "official_id")]
    rec = rj.record(rj.RecordInput(official_id=staff["deputy"].id, **base), staff["akim"], now=T("2026-12-04 11:00"))
    with pytest.raises(ValidationErrors):   # a petition comes only from the petition authority (90-4)
        rj.convert(rec, AppealKind.PETITION, staff["registrar"], "a1", now=T("2026-12-04 11:00"))
    assert [r.id for r in duties(D("2026-12-05"), CAL).unregistered] == [rec]   # not lost (90.4)
    r = rj.convert(rec, AppealKind.REQUEST, staff["registrar"], "a1", now=T("2026-12-04 11:00"), signed=False)
    assert "signature" in Appeal.get_by_id(r.id).missing.split(",")   # no signature taken: flagged
    assert duties(D("2026-12-05"), CAL).unregistered == []


def test_an_unapproved_reception_is_no_reception(slot, staff):
    slot("2026-12-03", who="deputy", approve=False)
    found = {(w.code, w.official_id) for w in rs.warnings(2026, 12, CAL)}
    assert ("no_reception_in_month", staff["deputy"].id) in found and ("slot_not_approved", staff["deputy"].id) in found
