"""The reception journal: who came, who received them, the question, what
was said and what came of it; a matter not resolved at the reception is set
out in writing and becomes a written appeal in one step, with its number,
talon and clocks, linked both ways (АППК 90.4)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appeal.registration import AppealInput, register
from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo
from app.rules.enums import (
    CASE_ROLES,
    AppealForm,
    AppealKind,
    ApplicantType,
    BookingStatus,
    ReceptionOutcome,
    Role,
)
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import User
from models.entities_cases import ReceptionBooking, ReceptionRecord, ReceptionSlot

# Questions by subject, for the statistics (issue 6 item 4).
SUBJECTS = ("land", "housing", "utilities", "roads", "social", "education_health", "other")
RECORDING_ROLES = CASE_ROLES | {Role.REGISTRAR, Role.ADMIN}


@dataclass
class RecordInput:
    official_id: int | None
    received_at: dt.datetime
    question: str
    subject: str
    outcome: str
    said: str = ""
    where_to: str = ""
    booking_id: int | None = None
    applicant_type: ApplicantType = ApplicantType.INDIVIDUAL
    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    iin: str = ""
    org_name: str = ""
    bin: str = ""
    phone: str = ""
    postal_address: str = ""


@guarded
def from_booking(booking_id: int) -> RecordInput:
    """A record started from the booking: the person and the question."""
    b = ReceptionBooking.get_by_id(booking_id)
    slot = ReceptionSlot.get_by_id(b.slot_id)
    moment = dt.datetime.combine(slot.day, dt.time(int(b.time[:2]), int(b.time[3:])))
    return RecordInput(official_id=slot.official_id, received_at=moment, question=b.question, subject="",
                       outcome="", booking_id=b.id, applicant_type=ApplicantType(b.applicant_type),
                       surname=b.surname, first_name=b.first_name, patronymic=b.patronymic, iin=b.iin,
                       org_name=b.org_name, bin=b.bin, phone=b.phone, postal_address=b.postal_address)


def _errors(r: RecordInput, now: dt.datetime) -> list[DomainError]:
    errors = []
    official = User.get_or_none(User.id == r.official_id) if r.official_id else None
    if official is None:
        errors.append(DomainError("required", "official_id"))
    elif official.role not in (Role.HEAD, Role.DEPUTY) or not official.active:   # АППК 90.1
        errors.append(DomainError("not_a_receiving_official", "official_id"))
    if r.received_at > now:
        errors.append(DomainError("received_in_future", "received_at"))
    display = r.org_name if r.applicant_type == ApplicantType.LEGAL else f"{r.surname} {r.first_name}"
    if not display.strip():
        errors.append(DomainError("required", "org_name" if r.applicant_type == ApplicantType.LEGAL else "surname"))
    if not r.question.strip():
        errors.append(DomainError("required", "question"))
    if r.subject not in SUBJECTS:
        errors.append(DomainError("required", "subject"))
    if r.outcome not in {str(o) for o in ReceptionOutcome}:
        errors.append(DomainError("required", "outcome"))
    elif r.outcome == ReceptionOutcome.NOT_COMPETENT and not r.where_to.strip():
        errors.append(DomainError("required", "where_to"))    # where to go instead
    elif r.outcome == ReceptionOutcome.RESOLVED and not r.said.strip():
        errors.append(DomainError("required", "said"))         # what was explained
    return errors


@guarded
def record(r: RecordInput, user: UserInfo, now: dt.datetime | None = None) -> int:
    if user.role not in RECORDING_ROLES:
        raise DomainError("forbidden_role")
    now = now or dt.datetime.now()
    with transaction():
        errors = _errors(r, now)
        if r.booking_id is not None:
            b = ReceptionBooking.get_or_none(ReceptionBooking.id == r.booking_id)
            if b is None or b.status != BookingStatus.BOOKED:
                errors.append(DomainError("booking_not_open", "booking_id"))
        if errors:
            raise ValidationErrors(errors)
        names = ("surname", "first_name", "patronymic", "iin", "org_name", "bin", "phone", "postal_address")
        values = {n: getattr(r, n).strip() for n in names}
        display = (values["org_name"] if r.applicant_type == ApplicantType.LEGAL else
                   " ".join(values[n] for n in ("surname", "first_name", "patronymic") if values[n]))
        row = ReceptionRecord.create(
            booking=r.booking_id, official=r.official_id, received_at=r.received_at.replace(second=0, microsecond=0),
            applicant_type=str(r.applicant_type), applicant_display=display, question=r.question.strip(),
            subject=r.subject, said=r.said.strip(), outcome=r.outcome, where_to=r.where_to.strip(),
            created_by=user.id, **values)
        if r.booking_id is not None:
            ReceptionBooking.update(status=str(BookingStatus.RECEIVED)).where(
                ReceptionBooking.id == r.booking_id).execute()
            history.record("booking", r.booking_id, "received", {"status": ["booked", "received"],
                                                                 "record": row.id}, user.id)
        history.record("reception_record", row.id, "recorded",
                       {"official_id": r.official_id, "outcome": r.outcome, "subject": r.subject,
                        "booking_id": r.booking_id, "applicant": display}, user.id)
    return row.id


# АППК 90.4: a written appeal of the kinds a reception can give rise to
# (a complaint and a petition have their own intake, 91.4 and 90-4).
CONVERTIBLE = (AppealKind.APPLICATION, AppealKind.MESSAGE, AppealKind.PROPOSAL, AppealKind.RESPONSE,
               AppealKind.REQUEST)


@guarded
def convert(record_id: int, kind: AppealKind, user: UserInfo, submission_key: str,
            now: dt.datetime | None = None, signed: bool = True):
    """АППК 90.4: the matter set out in writing becomes a written appeal,
    registered as if received at the reception (64.3), with its talon and
    clocks; the record and the appeal name each other."""
    now = now or dt.datetime.now()
    if kind not in CONVERTIBLE:
        raise ValidationErrors([DomainError("required", "appeal_kind")])
    with transaction():
        rec = ReceptionRecord.get_or_none(ReceptionRecord.id == record_id)
        if rec is None or rec.outcome != ReceptionOutcome.WRITTEN_APPEAL:
            raise DomainError("record_not_for_appeal")
        if rec.appeal_id is not None:
            raise DomainError("record_converted")
        official = User.get_by_id(rec.official_id)
        data = AppealInput(
            kind=kind, form=AppealForm.PAPER, received_at=rec.received_at,   # set out in writing (90.4)
            applicant_type=ApplicantType(rec.applicant_type), surname=rec.surname, first_name=rec.first_name,
            patronymic=rec.patronymic, iin=rec.iin, org_name=rec.org_name, bin=rec.bin, phone=rec.phone,
            postal_address=rec.postal_address, substance="\n".join(p for p in (rec.question, rec.said) if p),
            addressee=f"{official.position} {official.surname} {official.first_name}",
            appeal_date=rec.received_at.date(), signed=signed)
        result = register(data, user, submission_key, now=now)
        ReceptionRecord.update(appeal=result.id).where(ReceptionRecord.id == rec.id).execute()
        at = now.replace(microsecond=0)
        history.record("reception_record", rec.id, "converted", {"appeal": result.reg_number}, user.id, at)
        history.record("appeal", result.id, "from_reception", {"record": rec.id,
                                                               "received_at": rec.received_at}, user.id, at)
    return result


@guarded
def records(first: dt.date, last: dt.date) -> list[ReceptionRecord]:
    start = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
    return list(ReceptionRecord.select().where((ReceptionRecord.received_at >= start)
                                               & (ReceptionRecord.received_at < end))
                .order_by(ReceptionRecord.received_at))
