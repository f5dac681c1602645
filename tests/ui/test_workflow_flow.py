"""The case workflow from the main window: the head assigns, extends and
decides a case, and the control lists change with each step; a wrong role
is refused with a message; the daily list prints; the reminder fires."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app.appeal.registration import register
from app.office import auth
from app.rules.enums import Role
from tests.ui.modal import when_modal
from ui.case.action_dialog import ActionDialog
from ui.journal.main_window import MainWindow

TODAY = dt.date(2026, 11, 20)   # a Friday; the appeal's term ends Mon 23 Nov



@pytest.fixture
def office(registrar, office_admin, make_input):
    people = {}
    for login, role in (("akim", Role.HEAD), ("exec", Role.EXECUTOR)):
        people[login] = auth.create_user(login_name=login, password="secret1-long", surname=login.title(),
                                         first_name="Аты", position="Маман", role=role,
                                         created_by=office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    people["appeal"] = register(make_input(moment), registrar, "k1", now=moment)
    return people


def counts(window):
    window.panel.refresh()
    return dict(window.panel.counts)


def run(card, action, fill, seen):
    def act(dialog):
        fill(dialog)
        dialog.ok_button.click()
    when_modal(ActionDialog, act, seen)
    return card.run_action(action)


def field(dialog, name):
    return dialog.widgets[name][1]


def test_assign_extend_decide_and_the_lists_follow(qtbot, office):
    head, executor, appeal = office["akim"], office["exec"], office["appeal"]
    window = MainWindow(head, today=TODAY)
    qtbot.addWidget(window)
    # The forwarding clock (due 5 Nov) is overdue; the final term is within 3 days.
    assert counts(window) == {"due_today": 0, "overdue": 1, "due_within": 1}
    assert [i.kind for i in window.panel.items] == ["forward"]
    card = window.card_dialog(appeal.id)
    qtbot.addWidget(card)
    seen = []

    def assign(d):
        box = field(d, "executor_id")
        box.setCurrentIndex(box.findData(executor.id))
        field(d, "resolution").setPlainText("Қарап, жауап дайындаңыз")
    assert run(card, "assign", assign, seen)
    assert card.card.values["status"] == "assigned" and card.card.executor.startswith("Exec")
    assert counts(window) == {"due_today": 0, "overdue": 0, "due_within": 1}

    def extend(d):
        field(d, "new_due_on").set_value(dt.date(2026, 12, 18))
        field(d, "reason").setPlainText("Жер учаскесін тексеру қажет")
    assert run(card, "extend", extend, seen)
    assert card.card.values["due_on"] == dt.date(2026, 12, 18)
    ladder = card.ladder_view
    assert ladder.table.rowCount() == 3 and "art. 76 part 3" in ladder.table.item(0, 0).text()
    assert ladder.table.item(1, 0).text() == "Term of consideration (APPC art. 76 part 1)"
    # The final term left the short list; the extension notice (due 25 Nov) came in.
    assert counts(window)["due_within"] == 1
    assert [i.kind for i in window.panel.items] == [] and window.panel.current_list() == "overdue"
    window.panel.buttons.buttons()[2].click()
    assert [i.kind for i in window.panel.items] == ["extension_notice"]

    def decide(d):
        for name, code in (("decision", "act_favourable"), ("outcome", "satisfied"),
                           ("hearing_exception", "73.2.1")):
            box = field(d, name)
            box.setCurrentIndex(box.findData(code))
    assert run(card, "decide", decide, seen)
    assert card.card.values["status"] == "decided"
    assert [i.kind for i in window.panel.items] == ["extension_notice"]

    def notify(d):
        field(d, "clock").setCurrentIndex(field(d, "clock").findData("extension_notice"))
    assert run(card, "notify", notify, seen)
    assert counts(window) == {"due_today": 0, "overdue": 0, "due_within": 0}
    actions = [card.card.history[i].action for i in range(len(card.card.history))]
    assert actions == ["registered", "assign", "extend", "decide", "notify"]
    history = card.findChild(type(ladder.table), "history")
    extended = history.item(2, 3).text()
    assert "23.11.2026 → 18.12.2026" in extended and "Жер учаскесін тексеру қажет" in extended


def test_field_errors_keep_what_was_typed(qtbot, office):
    window = MainWindow(office["akim"], today=TODAY)
    qtbot.addWidget(window)
    card = window.card_dialog(office["appeal"].id)
    qtbot.addWidget(card)
    dialog = ActionDialog(office["appeal"].id, "extend", office["akim"], "application", TODAY,
                          parent=card)
    qtbot.addWidget(dialog)
    field(dialog, "new_due_on").set_value(dt.date(2027, 3, 1))
    dialog.ok_button.click()
    assert dialog.taken is None
    assert "20.01.2027" in dialog.errors.text("new_due_on")   # cap: two months from 20 Nov
    assert dialog.errors.text("reason") != ""
    assert field(dialog, "new_due_on").value() == dt.date(2027, 3, 1)


def test_wrong_role_is_refused_with_a_message(qtbot, office):
    window = MainWindow(office["exec"], today=TODAY)
    qtbot.addWidget(window)
    assert window.mine.isChecked()
    card = window.card_dialog(office["appeal"].id)
    qtbot.addWidget(card)
    texts = []

    def close(box):
        texts.append(box.text())
        box.accept()
    when_modal(QMessageBox, close, [])
    assert card.run_action("extend") is False
    assert "art. 76 part 3" in texts[0] and "Head of the apparatus" in texts[0]
    assert card.card.values["due_on"] == dt.date(2026, 11, 23)


def test_daily_list_pdf_and_reminder(qtbot, office, tmp_path):
    from pypdf import PdfReader
    window = MainWindow(office["akim"], today=TODAY)
    qtbot.addWidget(window)
    path = tmp_path / "list.pdf"
    assert window.panel.save_pdf(str(path))
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert office["appeal"].reg_number in text and "20.11.2026" in text
    assert window.reminder.check(dt.datetime(2026, 11, 20, 8, 0)) is False   # before 09:00
    assert window.reminder.check(dt.datetime(2026, 11, 20, 9, 5)) is True
    assert window.reminder.box.isVisible() and "Overdue: 1." in window.reminder.box.text()
    window.reminder.box.close()
    assert window.reminder.check(dt.datetime(2026, 11, 20, 15, 0)) is False   # once a day
    window.panel.remind_at.setTime(window.panel.remind_at.time().addSecs(3600))
    from ui.journal.reminder import reminder_time
    assert reminder_time() == dt.time(10, 0)


def test_my_cases_filter(qtbot, office, make_input, registrar):
    moment = dt.datetime(2026, 11, 3, 10, 0)
    register(make_input(moment, surname="Басқа"), registrar, "k2", now=moment)
    from app.engine import perform
    perform(office["appeal"].id, "assign", office["akim"],
            {"executor_id": office["exec"].id, "resolution": "r", "on_date": TODAY}, today=TODAY)
    window = MainWindow(office["exec"], today=TODAY)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    window.mine.setChecked(False)
    assert window.model.rowCount() == 2


def test_lists_load_on_the_task_runner(qtbot, office):
    """In the app the lists load off the UI thread; the newest request wins
    and the reminder waits for the counts."""
    from ui.common.tasks import TaskRunner
    runner = TaskRunner()
    try:
        window = MainWindow(office["akim"], today=TODAY, runner=runner)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.panel.refreshed, timeout=10_000):
            window.reminder.remind()
        assert window.panel.counts == {"due_today": 0, "overdue": 1, "due_within": 1}
        assert window.reminder.box is not None and "Overdue: 1." in window.reminder.box.text()
        window.panel.within.setValue(10)   # a refresh on its way...
        with qtbot.waitSignal(window.panel.refreshed, timeout=10_000):
            window.panel.buttons.buttons()[2].click()   # ...and a newer one
        assert [i.kind for i in window.panel.items] == ["final"]
        assert window.panel.buttons.buttons()[2].text().startswith("Due within 10 working days")
        window.close()
    finally:
        runner.shutdown()
    assert runner.run(len, []) is None   # after shutdown nothing is scheduled


def test_a_failed_refresh_keeps_todays_reminder(qtbot, office, monkeypatch):
    from app.errors import StorageUnavailable
    from app.queries import control
    window = MainWindow(office["akim"], today=TODAY)
    qtbot.addWidget(window)
    real = control.snapshot

    def locked(*args, **kwargs):
        raise StorageUnavailable("database_locked")
    monkeypatch.setattr(control, "snapshot", locked)
    assert window.reminder.check(dt.datetime.now().replace(hour=23)) is True
    assert window.reminder.box is None
    monkeypatch.setattr(control, "snapshot", real)
    assert window.reminder.check(dt.datetime.now().replace(hour=23)) is True   # tried again
    assert window.reminder.box is not None and window.reminder.box.isVisible()
