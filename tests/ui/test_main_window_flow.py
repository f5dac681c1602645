"""The whole counter path from the main window: the Register action opens the
dialog, registering opens the talon, and the journal shows the new appeal."""
from __future__ import annotations

from tests.ui.modal import when_modal
from ui.intake.registration_dialog import RegistrationDialog
from ui.intake.talon_dialog import TalonDialog
from ui.journal.main_window import MainWindow


def test_register_action_registers_and_opens_the_talon(qtbot, demo_registrar):
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    window.show()
    before = window.model.rowCount()
    seen = []

    def fill_and_register(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("petition"))
        dialog.applicant.edits["surname"].setText("Төлеубаева")
        dialog.applicant.edits["first_name"].setText("Гүлзат")
        dialog.applicant.edits["postal_address"].setText("Ақсу ауылы")
        dialog.substance.setPlainText("Саябақ салу туралы")
        dialog.appeal_date.set_value(dialog.appeal_input().received_at.date())
        when_modal(TalonDialog, lambda talon: talon.accept(), seen)
        dialog.ok_button.click()

    when_modal(RegistrationDialog, fill_and_register, seen)
    window.actions_by_name["register"].trigger()
    assert [type(d) for d in seen] == [RegistrationDialog, TalonDialog]
    registered = seen[0].registered
    assert seen[1].data.number == registered.reg_number and seen[1].data.kind == "petition"
    assert window.model.rowCount() == before + 1
    assert window.model.index(0, 0).data() == registered.reg_number


def test_executor_cannot_open_registration(qtbot, demo_db):
    from app import demo, office
    window = MainWindow(office.login("executor", demo.DEMO_PASSWORD))
    qtbot.addWidget(window)
    assert not window.actions_by_name["register"].isEnabled()
