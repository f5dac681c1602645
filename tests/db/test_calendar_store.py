"""Office calendar overrides and recomputing open appeals' due dates."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.appeal.registration import register
from app.errors import DomainError, ValidationErrors
from app.office.calendar_store import add_override, list_overrides, load_calendar, revoke_override
from app.rules.enums import OverrideKind
from models.entities import Appeal, CalendarOverride, ChangeLog

T = dt.datetime.fromisoformat
D = dt.date.fromisoformat
NOW = T("2026-11-25 12:00")
DUE = D("2026-12-17")  # registered 2026-11-25, 16 Dec is Independence Day


@pytest.fixture
def appeal(registrar, make_input):
    r = register(make_input(T("2026-11-25 10:00")), registrar, "open", now=NOW)
    assert r.due_on == DUE
    return r


def _due(appeal_id):
    row = Appeal.get_by_id(appeal_id)
    assert row.due_on == row.statutory_due_on
    return row.due_on


def _recomputed(appeal_id):
    rows = (ChangeLog.select()
            .where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id)
                   & (ChangeLog.action == "due_recomputed"))
            .order_by(ChangeLog.id))
    return [(r.user_id, json.loads(r.changes)) for r in rows]


@pytest.mark.parametrize("day, kind, new_due", [
    ("2026-12-01", OverrideKind.DAY_OFF, "2026-12-18"),      # inside the window
    ("2026-12-17", OverrideKind.DAY_OFF, "2026-12-18"),      # on the due date itself
    ("2026-11-28", OverrideKind.WORKING_DAY, "2026-12-15"),  # a worked Saturday
    ("2026-12-16", OverrideKind.WORKING_DAY, "2026-12-16"),  # holiday made working
])
def test_override_moves_open_appeal(office_admin, appeal, day, kind, new_due):
    change = add_override(D(day), kind, "ҚР Үкіметінің қаулысы", "№ 1", office_admin.id)
    assert change.recomputed == 1
    assert _due(appeal.id) == D(new_due)
    [(user, changes)] = _recomputed(appeal.id)
    assert user == office_admin.id
    assert changes["due_on"] == [DUE.isoformat(), new_due]
    assert changes["override_id"] == change.override_id and changes["day"] == day


def test_revoke_restores_due_date(office_admin, appeal):
    change = add_override(D("2026-12-01"), OverrideKind.DAY_OFF, "Қаулы", "", office_admin.id)
    assert _due(appeal.id) == D("2026-12-18")
    revoked = revoke_override(change.override_id, office_admin.id)
    assert revoked.recomputed == 1
    assert _due(appeal.id) == DUE
    assert [c["due_on"] for _, c in _recomputed(appeal.id)] == [
        [DUE.isoformat(), "2026-12-18"], ["2026-12-18", DUE.isoformat()]]
    assert CalendarOverride.get_by_id(change.override_id).active is False  # kept, not deleted
    assert load_calendar().is_working(D("2026-12-01"))
    with pytest.raises(DomainError) as exc:
        revoke_override(change.override_id, office_admin.id)
    assert exc.value.code == "override_revoked"


@pytest.mark.parametrize("day", ["2026-11-25", "2026-11-20", "2026-12-18", "2027-01-11"])
def test_days_outside_window_change_nothing(office_admin, appeal, day):
    change = add_override(D(day), OverrideKind.DAY_OFF, "Қаулы", "", office_admin.id)
    assert change.recomputed == 0
    assert _due(appeal.id) == DUE
    assert _recomputed(appeal.id) == []


@pytest.mark.parametrize("status", ["answered", "returned", "withdrawn", "terminated"])
def test_closed_appeals_untouched(office_admin, appeal, status):
    Appeal.update(status=status).where(Appeal.id == appeal.id).execute()
    change = add_override(D("2026-12-01"), OverrideKind.DAY_OFF, "Қаулы", "", office_admin.id)
    assert change.recomputed == 0
    assert _due(appeal.id) == DUE
    assert _recomputed(appeal.id) == []


def test_extended_appeal_untouched(office_admin, appeal):
    Appeal.update(due_on=D("2027-01-25")).where(Appeal.id == appeal.id).execute()
    assert add_override(D("2026-12-01"), OverrideKind.DAY_OFF, "Қаулы", "",
                        office_admin.id).recomputed == 0
    row = Appeal.get_by_id(appeal.id)
    assert (row.due_on, row.statutory_due_on) == (D("2027-01-25"), DUE)


@pytest.mark.parametrize("reason", ["", "   "])
def test_reason_required(office_admin, appeal, reason):
    with pytest.raises(ValidationErrors) as exc:
        add_override(D("2026-12-01"), OverrideKind.DAY_OFF, reason, "", office_admin.id)
    assert [(e.code, e.field) for e in exc.value.errors] == [("required", "reason")]
    assert CalendarOverride.select().count() == 0
    assert _due(appeal.id) == DUE


def test_one_active_override_per_day(office_admin):
    add_override(D("2026-12-01"), OverrideKind.DAY_OFF, "Қаулы", "", office_admin.id)
    with pytest.raises(ValidationErrors) as exc:
        add_override(D("2026-12-01"), OverrideKind.WORKING_DAY, "Тағы", "", office_admin.id)
    assert [e.code for e in exc.value.errors] == ["override_exists"]


def test_override_history_and_listing(office_admin):
    change = add_override(D("2026-12-01"), OverrideKind.DAY_OFF, " Қаулы ", " № 5 ",
                          office_admin.id)
    [rec] = list_overrides()
    assert (rec.day, rec.kind, rec.reason, rec.decree, rec.active) == (
        D("2026-12-01"), OverrideKind.DAY_OFF, "Қаулы", "№ 5", True)
    actions = [r.action for r in ChangeLog.select().where(
        (ChangeLog.entity == "calendar_override") & (ChangeLog.entity_id == change.override_id))]
    assert actions == ["created", "deadlines_recomputed"]
    revoke_override(change.override_id, office_admin.id)
    assert list_overrides(include_revoked=False) == []
