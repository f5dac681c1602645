"""Personal reception in the UI (issue 6): the head's schedule is made and
approved, a citizen books a slot and gets a talon, is received, and the
unresolved matter becomes a registered appeal with its own talon."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from app.office import auth
from app.rules.enums import Role
from models.entities import Appeal
from models.entities_cases import ReceptionBooking, ReceptionRecord
from tests.ui.modal import when_modal
from ui.intake.talon_dialog import TalonDialog
from ui.reception.booking_dialog import BookingDialog
from ui.reception.booking_talon import BookingTalonDialog, save_pdf
from ui.reception.record_dialog import RecordDialog
from ui.reception.slot_dialog import SlotDialog
from ui.reception.window import ReceptionWindow

TODAY = dt.date.today()


@pytest.fixture
def office(registrar, office_admin):
    people = {"registrar": registrar}
    for login, role, surname in (("akim", Role.HEAD, "Әкімов"), ("deputy", Role.DEPUTY, "Орынбасаров")):
        people[login] = auth.create_user(login_name=login, password="secret1-long", surname=surname,
                                         first_name="Аты", position="Әкім", role=role, created_by=office_admin.id)
    return people


def test_schedule_booking_reception_and_written_appeal(qtbot, office, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[2]}"))
    head, registrar = office["akim"], office["registrar"]
    window = ReceptionWindow(head, TODAY)
    qtbot.addWidget(window)
    schedule = window.schedule
    # Nobody receives this month yet: both the akim and the deputy are named (art. 90 part 3).
    assert schedule.warnings.count() >= 2

    def add(dialog):
        dialog.official.setCurrentIndex(dialog.official.findData(head.id))
        dialog.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
        dialog.start.setText("00:00")
        dialog.end.setText("00:30")
        dialog.place.setText("Әкімдік, 1-кабинет")
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()
    when_modal(SlotDialog, add, [])
    schedule.add_slot()
    assert schedule.table.rowCount() == 1 and schedule.table.item(0, 5).text() == "—"
    schedule.approve()
    assert schedule.table.item(0, 5).text().startswith("Әкімов")      # who approved, and when
    window.close()

    desk = ReceptionWindow(registrar, TODAY)
    qtbot.addWidget(desk)
    bookings = desk.bookings
    talons = []

    seen = {}

    def book(dialog):
        seen["choices"] = (dialog.slot.count(), dialog.time.count())   # checked once it is closed
        dialog.applicant.edits["surname"].setText("Қасымова")
        dialog.applicant.edits["first_name"].setText("Әлия")
        dialog.applicant.edits["phone"].setText("+7 701 555 12 34")
        dialog.applicant.edits["postal_address"].setText("Ақсу, Абай 12")
        dialog.question.setPlainText("Жер учаскесін беру")
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()

    def talon(dialog):
        try:
            talons.append(save_pdf(dialog.data, tmp_path / "booking.pdf"))
        finally:
            dialog.reject()
    when_modal(BookingDialog, book, [])
    when_modal(BookingTalonDialog, talon, [])
    bookings.book()
    qtbot.waitUntil(lambda: bool(talons), timeout=5000)
    assert seen["choices"] == (1, 2)   # one approved reception, 00:00 and 00:15
    booking = ReceptionBooking.get()
    assert bookings.table.rowCount() == 1 and bookings.table.item(0, 0).text() == booking.number
    assert talons[0].read_bytes().startswith(b"%PDF")

    def receive(dialog):
        dialog.subject.setCurrentIndex(dialog.subject.findData("land"))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("written_appeal"))
        dialog.said.setPlainText("Мәселе жазбаша қарауды қажет етеді")
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()
    when_modal(RecordDialog, receive, [])
    bookings.table.selectRow(0)
    bookings.receive()
    assert ReceptionRecord.select().count() == 1 and ReceptionBooking.get().status == "received"
    assert desk.tabs.currentWidget() is desk.journal
    registered = []
    desk.appeal_registered.connect(registered.append)
    desk.journal.table.selectRow(0)
    desk.journal.convert()
    appeal = Appeal.get_by_id(registered[0])
    # Set out in writing (90.4); registered the reception's day (64.3: received before the day's end).
    assert appeal.form == "paper" and appeal.registered_on == (TODAY if TODAY.weekday() < 5 else appeal.registered_on)
    assert ReceptionRecord.get().appeal_id == appeal.id
    assert desk.journal.table.item(0, 6).text() == appeal.reg_number
    talon = TalonDialog(appeal.id, registrar.id)   # the appeal's own talon (art. 64 part 2)
    qtbot.addWidget(talon)
    assert talon.data.number == appeal.reg_number


def test_a_refusal_keeps_its_reason_until_it_is_recorded(qtbot, office):
    """АППК 73.2 9): the deputy refuses a registration; an empty reason is
    explained under the text box, and the person's details are checked first."""
    from app.reception import schedule as rs
    from tests.ui.modal import when_modal as on_modal
    from ui.common.reason_dialog import ReasonDialog
    head, deputy = office["akim"], office["deputy"]
    rs.save_slot(rs.SlotInput(head.id, TODAY + dt.timedelta(days=7), "10:00", "10:15", "каб. 1"), office["registrar"])
    rs.approve((TODAY + dt.timedelta(days=7)).year, (TODAY + dt.timedelta(days=7)).month, head)
    dialog = BookingDialog(deputy, TODAY + dt.timedelta(days=7), TODAY)
    qtbot.addWidget(dialog)
    dialog.question.setPlainText("Жер")
    dialog.refuse_button.click()            # no name, no contact: refused next to the fields, no prompt
    assert dialog.errors.text("surname") and dialog.booking is None
    dialog.applicant.edits["surname"].setText("Ким")
    dialog.applicant.edits["first_name"].setText("Олег")
    dialog.applicant.edits["phone"].setText("+7 701 555 12 34")
    seen = []

    def reason(box):
        box.ok_button.click()                 # empty: explained, the box stays
        seen.append(box.error.text())
        box.text.setPlainText("Мәселе аудан әкімдігінің құзыретінде")
        box.ok_button.click()
    on_modal(ReasonDialog, reason, [])
    dialog.refuse_button.click()
    assert seen and dialog.booking is not None and dialog.booking.status == "refused"
    assert dialog.booking.reason == "Мәселе аудан әкімдігінің құзыретінде"
