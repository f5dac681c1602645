"""Login, with the interface language chosen right here."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import office
from app.errors import DomainError
from ui import i18n
from ui.common.form_errors import error_label
from ui.common.messages import message
from ui.common.widgets import language_combo


class LoginDialog(QDialog):
    """Asks for login and password; ``user`` holds the logged-in UserInfo.
    ``hint`` is a text, or a function giving it in the language chosen now:
    a new language here retranslates everything on the window (issue 14)."""

    def __init__(self, hint: str | Callable[[], str] = "", parent=None):
        super().__init__(parent)
        self.user = None
        self.language = language_combo()
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("login_error")
        self._hint = hint
        self.hint = QLabel()
        self.hint.setObjectName("login_hint")
        self.hint.setWordWrap(True)
        self._form = QFormLayout()
        self._captions = [QLabel(), QLabel(), QLabel()]
        for caption, widget in zip(self._captions, (self.language, self.login, self.password)):
            self._form.addRow(caption, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._retranslate()
        # The cursor starts in Login, and Tab goes Login → Password → OK; the
        # language last: a password typed after a login never lands in a
        # visible field (issue 14, found in a walk through).
        self.login.setFocus()
        QWidget.setTabOrder(self.login, self.password)
        QWidget.setTabOrder(self.password, self.buttons)
        QWidget.setTabOrder(self.buttons, self.language)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Zholdanym: log in"))
        for caption, text in zip(self._captions, (self.tr("Language"), self.tr("Login"),
                                                  self.tr("Password"))):
            caption.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.hint.setText(self._hint() if callable(self._hint) else self._hint)
        self.hint.setVisible(bool(self.hint.text()))
        self.error.clear()

    def _on_language_changed(self) -> None:
        lang = self.language.currentData()
        i18n.install(lang)
        i18n.save_language(lang)
        self._retranslate()

    def _on_accept(self) -> None:
        try:
            self.user = office.login(self.login.text(), self.password.text())
        except DomainError as exc:
            self.error.setText(message(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
