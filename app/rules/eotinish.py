"""The e-Otinish number and the applicant's feedback: pure rules.

АППК 69.3: "... өтініштерді тіркеу, есепке алу, сондай-ақ «Электрондық
жолданымдар» ақпараттық-талдау жүйесін жүргізу ... мемлекеттік орган
белгілеген тәртіппен жүзеге асырылады."  The number that system gives an
appeal is assigned once and travels with it: stored trimmed, its spaces
removed and its letters in capitals, so one number is one text
(`` жт-2026-01234567 `` → ``ЖТ-2026-01234567``).
"""
from __future__ import annotations

import re
from enum import StrEnum

MAX_NUMBER = 50
# Letters (Latin, Cyrillic with the Kazakh ones) and digits in groups joined
# by "-", "/" or "."; at least five digits in all (a year alone is no number).
_NUMBER = re.compile(r"[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]+(?:[-/.][0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]+)*")
_SPACES = re.compile(r"\s+")


def normalize_number(text: str) -> str:
    """The number as stored: trimmed, without spaces, letters in capitals."""
    return _SPACES.sub("", text or "").upper()


def number_problem(number: str) -> str | None:
    """The error code for a normalized number that cannot be an e-Otinish
    number, or None.  An empty number is no problem (not entered yet)."""
    if not number:
        return None
    if len(number) > MAX_NUMBER:
        return "too_long"
    if not _NUMBER.fullmatch(number) or sum(c.isdigit() for c in number) < 5:
        return "eotinish_number_format"
    return None


class Feedback(StrEnum):
    """The applicant's opinion of the answer (issue 16 item 6)."""
    SATISFIED = "satisfied"
    NEUTRAL = "neutral"
    NOT_SATISFIED = "not_satisfied"


class FeedbackVia(StrEnum):
    """How the office obtained it."""
    PHONE = "phone"
    COUNTER = "counter"
