"""The user's own new password: required at the first login after an
administrator's reset (issue 12), the old one first, the new one twice."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app import office
from app.errors import DomainError
from ui.common.form_errors import FieldErrors, error_label


class PasswordDialog(QDialog):
    """``user`` holds the user with the new password once it is saved."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new password"))
        self.user, self.changed = user, None
        self.errors = FieldErrors()
        form = QFormLayout()
        self.edits = {}
        for field, caption in (("old_password", self.tr("The password you were given")),
                               ("password", self.tr("New password (10 characters or more)")),
                               ("repeat", self.tr("New password again"))):
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[field] = edit
            self.errors.add_row(form, field, caption, edit)
        self.general = error_label("password_error")
        lead = QLabel(self.tr("An administrator reset your password: choose your own before you go on. "
                              "A few words with spaces make a good one."))
        lead.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.errors.clear()
        self.general.clear()
        old, new = self.edits["old_password"].text(), self.edits["password"].text()
        if new != self.edits["repeat"].text():
            self.errors.show(DomainError("passwords_differ", "repeat"))
            return
        try:
            self.changed = office.change_password(self.user, old, new)
        except DomainError as exc:   # a field's refusal next to it, the rest below
            self.errors.report(exc, self.general)
            return
        self.accept()
