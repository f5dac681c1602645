"""Keyboard-first desk (issue 14 item 2): the wheel never changes an
unfocused combo, spin box or date; Tab leaves a multi-line field; Enter in
the journal opens the selected card."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common import input_guard
from ui.journal.main_window import MainWindow


def _wheel(widget, up: bool = False) -> None:
    delta = QPoint(0, 120 if up else -120)
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_leaves_an_unfocused_field_alone(qtbot, qapp):
    guard = input_guard.install(qapp)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        kind, days, other = QComboBox(), QSpinBox(), QLineEdit()
        kind.addItems(["Арыз", "Шағым", "Хабар"])
        days.setRange(0, 366)
        for w in (other, kind, days):
            layout.addWidget(w)
        page.show()
        qtbot.waitExposed(page)
        other.setFocus()
        _wheel(kind)
        _wheel(days, up=True)
        assert (kind.currentIndex(), days.value()) == (0, 0)   # scrolling the form changed nothing
        assert kind.focusPolicy() == Qt.FocusPolicy.StrongFocus
        kind.setFocus()
        qtbot.waitUntil(kind.hasFocus)
        _wheel(kind)
        assert kind.currentIndex() == 1                        # the user's own choice, once focused
    finally:
        qapp.removeEventFilter(guard)


def test_tab_leaves_a_multi_line_field(qtbot, qapp):
    guard = input_guard.install(qapp)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        substance, after = QPlainTextEdit(), QLineEdit()
        layout.addWidget(substance)
        layout.addWidget(after)
        page.show()
        qtbot.waitExposed(page)
        substance.setFocus()
        qtbot.waitUntil(substance.hasFocus)
        qtbot.keyClick(substance, Qt.Key.Key_Tab)
        assert substance.toPlainText() == "" and after.hasFocus()
    finally:
        qapp.removeEventFilter(guard)


def test_enter_opens_the_selected_card(qtbot, demo_registrar, monkeypatch):
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    opened = []
    monkeypatch.setattr(window, "open_card", opened.append)
    window.view.setFocus()
    window.view.selectRow(0)
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert opened == [window.selected_id()] and opened[0] is not None


def test_the_two_overdue_figures_say_what_they_count(qtbot, demo_registrar):
    """The journal counts appeals past their final term; the panel counts every clock."""
    from PySide6.QtWidgets import QPushButton
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    journal = window.findChild(QPushButton, "filter_overdue").text()
    panel = window.findChild(QPushButton, "count_overdue")
    qtbot.waitUntil(lambda: ":" in panel.text())
    assert "final term" in journal and "every clock" in panel.text() and journal != panel.text()


def test_esc_asks_before_discarding_and_ctrl_enter_registers(qtbot, registrar):
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.modal import when_modal
    from ui.intake.registration_dialog import RegistrationDialog
    now = dt.datetime(2026, 11, 25, 10, 0)
    dialog = RegistrationDialog(registrar, "Аудан әкімі", now=lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.kind                 # the first field has the focus
    dialog.applicant.edits["surname"].setText("Қасымова")
    seen: list = []
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)                   # typed data: asked, kept
    assert seen and dialog.isVisible() and dialog.applicant.edits["surname"].text() == "Қасымова"
    for name, text in (("first_name", "Әлия"), ("postal_address", "Ақсу, Абай 12")):
        dialog.applicant.edits[name].setText(text)
    dialog.substance.setPlainText("Көше жарығы жоқ")
    dialog.substance.setFocus()
    qtbot.keyClick(dialog.substance, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.registered is not None, dialog.general_error.text()


def test_the_window_fits_and_remembers_its_layout(qtbot, demo_registrar):
    first = MainWindow(demo_registrar)
    qtbot.addWidget(first)
    assert first.first_start                                    # opens maximised the first time
    assert first.width() <= 1366 and first.height() <= 768
    first.show()
    qtbot.waitExposed(first)
    first.actions_by_name["panel"].trigger()                    # F9: the deadline panel hidden
    assert first.actions_by_name["panel"].shortcut().toString() == "F9" and first.dock.isHidden()
    columns = first.column_actions()
    assert not columns[0].isEnabled()                           # the number column always stays
    columns[3].setChecked(False)                                # a column hidden from the header
    first.close()                                               # the layout is saved
    second = MainWindow(demo_registrar)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.first_start                               # as the user left it
    assert second.view.horizontalHeader().isSectionHidden(3) and second.dock.isHidden()


def test_save_dialogs_open_in_the_documents_folder(qapp):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from ui.common.widgets import in_documents
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(in_documents("journal.docx")) == Path(folder) / "journal.docx"
    assert Path(in_documents("journal.docx")).parent != Path.cwd()


# -- dates typed from the keyboard (issue 14 item 2) -----------------------

def _type(widget, text: str) -> None:
    """Key presses carrying Kazakh letters (QTest's keyClicks knows ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_date_is_typed_as_ddmmyyyy_or_with_dots(qtbot):
    import datetime as dt

    from ui.common.dates import DateField, OptionalDateEdit, parse_date
    assert parse_date("01122026") == parse_date("01.12.2026") == parse_date("1.12.2026") == dt.date(2026, 12, 1)
    today = dt.date(2026, 12, 3)
    assert parse_date("1/12/26") is None                       # while typing, "011220" is not yet 2020
    assert parse_date("1/12/26", short_year=True, today=today) == dt.date(2026, 12, 1)
    assert parse_date("01.12.98", short_year=True, today=today) == dt.date(1998, 12, 1)   # never in the future
    assert parse_date("31.02.2026") is None and parse_date("0112202") is None and parse_date("") is None
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    empty, other = OptionalDateEdit(), QLineEdit()
    layout.addWidget(empty)
    layout.addWidget(other)
    page.show()
    qtbot.waitExposed(page)
    assert empty.value() is None and empty.text() == ""        # no "—", no January 2000
    _focus(qtbot, empty)
    reported: list = []
    empty.dateChanged.connect(reported.append)
    qtbot.keyClicks(empty, "01122026")
    assert [d.year() for d in reported] == [2026]              # no 01.12.2020 on the way
    qtbot.keyClick(empty, Qt.Key.Key_Tab)
    assert empty.value() == dt.date(2026, 12, 1) and empty.text() == "01.12.2026"
    empty.clear()
    assert empty.value() is None and empty.problem() is None   # empty is allowed where optional
    qtbot.keyClicks(empty, "01.12.2026")
    assert empty.value() == dt.date(2026, 12, 1)
    required = DateField(dt.date(2026, 3, 5))
    qtbot.addWidget(required)
    assert required.text() == "05.03.2026" and required.date().day() == 5
    required.clear()
    assert required.problem() is not None and required.value() is None   # a required date is not left empty


def test_a_wrong_date_is_kept_marked_and_stops_the_form(qtbot):
    from ui.common.dates import OptionalDateEdit, dates_ok
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    day = OptionalDateEdit()
    layout.addWidget(day)
    page.show()
    qtbot.waitExposed(page)
    _focus(qtbot, day)
    qtbot.keyClicks(day, "31.02.2026")
    assert day.value() is None                                 # never a guessed 28.02
    assert not dates_ok(page)
    assert day.text() == "31.02.2026" and day.property("invalid") and "31.02.2026" in day.toolTip()
    day.setText("28.02.2026")
    assert not day.property("invalid") and dates_ok(page)      # the mark goes when it is right


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")   # the offscreen platform's popups
def test_the_calendar_opens_on_today_or_on_the_date(qtbot):
    import datetime as dt

    from PySide6.QtCore import QDate

    from ui.common.dates import OptionalDateEdit
    day = OptionalDateEdit()
    qtbot.addWidget(day)
    day.show()
    popup = day.open_calendar()
    assert popup.calendar.selectedDate() == QDate.currentDate()
    popup.calendar.setCurrentPage(2026, 12)                    # Independence Day is marked as a day off
    from PySide6.QtGui import QColor
    assert popup.calendar.dateTextFormat(QDate(2026, 12, 16)).foreground().color() == QColor("#b00020")
    assert popup.calendar.dateTextFormat(QDate(2026, 12, 15)).foreground().color() != QColor("#b00020")
    popup.calendar.clicked.emit(QDate(2026, 12, 3))
    assert day.value() == dt.date(2026, 12, 3) and not popup.isVisible()
    popup = day.open_calendar()
    assert popup.calendar.selectedDate() == QDate(2026, 12, 3)
    popup.close()
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)   # from the keyboard too
    assert day._popup.isVisible()
    day._popup.close()


def test_the_month_box_steps_across_the_year(qtbot):
    import datetime as dt

    from ui.common.dates import MonthEdit
    month = MonthEdit(dt.date(2026, 12, 15))
    qtbot.addWidget(month)
    assert month.text() == "12.2026"
    month.stepUp()
    assert month.text() == "01.2027"
    month.stepDown()
    month.stepDown()
    assert month.text() == "11.2026"


def test_a_registration_done_without_the_mouse(qtbot, qapp, registrar):
    """Kind, applicant, dates typed, Ctrl+Enter: Tab reaches every field in
    the printed appeal's order and nothing needs the mouse."""
    import datetime as dt

    from ui.intake.registration_dialog import RegistrationDialog
    guard = input_guard.install(qapp)   # as ui.start installs it
    now = dt.datetime(2026, 11, 25, 10, 0)
    dialog = RegistrationDialog(registrar, "Аудан әкімі", now=lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    try:
        _register_by_keyboard(qtbot, dialog)
    finally:
        qapp.removeEventFilter(guard)
    from models.entities import Appeal
    assert Appeal.get_by_id(dialog.registered.id).appeal_date == dt.date(2026, 11, 24)
    assert Appeal.get_by_id(dialog.registered.id).substance == "Көшеде жарық жоқ"   # no tab typed into it


def _register_by_keyboard(qtbot, dialog) -> None:
    order: list = []

    def tab_to(widget, limit: int = 60) -> None:
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            here = QApplication.focusWidget()
            assert here is not None and here.window() is dialog, "the focus left the form"
            qtbot.keyClick(here, Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        raise AssertionError(f"Tab never reached {widget.objectName()}")

    edits = dialog.applicant.edits
    for widget, text in ((edits["surname"], "Жұмабаева"), (edits["first_name"], "Гүлнар"),
                         (edits["postal_address"], "Ақсу ауылы, Абай көшесі 12"),
                         (dialog.substance, "Көшеде жарық жоқ"), (dialog.appeal_date, "24112026")):
        tab_to(widget)
        _type(widget, text)
    positions = [order.index(w) for w in (edits["surname"], dialog.substance, dialog.appeal_date)]
    assert positions == sorted(positions)                      # who, then what, then the date written
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.registered is not None, dialog.general_error.text()


def test_the_moment_of_receipt_is_typed_too(qtbot):
    import datetime as dt

    from ui.common.dates import DateTimeField, dates_ok, parse_time
    assert parse_time("0930") == parse_time("9:30") == parse_time("09.30") == dt.time(9, 30)
    assert parse_time("2460") is None and parse_time("") is None
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    moment = DateTimeField(dt.datetime(2026, 12, 3, 15, 45))
    layout.addWidget(moment)
    page.show()
    qtbot.waitExposed(page)
    changes: list = []
    moment.dateTimeChanged.connect(changes.append)
    moment.date_field.clear()
    qtbot.keyClicks(moment.date_field, "0112")                 # half typed: the last whole date stands
    assert moment.value() == dt.datetime(2026, 12, 3, 15, 45) and not changes
    qtbot.keyClicks(moment.date_field, "2026")
    moment.time_field.clear()
    qtbot.keyClicks(moment.time_field, "0930")
    assert moment.value() == dt.datetime(2026, 12, 1, 9, 30) and changes
    moment.time_field.setText("25:00")
    assert not dates_ok(page) and "25:00" in moment.time_field.toolTip()   # a wrong time stops the form
    moment.time_field.setText("10:00")
    assert dates_ok(page) and moment.value() == dt.datetime(2026, 12, 1, 10, 0)


def test_any_typed_detail_is_asked_about_before_it_is_discarded(qtbot, registrar):
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.modal import when_modal
    from ui.intake.registration_dialog import RegistrationDialog
    now = dt.datetime(2026, 11, 25, 10, 0)
    dialog = RegistrationDialog(registrar, "Аудан әкімі", now=lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog._typed()                                 # the prefilled form: nothing to lose
    dialog.eotinish.setText("ЖТ-2026-01234")                    # only the e-Otinish number typed
    seen: list = []
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), seen)
    dialog.cancel()
    assert seen and dialog.isVisible() and dialog.eotinish.text() == "ЖТ-2026-01234"


def test_the_search_box_leads_to_the_results_and_the_login_starts_on_login(qtbot, demo_registrar):
    from ui.admin.login_dialog import LoginDialog
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "2026")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)               # Down: into the results, the first chosen
    assert window.view.hasFocus() and window.view.currentIndex().row() == 0
    first = window.model.appeal_id(0)
    assert window.select_appeal(first) and window.selected_id() == first
    login = LoginDialog()
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    assert login.focusWidget() is login.login                  # the cursor starts in Login
    qtbot.keyClick(login.login, Qt.Key.Key_Tab)
    assert login.focusWidget() is login.password               # then the password, never the language box
