"""The appeal card: every field, the deadline explained day by day, history."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import appeals
from ui.explain import article_text, explanation
from ui.labels import ACTIONS, APPLICANT_TYPES, FORMS, KINDS, LANGUAGES, MISSING, STATUSES, label

FIELD_NAMES = {
    "reg_number": QT_TRANSLATE_NOOP("Card", "Registration number"),
    "kind": QT_TRANSLATE_NOOP("Card", "Kind"), "form": QT_TRANSLATE_NOOP("Card", "Form"),
    "status": QT_TRANSLATE_NOOP("Card", "Status"),
    "received_at": QT_TRANSLATE_NOOP("Card", "Received"),
    "registered_on": QT_TRANSLATE_NOOP("Card", "Registration date (art. 64 part 3)"),
    "term_days": QT_TRANSLATE_NOOP("Card", "Term, working days"),
    "term_article": QT_TRANSLATE_NOOP("Card", "Term set by"),
    "statutory_due_on": QT_TRANSLATE_NOOP("Card", "Statutory due date"),
    "due_on": QT_TRANSLATE_NOOP("Card", "Due date"),
    "applicant_type": QT_TRANSLATE_NOOP("Card", "Applicant"),
    "surname": QT_TRANSLATE_NOOP("Card", "Surname"), "first_name": QT_TRANSLATE_NOOP("Card", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("Card", "Patronymic"), "iin": QT_TRANSLATE_NOOP("Card", "IIN"),
    "org_name": QT_TRANSLATE_NOOP("Card", "Organisation"), "bin": QT_TRANSLATE_NOOP("Card", "BIN"),
    "outgoing_number": QT_TRANSLATE_NOOP("Card", "Outgoing number"),
    "outgoing_date": QT_TRANSLATE_NOOP("Card", "Outgoing date"),
    "postal_address": QT_TRANSLATE_NOOP("Card", "Postal address"),
    "phone": QT_TRANSLATE_NOOP("Card", "Phone"), "email": QT_TRANSLATE_NOOP("Card", "E-mail"),
    "collective": QT_TRANSLATE_NOOP("Card", "Collective appeal"),
    "signatories": QT_TRANSLATE_NOOP("Card", "Signatories"),
    "addressee": QT_TRANSLATE_NOOP("Card", "Addressed to"),
    "substance": QT_TRANSLATE_NOOP("Card", "Substance"),
    "appeal_date": QT_TRANSLATE_NOOP("Card", "Date of the appeal"),
    "language": QT_TRANSLATE_NOOP("Card", "Language"),
    "signed": QT_TRANSLATE_NOOP("Card", "Signed"),
    "attachments_count": QT_TRANSLATE_NOOP("Card", "Attachments"),
    "attachment_pages": QT_TRANSLATE_NOOP("Card", "Pages of attachments"),
    "eotinish_number": QT_TRANSLATE_NOOP("Card", "e-Otinish number"),
}
CODED = {"kind": KINDS, "form": FORMS, "status": STATUSES, "applicant_type": APPLICANT_TYPES,
         "language": LANGUAGES}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Card", text)


def display_value(field: str, value) -> str:
    if field in CODED:
        return label(CODED[field], value)
    if field == "term_article":
        return article_text(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Card", "yes") if value else QCoreApplication.translate("Card", "no")
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)


REGISTERED_SUMMARY = ("reg_number", "kind", "form", "status", "registered_on", "due_on", "missing")
EXTRA_FIELDS = {
    "executor_id": QT_TRANSLATE_NOOP("Card", "Executor"),
    "missing": QT_TRANSLATE_NOOP("Card", "Not stated"),
    "override_id": QT_TRANSLATE_NOOP("Card", "Calendar override no."),
    "day": QT_TRANSLATE_NOOP("Card", "Day"),
}


def _history_value(field: str, value) -> str:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?", value):
        value = dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
    if field == "missing" and isinstance(value, list):
        return "; ".join(label(MISSING, m) for m in value) or "—"
    text = display_value(field, value)
    return text if text != "" else "—"


def history_text(action: str, changes: dict) -> str:
    """One history entry as "Field: old → new" lines in the user's language."""
    fields = [f for f in REGISTERED_SUMMARY if f in changes] if action == "registered" else list(changes)
    lines = []
    for field in fields:
        name = _tr(FIELD_NAMES.get(field) or EXTRA_FIELDS.get(field) or field)
        value = changes[field]
        if isinstance(value, list) and len(value) == 2 and field != "missing":
            lines.append(f"{name}: {_history_value(field, value[0])} → {_history_value(field, value[1])}")
        else:
            lines.append(f"{name}: {_history_value(field, value)}")
    return "\n".join(lines)


class AppealCardDialog(QDialog):
    """Signals come from buttons: ``talon_button`` opens the talon preview."""

    def __init__(self, appeal_id: int, parent=None):
        super().__init__(parent)
        self.card = appeals.card(appeal_id)
        self.setWindowTitle(self.tr("Appeal {number}").format(number=self.card.values["reg_number"]))
        tabs = QTabWidget()
        tabs.addTab(self._fields_tab(), self.tr("Card"))
        tabs.addTab(self._deadline_tab(), self.tr("Deadline"))
        tabs.addTab(self._history_tab(), self.tr("History"))
        self.talon_button = QPushButton(self.tr("Talon…"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.talon_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addLayout(bar)
        self.resize(760, 700)

    def _fields_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for field, value in self.card.values.items():
            text = QLabel(display_value(field, value))
            text.setObjectName(f"card_{field}")
            text.setWordWrap(True)
            form.addRow(_tr(FIELD_NAMES[field]), text)
        form.addRow(self.tr("Registered by"), QLabel(
            f"{self.card.registered_by}, {self.card.registered_by_position}"))
        form.addRow(self.tr("Executor"), QLabel(self.card.executor or "—"))
        if self.card.missing:
            missing = QLabel(self.tr("Incomplete (art. 64 part 6). Not stated: {items}").format(
                items="; ".join(label(MISSING, m) for m in self.card.missing)))
            missing.setWordWrap(True)
            missing.setStyleSheet("color: #b00020;")
            form.addRow(missing)
        return page

    def _deadline_tab(self) -> QWidget:
        d = self.card.deadline
        summary = QLabel(self.tr("Registered on {reg}; the term of {days} working days ({article}) "
                                 "ends on {due}.").format(
            reg=d.registered_on.strftime("%d.%m.%Y"), days=d.term_days,
            article=article_text(d.article), due=d.due_on.strftime("%d.%m.%Y")))
        summary.setObjectName("deadline_summary")
        summary.setWordWrap(True)
        self.explanation = QListWidget()
        self.explanation.setObjectName("explanation")
        self.explanation.addItems(explanation(d.steps))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(summary)
        layout.addWidget(self.explanation)
        return page

    def _history_tab(self) -> QWidget:
        table = QTableWidget(len(self.card.history), 4)
        table.setObjectName("history")
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"),
                                         self.tr("Changes")])
        for r, h in enumerate(self.card.history):
            changes = history_text(h.action, h.changes)
            for c, text in enumerate((h.at.strftime("%d.%m.%Y %H:%M"), h.user_name, label(ACTIONS, h.action), changes)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()
        return table
