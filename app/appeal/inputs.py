"""The inputs of the appeal's case actions (АППК 64–86), one dataclass each.
The form is laid out from them in this order (``app.cases.inputs``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appeal.consideration import FULL_DECISIONS, FULL_GROUNDS, SIMPLE_DECISIONS, SIMPLE_GROUNDS
from app.appeal.hearing import NOTICE_CLOCKS, RECUSAL_GROUNDS, REMARK_DECISIONS
from app.appeal.intake import RETURN_GROUNDS
from app.cases.inputs import choice, day, flag, items, line, number, text, user, users
from app.rules.codes import HearingException, HearingForm, Procedure
from app.rules.enums import Outcome

P = Procedure
NOT_SIMPLIFIED = frozenset(P) - {P.SIMPLIFIED}


@dataclass
class OnDate:
    on_date: dt.date | None = day()


@dataclass
class Noted:
    note: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Texted:
    text: str = text()
    on_date: dt.date | None = day()


@dataclass
class Assign:
    executor_id: int | None = user()
    co_executor_ids: list = users(optional=True)
    resolution: str = text()
    internal_due_on: dt.date | None = day(optional=True)
    on_date: dt.date | None = day()


@dataclass
class RequestCorrection:
    items: list = items()
    until: dt.date | None = day(optional=True)
    channel: str = line(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Return:
    ground: str = choice(RETURN_GROUNDS)
    reasons: str = text()
    earlier_number: str = line(optional=True)
    no_new_arguments: bool = flag()   # АППК 64.7 2): for a repeat appeal
    on_date: dt.date | None = day()


@dataclass
class Attach:
    earlier_number: str = line()
    on_date: dt.date | None = day()


@dataclass
class Forward:
    body: str = line()
    on_date: dt.date | None = day()
    notified_on: dt.date | None = day()


@dataclass
class ForwardPart:
    body: str = line()
    requests: str = text()
    security_part: bool = flag()
    on_date: dt.date | None = day()
    notified_on: dt.date | None = day()


@dataclass
class Withdraw:
    written: bool = flag()
    note: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Extend:
    new_due_on: dt.date | None = day(optional=True)
    reason: str = text()
    on_date: dt.date | None = day()


@dataclass
class HearingNotice:
    preliminary: str = text()
    hearing_form: str = choice(HearingForm)
    on_date: dt.date | None = day()
    received_on: dt.date | None = day(optional=True)


@dataclass
class HearingExceptionInput:
    item: str = choice(HearingException)
    reason: str = text(optional=True)


@dataclass
class OralMotion:
    text: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class ProtocolRemarks:
    text: str = text()
    remarks_decision: str = choice(REMARK_DECISIONS)
    on_date: dt.date | None = day()


@dataclass
class Decide:
    decision: str = choice({P.SIMPLIFIED: SIMPLE_DECISIONS, P.APPLICATION: FULL_DECISIONS})
    outcome: str = choice(Outcome, optional=True)
    notified_on: dt.date | None = day(optional=True, only={P.SIMPLIFIED})
    hearing_exception: str = choice(HearingException, optional=True, only=NOT_SIMPLIFIED)
    exception_reason: str = text(optional=True, only=NOT_SIMPLIFIED)
    # АППК 86.3: the act's execution term (empty: 5 working days; none for a refusal).
    execution_days: int | None = number(only=NOT_SIMPLIFIED)
    on_date: dt.date | None = day()


@dataclass
class Terminate:
    ground: str = choice({P.SIMPLIFIED: SIMPLE_GROUNDS, P.APPLICATION: FULL_GROUNDS})
    reason: str = text()
    on_date: dt.date | None = day()


@dataclass
class RecusalDeclared:
    official_id: int | None = user()
    ground: str = choice(RECUSAL_GROUNDS)
    circumstances: str = text()
    self: bool = flag()
    on_date: dt.date | None = day()


@dataclass
class RecusalDecided:
    granted: bool = flag()
    executor_id: int | None = user(optional=True)
    superior_body: str = line(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Notify:
    clock: str = choice(NOTICE_CLOCKS)
    channel: str = line(optional=True)
    on_date: dt.date | None = day()


@dataclass
class FileAccessGiven:
    withheld: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Delivered:
    channel: str = line(optional=True)
    on_date: dt.date | None = day()
