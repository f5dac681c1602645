"""The e-Otinish link in the interface (issue 16 item 4): the control
panel's queue, outage mode in the main window, the number's form, and the
reconciliation dialog (mapping, preview, confirm), at 1366×768."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import eotinish
from app.appeal import register
from app.engine import perform
from app.office import create_user
from app.rules import Role
from models.entities import Appeal, ChangeLog
from tests.ui.screens import FIT_H, FIT_W

T = dt.datetime.fromisoformat
TODAY = dt.date(2026, 11, 9)


def _appeals(registrar, make_input, *moments, **fields):
    return [register(make_input(T(m), **fields), registrar, f"k{m}", now=T(m)).id for m in moments]


def test_the_queue_is_a_list_of_the_control_panel(qtbot, registrar, make_input):
    from ui.journal.control_panel import ControlPanel
    old, new = _appeals(registrar, make_input, "2026-11-02 10:00", "2026-11-09 09:00")
    _appeals(registrar, make_input, "2026-11-03 10:00", eotinish_number="ЖТ-2026-00000001")
    panel = ControlPanel(registrar, TODAY)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.refresh()
    button = panel.findChild(type(panel.print_button), "count_eotinish")
    assert button.text() == "Not in e-Otinish: 2"
    button.click()
    assert panel.stack.currentWidget() is panel.eotinish
    table = panel.eotinish.table
    assert table.rowCount() == 2
    numbers = [table.item(r, 0).text() for r in range(2)]
    assert numbers == [Appeal.get_by_id(old).reg_number, Appeal.get_by_id(new).reg_number]   # oldest first
    assert table.item(0, 2).text() == "5 working d." and table.item(1, 2).text().endswith(" h")
    assert table.item(0, 0).background().color().name() == "#fbe7b5"     # waited a working day or more
    with qtbot.waitSignal(panel.open_appeal) as opened:
        table.itemDoubleClicked.emit(table.item(1, 1))
    assert opened.args == [new]
    perform(old, "eotinish_number", registrar, {"number": "ЖТ-2026-00000002"}, today=TODAY)
    panel.refresh()
    assert table.rowCount() == 1 and button.text() == "Not in e-Otinish: 1"
    panel.findChild(type(panel.print_button), "count_overdue").click()
    assert panel.stack.currentWidget() is panel.table


def test_outage_mode_from_the_menu_shows_a_banner(qtbot, registrar, office_admin, make_input):
    from ui.journal.main_window import MainWindow
    window = MainWindow(registrar, TODAY)
    qtbot.addWidget(window)
    window.show()
    action = window.actions_by_name["eotinish_outage"]
    appeals_menu = window.menuBar().actions()[1].menu()
    assert action in appeals_menu.actions() and window.actions_by_name["reconcile"] in appeals_menu.actions()
    assert action.isEnabled() and not window.outage.banner.isVisible()
    action.trigger()
    assert action.isChecked() and window.outage.banner.isVisible()
    assert "Outage mode" in window.outage.banner.text() and "Жұмабаев" in window.outage.banner.text()
    assert eotinish.current_outage() is not None
    flagged = _appeals(registrar, make_input, dt.datetime.now().strftime("%Y-%m-%d %H:%M"))[0]
    assert Appeal.get_by_id(flagged).eotinish_catch_up
    executor = create_user(login_name="ex", password="secret-long-1", surname="Орындаушы", first_name="А",
                           position="Маман", role=Role.EXECUTOR, created_by=office_admin.id)
    other = MainWindow(executor, TODAY)    # another workstation sees it, may not end it
    qtbot.addWidget(other)
    other.show()
    assert other.outage.banner.isVisible() and not other.actions_by_name["eotinish_outage"].isEnabled()
    action.trigger()
    assert not action.isChecked() and not window.outage.banner.isVisible() and eotinish.current_outage() is None
    assert [r.action for r in ChangeLog.select().where(ChangeLog.entity == "eotinish_outage")] == [
        "eotinish_outage_started", "eotinish_outage_ended"]


def test_the_number_form_says_a_taken_number_next_to_its_field(qtbot, registrar, make_input):
    from ui.case.action_dialog import ActionDialog
    a, b = _appeals(registrar, make_input, "2026-11-02 10:00", "2026-11-02 11:00")
    perform(a, "eotinish_number", registrar, {"number": "ЖТ-2026-00000001"}, today=TODAY)
    dialog = ActionDialog(b, "eotinish_number", registrar, "application", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.findChild(type(dialog.widgets["number"][1]), "field_number")
    field.setText("жт-2026-00000001")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.taken is None
    shown = " ".join(w.text() for w in dialog.findChildren(type(dialog.general)) if w.isVisible())
    assert Appeal.get_by_id(a).reg_number in shown
    field.setText(" жт-2026-00000003 ")
    dialog.ok_button.click()
    assert dialog.taken is not None and Appeal.get_by_id(b).eotinish_number == "ЖТ-2026-00000003"


def _register_csv(tmp_path, rows) -> str:
    path = tmp_path / "register.csv"
    lines = ["Нөмірі;Күні;Өтініш беруші;ЖСН/БСН;Түрі;Мәртебесі"] + [";".join(r) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def test_the_reconciliation_dialog_maps_previews_and_confirms(qtbot, registrar, make_input, tmp_path):
    from ui.eotinish.reconcile_dialog import ReconcileDialog
    numbered, to_link, missing = _appeals(registrar, make_input, "2026-11-02 10:00", "2026-11-03 10:00",
                                          "2026-11-04 10:00")
    perform(numbered, "eotinish_number", registrar, {"number": "ЖТ-2026-00000001"}, today=TODAY)
    path = _register_csv(tmp_path, [
        ["ЖТ-2026-00000001", "02.11.2026", "Қасымова Айгүл", "", "Арыз", "Қаралуда"],
        ["ЖТ-2026-00000002", "03.11.2026", "КАСЫМОВА Айгул Беккызы", "", "Арыз", "Қаралуда"],
        ["ЖТ-2026-00000009", "05.11.2026", "Басқа Адам", "", "Шағым", "Қаралды"],
    ])
    dialog = ReconcileDialog(registrar, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= FIT_W and dialog.height() <= FIT_H
    assert dialog.load(path)
    assert {n: dialog.combos[n].currentText() for n in eotinish.FIELDS} == {
        "number": "Нөмірі", "iin_bin": "ЖСН/БСН", "date": "Күні", "name": "Өтініш беруші", "kind": "Түрі",
        "status": "Мәртебесі"}
    assert dialog.preview.rowCount() == 3 and dialog.preview.item(1, 0).text() == "ЖТ-2026-00000002"
    dialog.combos["kind"].setCurrentIndex(0)                  # "—": the kind is not compared
    assert dialog.preview.item(0, 4).text() == ""
    assert dialog.compare()
    assert eotinish.saved_mapping()["number"] == "Нөмірі" and "kind" not in eotinish.saved_mapping()
    assert (dialog.links.rowCount(), dialog.ours_only.rowCount(), dialog.theirs_only.rowCount()) == (1, 1, 1)
    assert dialog.links.item(0, 3).text() == "ЖТ-2026-00000002"
    assert dialog.ours_only.item(0, 0).text() == Appeal.get_by_id(missing).reg_number
    assert dialog.lists.tabText(0).endswith(": 1")
    assert Appeal.get_by_id(to_link).eotinish_number == ""    # nothing written by comparing
    dialog.links.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.confirm() and Appeal.get_by_id(to_link).eotinish_number == ""
    dialog.links.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dialog.confirm_button.click()
    assert Appeal.get_by_id(to_link).eotinish_number == "ЖТ-2026-00000002"
    assert "1" in dialog.error.text() and dialog.links.rowCount() == 0
    again = ReconcileDialog(registrar, today=TODAY)           # the mapping is remembered
    qtbot.addWidget(again)
    assert again.load(path) and again.combos["kind"].currentText() == "Түрі"


def test_a_hostile_file_is_explained_in_the_dialog(qtbot, registrar, tmp_path):
    from ui.eotinish.reconcile_dialog import ReconcileDialog
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = ReconcileDialog(registrar, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.load(str(path))
    assert dialog.error.text().startswith("The file cannot be read as a spreadsheet")
    assert not dialog.compare_button.isEnabled()


def test_the_card_shows_the_feedback_and_the_demo_queue_is_not_empty(qtbot, demo_db):
    from PySide6.QtWidgets import QLabel

    from app import demo, office
    from app.office import load_calendar
    from app.queries.eotinish import queue
    from ui.case.appeal_card import AppealCardDialog
    head = office.login("head", demo.DEMO_PASSWORD)
    row = Appeal.select().where(Appeal.feedback != "").first()
    assert row is not None                                    # the demo records some feedback
    dialog = AppealCardDialog(row.id, head)
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QLabel, "card_feedback").text()
    assert shown == {"satisfied": "Satisfied", "neutral": "Neutral", "not_satisfied": "Not satisfied"}[row.feedback]
    assert dialog.findChild(QLabel, "card_feedback_via").text() == {"phone": "By phone",
                                                                     "counter": "At the counter"}[row.feedback_via]
    waiting = queue(dt.datetime.now(), load_calendar())
    assert 0 < waiting.total < Appeal.select().count()        # the README's flow shows something
    late = ChangeLog.select().where(ChangeLog.action == "eotinish_number").count()
    assert late > 0                                           # some got their number later, by the action


def test_the_dialog_reads_and_compares_on_the_task_runner(qtbot, registrar, make_input, tmp_path):
    from ui.common.tasks import TaskRunner
    from ui.eotinish.reconcile_dialog import ReconcileDialog
    _appeals(registrar, make_input, "2026-11-03 10:00")
    path = _register_csv(tmp_path, [["ЖТ-2026-00000002", "03.11.2026", "Қасымова Айгүл Бекқызы", "", "Арыз", ""]])
    runner = TaskRunner()
    try:
        dialog = ReconcileDialog(registrar, today=TODAY, runner=runner)
        qtbot.addWidget(dialog)
        assert dialog.load(path)
        qtbot.waitUntil(lambda: dialog.compare_button.isEnabled(), timeout=10000)
        dialog.combos["number"].setCurrentIndex(0)
        dialog.combos["date"].setCurrentIndex(0)        # neither the number nor the date and the name
        assert not dialog.compare()
        assert dialog.error.text().startswith("Choose the column of the e-Otinish number")
        dialog.combos["number"].setCurrentIndex(1)
        dialog.combos["date"].setCurrentIndex(2)
        assert dialog.compare()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
        assert dialog.links.rowCount() == 1 and dialog.links.item(0, 3).text() == "ЖТ-2026-00000002"
    finally:
        runner.shutdown()
