"""The workflow on PostgreSQL: actions, clocks, reversal, control lists,
the per-executor overview and the ladder."""
from __future__ import annotations

import datetime as dt

from app.appeal import clock_ladder as ladder
from app.appeal.registration import register
from app.engine import perform
from app.office.auth import create_user
from app.queries import appeals as q
from app.queries import control
from app.rules.calendar import WorkCalendar
from app.rules.enums import Role, Status
from models.entities import Appeal, CaseClock
from tests.pg.test_pg_registration import _input, _setup

D = dt.date


def test_workflow_and_lists(pg_url):
    admin, registrar = _setup()
    head = create_user(login_name="akim", password="secret-3-long", surname="Әкімов", first_name="Ә",
                       position="Әкім", role=Role.HEAD, created_by=admin.id)
    ex = create_user(login_name="ex", password="secret-4-long", surname="Орындаушы", first_name="О",
                     position="Маман", role=Role.EXECUTOR, created_by=admin.id)
    ex2 = create_user(login_name="ex2", password="secret-5-long", surname="Екінші", first_name="Е",
                      position="Маман", role=Role.EXECUTOR, created_by=admin.id)
    a = register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "a").id
    b = register(_input(dt.datetime(2026, 11, 5, 10), "Басқа"), registrar, "b").id
    day = D(2026, 11, 5)
    perform(a, "assign", head, {"executor_id": ex.id, "resolution": "r", "on_date": day}, today=day)
    perform(b, "assign", head, {"executor_id": ex2.id, "co_executor_ids": [ex.id],
                                "resolution": "r", "on_date": day}, today=day)
    perform(a, "extend", head, {"new_due_on": D(2026, 12, 18), "reason": "r",
                                "on_date": D(2026, 11, 20)}, today=D(2026, 11, 20))
    cal = WorkCalendar()
    items = control.control_list("overdue", D(2026, 11, 27), cal)
    assert [(i.appeal_id, i.kind) for i in items] == [(a, "extension_notice"), (b, "final")]
    assert control.counts(D(2026, 11, 27), cal, 3, ex.id) == {"due_today": 0, "overdue": 2,
                                                              "due_within": 0}
    rows = {r.executor_id: r.counts["overdue"] for r in control.by_executor(D(2026, 11, 27), cal)}
    assert rows == {ex.id: 1, ex2.id: 1}
    assert control.details([a])[a].reg_number == Appeal.get_by_id(a).reg_number
    assert sorted(q.all_ids(q.Criteria(executor_id=ex.id), cal)) == [a, b]
    r = perform(b, "return", head, {"ground": "64.7.2.abusive", "reasons": "x",
                                    "on_date": D(2026, 11, 9)}, today=D(2026, 11, 9))
    assert r.status == Status.RETURNED
    from app.engine import latest_reversible as latest
    perform(b, "reverse", head, {"action_id": latest(b)[0], "reason": "қате"}, today=D(2026, 11, 9))
    assert Appeal.get_by_id(b).status == Status.ASSIGNED
    assert CaseClock.select().where((CaseClock.appeal == b) & (CaseClock.kind == "return")).count() == 1
    lad = ladder.ladder(a, D(2026, 11, 27))
    assert lad.extended and lad.rungs[0].kind == "extension_notice"


def test_documents_on_postgresql(pg_url):
    """Issued documents are kept as bytes and read back unchanged; the
    journal of a period renders from PostgreSQL rows."""
    import hashlib

    from app.documents import issuing as documents
    from app.documents.reports import journal
    from app.office.profile import get_settings, update_settings
    admin, registrar = _setup()
    a = register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "a").id
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "аудан әкімдігі", "акимат района"
    settings.head_name, settings.head_position = "Әкімов Әкім Әкімұлы", "Әкім"
    update_settings(settings, admin.id)
    akim = create_user(login_name="akim", password="secret1-long", surname="Әкімов", first_name="Әкім",
                       position="Әкім", role=Role.HEAD, created_by=admin.id)
    perform(a, "assign", akim, {"executor_id": akim.id, "resolution": "r"}, today=D(2026, 11, 3))
    perform(a, "decide", akim, {"decision": "act_favourable", "outcome": "satisfied",
                                "hearing_exception": "73.2.1"}, today=D(2026, 11, 9))
    issued = documents.issue(a, "act", "ru", akim.id,
                             {"matter": "m", "reasoning": "r", "decision_text": "d",
                              "act_kind_text": "Благоприятный административный акт"},
                             today=D(2026, 11, 10))
    [row] = documents.list_for(a)
    stored = documents.content(row.id)
    assert stored == issued.content and hashlib.sha256(stored).hexdigest() == row.sha256
    assert len(journal(D(2026, 11, 1), D(2026, 11, 30), "kk")) > 1000


def test_complaints_on_postgresql(pg_url):
    """Both sides of a complaint on PostgreSQL: the 91.4 step counted from
    receipt, the complaint body's decision, and the register."""
    from app.queries.complaints import register_ids, register_rows
    from app.rules.complaint import ComplaintInput
    from app.rules.enums import AppealKind
    from models.entities_cases import Complaint
    admin, registrar = _setup()
    head = create_user(login_name="akim", password="secret-3-long", surname="Әкімов", first_name="Ә",
                       position="Әкім", role=Role.HEAD, created_by=admin.id)
    data = _input(dt.datetime(2026, 11, 7, 10))
    data.kind = AppealKind.COMPLAINT
    ours = register(data, registrar, "c1", complaint=ComplaintInput(
        role="challenged", challenged_body="әкім", actual_address="Ақсу", learned_on=D(2026, 8, 3))).id
    row = Appeal.get_by_id(ours)
    assert (row.registered_on, row.due_on, row.term_article) == (D(2026, 11, 9), D(2026, 11, 11), "91.4")
    assert Complaint.get(Complaint.appeal == ours).late is True   # 3 Nov passed: still registered
    data = _input(dt.datetime(2026, 11, 2, 10), "Басқа")
    data.kind = AppealKind.COMPLAINT
    theirs = register(data, registrar, "c2", complaint=ComplaintInput(
        challenged_body="бөлім", actual_address="Ақсу", learned_on=D(2026, 10, 20),
        rights_explained=True)).id   # АППК 94.2
    day = D(2026, 11, 20)
    perform(theirs, "official_heard", head, {"hearing_form": "written", "on_date": day}, today=day)
    perform(theirs, "complaint_decide", head, {
        "decision": "remand", "subordinate": True, "reasoning": "r", "legal_norms": "n", "grounds": ["100.3.1"],
        "violations": "v", "proposals": "p", "hearing_exception": "73.2.5", "on_date": day}, today=day)
    clock = CaseClock.get((CaseClock.appeal == theirs) & (CaseClock.kind == "remand"))
    assert clock.due_on == D(2026, 11, 27)
    assert register_ids(open_only=True) == [ours]
    rows = register_rows(register_ids())
    assert [(r.role, r.suspension) for r in rows] == [("reviewing", "ended"), ("challenged", "suspended")]


def test_reception_and_petition_on_postgresql(pg_url):
    """Migration 0005 on PostgreSQL: one person per time (the partial unique
    index), the journal's conversion, and a petition's clocks."""
    import pytest

    from app.errors import ValidationErrors
    from app.petition.record import PetitionInput
    from app.reception import booking as rb
    from app.reception import journal as rj
    from app.reception import schedule as rs
    from app.rules.enums import AppealKind
    from models.db import db
    from models.entities_cases import ReceptionBooking
    admin, registrar = _setup()
    head = create_user(login_name="akim", password="secret-3-long", surname="Әкімов", first_name="Ә",
                       position="Әкім", role=Role.HEAD, created_by=admin.id)
    slot = rs.save_slot(rs.SlotInput(head.id, D(2026, 12, 3), "10:00", "11:00", "каб. 1"), registrar)
    rs.approve(2026, 12, head)
    data = rb.BookingInput(slot, "10:00", "Жер", surname="Ким", first_name="Олег", phone="+7 701 555 12 34",
                           postal_address="Ақсу")
    b = rb.book(data, registrar, "b1", today=D(2026, 11, 25))
    with pytest.raises(ValidationErrors):
        rb.book(data, registrar, "b2", today=D(2026, 11, 25))
    from peewee import IntegrityError
    with pytest.raises(IntegrityError):   # the database itself refuses a second person at that time
        with db.atomic():
            ReceptionBooking.create(**{**{f: getattr(b, f) for f in ReceptionBooking._meta.sorted_field_names
                                          if f not in ("id", "number", "submission_key", "seq")},
                                       "number": "x", "submission_key": "x", "seq": 99,
                                       "slot": b.slot_id, "created_by": registrar.id})
    rec_input = rj.from_booking(b.id)
    rec_input.subject, rec_input.outcome = "land", "written_appeal"
    rec = rj.record(rec_input, head, now=dt.datetime(2026, 12, 3, 10, 30))
    r = rj.convert(rec, AppealKind.APPLICATION, registrar, "a1", now=dt.datetime(2026, 12, 3, 10, 40))
    assert Appeal.get_by_id(r.id).registered_on == D(2026, 12, 3)
    p = _input(dt.datetime(2026, 11, 2, 10), "Петиция")
    p.kind, p.iin, p.email = AppealKind.PETITION, "850312400128", "a@b.kz"
    pid = register(p, registrar, "p1", petition=PetitionInput(joined_count=2600)).id
    assert Appeal.get_by_id(pid).due_on == D(2026, 11, 30)
    perform(pid, "petition_discussion_set", head, {"discussion_on": D(2026, 11, 26), "place": "үй",
                                                   "on_date": D(2026, 11, 16)}, today=D(2026, 11, 16))
    assert CaseClock.get((CaseClock.appeal == pid) & (CaseClock.kind == "discussion_notice")).due_on == D(2026, 11, 23)


def test_two_workstations_assign_at_once_one_is_refused(pg_url):
    """Issue 12 item 8 on PostgreSQL: the case row is locked while an action
    checks its version, so two assignments at the same moment never both pass."""
    import threading

    from app.engine import version
    from app.errors import DomainError
    from models.db import db
    admin, registrar = _setup()
    heads = [create_user(login_name=f"head{i}", password=f"secret-head-{i}", surname=f"Басшы{i}",
                         first_name="Б", position="Әкім", role=Role.HEAD if i == 0 else Role.DEPUTY,
                         created_by=admin.id) for i in range(2)]
    a = register(_input(dt.datetime(2026, 11, 2, 10)), registrar, "a").id
    seen, outcomes, start = version(a), [], threading.Barrier(2)

    def assign(head):
        start.wait()
        try:
            perform(a, "assign", head, {"executor_id": head.id, "resolution": head.login},
                    today=D(2026, 11, 3), seen=seen)
            outcomes.append("done")
        except DomainError as exc:
            outcomes.append(exc.code)
        finally:
            db.close()
    for _ in range(5):
        outcomes.clear()
        threads = [threading.Thread(target=assign, args=(h,)) for h in heads]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes) == ["case_changed", "done"]   # never both
        seen = version(a)
