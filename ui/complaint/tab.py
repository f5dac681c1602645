"""The card's complaint tab: our side, what is challenged, the filing term
explained (АППК 92), the suspension of the act (96), the step taken or the
decision's parts (91.4, 100), and a court case (100.6)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from ui.case.card_text import display_value, history_value
from ui.common.explain import explanation
from ui.common.fit import wrap_captions, wrapping
from ui.complaint.text import FIELDS

# In the order a clerk reads them; empty ones are left out.
ORDER = ("role", "subject", "challenged_body", "challenged_act", "challenged_act_on", "learned_on",
         "filed_on", "route_missing", "filing_due_on", "late", "restored", "restore_reason", "suspension",
         "suspension_ground", "suspension_reason", "suspension_ended_on", "execution", "actual_address",
         "attachments_list", "rights_explained_on", "official_heard_on", "sent_to", "sent_on", "remedy",
         "review_result",
         "grounds", "reasoning", "legal_norms", "violations", "proposals", "new_act",
         "court_name", "court_case", "court_outcome")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Card", text)


class ComplaintTab(QWidget):
    def __init__(self, info, parent=None):
        super().__init__(parent)
        page = QWidget()
        form = QFormLayout(page)
        values = info.values
        if info.case_number:
            form.addRow(_tr(FIELDS["challenged_case"]), self._label("case", info.case_number))
        if info.challenged_user:
            form.addRow(QCoreApplication.translate("ComplaintTab", "Official challenged (art. 97 part 2)"),
                        self._label("challenged_user", info.challenged_user))
        for name in ORDER:
            value = values.get(name)
            if value in ("", None) or (name in ("late", "route_missing") and value is False):
                continue
            if name == "grounds":
                text = history_value("grounds", value)
            else:
                text = display_value(name, value)
            form.addRow(_tr(FIELDS["filed_late" if name == "late" else name]), self._label(name, text))
        if values.get("late") and not values.get("restored"):
            note = QLabel(QCoreApplication.translate(
                "ComplaintTab", "Filed after the term. It was accepted and registered all the same; the reason is "
                "examined in consideration and may be a ground to leave it unsatisfied (art. 92 part 3). The "
                "complaint body may restore the term on the participant's motion (art. 92 part 2)."))
            note.setObjectName("late_note")
            note.setWordWrap(True)
            note.setStyleSheet("color: #b00020;")
            form.addRow(note)
        wrap_captions(form, 300)   # a long caption wraps; the values keep the width
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        self.term = wrapping(QListWidget())
        self.term.setObjectName("filing_explanation")
        if info.term is not None:
            self.term.addItems(explanation(info.term.steps))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 2)
        layout.addWidget(QLabel(QCoreApplication.translate("ComplaintTab", "Term to file the complaint, day by day (art. 92):")))
        layout.addWidget(self.term, 1)

    @staticmethod
    def _label(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"complaint_{name}")
        label.setWordWrap(True)
        return label
