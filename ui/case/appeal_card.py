"""The appeal card: every field, the ladder of deadlines, the actions of the
case, the term explained day by day, and the history."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import appeal, complaint, engine, petition
from app.errors import DomainError
from app.office import get_settings
from app.queries.complaints import info as complaint_info
from ui.case.action_dialog import ActionDialog
from ui.case.card_text import FIELD_NAMES, WORKFLOW_FIELDS, display_value, field_caption, history_text
from ui.case.documents_tab import DocumentsTab
from ui.case.ladder_view import LadderView
from ui.case.workflow_labels import CASE_ACTIONS
from ui.common.explain import article_text, explanation
from ui.common.fit import fit_size, wrap_captions, wrapping
from ui.common.labels import ACTIONS, label, missing_table
from ui.common.messages import message, show_error
from ui.common.positions import position
from ui.complaint.tab import ComplaintTab
from ui.i18n import current_language
from ui.petition.tab import PetitionTab

__all__ = ["AppealCardDialog", "display_value", "history_text"]


class AppealCardDialog(QDialog):
    """Signals:
        changed: an action was taken (the journal and the lists refresh).
    ``talon_button`` opens the talon preview.
    """
    changed = Signal()

    def __init__(self, appeal_id: int, user=None, parent=None, today: dt.date | None = None,
                 runner=None):
        super().__init__(parent)
        self.runner = runner   # slow work (documents, PDF) off the UI thread
        self.appeal_id, self.user, self.today = appeal_id, user, today
        self.tabs = QTabWidget()
        self.talon_button = QPushButton(self.tr("Talon…"))
        self.actions_button = QPushButton(self.tr("Actions"))
        self.actions_button.setObjectName("actions_button")
        self.actions_menu = QMenu(self)
        self.actions_button.setMenu(self.actions_menu)
        self.actions_button.setVisible(user is not None)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.actions_button)
        bar.addStretch()
        bar.addWidget(self.talon_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bar)
        self.reload()
        fit_size(self, 900, 660)

    def reload(self) -> None:
        """Read the case again (after an action) and rebuild the tabs."""
        self.seen = engine.version(self.appeal_id)   # read first: the card shows this version or later
        self.card = appeal.card(self.appeal_id)
        self.ladder = appeal.ladder(self.appeal_id, self.today)
        self.setWindowTitle(self.tr("Appeal {number}").format(number=self.card.values["reg_number"]))
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(self._fields_tab(), self.tr("Card"))
        self.complaint = complaint_info(self.appeal_id)
        if self.complaint is not None:
            self.tabs.addTab(ComplaintTab(self.complaint), self.tr("Complaint"))
        petition_record = petition.of(self.appeal_id)
        if petition_record is not None:
            self.tabs.addTab(PetitionTab(petition_record), self.tr("Petition"))
        self.ladder_view = LadderView(self.ladder)
        self.tabs.addTab(self.ladder_view, self.tr("Deadlines"))
        self.tabs.addTab(self._deadline_tab(), self.tr("Term explained"))
        self.documents_tab = DocumentsTab(self.appeal_id, self.user,
                                          str(self.card.values["language"]), self.today,
                                          runner=self.runner)
        self.documents_tab.issued.connect(self._on_document)
        self.tabs.addTab(self.documents_tab, self.tr("Documents"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.setCurrentIndex(max(0, current))
        self.actions_menu.clear()
        for action in engine.offered(self.appeal_id):
            item = self.actions_menu.addAction(label(CASE_ACTIONS, action))
            item.setObjectName(f"do_{action}")
            item.triggered.connect(lambda _=False, a=action: self.run_action(a))

    def run_action(self, action: str) -> bool:
        """Open the action's form; a refusal for the state or the role is
        explained before anything is typed.  True when the action was taken."""
        try:
            engine.may(self.appeal_id, action, self.user)
            fixed, intro = {}, ""
            if action == "reverse":
                latest = engine.latest_reversible(self.appeal_id)
                fixed = {"action_id": latest[0] if latest else None}
                intro = label(CASE_ACTIONS, latest[1]) if latest else ""
            dialog = ActionDialog(self.appeal_id, action, self.user, self.card.values["kind"],
                                  self.today, fixed, self, intro=intro, defaults=self._defaults(action),
                                  seen=self.seen)
        except DomainError as exc:
            show_error(self, exc)
            return False
        if not dialog.exec() or dialog.taken is None:
            return False
        for code in dialog.taken.warnings:
            QMessageBox.information(self, "Zholdanym", message(code))
        self.changed.emit()   # the action is saved: the journal and the lists follow
        try:
            self.reload()
        except DomainError as exc:
            show_error(self, exc)
        return True

    def _defaults(self, action: str) -> dict:
        """What the case already says for a form: the complaint body is the
        one the complaint names (АППК 93.2 1))."""
        if action == "complaint_send":
            # АППК 80.5, 91.4: the complaint body our challenged act printed (by its signer and
            # category); else the office's superior body; else the one the complaint names.
            office = get_settings()
            body = office.appeal_body_ru if current_language() == "ru" else office.appeal_body_kk
            return {"body": complaint.send_to(self.appeal_id) or body or self.card.values["addressee"]}
        if action in ("attach", "return"):
            # АППК 64.8, 64.7 2): the earlier appeal the counter marked it a repeat of (issue 16 item 5).
            earlier = next((h.changes.get("repeat_of") for h in self.card.history
                            if h.action == "registered" and h.changes.get("repeat_of")), None)
            return {"earlier_number": earlier} if earlier else {}
        return {}

    def _on_document(self) -> None:
        current = self.tabs.currentIndex()
        try:
            self.reload()
        except DomainError as exc:
            show_error(self, exc)
        self.tabs.setCurrentIndex(current)

    def _fields_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        # АППК 100.4: what the binding decision obliges comes first.
        if self.card.reopened:
            number, task, day, days = self.card.reopened
            what = (self.tr("consider the case again as the binding decision requires (art. 100 part 1 1), 5))")
                    if task == "reconsider" else
                    self.tr("carry out the new act or the action the decision obliges (art. 100 part 4)"))
            reopened = QLabel(self.tr("Reopened on {day} by the decision on complaint {number}: {what}; "
                                      "{days} working days, due {due} (art. 100 part 4).").format(
                day=day.strftime("%d.%m.%Y"), number=number, what=what, days=days,
                due=self.card.values["due_on"].strftime("%d.%m.%Y")))
            reopened.setObjectName("card_reopened")
            reopened.setWordWrap(True)
            reopened.setStyleSheet("color: #8a4b00; font-weight: bold;")
            form.addRow(reopened)
        for field, value in self.card.values.items():
            if field in WORKFLOW_FIELDS and value in ("", None, False):
                continue
            text = QLabel(display_value(field, value))
            text.setObjectName(f"card_{field}")
            text.setWordWrap(True)
            form.addRow(field_caption(FIELD_NAMES[field]), text)
        form.addRow(self.tr("Registered by"), QLabel(
            f"{self.card.registered_by}, {position(self.card.registered_by_position)}"))
        executor = QLabel(self.card.executor or "—")
        executor.setObjectName("card_executor")
        form.addRow(self.tr("Executor"), executor)
        if self.card.co_executors:
            form.addRow(self.tr("Co-executors"), QLabel(", ".join(self.card.co_executors)))
        for whole, body, requests, day in self.card.forwardings:
            what = self.tr("the whole appeal") if whole else requests
            form.addRow(self.tr("Forwarded (art. 65)"), QLabel(
                f"{day.strftime('%d.%m.%Y')}: {body} — {what}"))
        if self.card.attached_to:
            form.addRow(self.tr("Filed into the case"), QLabel(self.card.attached_to))
        if self.card.values["applicant_type"] == "legal" and not self.card.values.get("org_form"):
            # АППК 80.1 3), 101.1 3): flagged, never a refusal (64.1).
            no_form = QLabel(self.tr("The legal form of the organisation is not stated: an act or a complaint "
                                     "decision gives it with the name (art. 80 part 1 3), art. 101 part 1 3))."))
            no_form.setObjectName("card_org_form_missing")
            no_form.setWordWrap(True)
            no_form.setStyleSheet("color: #b00020;")
            form.addRow(no_form)
        if self.card.complaints:
            form.addRow(self.tr("Complaints against it (art. 91)"), QLabel(", ".join(self.card.complaints)))
        if self.card.missing:
            missing = QLabel(self.tr("Incomplete (art. 64 part 6). Not stated: {items}").format(
                items="; ".join(label(missing_table(self.card.values["kind"]), m) for m in self.card.missing)))
            missing.setWordWrap(True)
            missing.setStyleSheet("color: #b00020;")
            form.addRow(missing)
        wrap_captions(form, 300)   # a long caption wraps; the values keep the width
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        return scroll

    def _deadline_tab(self) -> QWidget:
        d = self.card.deadline
        text = self.tr("Registered on {reg}; the term of {days} working days ({article}) "
                       "ends on {due}.").format(
            reg=d.registered_on.strftime("%d.%m.%Y"), days=d.term_days,
            article=article_text(d.article), due=d.due_on.strftime("%d.%m.%Y"))
        due_on = self.card.values["due_on"]
        if self.card.reopened:
            text += " " + self.tr("Reopened (art. 100 part 4): due {due}.").format(due=due_on.strftime("%d.%m.%Y"))
        elif due_on != d.due_on:
            text += " " + self.tr("Extended to {due} (art. 76 part 3).").format(
                due=due_on.strftime("%d.%m.%Y"))
        summary = QLabel(text)
        summary.setObjectName("deadline_summary")
        summary.setWordWrap(True)
        self.explanation = wrapping(QListWidget())
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
        names = {**ACTIONS, **CASE_ACTIONS}
        for r, h in enumerate(self.card.history):
            changes = history_text(h.action, h.changes, self.card.user_names, str(self.card.values["kind"]))
            for c, text in enumerate((h.at.strftime("%d.%m.%Y %H:%M"), h.user_name,
                                      label(names, h.action), changes)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()
        return table
