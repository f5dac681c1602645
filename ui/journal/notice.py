"""Tell the clerk what a registration gave (issue 14 item 3): a banner over
the journal, never modal (the talon opens right after it), with the number,
the due date and, for an incomplete appeal, what is not stated and what
follows under АППК 64.6.

АППК 64.6: "Жолданым осы Кодекстің 63-бабында белгіленген талаптарға сәйкес
келмеген жағдайда, әкімшілік орган, лауазымды адам арыз иесіне жүгіну қандай
талаптарға сай келмейтінін көрсетеді және оны талаптарға сәйкес келтіру үшін
ақылға қонымды мерзімді белгілейді."  The period then running out
uncorrected is a ground to return the appeal within 3 working days
(64.7 1)); a petition is never returned (90-4.2); a complaint against our
own act is only sent on to the complaint body (91.4), which asks for the
correction itself.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from app import appeal
from app.errors import DomainError
from app.rules import AppealKind, ComplaintRole
from ui.case.workflow_labels import CASE_ACTIONS
from ui.common.labels import label, missing_table
from ui.common.messages import message

INCOMPLETE_COLOUR, DONE_COLOUR = "#fbe7b5", "#dcefd9"


def headline(registered) -> str:
    """One line: the number and the final due date (and that it is incomplete)."""
    due = registered.due_on.strftime("%d.%m.%Y")
    if registered.missing:
        return QCoreApplication.translate(
            "RegistrationNotice",
            "The appeal is registered under No. {number} as incomplete (art. 64 part 6). Due date: {due}.",
        ).format(number=registered.reg_number, due=due)
    return QCoreApplication.translate(
        "RegistrationNotice", "The appeal is registered under No. {number}. Due date: {due}.",
    ).format(number=registered.reg_number, due=due)


def missing_text(registered) -> str:
    """What is not stated, in the registration form's own words."""
    table = missing_table(registered.kind)
    items = "; ".join(label(table, code) for code in registered.missing)
    return QCoreApplication.translate("RegistrationNotice", "Not stated: {items}.").format(items=items)


def route_text(registered) -> str:
    """What follows for an incomplete appeal."""
    if registered.kind == AppealKind.COMPLAINT and registered.complaint_role == ComplaintRole.CHALLENGED:
        return message("challenged_sends_on")   # АППК 91.4; the correction is the complaint body's (95.1 3))
    ask = label(CASE_ACTIONS, "request_correction")
    # АППК 64.6: which requirements are not met, and a reasonable period to correct them.
    first = QCoreApplication.translate(
        "RegistrationNotice",
        "What follows: the applicant is told which requirements the appeal does not meet and is given "
        "a reasonable period to correct it (art. 64 part 6); in the card: «{action}».",
    ).format(action=ask)
    if registered.kind == AppealKind.PETITION:   # АППК 90-4.2: accepted and considered, never returned
        then = QCoreApplication.translate(
            "RegistrationNotice", "A petition is not returned: it is considered (art. 90-4 part 2).")
    else:   # АППК 64.7 1): the period set under part 6 ran out
        then = QCoreApplication.translate(
            "RegistrationNotice",
            "If it is not corrected within that period, the appeal is returned within 3 working days "
            "(art. 64 part 7 1)).")
    return f"{first} {then}"


def notice_text(registered) -> str:
    """The whole notice as plain text (also the reception's status line)."""
    if not registered.missing:
        return headline(registered)
    return " ".join((headline(registered), missing_text(registered), route_text(registered)))


class RegistrationNotice(QFrame):
    """The banner at the top of the journal: shown after each registration,
    replaced by the next, closed with its × button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("registration_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("notice_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setObjectName("close_notice")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the notice"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the journal keeps the keyboard
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.registered = None
        self.hide()

    def changeEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        """A language switched while the notice shows: said again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.close_button.setToolTip(self.tr("Close the notice"))
            if self.registered is not None:
                self._render(self.registered)
        super().changeEvent(event)

    def show_registered(self, registered) -> str:
        """Show the notice for ``registered`` (app.appeal Registered); returns
        its one-line headline for the status bar."""
        self.registered = registered
        first = self._render(registered)
        self.show()
        return first

    def _render(self, registered) -> str:
        first = headline(registered)
        parts = [f"<b>{_escape(first)}</b>"]
        if registered.missing:
            parts += [_escape(missing_text(registered)), _escape(route_text(registered))]
        self.text.setText("<br>".join(parts))
        self.setToolTip(notice_text(registered))
        colour = INCOMPLETE_COLOUR if registered.missing else DONE_COLOUR
        self.setStyleSheet(f"#registration_notice {{ background: {colour}; }}")
        return first

    def show_appeal(self, appeal_id: int) -> str:
        """The same for an appeal registered elsewhere (the reception, АППК 90.4)."""
        try:
            return self.show_registered(appeal.registration_result(appeal_id))
        except DomainError as exc:
            return message(exc)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
