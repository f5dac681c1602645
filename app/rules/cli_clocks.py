"""The clocks the ``deadline`` command offers: one declaration per clock,
its name on the command line, what computes it and the event ``--event``
stands for.  Pure: no storage, no words (the command's own help text is in
``ui/cli/clocks.py``, keyed by the same names).

Every clock of ``RULES`` is offered, except those in ``NOT_OFFERED``, whose
last day nothing counts (tests/cli/test_every_clock.py holds both to it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.rules.calendar import WorkCalendar
from app.rules.clocks import RULES, ClockDue, Event, clock_due, discussion_notice_due
from app.rules.deadlines import CHALLENGED_TERM, due_date
from app.rules.enums import AppealKind, Clock


class Count(StrEnum):
    """How a command-line clock is computed."""
    CLOCK = "clock"        # a short clock of RULES: N working days after its event (clock_due)
    BACK = "back"          # counted back: N working days before its event (АППК 90-5.2)
    TERM = "term"          # a final term: N working days after registration (76.2) or receipt (91.4)
    FILING = "filing"      # months from the day the participant learned (АППК 92)


# Events that are not a case's Event: what --event stands for besides them.
LEARNED = "learned"          # the participant learned of the act or action (АППК 92.1)
DISCUSSION = "discussion"    # the day of the petition's public discussion (АППК 90-5.2)


@dataclass(frozen=True)
class CliClock:
    name: str                       # kebab-case, as typed after --clock
    count: Count
    article: str                    # as listed; a term's may come from the term table
    event: str                      # an Event value, LEARNED or DISCUSSION
    clock: Clock | None = None      # the RULES clock it computes (CLOCK, BACK)
    kind: AppealKind | None = None  # whose final term (TERM); None: the --kind given
    term: tuple[int, str] | None = None   # a fixed term (days, article), not the term table's


def _clock(name: str, kind: Clock, event: Event | None = None) -> CliClock:
    rule = RULES[kind]
    return CliClock(name, Count.CLOCK, rule.article, str(event or rule.runs_from[0]), clock=kind)


R, A, N = Event.RECEIPT, Event.ACTION, Event.NOTICE_RECEIVED
CLI_CLOCKS: tuple[CliClock, ...] = (
    CliClock("final", Count.TERM, "76.1", str(Event.REGISTRATION)),
    _clock("forward", Clock.FORWARD, R),
    _clock("forward-now", Clock.FORWARD_NOW, A),
    _clock("return", Clock.RETURN, Event.PERIOD_END),
    _clock("extension-notice", Clock.EXTENSION_NOTICE, A),
    _clock("termination-notice", Clock.TERMINATION_NOTICE, A),
    _clock("recusal-decision", Clock.RECUSAL_DECISION, A),
    _clock("recusal-notice", Clock.RECUSAL_NOTICE, A),
    _clock("act-earliest", Clock.ACT_EARLIEST, N),
    _clock("objection", Clock.OBJECTION, N),
    _clock("oral-motion", Clock.ORAL_MOTION, N),
    _clock("protocol", Clock.PROTOCOL, A),
    _clock("remarks", Clock.REMARKS, A),
    _clock("file-access", Clock.FILE_ACCESS, A),
    _clock("correction", Clock.CORRECTION, A),
    _clock("corrected-copy", Clock.CORRECTION_COPY, A),
    _clock("execution", Clock.EXECUTION, A),
    CliClock("complaint-forward", Count.TERM, CHALLENGED_TERM[1], str(R), kind=AppealKind.COMPLAINT,
             term=CHALLENGED_TERM),
    CliClock("complaint-consideration", Count.TERM, "99", str(Event.REGISTRATION), kind=AppealKind.COMPLAINT),
    _clock("unconsidered-notice", Clock.UNCONSIDERED_NOTICE, A),
    _clock("remand", Clock.REMAND, A),
    _clock("reopened", Clock.REOPENED, A),
    CliClock("petition", Count.TERM, "90-5.1.2", str(Event.REGISTRATION), kind=AppealKind.PETITION),
    CliClock("petition-invitation", Count.BACK, RULES[Clock.DISCUSSION_NOTICE].article, DISCUSSION,
             clock=Clock.DISCUSSION_NOTICE),
    _clock("petition-publication", Clock.PUBLICATION, A),
    CliClock("filing", Count.FILING, "92.1", LEARNED, kind=AppealKind.COMPLAINT),
)
BY_NAME = {c.name: c for c in CLI_CLOCKS}
CLI_CLOCK_NAMES = tuple(BY_NAME)

# Clocks of RULES the command does not offer: their last day is a date the
# office sets, nothing counts it (АППК 64.6: the period to correct).
NOT_OFFERED = frozenset({Clock.CURE})


def cli_clock(name: str) -> CliClock | None:
    return BY_NAME.get(name)


# Clocks whose act or decision may set its own days (--days): АППК 86.3, 100.4.
OWN_DAYS = frozenset({Clock.EXECUTION, Clock.REOPENED})


def count_from(spec: CliClock, event_on: dt.date, cal: WorkCalendar,
               term: tuple[int, str] | None = None, days: int | None = None) -> ClockDue:
    """The last day of ``spec`` for its event on ``event_on``, explained, as
    a case counts it: ``clock_due`` for a short clock, the count back of
    90-5.2, or a final term (``term``: days and article from the term
    table) from the registration day, or from the receipt for 91.4.  The
    filing term (months) is ``app.rules.complaint.filing_term``."""
    if spec.count == Count.CLOCK and spec.clock is not None:
        return clock_due(spec.clock, event_on, cal, days if spec.clock in OWN_DAYS else None)
    if spec.count == Count.BACK:
        return discussion_notice_due(event_on, cal)
    if spec.count == Count.TERM:
        days, article = spec.term or term or (0, "")
        if not days:
            raise ValueError(f"{spec.name}: no term given")
        due, steps = due_date(event_on, days, article, cal)
        return ClockDue(spec.name, event_on, days, article, due, tuple(steps))
    raise ValueError(f"{spec.name}: not counted in working days")
