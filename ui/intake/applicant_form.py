"""The applicant part of the registration form: an individual or a legal
entity (АППК 63.2 1)), contacts and a collective appeal's signatories."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rules import MAX_LENGTHS, ApplicantType
from ui.common.dates import OptionalDateEdit
from ui.common.fit import compact, wrap_captions
from ui.common.form_errors import FieldErrors
from ui.common.labels import ORG_FORMS, label


class _Pages(QWidget):
    """A person's page or an organisation's, one shown at a time and the
    other taking no room (a QStackedWidget is as tall as its tallest page,
    leaving a gap under a person's four rows)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:   # noqa: N802 (QStackedWidget's name)
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current < 0:
            self._current = 0
        page.setVisible(len(self._pages) - 1 == self._current)

    def setCurrentIndex(self, index: int) -> None:   # noqa: N802
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)

    def currentIndex(self) -> int:   # noqa: N802
        return self._current

    def currentWidget(self) -> QWidget | None:   # noqa: N802
        return self._pages[self._current] if self._pages else None


class ApplicantForm(QWidget):
    """Signals:
        changed: any applicant field changed.
        id_number_changed: (str) the IIN or BIN field changed.
    """
    changed = Signal()
    id_number_changed = Signal(str)

    def __init__(self, errors: FieldErrors, parent=None, reception: bool = False):
        """``reception``: only who the person is and how to reach them (a
        booking or a reception keeps no e-mail, outgoing number or signatories)."""
        super().__init__(parent)
        captions = {}
        self.individual = QRadioButton(self.tr("Individual"))
        self.individual.setObjectName("applicant_individual")
        self.legal = QRadioButton(self.tr("Legal entity"))
        self.legal.setObjectName("applicant_legal")
        self.individual.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.individual)
        group.addButton(self.legal)
        switch = QHBoxLayout()
        switch.addWidget(self.individual)
        switch.addWidget(self.legal)
        switch.addStretch()
        self.stack = _Pages()
        self.edits: dict[str, QLineEdit] = {}
        person = QWidget()
        pf = QFormLayout(person)
        for field, caption in (("surname", self.tr("Surname")), ("first_name", self.tr("Name")),
                               ("patronymic", self.tr("Patronymic (if in the identity document)")),
                               ("iin", self.tr("IIN (if available)"))):
            self.edits[field] = self._edit(field)
            errors.add_row(pf, field, caption, self.edits[field])
        org = QWidget()
        of = QFormLayout(org)
        self.edits["org_name"] = self._edit("org_name")
        captions["org_name"] = errors.add_row(of, "org_name", self.tr("Name of the organisation"),
                                              self.edits["org_name"])
        # АППК 80.1 3), 101.1 3): the legal form, printed with the name in an
        # act; optional here (not an item of 63.2), flagged on the card if left out.
        self.org_form = QComboBox()
        self.org_form.setObjectName("org_form")
        self.org_form.addItem(self.tr("— not stated —"), "")
        for code in ORG_FORMS:
            self.org_form.addItem(label(ORG_FORMS, code), code)
        self.org_form.currentIndexChanged.connect(self._on_org_form)
        captions["org_form"] = errors.add_row(of, "org_form", self.tr("Legal form (art. 80 part 1 3))"),
                                              self.org_form)
        self.edits["org_form_other"] = self._edit("org_form_other")
        self.edits["org_form_other"].setEnabled(False)
        captions["org_form_other"] = errors.add_row(of, "org_form_other", self.tr("Legal form, if other"),
                                                    self.edits["org_form_other"])
        for field, caption in (("bin", self.tr("BIN (if available)")),
                               ("outgoing_number", self.tr("Outgoing number"))):
            self.edits[field] = self._edit(field)
            captions[field] = errors.add_row(of, field, caption, self.edits[field])
        self.outgoing_date = OptionalDateEdit()
        captions["outgoing_date"] = errors.add_row(of, "outgoing_date", self.tr("Outgoing date"), self.outgoing_date)
        self.stack.addWidget(person)
        self.stack.addWidget(org)
        common = QFormLayout()
        for field, caption in (("postal_address", self.tr("Postal address")),
                               ("phone", self.tr("Phone")), ("email", self.tr("E-mail"))):
            self.edits[field] = self._edit(field)
            captions[field] = errors.add_row(common, field, caption, self.edits[field])
        self.collective = QCheckBox(self.tr("Collective appeal"))
        self.collective.setObjectName("collective")
        self.signatories = QSpinBox()
        self.signatories.setObjectName("signatories")
        self.signatories.setRange(0, 100000)
        self.signatories.setEnabled(False)
        self.collective.toggled.connect(self.signatories.setEnabled)
        common.addRow(self.collective)
        captions["signatories"] = errors.add_row(common, "signatories", self.tr("Number of signatories"),
                                                 self.signatories)
        self.reception = reception
        if reception:
            for name in ("outgoing_number", "outgoing_date", "email", "signatories", "org_form", "org_form_other"):
                captions[name].hide()
                widgets = {"outgoing_date": self.outgoing_date, "signatories": self.signatories,
                           "org_form": self.org_form}
                (widgets[name] if name in widgets else self.edits[name]).hide()
            self.collective.hide()
        for form in (pf, of, common):   # long captions wrap; the fields take the rest
            wrap_captions(form)
        compact(self.org_form)
        layout = QFormLayout(self)
        layout.addRow(switch)
        layout.addRow(self.stack)
        layout.addRow(common)
        self.legal.toggled.connect(self._on_type_toggled)
        self.edits["iin"].textChanged.connect(self.id_number_changed)
        self.edits["bin"].textChanged.connect(self.id_number_changed)
        self.edits["iin"].setInputMask("")
        self.edits["iin"].setMaxLength(12)
        self.edits["bin"].setMaxLength(12)
        self.collective.toggled.connect(self.changed)

    def _edit(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.setMaxLength(MAX_LENGTHS.get(field, 255))
        edit.textChanged.connect(self.changed)
        return edit

    def _on_type_toggled(self) -> None:
        self.stack.setCurrentIndex(1 if self.legal.isChecked() else 0)
        self.changed.emit()
        self.id_number_changed.emit(self.id_number())

    def _on_org_form(self) -> None:
        other = self.org_form.currentData() == "other"
        self.edits["org_form_other"].setEnabled(other)
        if not other:
            self.edits["org_form_other"].clear()
        self.changed.emit()

    def applicant_type(self) -> ApplicantType:
        return ApplicantType.LEGAL if self.legal.isChecked() else ApplicantType.INDIVIDUAL

    def id_number(self) -> str:
        field = "bin" if self.legal.isChecked() else "iin"
        return self.edits[field].text().replace(" ", "")

    def values(self) -> dict:
        out = {k: e.text() for k, e in self.edits.items()}
        if self.reception:   # a booking keeps no legal form
            out.pop("org_form_other")
        else:
            out["org_form"] = self.org_form.currentData()
        out.update(applicant_type=self.applicant_type(), outgoing_date=self.outgoing_date.value(),
                   collective=self.collective.isChecked(), signatories=self.signatories.value())
        return out
