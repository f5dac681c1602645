"""Keyboard-first desk (issue 14 item 2): the wheel never changes an
unfocused combo, spin box or date; Tab leaves a multi-line field; Enter in
the journal opens the selected card."""
from __future__ import annotations

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
