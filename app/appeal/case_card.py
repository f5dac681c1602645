"""One appeal: its card (every field), its deadline explanation and history."""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import DomainError
from app.office.calendar_store import load_calendar
from app.office.profile import get_settings
from app.rules.calendar import WorkCalendar
from app.rules.deadlines import Deadline, explain_registered
from app.store import history
from app.store.storage import guarded
from models.entities import Appeal, CoExecutor, Forwarding, User
from models.entities_cases import Complaint

CARD_FIELDS = (
    "reg_number", "kind", "form", "status", "received_at", "registered_on",
    "term_days", "term_article", "statutory_due_on", "due_on",
    "applicant_type", "surname", "first_name", "patronymic", "iin", "org_name", "org_form", "org_form_other", "bin",
    "outgoing_number", "outgoing_date", "postal_address", "phone", "email",
    "collective", "signatories", "addressee", "substance", "appeal_date", "language",
    "signed", "attachments_count", "attachment_pages", "eotinish_number",
    # The case workflow (empty until used).
    "resolution", "internal_due_on", "security", "decision", "outcome", "ground",
    "decided_on", "closed_on", "hearing_exception", "hearing_exception_reason", "from_petition",
    # Issue 16: registered while e-Otinish was down; the applicant's feedback on the answer.
    "eotinish_catch_up", "feedback", "feedback_via", "feedback_on",
)


@dataclass(frozen=True)
class AppealCard:
    id: int
    values: dict
    missing: tuple[str, ...]
    registered_by: str
    registered_by_position: str
    executor: str
    deadline: Deadline
    history: list
    co_executors: tuple[str, ...] = ()
    forwardings: tuple = ()        # (whole, body, requests, forwarded_on)
    attached_to: str = ""          # the earlier case's number (АППК 64.8)
    user_names: dict | None = None  # id -> name, for the history
    # АППК 100.4: reopened by a binding decision: (complaint number, task, day, days); and the
    # complaints against this case's act or action (the link from the case side).
    reopened: tuple | None = None
    complaints: tuple[str, ...] = ()


def _name(user: User | None) -> str:
    return f"{user.surname} {user.first_name}" if user else ""


@guarded
def card(appeal_id: int) -> AppealCard:
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    values = {name: getattr(row, name) for name in CARD_FIELDS}
    registrar = User.get_by_id(row.registered_by_id)
    executor = User.get_or_none(User.id == row.executor_id) if row.executor_id else None
    co = (User.select().join(CoExecutor, on=(CoExecutor.user == User.id))
          .where((CoExecutor.appeal == row.id) & (CoExecutor.active == True)))  # noqa: E712
    forwardings = tuple((f.whole, f.body, f.requests, f.forwarded_on) for f in
                        Forwarding.select().where((Forwarding.appeal == row.id)
                                                  & Forwarding.reversed_by.is_null())
                        .order_by(Forwarding.id))
    earlier = Appeal.get_or_none(Appeal.id == row.attached_to) if row.attached_to else None
    by = Appeal.get_or_none(Appeal.id == row.reopened_by) if row.reopened_by else None
    reopened = (by.reg_number, row.reopen_task, row.reopened_on, row.reopen_days) if by is not None else None
    complaints = tuple(a.reg_number for a in Appeal.select(Appeal.reg_number)
                       .join(Complaint, on=(Complaint.appeal == Appeal.id))
                       .where(Complaint.case == row.id).order_by(Appeal.id))
    return AppealCard(row.id, values, tuple(m for m in row.missing.split(",") if m),
                      _name(registrar), registrar.position, _name(executor),
                      explain(row), history.history_of("appeal", row.id),
                      tuple(_name(u) for u in co), forwardings,
                      earlier.reg_number if earlier else "",
                      {u.id: _name(u) for u in User.select()}, reopened, complaints)


def explain(row: Appeal, cal: WorkCalendar | None = None) -> Deadline:
    """The stored appeal's deadline, explained day by day on today's calendar."""
    return explain_registered(row.received_at, row.registered_on, row.term_days,
                              row.term_article, cal or load_calendar(),
                              get_settings().hours)
