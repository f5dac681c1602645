"""The complaint's part of the registration form (АППК 91–96): our side of
it, what it challenges, when the participant learned of it (the filing
term, 92), the suspension of the act (96) and the 93.2 items an appeal does
not have.  Nothing here refuses a complaint (92.3, 94.1 → 64.1)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app import complaint, office
from app.errors import DomainError
from app.office import get_settings, load_calendar
from app.rules import (
    CASE_ROLES,
    COMPLAINT_MAX_LENGTHS,
    NO_SUSPENSION_GROUNDS,
    ComplaintInput,
    ComplaintRole,
    ComplaintSubject,
    filing_term,
)
from ui.common.dates import OptionalDateEdit
from ui.common.explain import article_text, explanation
from ui.common.fit import compact, wrap_captions, wrapped_check
from ui.common.form_errors import FieldErrors
from ui.common.labels import label
from ui.common.positions import staff_line
from ui.complaint import labels as L


def _combo(name: str, table: dict, values, empty: bool = False) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    if empty:
        box.addItem("—", "")
    for value in values:
        box.addItem(label(table, value), str(value))
    return box


class ComplaintForm(QGroupBox):
    changed = Signal()

    def __init__(self, errors: FieldErrors, parent=None):
        super().__init__(parent)
        self.errors = errors
        try:
            self._cal = load_calendar()   # once per form; the term preview needs no query per key
        except DomainError:
            self._cal = None
        self.setTitle(self.tr("Complaint (art. 91–96)"))
        self.setObjectName("complaint_form")
        self.role = _combo("complaint_role", L.ROLES, (ComplaintRole.REVIEWING, ComplaintRole.CHALLENGED))
        self.subject = _combo("complaint_subject", L.SUBJECTS, ComplaintSubject)
        self.case_number = self._line("case_number")
        self.lookup = QPushButton(self.tr("Fill from our case"))
        self.lookup.setObjectName("case_lookup")
        self.challenged_body = self._line("challenged_body")
        self.challenged_user = QComboBox()
        self.challenged_user.setObjectName("challenged_user_id")
        self.challenged_user.addItem("—", None)
        for u in office.list_users():
            if u.role in CASE_ROLES:
                self.challenged_user.addItem(staff_line(u), u.id)
        self.challenged_act = QPlainTextEdit()
        self.challenged_act.setObjectName("challenged_act")
        self.challenged_act.setFixedHeight(50)
        self.challenged_act_on = OptionalDateEdit()
        self.challenged_act_on.setObjectName("challenged_act_on")
        self.learned_on = OptionalDateEdit()
        self.learned_on.setObjectName("learned_on")
        self.filed_on = OptionalDateEdit()   # the complaint body gets it from the challenged body
        self.filed_on.setObjectName("filed_on")
        self.route_missing = QCheckBox(self.tr("The act did not state the appeal route of art. 80 part 5 (six months, art. 92 part 1-1)"))
        self.route_missing.setObjectName("route_missing")
        self.no_suspension = _combo("no_suspension_ground", L.NO_SUSPENSION, NO_SUSPENSION_GROUNDS, empty=True)
        self.no_suspension_reason = self._line("no_suspension_reason")
        self.actual_address = self._line("actual_address")
        self.attachments_list = QPlainTextEdit()
        self.attachments_list.setObjectName("attachments_list")
        self.attachments_list.setFixedHeight(50)
        self.rights = QCheckBox(self.tr("The complainant's rights and duties were explained (art. 94 part 2)"))
        self.rights.setObjectName("rights_explained")
        self.term = QLabel()
        self.term.setObjectName("filing_term")
        self.term.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        errors.add_row(form, "complaint_role", self.tr("Our side"), self.role)
        errors.add_row(form, "complaint_subject", self.tr("What is challenged (art. 91 part 1)"), self.subject)
        case_row = QWidget()
        row = QHBoxLayout(case_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.case_number, 1)
        row.addWidget(self.lookup)
        errors.add_row(form, "case_number", self.tr("Our case challenged (registration number)"), case_row)
        errors.add_row(form, "challenged_body", self.tr("Body or official challenged (art. 93 part 2 4))"),
                       self.challenged_body)
        errors.add_row(form, "challenged_user_id", self.tr("Official who took it, if ours (art. 97 part 2)"),
                       self.challenged_user)
        errors.add_row(form, "challenged_act", self.tr("The act or action: number, date, content"), self.challenged_act)
        errors.add_row(form, "challenged_act_on", self.tr("Date of the act or action"), self.challenged_act_on)
        errors.add_row(form, "learned_on", self.tr("The complainant learned of it on (art. 92 part 1)"), self.learned_on)
        self.filed_label = errors.add_row(form, "filed_on", self.tr("Filed with the challenged body on (art. 91 part 4)"),
                                          self.filed_on)
        form.addRow(wrapped_check(self.route_missing))
        errors.add_row(form, "no_suspension_ground", self.tr("The act says a complaint does not suspend it (art. 96 part 2)"),
                       self.no_suspension)
        errors.add_row(form, "no_suspension_reason", self.tr("Its grounds, as the act states them"),
                       self.no_suspension_reason)
        errors.add_row(form, "actual_address", self.tr("Actual address or location (art. 93 part 2 3))"),
                       self.actual_address)
        errors.add_row(form, "attachments_list", self.tr("List of attached documents (art. 93 part 2 8))"),
                       self.attachments_list)
        form.addRow(wrapped_check(self.rights))
        form.addRow(self.term)
        wrap_captions(form)   # Kazakh captions are long: they wrap, the fields keep a usable width
        for box in (self.role, self.subject, self.challenged_user, self.no_suspension):
            compact(box)
        self.lookup.clicked.connect(self.fill_from_case)
        for signal in (self.role.currentIndexChanged, self.subject.currentIndexChanged,
                       self.learned_on.dateChanged, self.filed_on.dateChanged, self.route_missing.toggled):
            signal.connect(self._on_changed)
        for signal in (self.role.currentIndexChanged, self.subject.currentIndexChanged,
                       self.challenged_body.textChanged, self.actual_address.textChanged,
                       self.attachments_list.textChanged):
            signal.connect(self.changed)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(COMPLAINT_MAX_LENGTHS.get(name, 255))
        return edit

    def values(self) -> ComplaintInput:
        return ComplaintInput(
            role=ComplaintRole(self.role.currentData()), subject=ComplaintSubject(self.subject.currentData()),
            case_number=self.case_number.text(), challenged_body=self.challenged_body.text(),
            challenged_user_id=self.challenged_user.currentData(),
            challenged_act=self.challenged_act.toPlainText(), challenged_act_on=self.challenged_act_on.value(),
            actual_address=self.actual_address.text(), attachments_list=self.attachments_list.toPlainText(),
            learned_on=self.learned_on.value(), route_missing=self.route_missing.isChecked(),
            filed_on=self.filed_on.value() if self._reviewing() else None,
            no_suspension_ground=self.no_suspension.currentData(),
            no_suspension_reason=self.no_suspension_reason.text(), rights_explained=self.rights.isChecked())

    def fill_from_case(self) -> None:
        """What our own case knows: the act, its date and signer, its delivery
        (the default day the participant learned of it, АППК 81, 92.1).
        Only empty fields are filled: what the clerk typed stays."""
        self.errors.clear_field("case_number")
        try:
            facts = complaint.case_facts(self.case_number.text())
            settings = get_settings()
        except DomainError as exc:
            self.errors.show(DomainError(exc.code, "case_number", **exc.params))
            return
        if facts is None:
            self.errors.show(DomainError("case_not_found", "case_number"))
            return
        if not self.challenged_body.text().strip():
            self.challenged_body.setText(settings.name_kk)
        if not self.challenged_act.toPlainText().strip():
            self.challenged_act.setPlainText(", ".join(p for p in (
                facts.act_number or facts.reg_number,
                facts.decided_on.strftime("%d.%m.%Y") if facts.decided_on else "") if p))
        if self.challenged_act_on.value() is None:
            self.challenged_act_on.set_value(facts.decided_on)
        if facts.delivered_on is not None and self.learned_on.value() is None:
            self.learned_on.set_value(facts.delivered_on)
        if facts.decided_by is not None and self.challenged_user.currentData() is None:
            self.challenged_user.setCurrentIndex(max(0, self.challenged_user.findData(facts.decided_by)))
        # Our acts are not issued without the route; their 96.2 clause is theirs.
        self.route_missing.setChecked(False)
        self.route_missing.setEnabled(not facts.route_stated)
        if facts.no_suspension_reason and not self.no_suspension_reason.text().strip():
            self.no_suspension_reason.setText(facts.no_suspension_reason)
        self.changed.emit()
        self._on_changed()

    def set_received(self, received: dt.date) -> None:
        self._received = received
        self._on_changed()

    def _reviewing(self) -> bool:
        return self.role.currentData() == ComplaintRole.REVIEWING

    def _on_changed(self) -> None:
        learned = self.learned_on.value()
        act = self.subject.currentData() == ComplaintSubject.ACT
        self.route_missing.setVisible(act)
        self.filed_on.setVisible(self._reviewing())
        self.filed_label.setVisible(self._reviewing())
        inaction = self.subject.currentData() == ComplaintSubject.INACTION   # nothing to suspend
        for widget in (self.no_suspension, self.no_suspension_reason):
            widget.setEnabled(not inaction)
        if learned is None:
            self.term.setText(self.tr("Enter the day the complainant learned of the act or action to see the filing term (art. 92)."))
            return
        if self._cal is None:
            self.term.setText("")
            return
        term = filing_term(learned, act and self.route_missing.isChecked(), self._cal)
        received = (self.filed_on.value() if self._reviewing() else None) or getattr(self, "_received", None)
        text = self.tr("Last day to file: {due} ({months} months, {article}).").format(
            due=term.due_on.strftime("%d.%m.%Y"), months=term.months, article=article_text(term.article))
        if received is not None and received > term.due_on:
            text += " " + self.tr("Filed late: the complaint is still accepted and registered; the reason is examined in consideration, and the complaint body may restore the term on a motion (art. 92 parts 2–3).")
        elif received is not None:
            text += " " + self.tr("Filed in time.")
        self.term.setText(text)
        self.term.setToolTip("\n".join(explanation(term.steps)))
