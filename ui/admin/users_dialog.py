"""Users of the office (administrators only add them)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import office
from app.errors import DomainError
from app.rules import Role
from ui.common.form_errors import FieldErrors
from ui.common.labels import ROLES, label


class UsersDialog(QDialog):
    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.user = user
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"),
                                              self.tr("Position"), self.tr("Role")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.errors = FieldErrors()
        box = QGroupBox(self.tr("New user"))
        form = QFormLayout(box)
        self.edits = {}
        for field, caption in (("surname", self.tr("Surname")), ("first_name", self.tr("Name")),
                               ("patronymic", self.tr("Patronymic")), ("position", self.tr("Position")),
                               ("login", self.tr("Login")), ("password", self.tr("Password"))):
            self.edits[field] = QLineEdit()
            if field == "password":
                self.edits[field].setEchoMode(QLineEdit.EchoMode.Password)
            self.errors.add_row(form, field, caption, self.edits[field])
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(ROLES, role), str(role))
        self.errors.add_row(form, "role", self.tr("Role"), self.role)
        add = QPushButton(self.tr("Add user"))
        form.addRow(add)
        self.status = QLabel()
        self.status.setStyleSheet("color: #b00020;")
        box.setEnabled(user.role == Role.ADMIN)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(box)
        layout.addWidget(self.status)
        add.clicked.connect(self._on_add)
        self._reload()
        self.resize(720, 620)

    def _reload(self) -> None:
        users = office.list_users()
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            for c, text in enumerate((u.login, u.full_name, u.position, label(ROLES, u.role))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _on_add(self) -> None:
        e = {k: v.text() for k, v in self.edits.items()}
        try:
            office.require_role(self.user, {Role.ADMIN})
            office.create_user(login_name=e["login"], password=e["password"], surname=e["surname"],
                             first_name=e["first_name"], patronymic=e["patronymic"],
                             position=e["position"], role=Role(self.role.currentData()),
                             created_by=self.user.id)
        except DomainError as exc:
            self.errors.report(exc, self.status)
            return
        self.errors.clear()
        self.status.clear()
        for edit in self.edits.values():
            edit.clear()
        self._reload()
