"""Settings: the office, its appeal routes (АППК 80.5, 91.3), the term
table (with legal references), the legal readings the office chose, and
the interface language (applies at once: the journal opens again in it)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import appeal, office
from app.appeal import save_settings
from app.errors import DomainError
from app.rules import Role
from ui import i18n
from ui.admin.office_form import OfficeForm
from ui.admin.readings_page import ReadingsPage
from ui.admin.routes_form import RoutesForm
from ui.common.form_errors import FieldErrors, error_label
from ui.common.labels import KINDS, label
from ui.common.widgets import language_combo


class SettingsDialog(QDialog):
    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.user = user
        self.is_admin = user.role == Role.ADMIN
        self.errors = FieldErrors()
        self.office_form = OfficeForm(self.errors)
        self.office_form.set_settings(office.get_settings())
        self.office_form.setEnabled(self.is_admin)
        self.routes_form = RoutesForm(self.errors)
        settings = office.get_settings()
        self.routes_form.set_routes(office.get_routes(), office.default_deputy(settings))
        self.routes_form.setEnabled(self.is_admin)
        self.language = language_combo("settings_language")
        lang_page = QWidget()
        lf = QFormLayout(lang_page)
        lf.addRow(self.tr("Interface language"), self.language)
        note = QLabel(self.tr("The new language applies at once to every window: the journal opens "
                              "again in it when these settings are saved."))
        note.setWordWrap(True)
        lf.addRow(note)
        tabs = QTabWidget()
        tabs.addTab(self._scrolled(self.office_form), self.tr("Office"))
        tabs.addTab(self._scrolled(self.routes_form), self.tr("Appeal routes"))
        tabs.addTab(self._terms_page(), self.tr("Terms"))
        self.readings_page = ReadingsPage(self.errors, office.get_readings(), self.is_admin)
        tabs.addTab(self.readings_page, self.tr("Legal readings"))
        tabs.addTab(lang_page, self.tr("Language"))
        self.general_error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(900, 640)   # fits a 1366×768 screen; the pages scroll

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def _terms_page(self) -> QWidget:
        self._terms = appeal.all_terms()
        self.terms_table = QTableWidget(len(self._terms), 4)
        self.terms_table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Working days"),
                                                    self.tr("Article"), self.tr("Special law")])
        self._term_edits = []
        for r, t in enumerate(self._terms):
            days, article, ref = QSpinBox(), QLineEdit(t.article), QLineEdit(t.legal_ref)
            days.setRange(1, 366)
            days.setValue(t.days)
            for w in (days, article, ref):
                w.setEnabled(self.is_admin)
            self.terms_table.setCellWidget(r, 0, QLabel(label(KINDS, t.kind)))
            self.terms_table.setCellWidget(r, 1, days)
            self.terms_table.setCellWidget(r, 2, article)
            self.terms_table.setCellWidget(r, 3, ref)
            self._term_edits.append((t, days, article, ref))
        self.terms_table.horizontalHeader().setStretchLastSection(True)
        self.terms_table.resizeColumnsToContents()   # the headers whole, in either language
        return self.terms_table

    def _on_save(self) -> None:
        if not self.is_admin:
            i18n.save_language(self.language.currentData())
            self.accept()
            return
        changed = [appeal.Term(t.kind, days.value(), article.text().strip(), ref.text().strip())
                   for t, days, article, ref in self._term_edits
                   if (days.value(), article.text().strip(), ref.text().strip())
                   != (t.days, t.article, t.legal_ref)]
        try:
            save_settings(self.office_form.settings(), changed, self.user.id,
                          readings=self.readings_page.readings(), routes=self.routes_form.routes())
        except DomainError as exc:
            self.errors.report(exc, self.general_error)
            self._show_first_error()
            return
        i18n.save_language(self.language.currentData())   # with the rest, never from a refused save
        self.accept()

    def _show_first_error(self) -> None:
        """The page with the first field in error comes to the front."""
        self._bring_forward(self.errors.first_widget())

    def show_setting(self, field: str) -> bool:
        """Open at the input of ``field`` (an office setting a refusal named,
        e.g. "head_name", "appeal_body_kk", "deputy_body_kk", "categories")."""
        return self._bring_forward(self.errors.widget(field))

    def _bring_forward(self, field) -> bool:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if field is not None and page.isAncestorOf(field):
                self.tabs.setCurrentIndex(index)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(field)
                field.setFocus()
                return True
        return False
