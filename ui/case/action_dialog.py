"""One dialog for every case action, laid out from ``ui.case.action_forms``.

A refusal (state, role) or a field error is shown in the dialog, next to the
field; what was typed stays.  Nothing is written until the service accepts.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import engine, office
from app.errors import DomainError
from app.rules import CASE_ROLES
from ui.case.action_forms import fields
from ui.case.workflow_labels import CASE_ACTIONS
from ui.common.dates import DateField, OptionalDateEdit, dates_ok
from ui.common.fit import fit_size, wrapping
from ui.common.form_errors import FieldErrors, error_label
from ui.common.labels import label
from ui.common.positions import staff_line


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionForm", text)


class ActionDialog(QDialog):
    """``taken`` holds the engine's Result once the action is taken."""

    def __init__(self, appeal_id: int, action: str, user, kind: str, today: dt.date | None = None,
                 fixed: dict | None = None, parent=None, intro: str = "",
                 defaults: dict | None = None, seen: int | None = None):
        super().__init__(parent)
        self.appeal_id, self.action, self.user = appeal_id, action, user
        self.today = today or dt.date.today()
        self.fixed = fixed or {}
        self.seen = seen   # the case's version when the form opened (no lost update)
        self.taken = None
        self.setWindowTitle(label(CASE_ACTIONS, action))
        self.setObjectName(f"action_{action}")
        self.errors = FieldErrors()
        self.general = error_label()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # each caption above its field
        self.widgets = {}
        for f in fields(action, engine.procedure(appeal_id), kind):
            widget = self._widget(f)
            widget.setObjectName(f"field_{f.name}")
            if f.name in (defaults or {}) and f.kind in ("line", "text"):
                (widget.setText if f.kind == "line" else widget.setPlainText)(str(defaults[f.name]))
            self.widgets[f.name] = (f, widget)
            caption = self.errors.add_row(form, f.name, _tr(f.caption), widget)
            caption.setWordWrap(True)   # long captions cite their article: the form stays within 1366×768
            caption.setMinimumWidth(520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        layout = QVBoxLayout(self)
        if intro:
            lead = QLabel(intro)
            lead.setObjectName("intro")
            lead.setWordWrap(True)
            layout.addWidget(lead)
        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()   # a long form scrolls; the buttons stay in view
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll)
        self.general.setWordWrap(True)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        fit_size(self, 860, min(640, max(240, page.sizeHint().height() + 120)))

    def _widget(self, f):
        if f.kind == "date":
            w = DateField(self.today)
            return w
        if f.kind == "optional_date":
            return OptionalDateEdit()
        if f.kind == "line":
            return QLineEdit()
        if f.kind == "text":
            w = QPlainTextEdit()
            w.setFixedHeight(70)
            return w
        if f.kind == "bool":
            return QCheckBox()
        if f.kind == "int":   # working days; "—" (0) leaves it to the rule's default
            w = QSpinBox()
            w.setRange(0, 366)
            w.setSpecialValueText("—")
            w.setValue(0)
            return w
        if f.kind == "choice":
            w = QComboBox()   # a long option shows whole in the list, never widens the form
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(28)
            for code in f.options:
                w.addItem(label(f.table, code), str(code))
            w.setPlaceholderText("—")
            w.setCurrentIndex(-1)
            return w
        # A person to choose, the position in the interface's language.
        if f.kind == "user":
            w = QComboBox()
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(28)
            for u in office.list_users():
                if u.role in CASE_ROLES:
                    w.addItem(staff_line(u), u.id)
            w.setPlaceholderText("—")
            w.setCurrentIndex(-1)
            return w
        # users, items: a checkable list
        w = wrapping(QListWidget())   # a long item wraps (1366×768, Kazakh)
        w.setFixedHeight(110)
        entries = ([(u.id, staff_line(u)) for u in office.list_users()
                    if u.role in CASE_ROLES] if f.kind == "users"
                   else [(code, label(f.table, code)) for code in f.options])
        for value, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setCheckState(Qt.CheckState.Unchecked)
            w.addItem(item)
        return w

    def values(self) -> dict:
        out = dict(self.fixed)
        for name, (f, w) in self.widgets.items():
            if f.kind in ("date", "optional_date"):
                out[name] = w.value()
            elif f.kind == "line":
                out[name] = w.text()
            elif f.kind == "text":
                out[name] = w.toPlainText()
            elif f.kind == "bool":
                out[name] = w.isChecked()
            elif f.kind == "int":
                out[name] = w.value() or None
            elif f.kind in ("choice", "user"):
                out[name] = w.currentData()
            else:
                out[name] = [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                             if w.item(i).checkState() == Qt.CheckState.Checked]
        return out

    def submit(self) -> None:
        self.errors.clear()
        self.general.clear()
        if not dates_ok(self, self.errors, self.general):
            return
        try:
            self.taken = engine.perform(self.appeal_id, self.action, self.user, self.values(),
                                        today=self.today, seen=self.seen)
        except DomainError as exc:
            self.errors.report(exc, self.general)
            return
        self.accept()
