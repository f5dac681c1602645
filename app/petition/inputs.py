"""The inputs of the petition's case actions (АППК 90-5, 90-6)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cases.inputs import choice, day, flag, line, text
from app.rules.enums import PetitionDecision


@dataclass
class Visit:
    note: str = text(optional=True)
    waived_reason: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class DiscussionSet:
    discussion_on: dt.date | None = day()
    place: str = line()
    on_date: dt.date | None = day()


@dataclass
class Notified:
    internet: bool = flag()
    direct: bool = flag()
    channels: str = line(optional=True)
    on_date: dt.date | None = day()


@dataclass
class DiscussionHeld:
    note: str = text(optional=True)
    on_date: dt.date | None = day()


@dataclass
class Commission:
    members: str = text()
    on_date: dt.date | None = day()


@dataclass
class Decide:
    decision: str = choice(PetitionDecision)
    facts: str = text()
    legal_refs: str = text()
    reasoning: str = text()
    decision_text: str = text()
    on_date: dt.date | None = day()


@dataclass
class Published:
    url: str = line()
    on_date: dt.date | None = day()


@dataclass
class Statement:
    text: str = text()
    on_date: dt.date | None = day()
