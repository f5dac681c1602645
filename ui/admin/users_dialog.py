"""Users of the office: an administrator adds them, and deactivates,
reactivates, changes the role of, resets the password of and unlocks a
selected one, each with a reason kept in the history (issue 12).  Nobody is
deleted: past actions keep their author's name."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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
from ui.common.fit import fit_size
from ui.common.form_errors import FieldErrors
from ui.common.labels import ROLES, label
from ui.common.positions import position
from ui.common.reason_dialog import ReasonDialog


class UsersDialog(QDialog):
    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.user = user
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"),
                                              self.tr("Position"), self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()   # the name and the position whole, in either language
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
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
        layout.addWidget(self._selected_box(user.role == Role.ADMIN))
        layout.addWidget(box)
        layout.addWidget(self.status)
        add.clicked.connect(self._on_add)
        self._reload()
        fit_size(self, 960, 640)

    def _selected_box(self, admin: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Selected user"))
        rows = QVBoxLayout(box)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        self.new_role = QComboBox()
        self.new_role.setObjectName("new_role")
        for role in Role:
            self.new_role.addItem(label(ROLES, role), str(role))
        self.temporary = QLineEdit()
        self.temporary.setObjectName("temporary")
        self.temporary.setPlaceholderText(self.tr("temporary password"))
        self.temporary.setMinimumWidth(180)
        for name, caption, handler in (
                ("change_role", self.tr("Change role"), self._change_role),
                ("reset_password", self.tr("Reset password"), self._reset),
                ("deactivate", self.tr("Deactivate"), lambda: self._act(office.deactivate)),
                ("reactivate", self.tr("Reactivate"), lambda: self._act(office.reactivate)),
                ("unlock", self.tr("Unlock"), lambda: self._act(office.unlock))):
            button = QPushButton(caption)
            button.setObjectName(name)
            button.clicked.connect(handler)
            row = first if name in ("change_role", "reset_password") else second
            if name == "change_role":
                row.addWidget(self.new_role)
            if name == "reset_password":
                row.addWidget(self.temporary, 1)
            row.addWidget(button)
        second.addStretch(1)
        box.setEnabled(admin)
        return box

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()].id if rows else None

    def _act(self, service, *args) -> bool:
        """Ask why, then call ``service(user_id, *args, admin, reason)``."""
        user_id = self.selected_id()
        if user_id is None:
            self.status.setText(self.tr("Select a user in the table first."))
            return False
        dialog = ReasonDialog(self.tr("Why?"), self.tr("The reason is kept in the history."),
                              lambda reason: service(user_id, *args, self.user, reason), self)
        done = dialog.exec() == QDialog.DialogCode.Accepted
        if done:
            self.status.clear()
            self._reload()
        return done

    def _change_role(self) -> None:
        self._act(office.change_role, Role(self.new_role.currentData()))

    def _reset(self) -> None:
        if self._act(office.reset_password, self.temporary.text()):
            self.temporary.clear()

    def _reload(self) -> None:
        self.users = office.list_users(inactive=True)
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            state = self.tr("active") if u.active else self.tr("deactivated")
            for c, text in enumerate((u.login, u.full_name, position(u.position), label(ROLES, u.role), state)):
                item = QTableWidgetItem(text)
                if c == 2 and text != u.position:
                    item.setToolTip(u.position)   # as typed
                self.table.setItem(r, c, item)

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
