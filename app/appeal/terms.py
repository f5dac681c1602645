"""The term table: statutory term per kind of appeal, with its article.

An administrator may change a term where a special law says otherwise
(АППК 76.1 "unless laws provide otherwise"); each change is recorded.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import DomainError
from app.office.auth import require_admin
from app.rules.enums import AppealKind
from app.store import history
from app.store.storage import guarded, steady_read, transaction
from models.entities import TermRule


@dataclass(frozen=True)
class Term:
    kind: AppealKind
    days: int
    article: str
    legal_ref: str = ""


# АППК 76.1: 15 working days; 99: complaints 20; 90-5.1.2): petitions at a
# local body 20.  The simplified kinds follow 76.1 through art. 87.2.
DEFAULT_TERMS = {
    AppealKind.APPLICATION: Term(AppealKind.APPLICATION, 15, "76.1"),
    AppealKind.COMPLAINT: Term(AppealKind.COMPLAINT, 20, "99"),
    AppealKind.MESSAGE: Term(AppealKind.MESSAGE, 15, "76.1"),
    AppealKind.PROPOSAL: Term(AppealKind.PROPOSAL, 15, "76.1"),
    AppealKind.RESPONSE: Term(AppealKind.RESPONSE, 15, "76.1"),
    AppealKind.REQUEST: Term(AppealKind.REQUEST, 15, "76.1"),
    AppealKind.PETITION: Term(AppealKind.PETITION, 20, "90-5.1.2"),
}


def _term(row: TermRule) -> Term:
    return Term(AppealKind(row.kind), row.days, row.article, row.legal_ref)


@guarded
def all_terms() -> list[Term]:
    rows = {r.kind: _term(r) for r in TermRule.select()}
    return [rows.get(str(k), DEFAULT_TERMS[k]) for k in AppealKind]


def term_for(kind: AppealKind) -> Term:
    return steady_read(("term", str(kind)), lambda: _term_for(kind))


def _term_for(kind: AppealKind) -> Term:
    row = TermRule.get_or_none(TermRule.kind == str(kind))
    return _term(row) if row else DEFAULT_TERMS[AppealKind(kind)]


@guarded
def update_term(kind: AppealKind, days: int, article: str, legal_ref: str,
                user_id: int) -> Term:
    """Change a term.  Applies to appeals registered afterwards; registered
    appeals keep the term they were registered with."""
    if not 1 <= days <= 366:
        raise DomainError("term_days_range", "days")
    if not article.strip():
        raise DomainError("required", "article")
    with transaction():
        require_admin(user_id)
        row = TermRule.get_or_none(TermRule.kind == str(kind))
        old = _term(row) if row else DEFAULT_TERMS[kind]
        if row is None:
            row = TermRule(kind=str(kind))
        row.days, row.article, row.legal_ref = days, article.strip(), legal_ref.strip()
        row.save()
        history.record("term_rule", row.id, "changed", {
            "kind": str(kind), "days": [old.days, days],
            "article": [old.article, row.article], "legal_ref": [old.legal_ref, row.legal_ref],
        }, user_id)
    return _term(row)
