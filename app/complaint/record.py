"""A complaint's record: written with its registration, read for its card and
the complaint register, and what our own challenged case already knows."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app.complaint import execution as complaint_execution
from app.errors import DomainError
from app.rules.calendar import WorkCalendar
from app.rules.complaint import (
    COMPLAINT_MAX_LENGTHS,
    NO_SUSPENSION_GROUNDS,
    ComplaintInput,
    FilingTerm,
    filing_term,
    suspension_for,
)
from app.rules.enums import CASE_ROLES, HEAD_ROLES, ComplaintRole, ComplaintSubject, Role, Suspension
from app.store.storage import guarded
from models.entities import Appeal, CaseClock, ChangeLog, Document, User
from models.entities_cases import Complaint


def _clean(c: ComplaintInput) -> ComplaintInput:
    for name in ("case_number", "challenged_body", "challenged_act", "actual_address",
                 "attachments_list", "no_suspension_reason"):
        setattr(c, name, getattr(c, name).strip())
    c.role, c.subject = ComplaintRole(c.role), ComplaintSubject(c.subject)
    if c.subject != ComplaintSubject.ACT:   # 92.1-1 and 96.2 speak of acts
        c.route_missing = False
        if c.subject == ComplaintSubject.INACTION:
            c.no_suspension_ground = c.no_suspension_reason = ""
    return c


def input_errors(c: ComplaintInput, received_on: dt.date) -> list[DomainError]:
    """Typing mistakes that stop the save (with everything typed kept)."""
    c = _clean(c)
    errors = [DomainError("too_long", name, max=limit) for name, limit in COMPLAINT_MAX_LENGTHS.items()
              if len(getattr(c, name)) > limit]
    if c.case_number and _own_case(c.case_number) is None:
        errors.append(DomainError("case_not_found", "case_number"))
    for name in ("learned_on", "challenged_act_on"):
        day = getattr(c, name)
        if day is not None and day > received_on:
            errors.append(DomainError("date_after_receipt", name))
    if c.learned_on and c.challenged_act_on and c.learned_on < c.challenged_act_on:
        errors.append(DomainError("learned_before_act", "learned_on"))
    if c.filed_on is not None and c.filed_on > received_on:
        errors.append(DomainError("date_after_receipt", "filed_on"))
    elif c.filed_on is not None and c.learned_on is not None and c.filed_on < c.learned_on:
        errors.append(DomainError("filed_before_learned", "filed_on"))
    if c.no_suspension_ground and c.no_suspension_ground not in NO_SUSPENSION_GROUNDS:
        errors.append(DomainError("required", "no_suspension_ground"))
    elif c.no_suspension_ground == "96.1.2" and c.case_number:   # not an act an akimat adopts
        errors.append(DomainError("ground_not_ours", "no_suspension_ground"))
    elif c.no_suspension_ground and not c.no_suspension_reason:   # АППК 96.2: with its grounds
        errors.append(DomainError("required", "no_suspension_reason"))
    elif c.no_suspension_reason and not c.no_suspension_ground and not c.case_number:
        errors.append(DomainError("required", "no_suspension_ground"))   # which exception of 96.1
    if c.challenged_user_id is not None:
        user = User.get_or_none(User.id == c.challenged_user_id)
        if user is None or Role(user.role) not in CASE_ROLES:
            errors.append(DomainError("not_an_executor", "challenged_user_id"))
    return errors


def _own_case(number: str) -> Appeal | None:
    """Our case whose act or action is challenged (not another complaint)."""
    return Appeal.get_or_none((Appeal.reg_number == number.strip()) & (Appeal.kind != "complaint"))


def _act_document(case_id: int) -> Document | None:
    return (Document.select().where((Document.appeal == case_id) & (Document.kind == "act"))
            .order_by(Document.id.desc()).first())


@dataclass(frozen=True)
class CaseFacts:
    """What our own case says of the act challenged: pre-fills the form."""
    appeal_id: int
    reg_number: str
    decision: str
    decided_on: dt.date | None
    delivered_on: dt.date | None     # АППК 81: the default day the participant learned
    act_number: str                  # the issued act, if any
    route_stated: bool | None        # 80.5: an act issued here always states it
    no_suspension_reason: str        # 96.2 clause of the act
    decided_by: int | None           # the official who signed the act, else who decided (97.2)


@guarded
def case_facts(number: str) -> CaseFacts | None:
    row = _own_case(number)
    if row is None:
        return None
    doc = _act_document(row.id)
    fields = json.loads(doc.fields) if doc is not None else {}
    # АППК 81, 83.2: the day of the delivery (recorded with it since schema 9; before,
    # the day its execution clock started).
    delivered = (ChangeLog.select().where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == row.id)
                                          & (ChangeLog.action == "delivered"))
                 .order_by(ChangeLog.id.desc()).first())
    recorded = json.loads(delivered.changes).get("delivered_on") if delivered is not None else None
    delivered_on = dt.date.fromisoformat(str(recorded)[:10]) if recorded else None
    if delivered_on is None and delivered is not None:   # an entry from before schema 9
        delivery = (CaseClock.select(CaseClock.event_on).where((CaseClock.appeal == row.id)
                                                               & (CaseClock.kind == "execution"))
                    .order_by(CaseClock.id.desc()).first())
        delivered_on = delivery.event_on if delivery is not None else None
    decided = (ChangeLog.select().where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == row.id)
                                        & (ChangeLog.action == "decide"))
               .order_by(ChangeLog.id.desc()).first())
    # АППК 80.1 1), 91.3, 97.2: the official challenged is the one who signed the issued act
    # (whose route it printed); without an issued act, the one who recorded the decision.
    signed_by = User.get_or_none(User.id == doc.created_by_id) if doc is not None else None
    if signed_by is not None and signed_by.role in HEAD_ROLES:
        decided_by_id: int | None = signed_by.id
    else:
        decided_by_id = decided.user_id if decided else None
    return CaseFacts(row.id, row.reg_number, row.decision, row.decided_on,
                     delivered_on, doc.number if doc else "",
                     True if doc is not None else None,
                     str(fields.get("no_suspension_reason") or ""),
                     decided_by_id)


def create(appeal: Appeal, c: ComplaintInput, cal: WorkCalendar, user_id: int) -> dict:
    """The complaint row of a freshly registered appeal (inside its
    registration transaction); returns what goes into the history entry."""
    c = _clean(c)
    case = _own_case(c.case_number) if c.case_number else None
    doc = _act_document(case.id) if case is not None and c.subject == ComplaintSubject.ACT else None
    route_missing = False if doc is not None else c.route_missing   # our acts state the 80.5 route
    term: FilingTerm | None = (filing_term(c.learned_on, route_missing, cal)
                               if c.learned_on is not None else None)
    # АППК 92.1, 91.4 para 1: filed with the challenged body; we may get it later.
    filed_on = c.filed_on or appeal.received_at.date()
    suspension, ground, reason = suspension_for(c), c.no_suspension_ground, c.no_suspension_reason
    if doc is not None:   # АППК 96.2: our act itself says whether a complaint suspends it
        clause = str(json.loads(doc.fields).get("no_suspension_reason") or "")
        suspension = Suspension.NOT_SUSPENDED if clause else Suspension.SUSPENDED
        ground, reason = (ground, clause) if clause else ("", "")
    row = Complaint.create(
        appeal=appeal.id, role=str(c.role), subject=str(c.subject),
        case=case.id if case else None, challenged_body=c.challenged_body,
        challenged_user=c.challenged_user_id, challenged_act=c.challenged_act,
        challenged_act_on=c.challenged_act_on, actual_address=c.actual_address,
        attachments_list=c.attachments_list, learned_on=c.learned_on, filed_on=c.filed_on,
        route_missing=route_missing, filing_due_on=term.due_on if term else None,
        late=bool(term and filed_on > term.due_on), suspension=str(suspension),
        suspension_ground=ground, suspension_reason=reason,
        rights_explained_on=appeal.registered_on if c.rights_explained else None)
    if case is not None and suspension == Suspension.SUSPENDED:
        row.execution = complaint_execution.pause(row, appeal.registered_on, user_id)
        row.save()
    names = ("role", "subject", "challenged_body", "challenged_user", "challenged_act", "challenged_act_on",
             "actual_address", "attachments_list", "learned_on", "filed_on", "route_missing",
             "filing_due_on", "late", "suspension", "suspension_ground", "suspension_reason",
             "rights_explained_on", "execution")
    out = {("complaint_" + n if n in ("role", "subject") else n): getattr(row, n + "_id" if n == "challenged_user" else n)
           for n in names}
    out["challenged_case"] = case.reg_number if case else ""
    return out


@guarded
def send_to(complaint_id: int) -> str:
    """АППК 91.4 para 2, 80.5: where our challenged act said a complaint goes:
    the complaint body its issued act printed (the route per signer and
    category, kept with the document); "" when the act named none."""
    c = Complaint.get_or_none(Complaint.appeal == complaint_id)
    doc = _act_document(c.case_id) if c is not None and c.case_id is not None else None
    return str(json.loads(doc.fields).get("appeal_body") or "") if doc is not None else ""


def of(appeal_id: int) -> Complaint | None:
    return Complaint.get_or_none(Complaint.appeal == appeal_id)


def role_of(appeal_id: int) -> str | None:
    row = Complaint.select(Complaint.role).where(Complaint.appeal == appeal_id).first()
    return row.role if row else None


