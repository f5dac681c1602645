"""Every item model of the UI passes Qt's model tester over the demo data
(the journal's is checked in test_journal.py)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.office.calendar_store import load_calendar
from app.queries import complaints as cq
from app.queries import control
from ui.complaint.register import HEADERS as REGISTER_HEADERS
from ui.complaint.register import RegisterModel
from ui.journal.control_model import HEADERS as CONTROL_HEADERS
from ui.journal.control_model import ID_ROLE, ControlListModel


@pytest.mark.parametrize("which", control.LISTS)
def test_control_list_model(qtmodeltester, demo_db, which):
    today = dt.date.today()   # the demo is filled relative to today
    items = control.control_list(which, today, load_calendar(), within=10)
    model = ControlListModel()
    model.set_items(items)
    assert model.rowCount() == len(items) and model.columnCount() == len(CONTROL_HEADERS)
    if which == "overdue":
        assert items   # the demo leaves a few cases lying
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    for row, item in enumerate(items):   # every cell, details read a page at a time
        assert model.index(row, 0).data(ID_ROLE) == item.appeal_id
        assert model.index(row, 0).data()   # the registration number
        assert model.index(row, 3).data() == item.due_on.strftime("%d.%m.%Y")
    assert model.data(QModelIndex()) is None
    if items:   # a table: no children under a cell
        assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0


@pytest.mark.parametrize(("open_only", "role"), [(False, None), (True, None), (False, "reviewing"),
                                                  (False, "challenged")])
def test_complaint_register_model(qtmodeltester, demo_db, open_only, role):
    model = RegisterModel()
    failures = []
    model.failed.connect(failures.append)
    model.load(open_only, role)
    ids = cq.register_ids(open_only, role)
    assert model.rowCount() == len(ids) and model.columnCount() == len(REGISTER_HEADERS)
    if not open_only and role is None:
        assert ids   # the demo has complaints on both sides
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    numbers = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert all(numbers) and len(set(numbers)) == len(numbers)
    assert model.data(QModelIndex()) is None
    assert model.data(QModelIndex(), Qt.ItemDataRole.BackgroundRole) is None
    if ids:   # a table: no children under a cell
        assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert failures == []
