"""Documents from DOCX templates (docxtpl): checked, rendered, and issued
into the case with a number and a SHA-256; never overwritten (a corrected
act is a new document naming the one it supersedes, АППК 82).

A template in the office's own folder (``<data>/templates/<lang>/NAME.docx``)
wins over the shipped one in ``templates_docx/``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import jinja2
from docxtpl import DocxTemplate

from app import engine
from app.documents import rights
from app.documents.complaint import recorded
from app.documents.context import case_context
from app.documents.fields import (
    ALLOWED,
    DATE_FIELDS,
    FREE,
    LIST_FIELDS,
    MUST_GIVE,
    NOTICE_CLOCKS,
    REPORTS,
    REQUIRED,
    ROUTE_KEPT,
    ROUTED,
    TEMPLATE_NAMES,
)
from app.documents.petition import recorded as recorded_petition
from app.documents.sandbox import BudgetExceeded, DocumentSandbox, ParseSpy, unknown_expressions
from app.errors import DomainError, ValidationErrors
from app.office.auth import current, get_user
from app.office.routes import GENERAL
from app.rules.enums import Clock, ClockState
from app.rules.text import clean
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import Appeal, CaseClock, Document

SHIPPED = Path(__file__).resolve().parents[2] / "templates_docx"
LANGS = ("kk", "ru")
MONTHS_KK = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
             "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы")
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


# АППК 89.2: answers are given "мемлекеттік тілде немесе өтініш берілген тілде"
# (in the state language or in the language the appeal was made in).  The
# same rule holds for the notices sent to the participant on the appeal: they
# reply to it as well (the documents headed with the applicant, TO).  Other
# documents (the act, the protocols, the complaint letters) may be in either
# language; the petition decision has its own rule (90-6.2, petition.py).
REPLIES = frozenset({"answer", "notice-incomplete", "notice-return", "notice-forward", "notice-extension",
                     "notice-hearing", "notice-termination", "notice-recusal"})
STATE_LANGUAGE = "kk"


@guarded
def allowed_languages(appeal_id: int, name: str) -> tuple[str, ...]:
    """The languages ``name`` may be issued in for the case, the one to
    offer first: the appeal's own language (Kazakh when it was made in another
    language, or is unknown); for an answer or a notice only Kazakh and the
    appeal's language (АППК 89.2: "мемлекеттік тілде немесе өтініш берілген
    тілде")."""
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    own = row.language if row is not None and row.language in LANGS else STATE_LANGUAGE
    if name in REPLIES or name == "petition-decision":   # 89.2; 90-6.2 for a petition
        return tuple(dict.fromkeys((own, STATE_LANGUAGE)))
    return (own,) + tuple(lang for lang in LANGS if lang != own)


def check_language(row: Appeal, name: str, lang: str) -> None:
    """АППК 89.2: an answer (and a notice to the participant) in neither the
    state language nor the appeal's is refused with ``answer_language``."""
    if name in REPLIES and lang not in (STATE_LANGUAGE, row.language):
        raise DomainError("answer_language", "lang", document=name, language=row.language)


MONTHS_KK_PLAIN = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                   "қыркүйек", "қазан", "қараша", "желтоқсан")


def long_date(day: dt.date, lang: str, before_noun: bool = True) -> str:
    """"2026 жылғы 25 қарашадағы (№ 5)", or on its own "2026 жылғы 25 қараша";
    Russian "25 ноября 2026 года" either way."""
    if lang == "kk":
        months = MONTHS_KK if before_noun else MONTHS_KK_PLAIN
        return f"{day.year} жылғы {day.day} {months[day.month - 1]}"
    return f"{day.day} {MONTHS_RU[day.month - 1]} {day.year} года"


def _date_filter(fn):
    return lambda d: fn(d) if isinstance(d, dt.date) else ("" if d is None else str(d))


def _env(lang: str) -> DocumentSandbox:
    """The sandbox every template renders in (``app.documents.sandbox``).
    Escaping on: a "<" or "&" typed by a clerk stays text and cannot cut the
    document's XML short (the decision and the route would vanish)."""
    return DocumentSandbox({
        "longdate": _date_filter(lambda d: long_date(d, lang)),
        "plaindate": _date_filter(lambda d: long_date(d, lang, before_noun=False)),
        "shortdate": _date_filter(lambda d: d.strftime("%d.%m.%Y")),
    })


@dataclass(frozen=True)
class Template:
    name: str
    lang: str
    path: Path
    custom: bool
    sha: str


_office_templates: Path | None = None


def use_office_templates(folder: Path | None) -> None:
    """Where this office keeps its own templates (set once at start-up)."""
    global _office_templates
    _office_templates = folder


def find(name: str, lang: str, custom_dir: Path | None = None) -> Template:
    custom_dir = custom_dir or _office_templates
    if name not in TEMPLATE_NAMES + REPORTS or lang not in LANGS:
        raise DomainError("template_unknown", template=name, lang=lang)
    own = custom_dir / lang / f"{name}.docx" if custom_dir else None
    path = own if own is not None and own.is_file() else SHIPPED / lang / f"{name}.docx"
    return Template(name, lang, path, path == own,
                    hashlib.sha256(path.read_bytes()).hexdigest()[:12])


def _text(content: bytes) -> str:
    from docx import Document as Docx
    doc = Docx(io.BytesIO(content))
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _markers(name: str, **changes) -> dict:
    """A value in every field, which the trial render must show as given."""
    values: dict[str, object] = {}
    for field in ALLOWED[name] - {"a", "item", "r", "d"}:
        if field in DATE_FIELDS:
            values[field] = dt.date(2031, 7, 19)
        elif field in LIST_FIELDS:
            values[field] = [f"⟦{field}⟧"]
        elif field in ("rows", "items"):
            values[field] = []
        else:
            values[field] = f"⟦{field}⟧"
    return {**values, **changes}


def _render(t: Template, context: dict) -> bytes:
    doc = DocxTemplate(str(t.path))
    doc.render(context, _env(t.lang))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _trial(t: Template, context: dict) -> str:
    try:
        return _text(_render(t, context))
    except BudgetExceeded as exc:   # a loop without end, an exploding value
        raise DomainError("template_over_budget", template=t.name, limit=exc.kind) from exc
    except jinja2.exceptions.SecurityError as exc:   # code reaching outside its fields
        raise DomainError("template_unsafe", template=t.name, detail=str(exc)) from exc
    except Exception as exc:   # a filter on the wrong value, a bad loop, ...
        raise DomainError("template_broken", template=t.name, detail=str(exc)) from exc


def check(t: Template) -> None:
    """A template that would give a broken or incomplete document is refused,
    with why: it cannot be read, has a Jinja error, uses an unknown field,
    fails to render, or no longer shows a mandatory element of its article
    (a trial render with a marker in every field; the route of АППК 80.5
    both ways)."""
    spy = ParseSpy(_env(t.lang).filters)
    try:
        used = DocxTemplate(str(t.path)).get_undeclared_template_variables(spy)
    except jinja2.TemplateError as exc:
        raise DomainError("template_broken", template=t.name,
                          detail=f"line {getattr(exc, 'lineno', '?')}: {exc.message}") from exc
    except Exception as exc:   # not a DOCX, damaged zip, unreadable XML
        raise DomainError("template_broken", template=t.name, detail=str(exc)) from exc
    unknown = sorted(used - ALLOWED[t.name] - {"loop", "range"})
    if unknown:
        raise DomainError("template_unknown_fields", template=t.name, fields=", ".join(unknown))
    strange = unknown_expressions(spy.tree)
    if strange:   # code reaching past its fields: refused before any render
        raise DomainError("template_unsafe", template=t.name, detail=", ".join(strange))
    text = _trial(t, _markers(t.name))
    if t.name in REPORTS:
        return
    lost = {f for f in REQUIRED[t.name] if f"⟦{f}⟧" not in text}
    if t.name in ROUTED:
        if "92" not in text:   # the term and the way of АППК 92.1, 91.4
            lost.add("appeal_term")
        court = _trial(t, _markers(t.name, appeal_body=""))
        if "⟦court⟧" not in court or "136" not in court:
            lost.add("court")
    if t.name == "act" and "⟦no_reasoning_item⟧" not in _trial(t, _markers(t.name, reasoning="")):
        lost.add("no_reasoning_item")
    if lost:
        raise DomainError("template_missing_fields", template=t.name, fields=", ".join(sorted(lost)))


_checked: set[tuple[str, str]] = set()   # (path, sha): a template version passed its check


def render(t: Template, context: dict) -> bytes:
    if (str(t.path), t.sha) not in _checked:   # once per template version
        check(t)
        _checked.add((str(t.path), t.sha))
    try:
        return _render(t, context)
    except BudgetExceeded as exc:
        raise DomainError("template_over_budget", template=t.name, limit=exc.kind) from exc
    except jinja2.exceptions.SecurityError as exc:
        raise DomainError("template_unsafe", template=t.name, detail=str(exc)) from exc
    except Exception as exc:   # a value the template cannot take
        raise DomainError("template_broken", template=t.name, detail=str(exc)) from exc


def missing_values(name: str, context: dict) -> list[DomainError]:
    """Values the document cannot go without; an act or a decision without
    its appeal route is never issued (АППК 80.5, 89.2, 70.4)."""
    errors = [DomainError("required", field) for field in MUST_GIVE[name]
              if context.get(field) in (None, "", [])]
    # ``setting``: the office setting an administrator fills in (the UI names it
    # and opens Settings at it); nothing typed in the document is at fault.
    if not context.get("official_full_name"):   # АППК 80.1.1, 80.1.5: who signs
        errors.append(DomainError("official_missing", "official_full_name", setting="head_name"))
    if name == "act":
        if not context.get("act_kind_text"):   # favourable or burdening (АППК 77, 73.2)
            errors.append(DomainError("required", "act_kind_text"))
        item = str(context.get("no_reasoning_item") or "")
        if not context.get("reasoning") and not item:
            errors.append(DomainError("reasoning_required", "reasoning"))   # АППК 80.1.4, 80.2
        elif item and (item not in ("1", "2", "3")
                       or (item == "1" and context.get("decision") == "act_burdening")):
            errors.append(DomainError("reasoning_item_invalid", "no_reasoning_item"))
    if name in ROUTED and not (context.get("appeal_body") or context.get("court")):
        # АППК 80.5: no route for the act's signer (91.3) or its category.
        source = context.get("route_source", "head")
        code, setting = {"head": ("appeal_route_missing", "appeal_body_kk"),
                         "deputy": ("appeal_route_missing_deputy", "deputy_body_kk")}.get(
            source, ("appeal_route_missing_category", "categories"))
        errors.append(DomainError(code, "appeal_body", setting=setting))
    return errors


@dataclass(frozen=True)
class Issued:
    id: int
    number: str
    sha256: str
    content: bytes


def _cleaned(values: dict) -> dict:
    out, errors = {}, []
    for key, value in values.items():
        try:
            out[key] = (clean(value, key) if isinstance(value, str)
                        else [clean(v, key) for v in value] if isinstance(value, list) else value)
        except DomainError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return out


@guarded
def issue(appeal_id: int, name: str, lang: str, user_id: int, values: dict,
          custom_dir: Path | None = None, supersedes: int | None = None,
          today: dt.date | None = None) -> Issued:
    """Render ``name`` for the case and keep it: number, date, language,
    template version and the file's SHA-256."""
    t = find(name, lang, custom_dir)
    values = _cleaned(values)   # stored and printed alike (app.rules.text)
    strange = sorted(set(values) - FREE.get(name, set()))
    if strange:   # the case's facts come from the database, never from the caller
        raise ValidationErrors([DomainError("not_a_free_field", f) for f in strange])
    with transaction():
        case = Appeal.get_or_none(Appeal.id == appeal_id)
        if case is None:
            raise DomainError("appeal_not_found")
        rights.check(case, name, current(get_user(user_id)))   # who may issue what, as stored now
        check_language(case, name, lang)   # АППК 89.2: the state language or the appeal's
        category = str(values.get("route_category") or GENERAL)
        context = {**case_context(appeal_id, lang, today or dt.date.today(), name, user_id, category),
                   **{k: v for k, v in values.items() if v not in ("", None, [])},
                   **recorded(appeal_id, name, lang, user_id),
                   **recorded_petition(appeal_id, name, lang, user_id)}
        errors = missing_values(name, context)
        if errors:
            raise ValidationErrors(errors)
        if supersedes is not None:   # АППК 82: the same document, corrected
            earlier = Document.get_or_none((Document.id == supersedes) & (Document.appeal == appeal_id)
                                           & (Document.kind == name))
            if earlier is None:
                raise ValidationErrors([DomainError("supersedes_other", "supersedes")])
            context["supersedes_number"] = earlier.number
        count = Document.select().where(Document.appeal == appeal_id).count()
        context["doc_number"] = f"{context['reg_number']}/{count + 1}"
        content = render(t, context)
        digest = hashlib.sha256(content).hexdigest()
        row = Document.create(appeal=appeal_id, kind=name, number=context["doc_number"], lang=lang,
                              template=("custom:" if t.custom else "") + name, template_sha=t.sha,
                              sha256=digest, content=content, supersedes=supersedes,
                              fields=json.dumps(_kept(name, values, context), ensure_ascii=False, default=str),
                              created_by=user_id)
        history.record("appeal", appeal_id, "document_issued",
                       {"document": row.number, "kind": name, "lang": lang, "sha256": digest,
                        "supersedes": supersedes}, user_id)
        _close_notice_clock(appeal_id, name, context, user_id, today)
    return Issued(row.id, row.number, digest, content)


def _kept(name: str, values: dict, context: dict) -> dict:
    """What the document keeps of its fields: the values given and, for an
    act, the appeal route as printed (АППК 80.5), so the issued act keeps
    its route whatever the settings say later."""
    if name not in ROUTED:
        return values
    return {**values, **{k: context.get(k, "") for k in ROUTE_KEPT}}


def _close_notice_clock(appeal_id: int, name: str, context: dict, user_id: int,
                        today: dt.date | None) -> None:
    """The notice sent is the workflow's "notify": its clock closes on the
    delivery date (in the same transaction as the document)."""
    clock = NOTICE_CLOCKS.get(name)
    if clock is None or not CaseClock.select().where(
            (CaseClock.appeal == appeal_id) & (CaseClock.kind == clock)
            & (CaseClock.state == str(ClockState.OPEN))).exists():
        return
    engine.perform(appeal_id, "notify", get_user(user_id),
                     {"clock": str(Clock(clock)), "on_date": context.get("delivery_date"),
                      "channel": context.get("delivery_channel", "")}, today=today)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    number: str
    kind: str
    lang: str
    created_at: dt.datetime
    sha256: str
    supersedes: int | None


@guarded
def list_for(appeal_id: int) -> list[DocumentRow]:
    query = (Document.select(Document.id, Document.number, Document.kind, Document.lang,
                             Document.created_at, Document.sha256, Document.supersedes)
             .where(Document.appeal == appeal_id).order_by(Document.id))
    return [DocumentRow(r.id, r.number, r.kind, r.lang, r.created_at, r.sha256, r.supersedes)
            for r in query]


@guarded
def content(document_id: int) -> bytes:
    """The issued file, as kept; its SHA-256 is checked on the way out."""
    row = Document.get_or_none(Document.id == document_id)
    if row is None:
        raise DomainError("document_not_found")
    data = bytes(row.content)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise DomainError("document_damaged", number=row.number)
    return data
