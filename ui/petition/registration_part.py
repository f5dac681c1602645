"""The petition's part of the registration form (АППК 90-2.2, 90-4): the
representative, the arguments and proposals, how many joined and when, the
petition authority's letter.  A petition is never refused (90-4.2)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QSpinBox

from app.petition import PetitionInput
from ui.common.dates import OptionalDateEdit
from ui.common.fit import wrap_captions
from ui.common.form_errors import FieldErrors


class PetitionForm(QGroupBox):
    """``changed``: a detail the live "not stated" list depends on was edited
    (the authority's letter, 90-4.1; the number who joined, 90-3.4)."""
    changed = Signal()

    def __init__(self, errors: FieldErrors, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Petition (art. 90-1 – 90-6)"))
        self.setObjectName("petition_form")
        self.representative, self.authority_ref = QLineEdit(), QLineEdit()
        self.arguments, self.proposals = QPlainTextEdit(), QPlainTextEdit()
        for w in (self.arguments, self.proposals):
            w.setFixedHeight(60)
        self.joined = QSpinBox()
        self.joined.setRange(0, 10_000_000)
        self.joined_from, self.joined_to = OptionalDateEdit(), OptionalDateEdit()
        form = QFormLayout(self)
        for name, caption, widget in (
                ("authority_ref", self.tr("Letter of the petition authority (art. 90-4 part 1)"), self.authority_ref),
                ("representative", self.tr("Representative (if any)"), self.representative),
                ("arguments", self.tr("Arguments (art. 90-2 part 2 4))"), self.arguments),
                ("proposals", self.tr("Proposals (art. 90-2 part 2 4))"), self.proposals),
                ("joined_count", self.tr("Citizens who joined (art. 90-3)"), self.joined),
                ("joined_from", self.tr("Joined from"), self.joined_from),
                ("joined_to", self.tr("Joined to"), self.joined_to)):
            widget.setObjectName(name)
            errors.add_row(form, name, caption, widget)
        wrap_captions(form)
        self.authority_ref.textChanged.connect(self.changed)
        self.joined.valueChanged.connect(self.changed)

    def values(self) -> PetitionInput:
        return PetitionInput(representative=self.representative.text(), arguments=self.arguments.toPlainText(),
                             proposals=self.proposals.toPlainText(), joined_count=self.joined.value(),
                             joined_from=self.joined_from.value(), joined_to=self.joined_to.value(),
                             authority_ref=self.authority_ref.text())
