"""Issue a document of the case: choose the template and the language, fill
what the case cannot supply, and keep it (app.documents.issuing.issue)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import documents, office
from app.documents import DATE_FIELDS, LIST_FIELDS, MUST_GIVE, ROUTED, TEMPLATE_NAMES, templates_for
from app.errors import DomainError
from ui.admin.setting_refusal import explain_missing_setting, setting_error
from ui.case.workflow_labels import DOCUMENTS
from ui.common.dates import DateField, dates_ok
from ui.common.fit import compact, fit_size, scrolled, wrap_captions
from ui.common.form_errors import FieldErrors, error_label
from ui.common.labels import label

# Besides what each template must be given: optional parts of the act
# (АППК 80.2, 73.2, 96.2, 80.3) and the delivery of notices (АППК 66.2).
OPTIONAL = {"act": ("reasoning", "no_reasoning_item", "no_hearing_reason", "no_suspension_reason",
                    "attachments", "act_kind_text"),
            "complaint-forward": ("case_items", "position")}
DELIVERY = ("delivery_channel", "delivery_date")
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}   # each in its own language
CAPTIONS = {
    "matter": QT_TRANSLATE_NOOP("DocumentForm", "Matter decided (art. 80 part 1 4))"),
    "reasoning": QT_TRANSLATE_NOOP("DocumentForm", "Reasoning (art. 80 part 1 4))"),
    "no_reasoning_item": QT_TRANSLATE_NOOP("DocumentForm", "No reasoning: item of art. 80 part 2 (1, 2 or 3)"),
    "decision_text": QT_TRANSLATE_NOOP("DocumentForm", "Decision"),
    "act_kind_text": QT_TRANSLATE_NOOP("DocumentForm", "Kind of act (favourable or burdening)"),
    "no_hearing_reason": QT_TRANSLATE_NOOP("DocumentForm", "Why there was no hearing (art. 73 part 2 4))"),
    "no_suspension_reason": QT_TRANSLATE_NOOP("DocumentForm", "Why a complaint does not suspend execution (art. 96 part 2)"),
    "attachments": QT_TRANSLATE_NOOP("DocumentForm", "Attachments, one per line (art. 80 parts 3–4)"),
    "answer_text": QT_TRANSLATE_NOOP("DocumentForm", "Answer"),
    "facts": QT_TRANSLATE_NOOP("DocumentForm", "Facts confirming or refuting the arguments (art. 89 part 2)"),
    "legal_refs": QT_TRANSLATE_NOOP("DocumentForm", "References to legislation (art. 89 part 2)"),
    "missing_items": QT_TRANSLATE_NOOP("DocumentForm", "What is missing, one per line (art. 64 part 6)"),
    "until": QT_TRANSLATE_NOOP("DocumentForm", "Correct by"),
    "ground_text": QT_TRANSLATE_NOOP("DocumentForm", "Ground"),
    "reasons": QT_TRANSLATE_NOOP("DocumentForm", "Reasons"),
    "forwarded_what": QT_TRANSLATE_NOOP("DocumentForm", "What was forwarded (the whole appeal or which requests)"),
    "body": QT_TRANSLATE_NOOP("DocumentForm", "Competent body"),
    "forwarded_on": QT_TRANSLATE_NOOP("DocumentForm", "Forwarded on"),
    "decided_on": QT_TRANSLATE_NOOP("DocumentForm", "Decided on"),
    "new_due": QT_TRANSLATE_NOOP("DocumentForm", "New last day"),
    "old_due": QT_TRANSLATE_NOOP("DocumentForm", "Former last day"),
    "reason": QT_TRANSLATE_NOOP("DocumentForm", "Reason"),
    "preliminary": QT_TRANSLATE_NOOP("DocumentForm", "Preliminary decision"),
    "hearing_form": QT_TRANSLATE_NOOP("DocumentForm", "Form of the hearing"),
    "earliest": QT_TRANSLATE_NOOP("DocumentForm", "The act not before"),
    "time": QT_TRANSLATE_NOOP("DocumentForm", "Time"),
    "place": QT_TRANSLATE_NOOP("DocumentForm", "Place"),
    "start_time": QT_TRANSLATE_NOOP("DocumentForm", "Started at"),
    "end_time": QT_TRANSLATE_NOOP("DocumentForm", "Ended at"),
    "secretary": QT_TRANSLATE_NOOP("DocumentForm", "Secretary"),
    "participants": QT_TRANSLATE_NOOP("DocumentForm", "Participants"),
    "statements": QT_TRANSLATE_NOOP("DocumentForm", "Explanations, questions, answers, statements"),
    "official": QT_TRANSLATE_NOOP("DocumentForm", "Official whose recusal was decided"),
    "outcome_text": QT_TRANSLATE_NOOP("DocumentForm", "Decision (granted or refused)"),
    "delivery_channel": QT_TRANSLATE_NOOP("DocumentForm", "Delivered by (art. 66 part 2)"),
    "delivery_date": QT_TRANSLATE_NOOP("DocumentForm", "Sent on"),
    "challenged_summary": QT_TRANSLATE_NOOP("DocumentForm", "The act or action (inaction) challenged, in brief (art. 101 part 1 4))"),
    "complaint_essence": QT_TRANSLATE_NOOP("DocumentForm", "Essence of the complaint (art. 101 part 1 5))"),
    "legal_norms": QT_TRANSLATE_NOOP("DocumentForm", "Legal norms applied (art. 101 part 1 6))"),
    "decision_kind_text": QT_TRANSLATE_NOOP("DocumentForm", "Kind of decision (art. 100 part 1)"),
    "copy_to": QT_TRANSLATE_NOOP("DocumentForm", "Copy to the challenged body (art. 100 part 4)"),
    "case_items": QT_TRANSLATE_NOOP("DocumentForm", "Case file sent, one document per line (art. 91 part 4)"),
    "position": QT_TRANSLATE_NOOP("DocumentForm", "Position of the body (optional)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentForm", text)


class DocumentDialog(QDialog):
    """``issued`` holds app.documents.issuing.Issued once the document is kept."""

    def __init__(self, appeal_id: int, user, language: str, template: str = "act",
                 today: dt.date | None = None, parent=None, runner=None):
        """``language`` is the interface's; the document's defaults to the
        appeal's (app.documents.allowed_languages, АППК 89.2)."""
        super().__init__(parent)
        self.runner = runner   # renders off the UI thread when given
        self.appeal_id, self.user, self.today = appeal_id, user, today or dt.date.today()
        self.issued = None
        self.setWindowTitle(self.tr("New document"))
        self.template = QComboBox()
        self.template.setObjectName("template")
        for name in templates_for(appeal_id, TEMPLATE_NAMES):
            self.template.addItem(label(DOCUMENTS, name), name)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self.lang = QComboBox()
        self.lang.setObjectName("doc_lang")
        self._fill_languages(first=True)
        self.fields_box = QWidget()
        self.general = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.supersedes = QComboBox()   # АППК 82: a corrected document is a new one
        self.supersedes.setObjectName("supersedes")
        self.supersedes.addItem("—", None)
        for d in documents.list_for(appeal_id):
            self.supersedes.addItem(f"{d.number} · {label(DOCUMENTS, d.kind)}", d.id)
        top = QFormLayout()
        top.addRow(self.tr("Document"), self.template)
        top.addRow(self.tr("Language"), self.lang)
        top.addRow(self.tr("Corrects the document (art. 82)"), self.supersedes)
        wrap_captions(top)
        for box in (self.template, self.supersedes):
            compact(box, 24)
        self.fields_scroll = scrolled(self.fields_box)   # a long form scrolls; the buttons stay in view
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.fields_scroll, 1)
        self.layout_.addWidget(self.general)
        self.layout_.addWidget(buttons)
        self.template.currentIndexChanged.connect(lambda _: self._fill_languages())
        self.template.currentIndexChanged.connect(lambda _: self._build_fields())
        self.lang.currentIndexChanged.connect(lambda _: self._build_fields())   # suggestions per language
        self._build_fields()
        fit_size(self, 760, 640)

    def _fill_languages(self, first: bool = False) -> None:
        """Only the languages the document may be in, the appeal's first: an
        answer or a notice is "мемлекеттік тілде немесе өтініш берілген тілде"
        (АППК 89.2), in Kazakh or the appeal's language; Kazakh when the appeal
        is in another language.  A language chosen by hand stays if allowed."""
        try:
            allowed = documents.allowed_languages(self.appeal_id, self.template.currentData())
        except DomainError:
            allowed = ("kk", "ru")
        chosen = None if first else self.lang.currentData()
        self.lang.blockSignals(True)   # the fields are rebuilt once, by the template's signal
        self.lang.clear()
        for code in allowed:
            self.lang.addItem(LANGUAGE_NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(chosen)) if chosen else 0)
        self.lang.blockSignals(False)

    def _build_fields(self) -> None:
        name = self.template.currentData()
        names = list(MUST_GIVE[name]) + list(OPTIONAL.get(name, ()))
        if name.startswith("notice-"):
            names += list(DELIVERY)
        # What the clerk typed survives a change of language (the same document).
        typed, typed_dates = {}, {}
        if getattr(self, "_built_for", None) == name:
            typed = {f: v for f, v in self.values().items() if v not in ("", [], None)
                     and v != self._known.get(f)}
            typed_dates = {f: w.text() for f, w in self.inputs.items() if f in DATE_FIELDS}   # even a wrong one
        box = QWidget()
        form = QFormLayout(box)
        self.errors = FieldErrors()
        self.inputs = {}
        try:
            known = documents.suggested(self.appeal_id, name, self.lang.currentData())
        except DomainError:
            known = {}
        self._built_for, self._known = name, dict(known)
        known = {**known, **typed}
        self.category = self.route_text = None
        if name in ROUTED:
            self._route_rows(form)
        for field in names:
            if field in DATE_FIELDS:
                day = known.get(field) or self.today
                w = DateField(day)
                if field in typed_dates:
                    w.setText(typed_dates[field])   # as typed: a wrong date is not replaced by a suggestion
            elif field in LIST_FIELDS:
                w = QPlainTextEdit("\n".join(known.get(field) or []))
            else:
                w = QPlainTextEdit(str(known.get(field, "")))
                w.setFixedHeight(48 if field not in ("reasoning", "answer_text", "statements") else 80)
            w.setObjectName(f"doc_{field}")
            self.inputs[field] = w
            self.errors.add_row(form, field, _tr(CAPTIONS.get(field, field)), w)
        wrap_captions(form)
        self.fields_scroll.takeWidget()
        self.fields_scroll.setWidget(box)
        self.fields_box.deleteLater()
        self.fields_box = box

    def _route_rows(self, form: QFormLayout) -> None:
        """АППК 80.5: the act's category (a special law's own complaint body)
        and the route that will print, from the signer's role and the category."""
        chosen = getattr(self, "_category", office.GENERAL)
        self.category = QComboBox()
        self.category.setObjectName("route_category")
        self.category.addItem(self.tr("General (no special law)"), office.GENERAL)
        try:
            categories = office.get_routes().categories
        except DomainError:
            categories = []
        ru = self.lang.currentData() == "ru"
        for c in categories:
            self.category.addItem(c.name_ru if ru else c.name_kk, c.code)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.route_text = QLabel()
        self.route_text.setObjectName("route_text")
        self.route_text.setWordWrap(True)
        self.errors.add_row(form, "route_category", self.tr("Category of the act"), self.category)
        self.errors.add_row(form, "appeal_body", self.tr("Appeal route that will print (art. 80 part 5)"),
                            self.route_text)
        self.category.currentIndexChanged.connect(lambda _: self._show_route())
        self._show_route()

    def _show_route(self) -> None:
        self._category = self.category.currentData()
        try:
            resolved = documents.route_preview(self.template.currentData(), self.user.id, self._category,
                                               self.appeal_id)
        except DomainError:
            self.route_text.setText("—")
            return
        lang = self.lang.currentData()
        body = resolved.route.body_ru if lang == "ru" else resolved.route.body_kk
        court = resolved.route.court_ru if lang == "ru" else resolved.route.court_kk
        whose = {"head": self.tr("the head's acts"), "deputy": self.tr("a deputy's acts")}.get(
            resolved.source, self.tr("this category of acts"))
        if body:
            text = self.tr("Complaint to: {body} (route for {whose})").format(body=body, whose=whose)
        elif court:
            text = self.tr("No superior body: to the court, {court} (route for {whose})").format(
                court=court, whose=whose)
        else:
            text = self.tr("No route is set for {whose}: the act cannot be issued.").format(whose=whose)
        self.route_text.setText(text)

    def values(self) -> dict:
        out = {}
        if self.category is not None:
            out["route_category"] = self.category.currentData()
        for field, w in self.inputs.items():
            if field in DATE_FIELDS:
                out[field] = w.value()
            elif field in LIST_FIELDS:
                out[field] = [line.strip() for line in w.toPlainText().splitlines() if line.strip()]
            else:
                out[field] = w.toPlainText().strip()
        return out

    def submit(self) -> None:
        self.general.clear()
        self.errors.clear()
        if not dates_ok(self, self.errors, self.general):
            return
        args = (self.appeal_id, self.template.currentData(), self.lang.currentData(), self.user.id,
                self.values())
        kwargs = {"supersedes": self.supersedes.currentData(), "today": self.today}
        if self.runner is None:
            try:
                self._done(documents.issue(*args, **kwargs))
            except DomainError as exc:
                self._failed(exc)
            return
        self.ok_button.setEnabled(False)
        self.general.setText(self.tr("Preparing the document…"))
        self.runner.run(documents.issue, *args, on_done=self._done, on_error=self._failed, **kwargs)

    def _done(self, issued) -> None:
        self.issued = issued
        self.accept()

    def _failed(self, exc) -> None:
        self.ok_button.setEnabled(True)
        self.general.clear()
        if not isinstance(exc, DomainError):
            self.general.setText(str(exc))
            return
        if setting_error(exc) is None:
            self.errors.report(exc, self.general)
            first = self.errors.first_widget()
            if first is not None:   # the notes next to the fields: the first one in view
                self.fields_scroll.ensureWidgetVisible(first)
            return
        # An office setting is missing: nothing typed here is wrong, so no "fix
        # the fields"; the box names the setting and who fills it in.
        self.general.setText("\n".join(self.errors.show(exc)))
        if explain_missing_setting(self, exc, self.user) and self.route_text is not None:
            self._show_route()   # the administrator filled it in: the route as it now prints
