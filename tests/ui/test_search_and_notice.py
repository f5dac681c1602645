"""Tell the clerk what happened (issue 14 item 3): the Russian spelling finds
a Kazakh name, a search that finds nothing says so, and a registration is
followed by a non-modal notice with its number, due date and, when
incomplete, what is missing and what follows (АППК 64.6)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.appeal.registration import AppealInput, register
from app.petition.record import PetitionInput
from app.rules.complaint import ComplaintInput
from app.rules.enums import AppealForm, AppealKind
from tests.ui.modal import when_modal
from ui.case.workflow_labels import CASE_ACTIONS
from ui.common.labels import FILTERS, MISSING, MISSING_PETITION, label
from ui.common.messages import message
from ui.intake.registration_dialog import RegistrationDialog
from ui.intake.talon_dialog import TalonDialog
from ui.journal.main_window import MainWindow
from ui.journal.notice import notice_text

HINT = "Жұмабаева and Жумабаева find each other"


def _window(qtbot, user) -> MainWindow:
    window = MainWindow(user)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type(qtbot, window, text: str) -> None:
    """Type into the search box as the clerk does (the search runs after a pause)."""
    window.search.clear()
    window.search.setFocus()
    window.search.insert(text)   # QTest's key clicks are ASCII only


def _appeal(surname: str, first_name: str, **extra) -> AppealInput:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    values = dict(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=now,
                  surname=surname, first_name=first_name, postal_address="Ақсу ауылы",
                  addressee="Ауыл әкімі", substance="Көше жарығы", appeal_date=now.date())
    values.update(extra)
    return AppealInput(**values)


def test_the_russian_spelling_finds_the_kazakh_name(qtbot, demo_registrar):
    registered = register(_appeal("Жұмабаева", "Әлия"), demo_registrar, "zh-1")
    window = _window(qtbot, demo_registrar)
    _type(qtbot, window, "жумабаева")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.index(0, 0).data() == registered.reg_number
    assert window.model.index(0, 3).data() == "Жұмабаева Әлия"
    assert window.empty_note.isHidden()
    _type(qtbot, window, "ЖУМАБАЕВА АЛ")
    qtbot.waitUntil(lambda: window.search.text() == "ЖУМАБАЕВА АЛ" and window.model.rowCount() == 1
                    and window.model.index(0, 0).data() == registered.reg_number, timeout=3000)


def test_a_search_that_finds_nothing_says_so(qtbot, demo_registrar):
    window = _window(qtbot, demo_registrar)
    qtbot.keyClicks(window.search, "zzqxw")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    note = window.empty_note
    assert note.isVisible()
    assert "Nothing found for «zzqxw»." in note.text() and HINT in note.text()
    assert "filter" not in note.text()
    # Laid over the whole (empty) table, inside the window at 1366x768.
    viewport = window.view.viewport()
    assert note.geometry() == viewport.rect() and viewport.width() > 300
    # With a filter on, the filter is named.
    overdue = window.findChild(type(window.filters.buttons()[0]), "filter_overdue")
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    assert f"«{label(FILTERS, 'overdue')}»" in note.text() and "«zzqxw»" in note.text()
    # A number that is not there: the hint is about numbers, not spellings.
    window.search.clear()
    qtbot.keyClicks(window.search, "2019-99")
    qtbot.waitUntil(lambda: "«2019-99»" in note.text(), timeout=3000)
    assert "registration number" in note.text() and HINT not in note.text()
    # Something found again: the note goes.
    window.search.clear()
    qtbot.mouseClick(window.findChild(type(overdue), "filter_all"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=3000)
    assert note.isHidden()


def _register_through_the_window(qtbot, window, fill) -> tuple[RegistrationDialog, dict]:
    """The Register action, the form filled by ``fill``, then the talon that
    opens right after: what the notice showed while the talon was open."""
    seen, shown = [], {}

    def on_talon(talon):
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        shown.update(visible=window.notice.isVisible(), text=window.notice.text.text(),
                     status=window.statusBar().currentMessage(), boxes=boxes)
        talon.accept()

    def on_form(dialog):
        fill(dialog)
        when_modal(TalonDialog, on_talon, seen)
        dialog.ok_button.click()

    when_modal(RegistrationDialog, on_form, seen)
    window.actions_by_name["register"].trigger()
    # The talon was the next window: no message box came between (the notice is not modal).
    assert [type(d) for d in seen] == [RegistrationDialog, TalonDialog]
    return seen[0], shown


def test_an_incomplete_appeal_is_followed_by_a_notice_of_what_is_missing(qtbot, demo_registrar):
    window = _window(qtbot, demo_registrar)

    def only_a_name(dialog):   # no address, no substance, no date of the appeal
        dialog.applicant.edits["surname"].setText("Жұмабаева")
        dialog.applicant.edits["first_name"].setText("Әлия")

    dialog, shown = _register_through_the_window(qtbot, window, only_a_name)
    registered = dialog.registered
    assert set(registered.missing) == {"postal_address", "substance", "appeal_date"}
    assert shown["visible"] and not shown["boxes"]
    text = shown["text"]
    assert registered.reg_number in text and registered.due_on.strftime("%d.%m.%Y") in text
    assert "incomplete (art. 64 part 6)" in text
    for code in registered.missing:                 # the registration form's own labels
        assert label(MISSING, code) in text
    assert label(MISSING, "addressee") not in text
    assert "reasonable period to correct it (art. 64 part 6)" in text
    assert label(CASE_ACTIONS, "request_correction") in text
    assert "returned within 3 working days (art. 64 part 7 1))" in text
    assert registered.reg_number in shown["status"]
    # The notice stays over the journal after the talon, until closed; a
    # language switch says it again (here in the same, untranslated words).
    assert window.notice.isVisible()
    QApplication.sendEvent(window.notice, QEvent(QEvent.Type.LanguageChange))
    assert window.notice.text.text() == text
    qtbot.mouseClick(window.notice.close_button, Qt.MouseButton.LeftButton)
    assert window.notice.isHidden()


def test_a_complete_appeal_is_followed_by_its_number_and_due_date(qtbot, demo_registrar):
    window = _window(qtbot, demo_registrar)

    def complete(dialog):
        dialog.applicant.edits["surname"].setText("Қайырбекова")
        dialog.applicant.edits["first_name"].setText("Әсем")
        dialog.applicant.edits["postal_address"].setText("Ақсу ауылы, Абай к-сі, 5")
        dialog.substance.setPlainText("Көше жарығы туралы")
        dialog.appeal_date.set_value(dialog.appeal_input().received_at.date())

    dialog, shown = _register_through_the_window(qtbot, window, complete)
    registered = dialog.registered
    assert not registered.missing and shown["visible"] and not shown["boxes"]
    due = registered.due_on.strftime("%d.%m.%Y")
    assert shown["text"] == (f"<b>The appeal is registered under No. {registered.reg_number}. "
                             f"Due date: {due}.</b>")
    assert shown["status"] == f"The appeal is registered under No. {registered.reg_number}. Due date: {due}."
    # The new appeal is in the journal, found by its number.
    assert window.model.index(0, 0).data() == registered.reg_number


def test_the_route_follows_the_kind(demo_registrar):
    """A petition is never returned (АППК 90-4.2); a complaint against our own
    act is sent on to the complaint body (91.4), which asks for corrections."""
    petition = register(_appeal("Төлеубаева", "Гүлзат", kind=AppealKind.PETITION, postal_address=""),
                        demo_registrar, "p-1", petition=PetitionInput())
    text = notice_text(petition)
    assert label(MISSING_PETITION, "postal_address") in text and "art. 90-4 part 2" in text
    assert "returned within" not in text
    challenged = register(_appeal("Сейітов", "Болат", kind=AppealKind.COMPLAINT, signed=False),
                          demo_registrar, "c-1", complaint=ComplaintInput(role="challenged"))
    text = notice_text(challenged)
    assert message("challenged_sends_on") in text and "reasonable period" not in text


def test_a_written_appeal_from_the_reception_gets_the_notice_too(qtbot, demo_registrar):
    registered = register(_appeal("Нұрланов", "Қанат", signed=False), demo_registrar, "r-1")
    window = _window(qtbot, demo_registrar)
    status = window.notice.show_appeal(registered.id)
    assert registered.reg_number in status and window.notice.isVisible()
    assert label(MISSING, "signature") in window.notice.text.text()
