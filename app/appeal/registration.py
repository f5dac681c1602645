"""Registering an appeal: number, registration date, term, history, in one
transaction (АППК 64.1–64.3, 62.2, 76)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields

from app.appeal.case_card import explain
from app.appeal.eotinish import number_owner, outage_open
from app.appeal.terms import term_for
from app.complaint import record as complaints
from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, require_role
from app.office.calendar_store import load_calendar
from app.office.numbering import format_number, next_sequence
from app.office.profile import get_settings
from app.petition import record as petitions
from app.petition.record import PetitionInput
from app.rules.clocks import Event, clock_due, event_day
from app.rules.complaint import ComplaintInput, complaint_missing
from app.rules.deadlines import CHALLENGED_TERM, Deadline, compute
from app.rules.enums import (
    REGISTERING_ROLES,
    AppealForm,
    AppealKind,
    ApplicantType,
    Clock,
    ComplaintRole,
    Language,
    Party,
    Status,
)
from app.rules.eotinish import normalize_number, number_problem
from app.rules.names import case_fold, name_tokens
from app.rules.requirements import format_errors, is_oral, missing_items
from app.rules.text import clean
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import Appeal, AppealToken, CaseClock
from models.entities_cases import Complaint


@dataclass
class AppealInput:
    kind: AppealKind
    form: AppealForm
    received_at: dt.datetime
    applicant_type: ApplicantType = ApplicantType.INDIVIDUAL
    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    iin: str = ""
    org_name: str = ""
    org_form: str = ""            # АППК 80.1 3): app.rules.enums.OrgForm, optional
    org_form_other: str = ""      # its text when "other"
    bin: str = ""
    outgoing_number: str = ""
    outgoing_date: dt.date | None = None
    postal_address: str = ""
    phone: str = ""
    email: str = ""
    collective: bool = False
    signatories: int = 0
    addressee: str = ""
    substance: str = ""
    appeal_date: dt.date | None = None
    language: Language = Language.KK
    signed: bool = True
    attachments_count: int = 0
    attachment_pages: int = 0
    eotinish_number: str = ""
    from_petition: bool = False   # АППК 90-3.5: a petition short of its threshold


@dataclass(frozen=True)
class RepeatOf:
    """The earlier appeal a new one repeats, as the clerk chose it at the
    counter (``app.appeal.duplicates``): recorded in the registration's
    history entry, nothing else changes (АППК 64.1: registered all the same).
    ``attach``: proposed for filing into the earlier case without an answer
    (АППК 64.8), which the head then decides (the attach action)."""
    appeal_id: int
    rule: str = ""         # the duplicate rule that found it
    attach: bool = False


@dataclass(frozen=True)
class Registered:
    id: int
    reg_number: str
    registered_on: dt.date
    due_on: dt.date
    missing: tuple[str, ...]
    deadline: Deadline
    repeated_submit: bool = False
    kind: str = ""               # AppealKind: which list of required items applies
    complaint_role: str = ""     # ComplaintRole of a complaint: the challenged body only sends it on (91.4)


def applicant_display(a) -> str:
    if a.applicant_type == ApplicantType.LEGAL:
        return a.org_name.strip()
    return " ".join(p.strip() for p in (a.surname, a.first_name, a.patronymic) if p.strip())


def _texts(record, errors: list[DomainError]) -> None:
    """The one input rule (app.rules.text) on every text of ``record``."""
    for f in fields(record):
        value = getattr(record, f.name)
        if f.type in ("str", str) or isinstance(value, str):
            try:
                setattr(record, f.name, clean(value, f.name).strip())
            except DomainError as exc:
                errors.append(exc)


def _clean(a: AppealInput) -> AppealInput:
    a.iin, a.bin = a.iin.replace(" ", ""), a.bin.replace(" ", "")
    if a.applicant_type == ApplicantType.LEGAL:
        a.surname = a.first_name = a.patronymic = a.iin = ""
    else:
        a.org_name = a.bin = a.outgoing_number = a.org_form = ""
        a.outgoing_date = None
    if a.org_form != "other":
        a.org_form_other = ""
    if not a.collective:
        a.signatories = 0
    if is_oral(a) and a.appeal_date is None:   # АППК 63.1, 63.2 4): given on the day it is taken
        a.appeal_date = a.received_at.date()
    return a


@guarded
def register(data: AppealInput, user: UserInfo, submission_key: str,
             now: dt.datetime | None = None,
             complaint: ComplaintInput | None = None,
             petition: PetitionInput | None = None,
             repeat_of: RepeatOf | None = None) -> Registered:
    """Register ``data``.  Missing АППК 63.2 items make it INCOMPLETE, never a
    refusal (АППК 64.1).  A repeated ``submission_key`` (double click, retry
    after a lost answer) returns the appeal already registered.  A complaint
    (АППК 94.1) brings its own record: what it challenges, its filing term,
    and the side the office is on, which sets its term (91.4 or 99).
    ``repeat_of`` links it to the earlier appeal it repeats, in its history."""
    require_role(user, REGISTERING_ROLES)
    now = now or dt.datetime.now()
    texts: list[DomainError] = []
    for record in (data, complaint, petition):
        if record is not None:
            _texts(record, texts)
    if texts:   # not text at all, or text that cannot be stored: said next to the field
        raise ValidationErrors(texts)
    data = _clean(data)
    if data.kind != AppealKind.COMPLAINT:
        complaint = None
    elif complaint is None:   # every complaint has its record (the 93.2 items then flagged)
        complaint = ComplaintInput()
    if data.kind != AppealKind.PETITION:
        petition = None
    elif petition is None:
        petition = PetitionInput()
    data.eotinish_number = normalize_number(data.eotinish_number)   # АППК 69.3: one number, one text
    errors = format_errors(data, now)
    problem = number_problem(data.eotinish_number)
    if problem is not None and problem != "too_long":   # too long: said by format_errors
        errors.append(DomainError(problem, "eotinish_number"))
    if petition is not None:
        errors += petitions.input_errors(petition)
    if data.from_petition and data.kind not in (AppealKind.MESSAGE, AppealKind.RESPONSE, AppealKind.PROPOSAL):
        errors.append(DomainError("from_petition_kind", "from_petition"))   # АППК 90-3.5
    if complaint is not None:
        errors += complaints.input_errors(complaint, data.received_at.date())
    if errors:
        raise ValidationErrors(errors)
    if _submitted(submission_key):
        return _registered(Appeal.get(Appeal.submission_key == submission_key), repeated=True)
    missing = missing_items(data) + (complaint_missing(data, complaint) if complaint else []) \
        + (petitions.petition_missing(data, petition) if petition else [])
    role = complaint.role if complaint else None
    with transaction():
        if _submitted(submission_key):
            return _registered(Appeal.get(Appeal.submission_key == submission_key), repeated=True)
        other = number_owner(data.eotinish_number) if data.eotinish_number else None
        if other is not None:   # АППК 69.3: the number belongs to one appeal
            raise ValidationErrors([DomainError("eotinish_number_taken", "eotinish_number",
                                                reg_number=other.reg_number)])
        # Registered while e-Otinish is down: flagged to be caught up once it is back.
        catch_up = not data.eotinish_number and outage_open() is not None
        office = get_settings()   # read under the write lock, like the calendar
        cal = load_calendar()
        deadline = _deadline(data.kind, data.received_at, office.hours, cal, role)
        year = deadline.registered_on.year
        seq = next_sequence(year)
        display = applicant_display(data)
        values = {k: (str(v) if hasattr(v, "value") else v) for k, v in asdict(data).items()}
        appeal = Appeal.create(
            **values, reg_year=year, reg_seq=seq, submission_key=submission_key,
            reg_number=format_number(office.number_format, office.number_prefix, year, seq),
            applicant_display=display, applicant_norm=case_fold(display),
            missing=",".join(missing), registered_on=deadline.registered_on,
            term_days=deadline.term_days, term_article=deadline.article,
            statutory_due_on=deadline.due_on, due_on=deadline.due_on,
            status=str(Status.INCOMPLETE if missing else Status.REGISTERED),
            registered_by=user.id, created_at=now.replace(microsecond=0), eotinish_catch_up=catch_up)
        # The name's search words, Kazakh letters folded (app.rules.names).
        rows = [{"appeal": appeal.id, "token": t} for t in name_tokens(display)]
        if rows:
            AppealToken.insert_many(rows).execute()
        extra = complaints.create(appeal, complaint, cal, user.id) if complaint else {}
        if petition is not None:
            extra = petitions.create(appeal, petition)
        if repeat_of is not None:
            extra = {**extra, **_repeat_link(repeat_of)}
        action_id = history.record("appeal", appeal.id, "registered",
                                   {**values, **extra, "reg_number": appeal.reg_number,
                                    **({"eotinish_catch_up": True} if catch_up else {}),
                                    "registered_on": deadline.registered_on,
                                    "due_on": deadline.due_on, "missing": missing,
                                    "status": appeal.status}, user.id, now.replace(microsecond=0))
        if role == ComplaintRole.CHALLENGED:   # АППК 91.4: its own step, its term
            return Registered(appeal.id, appeal.reg_number, deadline.registered_on,
                              deadline.due_on, tuple(missing), deadline,
                              kind=str(data.kind), complaint_role=str(role))
        # АППК 65.1: 3 working days to forward it if it is not ours; the
        # clock stops when the head assigns it (competence accepted).
        start = event_day(Clock.FORWARD, {Event.RECEIPT: data.received_at.date(),
                                          Event.REGISTRATION: deadline.registered_on})
        forward = clock_due(Clock.FORWARD, start, cal)
        CaseClock.create(appeal=appeal.id, kind=str(Clock.FORWARD), article=forward.article,
                         party=str(Party.OFFICE), event_on=start,
                         days=forward.days, due_on=forward.due_on, opened_by=action_id)
    return Registered(appeal.id, appeal.reg_number, deadline.registered_on,
                      deadline.due_on, tuple(missing), deadline,
                      kind=str(data.kind), complaint_role=str(role) if role else "")


def _repeat_link(repeat_of: RepeatOf) -> dict:
    """The link to the earlier appeal, as the registration's history records it.

    АППК 64.1: an appeal is never refused at registration, so advice that no
    longer holds (the earlier appeal gone, or no longer a returned repeat
    when the clerk saves) is recorded, never raised."""
    earlier = Appeal.get_or_none(Appeal.id == repeat_of.appeal_id)
    if earlier is None:
        return {"repeat_of_id": repeat_of.appeal_id, "duplicate_rule": repeat_of.rule,
                "repeat_link_lost": "earlier_not_found"}
    link = {"repeat_of": earlier.reg_number, "repeat_of_id": earlier.id,
            "duplicate_rule": repeat_of.rule}
    if repeat_of.attach:
        # АППК 64.8: only into a case whose appeal was returned as a repeat
        # appeal (64.7 2) second paragraph), "бұрын қаралған әкімшілік істің
        # материалдарына қоса тігіледі".
        if earlier.status != Status.RETURNED or earlier.ground != "64.7.2.repeat":
            link["attach_refused"] = "earlier_not_returned"
        else:
            link["attach_proposed"] = True
    return link


def _submitted(submission_key: str) -> bool:
    """Whether this submission is registered already (its key, not its 61 columns)."""
    return Appeal.select(Appeal.id).where(Appeal.submission_key == submission_key).exists()


def _registered(row: Appeal, repeated: bool) -> Registered:
    deadline = explain(row)
    missing = tuple(m for m in row.missing.split(",") if m)
    complaint = Complaint.get_or_none(Complaint.appeal == row.id) if row.kind == AppealKind.COMPLAINT else None
    return Registered(row.id, row.reg_number, row.registered_on, row.due_on,
                      missing, deadline, repeated_submit=repeated, kind=row.kind,
                      complaint_role=complaint.role if complaint else "")


@guarded
def registration_result(appeal_id: int) -> Registered:
    """What registering ``appeal_id`` gave (number, due date, what is missing
    now): for the notice shown after a registration made elsewhere (the
    reception's written appeal, АППК 90.4)."""
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise DomainError("appeal_not_found")
    return _registered(row, repeated=False)


def _deadline(kind: AppealKind, received_at: dt.datetime, hours, cal=None,
              role: ComplaintRole | None = None) -> Deadline:
    if kind == AppealKind.COMPLAINT and role == ComplaintRole.CHALLENGED:
        days, article = CHALLENGED_TERM
    else:
        term = term_for(kind)
        days, article = term.days, term.article
    return compute(received_at, days, article, cal or load_calendar(), hours)


@guarded
def preview(kind: AppealKind, received_at: dt.datetime,
            role: ComplaintRole | None = None) -> Deadline:
    """What registering now would give: registration date and due date."""
    return _deadline(kind, received_at, get_settings().hours, role=role)
