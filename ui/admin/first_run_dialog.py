"""First run: create the office and its first administrator."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import office
from app.errors import DomainError
from ui.admin.office_form import OfficeForm
from ui.common.fit import fit_size, wrap_captions
from ui.common.form_errors import FieldErrors, error_label


class FirstRunDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zholdanym: set up the office"))
        self.admin = None
        self.errors = FieldErrors()
        self.office_form = OfficeForm(self.errors)
        box = QGroupBox(self.tr("First administrator"))
        form = QFormLayout(box)
        self.edits: dict[str, QLineEdit] = {}
        for field, caption in (("surname", self.tr("Surname")), ("first_name", self.tr("Name")),
                               ("patronymic", self.tr("Patronymic")),
                               ("position", self.tr("Position (printed on talons, art. 64 part 2)")),
                               ("login", self.tr("Login")), ("password", self.tr("Password"))):
            edit = QLineEdit()
            edit.setObjectName(f"admin_{field}")
            if field == "password":
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[field] = edit
            self.errors.add_row(form, field, caption, edit)
        wrap_captions(form)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.office_form)
        inner_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.general_error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        fit_size(self, 720, 660)

    def _on_accept(self) -> None:
        e = {k: v.text() for k, v in self.edits.items()}
        try:
            self.admin = office.first_run(
                self.office_form.settings(), login_name=e["login"], password=e["password"],
                surname=e["surname"], first_name=e["first_name"], patronymic=e["patronymic"],
                position=e["position"])
        except DomainError as exc:
            self.errors.report(exc, self.general_error)
            return
        self.accept()
