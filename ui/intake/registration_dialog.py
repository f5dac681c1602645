"""Registering an appeal at the counter.

Nothing here can refuse an appeal (АППК 64.1): missing АППК 63.2 items are
listed live and the appeal is registered as incomplete (АППК 64.6).  Only
typing mistakes (an IIN with a wrong check digit, say) stop the save, shown
next to their field, with everything typed kept.

While the clerk types, a likely duplicate of an earlier appeal is looked for
off the UI thread (``app.appeal.likely_duplicates``) and shown in a strip
under the form (ui/intake/duplicates_panel.py): advice, never a block.
"""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import appeal
from app.errors import DomainError
from app.petition import petition_missing
from app.queries.appeals import earlier_appeals
from app.rules import MAX_LENGTHS, AppealForm, AppealKind, Language, complaint_missing, missing_items
from ui.case.appeal_card import AppealCardDialog
from ui.common.dates import DateTimeField, OptionalDateEdit, dates_ok
from ui.common.explain import article_text, explanation
from ui.common.fit import fit_size, scrolled, titled, wrap_captions, wrapped_check, wrapping
from ui.common.form_errors import FieldErrors, error_label
from ui.common.labels import FORMS, KINDS, LANGUAGES, STATUSES, label, missing_table
from ui.common.messages import message
from ui.common.tasks import TaskRunner
from ui.complaint.registration_part import ComplaintForm
from ui.intake.applicant_form import ApplicantForm
from ui.intake.duplicates_panel import DuplicatesPanel
from ui.petition.registration_part import PetitionForm


def _combo(name: str, table: dict, values) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value in values:
        box.addItem(label(table, value), str(value))
    return box


class RegistrationDialog(QDialog):
    """``registered`` holds app.appeal.registration.Registered after a successful save.

    ``runner``: the task runner the duplicate check uses (the main window's;
    without one the dialog starts its own)."""

    DUPLICATE_DELAY = 400   # ms after the last keystroke: the check runs once the clerk pauses

    def __init__(self, user, addressee: str = "", now=None, parent=None, runner=None):
        super().__init__(parent)
        self._runner, self._own_runner = runner, runner is None
        self._generation = 0   # the newest duplicate check; older answers are dropped
        self.setWindowTitle(self.tr("Register an appeal"))
        self.user, self.registered = user, None
        self._now = now or dt.datetime.now
        self.submission_key = str(uuid.uuid4())   # a second click re-sends the same key
        self.errors = FieldErrors()
        self.kind = _combo("kind", KINDS, AppealKind)
        self.form = _combo("form", FORMS, AppealForm)
        self.language = _combo("language", LANGUAGES, Language)
        now = self._now()
        self.received = DateTimeField(now)   # typed as ddmmyyyy and hhmm, like every date
        self.received.setObjectName("received_at")
        self.eotinish = QLineEdit()
        self.eotinish.setObjectName("eotinish_number")
        self.eotinish.setMaxLength(MAX_LENGTHS["eotinish_number"])
        self.applicant = ApplicantForm(self.errors)
        self.addressee = QLineEdit(addressee)
        self.addressee.setObjectName("addressee")
        self.addressee.setMaxLength(MAX_LENGTHS["addressee"])
        self.substance = QPlainTextEdit()
        self.substance.setObjectName("substance")
        self.substance.setFixedHeight(90)
        self.appeal_date = OptionalDateEdit()
        self.appeal_date.setObjectName("appeal_date")
        self.signed = QCheckBox(self.tr("Signed by the applicant or representative (art. 63 part 2 5))"))
        self.signed.setObjectName("signed")
        self.signed.setChecked(True)
        self.attachments = QSpinBox()
        self.attachments.setObjectName("attachments_count")
        self.pages = QSpinBox()
        self.pages.setObjectName("attachment_pages")
        for spin in (self.attachments, self.pages):
            spin.setRange(0, 10000)
        self.complaint = ComplaintForm(self.errors)   # АППК 91–96, shown for a complaint
        self.petition = PetitionForm(self.errors)     # АППК 90-2, 90-4, shown for a petition
        self.from_petition = QCheckBox(self.tr("Came from a petition short of its threshold (art. 90-3 part 5)"))
        self.from_petition.setObjectName("from_petition")
        self.duplicates = DuplicatesPanel()
        self._build()
        self._connect()
        self._on_changed()
        self._on_deadline_inputs_changed()
        fit_size(self, 1300, 680)   # 1366×768 with the taskbar: the Register button in view
        self._initial = self._texts()   # what "typed" is measured against

    def _build(self) -> None:
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors.add_row(top, "kind", self.tr("Kind"), self.kind)
        self.errors.add_row(top, "form", self.tr("Form"), self.form)
        self.errors.add_row(top, "received_at", self.tr("Received (date and time)"), self.received)
        self.errors.add_row(top, "language", self.tr("Language of the appeal"), self.language)
        self.errors.add_row(top, "eotinish_number", self.tr("e-Otinish number (optional)"), self.eotinish)
        self.oral_hint = QLabel(self.tr("An oral appeal is entered in a separate protocol by the person who "
                                        "accepts it; the protocol states the same details and is signed by "
                                        "the applicant (art. 63 parts 1 and 2)."))
        self.oral_hint.setObjectName("oral_hint")
        self.oral_hint.setWordWrap(True)
        self.oral_hint.setVisible(False)
        top.addRow(self.oral_hint)
        top.addRow(wrapped_check(self.from_petition))
        wrap_captions(top)
        who = QGroupBox(self.tr("Applicant"))
        QVBoxLayout(who).addWidget(self.applicant)
        what = QGroupBox(self.tr("Appeal"))
        wf = QFormLayout(what)
        wf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors.add_row(wf, "addressee", self.tr("Addressed to (body or official)"), self.addressee)
        self.errors.add_row(wf, "substance", self.tr("Substance"), self.substance)
        self.errors.add_row(wf, "appeal_date", self.tr("Date written on the appeal"), self.appeal_date)
        wf.addRow(wrapped_check(self.signed))
        self.errors.add_row(wf, "attachments_count", self.tr("Attachments"), self.attachments)
        self.errors.add_row(wf, "attachment_pages", self.tr("Pages of attachments"), self.pages)
        wrap_captions(wf)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(who)
        ll.addWidget(what)
        ll.addWidget(self.complaint)
        ll.addWidget(self.petition)
        scroll = scrolled(left)   # the form scrolls down, never sideways; the buttons stay below it
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline_preview")
        self.deadline_label.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing_items")
        self.missing_label.setWordWrap(True)
        self.earlier = wrapping(QListWidget())   # the side column is narrow
        self.earlier.setObjectName("earlier_appeals")
        side = QVBoxLayout()
        for title, widget in ((self.tr("Deadline"), self.deadline_label),
                              (self.tr("Required details (art. 63 part 2; a complaint: art. 93 part 2)"), self.missing_label),
                              (self.tr("Earlier appeals of this applicant (art. 64 part 7)"), self.earlier)):
            side.addWidget(titled(title, widget)[0])   # a long title wraps
        self.general_error = error_label()
        side.addWidget(self.general_error)
        side.addStretch()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Register and print talon"))
        self.ok_button.setObjectName("register_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        side_box = QWidget()
        side_box.setLayout(side)
        side_scroll = scrolled(side_box)   # a long list of missing items scrolls
        side_scroll.setMaximumWidth(400)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_scroll)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)
        # Keyboard-first (issue 14): Ctrl+Enter registers from any field; the kind has the focus first.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.ok_button.click)
        for text in self.findChildren(QPlainTextEdit):   # they would take Ctrl+Enter as a line break
            text.installEventFilter(self)
        self.kind.setFocus()

    def _texts(self) -> list:
        """Everything typed or chosen in the form, the complaint and petition
        blocks included (each line, text, date, number and check box)."""
        return ([w.text() for w in self.findChildren(QLineEdit) if not isinstance(w.parent(), QSpinBox)]
                + [w.value() for w in self.findChildren(QSpinBox)]
                + [w.toPlainText() for w in self.findChildren(QPlainTextEdit)]
                + [w.isChecked() for w in self.findChildren(QCheckBox)])

    def _typed(self) -> bool:
        """Something the clerk typed would be lost."""
        return self._texts() != self._initial

    def _may_discard(self) -> bool:
        if self.registered is not None or not self._typed():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Close the form and discard what you typed? Nothing is registered."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        """Esc or Cancel: what was typed is never thrown away without asking."""
        if self._may_discard():
            self.reject()

    def closeEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        """The title bar's × or Alt+F4 asks as Esc does (a close by the
        program itself, not the user's, does not)."""
        if event.spontaneous() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def eventFilter(self, obj, event) -> bool:   # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.ok_button.click()   # Ctrl+Enter registers from a multi-line field too
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.cancel)
        for signal in (self.addressee.textChanged, self.substance.textChanged,
                       self.appeal_date.dateChanged, self.signed.toggled, self.applicant.changed):
            signal.connect(self._on_changed)
        for signal in (self.kind.currentIndexChanged, self.received.dateTimeChanged,
                       self.complaint.role.currentIndexChanged):
            signal.connect(self._on_deadline_inputs_changed)
        self.complaint.changed.connect(self._on_changed)
        self.petition.changed.connect(self._on_changed)   # its letter and count are in the list too
        self.attachments.valueChanged.connect(self._on_changed)
        self.form.currentIndexChanged.connect(self._on_form_changed)
        self._earlier_timer = QTimer(self, singleShot=True, interval=250)
        self._earlier_timer.timeout.connect(self._on_lookup_earlier)
        self.applicant.id_number_changed.connect(lambda _: self._earlier_timer.start())
        self._duplicate_timer = QTimer(self, singleShot=True, interval=self.DUPLICATE_DELAY)
        self._duplicate_timer.timeout.connect(self._on_check_duplicates)
        for signal in (self.applicant.changed, self.substance.textChanged):
            signal.connect(self._duplicate_timer.start)
        self.duplicates.open_requested.connect(self._on_open_earlier)

    def appeal_input(self) -> appeal.AppealInput:
        received = self.received.value()
        return appeal.AppealInput(
            kind=AppealKind(self.kind.currentData()), form=AppealForm(self.form.currentData()),
            received_at=received, language=Language(self.language.currentData()),
            eotinish_number=self.eotinish.text(), addressee=self.addressee.text(),
            substance=self.substance.toPlainText(), appeal_date=self.appeal_date.value(),
            signed=self.signed.isChecked(), attachments_count=self.attachments.value(),
            attachment_pages=self.pages.value(), from_petition=self.from_petition.isChecked() and AppealKind(self.kind.currentData()) in (
                AppealKind.MESSAGE, AppealKind.RESPONSE, AppealKind.PROPOSAL), **self.applicant.values())

    def complaint_input(self):
        """The complaint's own details, for a complaint only."""
        return self.complaint.values() if self.kind.currentData() == AppealKind.COMPLAINT else None

    def _on_changed(self) -> None:
        data = self.appeal_input()
        complaint = self.complaint_input()
        missing = missing_items(data) + (complaint_missing(data, complaint) if complaint else []) \
            + (petition_missing(data, self.petition.values()) if data.kind == AppealKind.PETITION else [])
        if missing:
            table = missing_table(str(data.kind))
            items = "".join(f"<li>{label(table, m)}</li>" for m in missing)
            self.missing_label.setText(
                self.tr("Not stated:") + f"<ul>{items}</ul>"
                + self.tr("The appeal is still accepted and registered (refusing to accept an appeal is prohibited, art. 64 part 1); "
                          "the applicant is told what to correct and by when (art. 64 part 6)."))
        else:
            self.missing_label.setText(self.tr("All required details are stated."))

    def _on_form_changed(self) -> None:
        oral = self.form.currentData() == AppealForm.ORAL
        self.oral_hint.setVisible(oral)
        self._on_changed()   # an oral appeal's date is the day it is taken (АППК 63.1, 63.2 4))

    def _on_deadline_inputs_changed(self) -> None:
        data = self.appeal_input()
        complaint = self.complaint_input()
        self.complaint.setVisible(complaint is not None)
        self.petition.setVisible(data.kind == AppealKind.PETITION)
        self.from_petition.setVisible(data.kind in (AppealKind.MESSAGE, AppealKind.RESPONSE, AppealKind.PROPOSAL))
        self.complaint.set_received(data.received_at.date())
        self._on_changed()
        try:
            d = appeal.preview(data.kind, data.received_at, complaint.role if complaint else None)
        except DomainError as exc:
            self.deadline_label.setText(message(exc))
            return
        self.deadline_label.setText(self.tr("Registration date: {reg}. Due date: {due} ({days} working days, {article}).").format(
            reg=d.registered_on.strftime("%d.%m.%Y"), due=d.due_on.strftime("%d.%m.%Y"),
            days=d.term_days, article=article_text(d.article)))
        self.deadline_label.setToolTip("\n".join(explanation(d.steps)))

    def _on_lookup_earlier(self) -> None:
        self.earlier.clear()
        number = self.applicant.id_number()
        if len(number) != 12:
            return
        legal = self.applicant.applicant_type() == "legal"
        try:
            rows = earlier_appeals(bin_=number) if legal else earlier_appeals(iin=number)
        except DomainError:
            return
        for r in rows:
            self.earlier.addItem(f"{r.reg_number} · {r.received_at:%d.%m.%Y} · "
                                 f"{label(STATUSES, r.status)} · {r.substance[:60]}")
        if not rows:
            self.earlier.addItem(self.tr("No earlier appeals."))

    def runner(self) -> TaskRunner:
        if self._runner is None:
            self._runner = TaskRunner(self)
        return self._runner

    def _on_check_duplicates(self) -> None:
        """Look for a likely duplicate of what is typed, off the UI thread;
        an answer overtaken by more typing is dropped."""
        if self.registered is not None:
            return
        self._generation += 1
        generation = self._generation
        self.runner().run(appeal.likely_duplicates, self.appeal_input(), self._now().date(),
                          on_done=lambda matches: self._on_duplicates(generation, matches),
                          on_error=lambda _exc: None)   # advice only: a failed check says nothing

    def _on_duplicates(self, generation: int, matches: list) -> None:
        if generation == self._generation and self.registered is None and self.isVisible():
            self.duplicates.show_matches(matches)

    def _on_open_earlier(self, appeal_id: int) -> None:
        try:
            card = AppealCardDialog(appeal_id, None, self)   # read only: no user, no actions
        except DomainError as exc:
            self.general_error.setText(message(exc))
            return
        card.talon_button.setVisible(False)   # its talon is printed from the journal, not from here
        card.exec()

    def done(self, result: int) -> None:
        """Closing: no check starts any more, and the dialog's own worker ends."""
        self._duplicate_timer.stop()
        self._generation += 1
        if self._own_runner and self._runner is not None:
            self._runner.shutdown()
        super().done(result)

    def _on_accept(self) -> None:
        if not dates_ok(self, self.errors, self.general_error):   # a date typed wrong is shown, never guessed
            return
        self.ok_button.setEnabled(False)   # no double registration from a double click
        self.general_error.clear()
        try:
            self.registered = appeal.register(self.appeal_input(), self.user,
                                                   self.submission_key, now=self._now(),
                                                   complaint=self.complaint_input(),
                                                   petition=self.petition.values()
                                                   if self.kind.currentData() == AppealKind.PETITION else None,
                                                   repeat_of=self.duplicates.link())
        except DomainError as exc:
            self.errors.report(exc, self.general_error)
            return
        finally:
            self.ok_button.setEnabled(self.registered is None)
        self.errors.clear()
        self.accept()
