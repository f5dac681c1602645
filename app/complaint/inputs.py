"""The inputs of the complaint's case actions (АППК 91.4, 92, 98, 100, 100.6)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cases.inputs import choice, day, flag, items, line, number, text, user
from app.rules.codes import (
    ComplaintDecision,
    ComplaintGround,
    HearingException,
    HearingForm,
    ReopenTask,
    RestoreReason,
    ReviewResult,
    SatisfiedBy,
    UnconsideredGround,
)


@dataclass
class Send:
    body: str = line()
    with_file: bool = flag()
    on_date: dt.date | None = day()


@dataclass
class Satisfy:
    means: str = choice(SatisfiedBy)
    remedy: str = text()
    fully: bool = flag()
    on_date: dt.date | None = day()


@dataclass
class Review:
    result: str = choice(ReviewResult)
    note: str = text(optional=True)
    term_days: int | None = number()   # АППК 100.4: the term the decision sets for us, if any
    on_date: dt.date | None = day()


@dataclass
class RestoreTerm:
    reason_kind: str = choice(RestoreReason)
    reason: str = text()
    granted: bool = flag()
    motion_on: dt.date | None = day()
    on_date: dt.date | None = day()


@dataclass
class Decide:
    decision: str = choice(ComplaintDecision)
    grounds: list = items(ComplaintGround, optional=True)
    subordinate: bool = flag()   # АППК 91.3: the body challenged stands below us
    competent: bool = flag()
    new_act: str = text(optional=True)
    not_worse: bool = flag()
    violations: str = text(optional=True)
    proposals: str = text(optional=True)
    ground: str = choice(UnconsideredGround, optional=True)
    basis: str = text(optional=True)
    reasoning: str = text()
    legal_norms: str = text(optional=True)
    hearing_exception: str = choice(HearingException, optional=True)
    exception_reason: str = text(optional=True)
    term_days: int | None = number()   # АППК 100.4: a case of ours that reopens: its term, if set
    on_date: dt.date | None = day()


@dataclass
class DecisionSent:
    channel: str = line(optional=True)
    on_date: dt.date | None = day()
    copy_on: dt.date | None = day(optional=True)


@dataclass
class OfficialHeard:
    hearing_form: str = choice(HearingForm)
    text: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Facts:
    learned_on: dt.date | None = day(optional=True)
    filed_on: dt.date | None = day(optional=True)
    route_missing: bool = flag()
    rights_explained_on: dt.date | None = day(optional=True)
    challenged_body: str = line(optional=True)
    challenged_user_id: int | None = user(optional=True)


@dataclass
class Court:
    court_name: str = line()
    court_case: str = line()
    court_outcome: str = text(optional=True)
    court_obliges: str = choice(ReopenTask, optional=True)   # our case reopens (АППК 100.4 by analogy)
    term_days: int | None = number()
    on_date: dt.date | None = day()
