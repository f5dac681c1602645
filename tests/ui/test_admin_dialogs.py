"""First run, calendar overrides, settings and language switching."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate

from app.errors import DomainError
from app.office import calendar_store
from app.office import profile as office
from ui import i18n
from ui.admin.calendar_dialog import CalendarDialog
from ui.admin.first_run_dialog import FirstRunDialog
from ui.admin.login_dialog import LoginDialog
from ui.admin.settings_dialog import SettingsDialog


def test_first_run_creates_office_and_admin(qtbot, db_file):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog._on_accept()                       # empty: errors next to fields, nothing saved
    assert dialog.admin is None and not office.has_office()
    assert dialog.errors.text("name_kk") and dialog.errors.text("login")
    values = {"name_kk": "Ақсу ауылдық округі әкімінің аппараты", "name_ru": "Аппарат акима",
              "work_end": "18:00"}
    for name, value in values.items():
        dialog.office_form.edits[name].setText(value)
    for name, value in {"surname": "Ахметова", "first_name": "Дина", "position": "Аппарат басшысы",
                        "login": "dina", "password": "secret-42-long"}.items():
        dialog.edits[name].setText(value)
    dialog._on_accept()
    assert dialog.admin is not None and dialog.admin.role == "admin"
    assert office.get_settings().work_end == "18:00"
    assert dialog.office_form.edits["name_kk"].text() == values["name_kk"]


def test_calendar_override_recomputes_and_reports(qtbot, demo_admin):
    dialog = CalendarDialog(demo_admin)
    qtbot.addWidget(dialog)
    day = dt.date.today() + dt.timedelta(days=7)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    dialog.new_day.setDate(QDate(day.year, day.month, day.day))
    dialog._on_add()                          # no reason: refused, explained at the field
    assert dialog.errors.text("reason")
    dialog.new_reason.setText("Үкімет қаулысы бойынша ауыстыру")
    dialog.new_decree.setText("№ 1 01.01.2026")
    dialog._on_add()
    assert not calendar_store.load_calendar().is_working(day)
    assert dialog.overrides.rowCount() == 1
    assert "76" in dialog.status.text()


def test_calendar_is_read_only_for_non_admins(demo_registrar):
    try:
        calendar_store.add_override(dt.date(2026, 12, 1), "day_off", "x", "", demo_registrar.id)
    except DomainError as exc:
        assert exc.code == "forbidden_role"
    else:
        raise AssertionError("a registrar changed the calendar")


def test_settings_save_office_change_with_history(qtbot, demo_admin):
    dialog = SettingsDialog(demo_admin)
    qtbot.addWidget(dialog)
    dialog.office_form.edits["phone"].setText("+7 7182 99-99-99")
    dialog.office_form.edits["number_format"].setText("{seq}")
    dialog._on_save()                         # no {year}: refused at the field
    assert dialog.errors.text("number_format")
    assert office.get_settings().phone != "+7 7182 99-99-99"
    dialog.office_form.edits["number_format"].setText("{prefix}-{year}-{seq:06d}")
    dialog.office_form.edits["number_prefix"].setText("АҚ")
    dialog._on_save()
    assert office.get_settings().number_prefix == "АҚ"


def test_login_dialog_switches_language_at_once(qtbot, demo_db):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        assert dialog.windowTitle() == QCoreApplication.translate("LoginDialog", "Zholdanym: log in")
        assert "Вход" in dialog.windowTitle() or "вход" in dialog.windowTitle()
        dialog.language.setCurrentIndex(dialog.language.findData("kk"))
        assert dialog.windowTitle() != "Zholdanym: log in"
    finally:
        i18n.uninstall()   # back to the source language for the other tests
