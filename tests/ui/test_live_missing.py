"""The registration form's live "not stated" list follows every detail it
names (issue 14): a petition's letter and count (АППК 90-4.1, 90-3.4), and an
oral appeal, whose date is the day it is taken (АППК 63.1, 63.2 4))."""
from __future__ import annotations

import datetime as dt

from app.rules.enums import Status
from models.entities import Appeal
from ui.intake.registration_dialog import RegistrationDialog

NOW = dt.datetime(2026, 11, 2, 10, 0)


def _dialog(qtbot, registrar) -> RegistrationDialog:
    dialog = RegistrationDialog(registrar, "Ауыл әкімі", now=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def _complete_applicant(dialog) -> None:
    for name, text in (("surname", "Қасымова"), ("first_name", "Әлия"), ("postal_address", "Ақсу, Абай 12"),
                       ("iin", "850312400128"), ("email", "aliya@mail.kz")):
        dialog.applicant.edits[name].setText(text)
    dialog.substance.setPlainText("Балалар алаңын салу")


def test_petition_letter_and_count_update_the_list_as_typed(qtbot, registrar):
    dialog = _dialog(qtbot, registrar)
    dialog.kind.setCurrentIndex(dialog.kind.findData("petition"))
    _complete_applicant(dialog)
    dialog.appeal_date.set_value(NOW.date())
    text = dialog.missing_label.text()
    assert "art. 90-4 part 1" in text and "art. 90-3 part 4" in text   # the letter, the count
    dialog.petition.authority_ref.setText("№ 15-02/311")
    text = dialog.missing_label.text()
    assert "art. 90-4 part 1" not in text and "art. 90-3 part 4" in text
    dialog.petition.joined.setValue(2600)
    assert dialog.missing_label.text() == "All required details are stated."
    dialog.petition.authority_ref.clear()
    assert "art. 90-4 part 1" in dialog.missing_label.text()


def test_an_oral_appeal_taken_today_is_not_missing_its_date(qtbot, registrar):
    dialog = _dialog(qtbot, registrar)
    _complete_applicant(dialog)
    assert dialog.appeal_date.value() is None
    assert "art. 63 part 2 4)" in dialog.missing_label.text()   # a paper appeal states its date
    dialog.form.setCurrentIndex(dialog.form.findData("oral"))
    assert "art. 63 part 2 4)" not in dialog.missing_label.text()
    assert dialog.missing_label.text() == "All required details are stated."
    dialog.ok_button.click()
    assert dialog.registered is not None and dialog.registered.missing == ()
    row = Appeal.get_by_id(dialog.registered.id)
    # АППК 63.2 4): the protocol states the day the appeal was given, the day it was taken.
    assert (row.status, row.appeal_date, row.form) == (Status.REGISTERED, NOW.date(), "oral")
