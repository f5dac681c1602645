"""The complaint register (АППК 94.1 → 69): ids, rows of a window, and one
complaint's details for its card, with its filing term explained."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.office.calendar_store import load_calendar
from app.rules.complaint import FilingTerm, filing_term
from app.rules.enums import OPEN_STATUSES, Status
from app.store.storage import guarded
from models.entities import Appeal, User
from models.entities_cases import Complaint

# A complaint sent on by the challenged body is still open for the register
# until the complaint body's decision is learned.
WAITING = (Status.FORWARDED,)


@guarded
def register_ids(open_only: bool = False, role: str | None = None) -> list[int]:
    """Complaint ids, newest first (appeal ids follow the registration order).
    Open: not yet closed, or sent on by us and the complaint body's decision
    not yet learned."""
    query = Complaint.select(Complaint.appeal).order_by(Complaint.appeal.desc())
    if role:
        query = query.where(Complaint.role == role)
    if open_only:   # driven by the appeal's status index: open cases are few
        def with_status(statuses):
            return Appeal.select(Appeal.id).where(Appeal.status.in_([str(s) for s in statuses])
                                                  & (Appeal.kind == "complaint"))
        query = query.where(Complaint.appeal.in_(with_status(OPEN_STATUSES))
                            | (Complaint.appeal.in_(with_status(WAITING)) & (Complaint.role == "challenged")
                               & (Complaint.review_result == "")))
    return [row[0] for row in query.tuples().iterator()]


@dataclass(frozen=True)
class RegisterRow:
    appeal_id: int
    reg_number: str
    registered_on: dt.date
    role: str
    applicant: str
    challenged: str            # the body and the act or action
    case_number: str
    filing_due_on: dt.date | None
    late: bool
    restored: str
    suspension: str
    suspension_ground: str
    suspension_ended_on: dt.date | None
    status: str
    due_on: dt.date
    decision: str
    court_case: str


@guarded
def register_rows(ids: list[int]) -> list[RegisterRow]:
    query = (Complaint.select(Complaint, Appeal).join(Appeal, on=(Complaint.appeal == Appeal.id))
             .where(Complaint.appeal.in_(ids)))
    found = list(query)
    case_ids = {c.case_id for c in found if c.case_id}
    numbers = {a.id: a.reg_number for a in
               Appeal.select(Appeal.id, Appeal.reg_number).where(Appeal.id.in_(case_ids))} if case_ids else {}
    by_id = {}
    for c in found:
        a = c.appeal
        challenged = " — ".join(p for p in (c.challenged_body, c.challenged_act) if p)
        by_id[a.id] = RegisterRow(
            a.id, a.reg_number, a.registered_on, c.role, a.applicant_display, challenged,
            numbers.get(c.case_id or 0, ""), c.filing_due_on, c.late, c.restored,
            c.suspension, c.suspension_ground, c.suspension_ended_on, a.status, a.due_on,
            a.decision, c.court_case)
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class ComplaintInfo:
    values: dict               # the complaint's own fields
    case_number: str
    challenged_user: str
    term: FilingTerm | None


@guarded
def info(appeal_id: int) -> ComplaintInfo | None:
    c = Complaint.get_or_none(Complaint.appeal == appeal_id)
    if c is None:
        return None
    values = {name: getattr(c, name) for name in Complaint._meta.sorted_field_names
              if name not in ("id", "appeal", "case", "challenged_user")}
    case = Appeal.get_or_none(Appeal.id == c.case_id) if c.case_id else None
    user = User.get_or_none(User.id == c.challenged_user_id) if c.challenged_user_id else None
    term = filing_term(c.learned_on, c.route_missing, load_calendar()) if c.learned_on else None
    return ComplaintInfo(values, case.reg_number if case else "",
                         f"{user.surname} {user.first_name}" if user else "", term)
