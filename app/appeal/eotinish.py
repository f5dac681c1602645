"""The e-Otinish link of a case and the applicant's feedback: three case
actions, declared in ``app.appeal.actions``.

АППК 69.3: "Жеке қабылдауларды, мемлекеттік органдарға ... келіп түсетін
өтініштерді тіркеу, есепке алу, сондай-ақ «Электрондық жолданымдар»
ақпараттық-талдау жүйесін жүргізу құқықтық статистика және арнайы есепке
алу саласындағы статистикалық қызметті өз құзыреті шегінде жүзеге
асыратын мемлекеттік орган белгілеген тәртіппен жүзеге асырылады."
(«... регистрация, учёт ... а также ведение информационно-аналитической
системы «Электронные обращения» осуществляются в порядке, определяемом
государственным органом, осуществляющим ... деятельность в сфере правовой
статистики и специальных учётов».)  The number that system assigns is
given once: entering it is one recorded action (``eotinish_number``);
changing it afterwards is another, with its reason (``eotinish_correct``),
never a silent edit.  A number belongs to one appeal only.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cases.action import Act, CaseView, Ctx
from app.cases.inputs import choice, day, line, text
from app.rules.enums import Role
from app.rules.eotinish import MAX_NUMBER, Feedback, FeedbackVia, normalize_number, number_problem
from models.entities import Appeal
from models.entities_eotinish import EotinishOutage

# The chancellery keeps the register; the administrator, who may register, acts on no case.
NUMBER_ROLES = frozenset({Role.REGISTRAR})


@dataclass
class NumberInput:
    number: str = line()


@dataclass
class CorrectionInput:
    number: str = line()
    reason: str = text()


@dataclass
class FeedbackInput:
    feedback: str = choice(Feedback)
    feedback_via: str = choice(FeedbackVia)
    on_date: dt.date | None = day()
    note: str = text(optional=True)


def number_owner(number: str, appeal_id: int | None = None) -> Appeal | None:
    """Another appeal that already has ``number`` (read on its index)."""
    query = Appeal.select(Appeal.id, Appeal.reg_number).where(Appeal.eotinish_number == number)
    if appeal_id is not None:
        query = query.where(Appeal.id != appeal_id)
    return query.first()


def outage_open() -> EotinishOutage | None:
    """The outage going on, if the office marked one."""
    return (EotinishOutage.select().where(EotinishOutage.ended_at.is_null())
            .order_by(EotinishOutage.id.desc()).first())


def _number(ctx: Ctx) -> str:
    """The typed number, trimmed and checked: a plausible form, and no other
    appeal has it (АППК 69.3: one number, one appeal)."""
    number = normalize_number(ctx.text("number", limit=MAX_NUMBER * 4))
    if not number:
        return ""
    problem = number_problem(number)
    if problem is not None:
        ctx.fail(problem, "number", max=MAX_NUMBER)
        return number
    other = number_owner(number, ctx.appeal.id)
    if other is not None:
        ctx.fail("eotinish_number_taken", "number", reg_number=other.reg_number)
    return number


def set_number(ctx: Ctx) -> Act:
    if ctx.appeal.eotinish_number:   # given once: a change is a correction with its reason
        ctx.fail("eotinish_number_set", "number", number=ctx.appeal.eotinish_number)
        return Act()
    number = _number(ctx)
    return Act(changes={"eotinish_number": number, "eotinish_catch_up": False})


def correct_number(ctx: Ctx) -> Act:
    old = ctx.appeal.eotinish_number
    if not old:
        ctx.fail("eotinish_number_missing", "number")
        return Act()
    number = _number(ctx)
    reason = ctx.text("reason")
    if number and number == old:
        ctx.fail("eotinish_number_same", "number")
    return Act(changes={"eotinish_number": number}, details={"reason": reason})


def has_no_number(view: CaseView) -> bool:
    return not view.appeal.eotinish_number


def has_number(view: CaseView) -> bool:
    return bool(view.appeal.eotinish_number)


def feedback(ctx: Ctx) -> Act:
    """The applicant's opinion of the answer, obtained by phone or at the
    counter; who recorded it is the history entry's user."""
    value = ctx.choice("feedback", Feedback)
    via = ctx.choice("feedback_via", FeedbackVia)
    on = ctx.date("on_date")
    decided = ctx.appeal.decided_on
    if on is not None and decided is not None and on < decided:
        ctx.fail("feedback_before_decision", "on_date", day=decided)
    note = ctx.text("note", required=False)
    return Act(changes={"feedback": value, "feedback_via": via, "feedback_on": on},
               details={"note": note} if note else {})
