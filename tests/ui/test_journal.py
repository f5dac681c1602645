"""The journal model and window: model contract, quick filters, colours."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from app.queries import appeals as q
from app.rules.calendar import WorkCalendar
from app.rules.enums import QuickFilter
from ui.case.appeal_card import AppealCardDialog
from ui.common.labels import ACTIONS, label
from ui.journal.journal_model import RED, JournalTableModel
from ui.journal.main_window import MainWindow


def test_model_passes_qt_model_tester(qtmodeltester, demo_db):
    model = JournalTableModel(WorkCalendar())
    model.refresh()
    from models.entities_cases import ReceptionRecord
    converted = ReceptionRecord.select().where(ReceptionRecord.appeal.is_null(False)).count()
    assert converted > 0 and model.rowCount() == 60 + converted   # and the receptions' written appeals
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_quick_filters_match_the_queries(qtbot, demo_registrar):
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    cal = WorkCalendar()
    for quick in QuickFilter:
        button = window.findChild(type(window.filters.buttons()[0]), f"filter_{quick}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.quick_filter() == quick
        assert window.model.rowCount() == q.count(q.Criteria(quick=quick), cal)


def test_overdue_rows_are_red(qtbot, demo_registrar):
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    window.filters.buttons()[2].click()     # overdue
    assert window.quick_filter() == QuickFilter.OVERDUE
    assert window.model.rowCount() > 0
    brush = window.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == RED
    assert int(window.model.index(0, 8).data()) < 0


def test_sorting_by_due_date(qtbot, demo_registrar):
    model = JournalTableModel(WorkCalendar())
    model.refresh()
    model.sort(7, Qt.SortOrder.AscendingOrder)
    dues = [dt.datetime.strptime(model.index(r, 7).data(), "%d.%m.%Y") for r in range(model.rowCount())]
    assert dues == sorted(dues)


def test_card_shows_fields_explanation_and_history(qtbot, demo_registrar):
    model = JournalTableModel(WorkCalendar())
    model.refresh()
    appeal_id = model.appeal_id(0)
    dialog = AppealCardDialog(appeal_id)
    qtbot.addWidget(dialog)
    steps = [dialog.explanation.item(i).text() for i in range(dialog.explanation.count())]
    # Counted from registration (76.2), or for a complaint against our act from receipt (91.4).
    start = "art. 91 part 4" if dialog.card.values["term_article"] == "91.4" else "art. 76 part 2"
    assert any(start in s for s in steps)
    assert sum("working day " in s for s in steps) == dialog.card.values["term_days"]
    history = dialog.findChild(QTableWidget, "history")
    assert history.rowCount() == len(dialog.card.history) >= 1
    assert history.item(0, 2).text() == label(ACTIONS, "registered")
    assert history.item(0, 1).text().startswith("Сәрсенбаева")


def test_card_deadline_summary_states_term_and_due_date(qtbot, demo_registrar):
    model = JournalTableModel(WorkCalendar())
    model.refresh()
    dialog = AppealCardDialog(model.appeal_id(0))
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "deadline_summary").text()
    d = dialog.card.deadline
    assert d.due_on.strftime("%d.%m.%Y") in summary and f"{d.term_days} working days" in summary


def test_history_reads_as_fields_with_old_and_new_values(qtbot, demo_registrar):
    from ui.case.appeal_card import history_text
    text = history_text("status_changed", {"status": ["registered", "assigned"],
                                           "executor_id": [None, 3]})
    assert "Status: Registered → Assigned" in text
    assert "Executor: — → 3" in text
    text = history_text("due_recomputed", {"due_on": ["2026-11-23", "2026-11-24"]})
    assert "Due date: 23.11.2026 → 24.11.2026" in text


def test_failed_query_keeps_rows_and_reports(qtbot, demo_registrar, monkeypatch):
    from app.errors import StorageUnavailable
    model = JournalTableModel(WorkCalendar())
    model.refresh()
    rows = model.rowCount()
    failures = []
    model.failed.connect(failures.append)

    def locked(*_args, **_kwargs):
        raise StorageUnavailable("database_locked")
    monkeypatch.setattr(q, "count", locked)
    model.sort(7, Qt.SortOrder.AscendingOrder)     # reported, not raised
    assert failures and failures[0].code == "database_locked"
    assert model.rowCount() == rows and model.index(0, 0).data()
    model.sort(4, Qt.SortOrder.AscendingOrder)     # substance: not sortable, nothing happens
    assert len(failures) == 1
