"""The rules of a complaint that need no storage: its filing term (АППК 92),
its mandatory content (93.2) and the suspension of the challenged act (96).
Which case actions belong to which side of it: ``app.complaint.actions``."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.rules.calendar import WorkCalendar
from app.rules.clocks import add_months
from app.rules.codes import RestoreReason
from app.rules.deadlines import Step, skip_step
from app.rules.enums import ComplaintRole, ComplaintSubject, Suspension
from app.rules.text import visible

# АППК 93.2: what a complaint states.  Codes shared with appeals keep their
# meaning; the article is the complaint's.  Missing items never stop
# registration (94.1 → 64.1); they start the 64.6 route.
COMPLAINT_ITEMS = {
    "addressee": "93.2.1",          # the complaint body
    "applicant_name": "93.2.2",
    "postal_address": "93.2.2",
    "actual_address": "93.2.3",
    "challenged_body": "93.2.4",
    "substance": "93.2.5",          # the circumstances and the arguments
    "appeal_date": "93.2.6",
    "signature": "93.2.7",
    "attachments_list": "93.2.8",
}
# АППК 96.1 1)–3): filing does not suspend the act where the act states one
# of these with its grounds (96.2).
NO_SUSPENSION_GROUNDS = ("96.1.1", "96.1.2", "96.1.3")
# АППК 92.2: valid reasons for a missed filing term.
RESTORE_REASONS = tuple(RestoreReason)


@dataclass
class ComplaintInput:
    role: ComplaintRole = ComplaintRole.REVIEWING
    subject: ComplaintSubject = ComplaintSubject.ACT
    case_number: str = ""            # our own case whose act or action is challenged
    challenged_body: str = ""
    challenged_user_id: int | None = None
    challenged_act: str = ""
    challenged_act_on: dt.date | None = None
    actual_address: str = ""
    attachments_list: str = ""
    learned_on: dt.date | None = None
    filed_on: dt.date | None = None  # with the challenged body (91.4 para 1), if not with us
    route_missing: bool = False
    no_suspension_ground: str = ""
    no_suspension_reason: str = ""
    rights_explained: bool = False   # АППК 94.2, at the counter


COMPLAINT_MAX_LENGTHS = {"case_number": 50, "challenged_body": 255, "actual_address": 255}


def complaint_missing(appeal, c: ComplaintInput) -> list[str]:
    """The 93.2 items a complaint does not state, besides the ones it shares
    with any appeal (app.rules.requirements.missing_items)."""
    out = []
    if not visible(c.actual_address):
        out.append("actual_address")
    if not visible(c.challenged_body):
        out.append("challenged_body")
    if appeal.attachments_count and not visible(c.attachments_list):
        out.append("attachments_list")
    return out


@dataclass(frozen=True)
class FilingTerm:
    learned_on: dt.date
    months: int
    article: str
    due_on: dt.date
    steps: tuple[Step, ...]


def filing_term(learned_on: dt.date, route_missing: bool, cal: WorkCalendar) -> FilingTerm:
    """АППК 92.1: three months from the day the participant learned of the
    act or the action (inaction); 92.1-1: six months where the act did not
    state the appeal route of 80.5.  Months run to the same day number, or
    the last day of a shorter month; a last day off moves to the next working
    day (76.5 by analogy).  Both are conventions (digest Q13)."""
    months, article = (6, "92.1-1") if route_missing else (3, "92.1")
    later = add_months(learned_on, months)
    steps = [Step("learned", learned_on, {"article": article}),
             Step("months_later", later, {"months": months, "article": article})]
    due = later
    while not cal.is_working(due):
        steps.append(skip_step(cal, due))
        due += dt.timedelta(days=1)
    if due != later:
        steps.append(Step("moved_to_working_day", due, {"article": "76.5"}))
    steps.append(Step("filing_due", due, {"article": article}))
    return FilingTerm(learned_on, months, article, due, tuple(steps))


def suspension_for(c: ComplaintInput) -> Suspension:
    """АППК 96.1: filing suspends the execution of the act or action, unless
    the act states an exception of 96.1 with its grounds (96.2)."""
    if c.subject == ComplaintSubject.INACTION:
        return Suspension.NOT_APPLICABLE
    if c.no_suspension_ground:
        return Suspension.NOT_SUSPENDED
    return Suspension.SUSPENDED
