"""Demo complaints on both sides, taken through their real actions
(АППК 91.4, 92.2, 95, 98.3, 100, 100.6)."""
from __future__ import annotations

import datetime as dt
import random

from app.engine import perform
from app.errors import DomainError
from app.office.calendar_store import load_calendar
from app.rules.complaint import ComplaintInput
from app.rules.enums import AppealKind, ComplaintRole, ComplaintSubject, Role, Status
from models.entities import Appeal
from models.entities_cases import Complaint

BODIES = ("Ақсу ауылдық округінің әкімі",)   # our akim: a complaint on his act goes to the district
ACTS = ("жер учаскесін беруден бас тарту туралы шешім", "әлеуметтік көмек тағайындаудан бас тарту",
        "жол жөндеуге өтінішке жауап бермеу", "анықтама беруден бас тарту")
DECISIONS = ("revoke", "revoke_new", "perform", "unsatisfied", "unsatisfied", "remand", "unconsidered")


def complaint_input(rnd: random.Random, data, users: dict | None = None) -> ComplaintInput:
    """A complaint as it comes in: against our own (the akim's) act, which we
    send on to the district akimat (АППК 91.4), or against an act or action of
    our deputy or a specialist, which our akim considers as their superior
    (91.3; never the official challenged, 97.2)."""
    role = ComplaintRole.CHALLENGED if rnd.random() < 0.4 else ComplaintRole.REVIEWING
    subject = rnd.choice((ComplaintSubject.ACT, ComplaintSubject.ACT, ComplaintSubject.ACTION,
                          ComplaintSubject.INACTION))
    received = data.received_at.date()
    # Most learned of it weeks before; a few come after the three months (АППК 92.3).
    learned = received - dt.timedelta(days=rnd.choice((5, 12, 20, 40, 60, 100, 130)))
    act_on = learned - dt.timedelta(days=rnd.randint(0, 5))
    earlier = None
    if role == ComplaintRole.CHALLENGED and rnd.random() < 0.6:   # our own act, decided before
        earlier = (Appeal.select().where((Appeal.kind == str(AppealKind.APPLICATION))
                                         & (Appeal.status == str(Status.DECIDED))
                                         & (Appeal.decided_on < received - dt.timedelta(days=3)))
                   .order_by(Appeal.id.desc()).first())
    if earlier is not None:
        act_on = earlier.decided_on
        learned = min(received, act_on + dt.timedelta(days=rnd.randint(1, 10)))
    data.addressee = "Ақсу ауданының әкімдігі" if role == ComplaintRole.CHALLENGED else "Ауыл әкімі"
    official = None
    if role == ComplaintRole.REVIEWING and users:
        official = rnd.choice((users[Role.DEPUTY], users["executor2"]))
    body = BODIES[0] if official is None else f"{official.position} {official.surname} {official.first_name[:1]}."
    return ComplaintInput(
        role=role, subject=ComplaintSubject.ACT if earlier else subject,
        case_number=earlier.reg_number if earlier else "",
        challenged_body=body, challenged_user_id=official.id if official is not None else None,
        challenged_act=f"№ {rnd.randint(10, 99)} {rnd.choice(ACTS)}", challenged_act_on=act_on,
        actual_address=data.postal_address, learned_on=learned,
        attachments_list="Шешімнің көшірмесі" if data.attachments_count else "",
        route_missing=rnd.random() < 0.1, rights_explained=True)


def _redo(case_id: int | None, learned: dt.date, today: dt.date, cal, head) -> None:
    """A case the decision reopened (АППК 100.4) is decided again in its term,
    when the demo's today is well past it; a recent one stays open."""
    case = Appeal.get_or_none(Appeal.id == case_id) if case_id else None
    if case is None or case.reopened_on is None or case.status not in (Status.IN_PROGRESS, Status.REGISTERED):
        return
    day = cal.add_working_days(learned, 8)
    if day >= today - dt.timedelta(days=21):   # a recent one is still in work
        return
    perform(case.id, "decide", head, {"decision": "act_favourable", "outcome": "satisfied",
                                      "hearing_exception": "73.2.1", "on_date": day}, today=day)


def advance(rnd: random.Random, appeal_id: int, today: dt.date, users) -> None:
    cal = load_calendar()
    row = Appeal.get_by_id(appeal_id)
    age = (today - row.registered_on).days
    if age < 3 or row.status == Status.INCOMPLETE:
        return

    def on(n: int) -> dt.date:
        return min(cal.add_working_days(row.registered_on, n), today)

    def do(action: str, who, day: dt.date, **params) -> None:
        perform(appeal_id, action, who, {"on_date": day, **params}, today=day)

    head, registrar = users[Role.HEAD], users[Role.REGISTRAR]
    try:
        if row.term_article == "91.4":
            if rnd.random() < 0.2:
                do("complaint_satisfy", head, on(2), means="act", fully=True,
                   remedy="Шешімнің күші жойылып, жаңа қолайлы акт қабылданды")
                return
            do("complaint_send", registrar, on(2), body=row.addressee, with_file=True)
            if age > 20:
                do("review_result", registrar, on(12), result=rnd.choice(DECISIONS[:5] + ("deemed_refusal",)))
                _redo(Complaint.get(Complaint.appeal == row.id).case_id, on(12), today, cal, head)
            return
        do("assign", head, on(1), executor_id=users[Role.EXECUTOR].id, resolution="Шағымды қарау")
        if age < 12:
            return
        late = Complaint.get(Complaint.appeal == row.id).late
        if late and rnd.random() < 0.5:
            do("restore_term", head, on(3), reason_kind="illness", reason="Ауруханада емделді",
               granted=True, motion_on=row.registered_on)
        decision = rnd.choice(DECISIONS)
        params: dict[str, object] = {"reasoning": "Іс материалдары толық зерттелді", "legal_norms": "ӘРПК 98, 100-баптары"}
        if decision == "unconsidered":
            params.update(ground="95.1.5", basis="Сотта әкімшілік талап қаралуда")
        else:   # АППК 98.3: the official and the participant heard
            do("official_heard", users[Role.EXECUTOR], on(5), hearing_form="written",
               text="Лауазымды адамның жазбаша түсініктемесі алынды")
            do("hearing_notice", users[Role.EXECUTOR], on(6), preliminary="Алдын ала шешім",
               hearing_form="written", received_on=on(6))
            params.update(grounds=["100.3.3"], competent=True, new_act="Жаңа акт",
                          not_worse=True, violations="Жер комиссиясы шақырылмаған",
                          proposals="Мәселені комиссияда қайта қарау")
        do("complaint_decide", head, on(12), decision=decision, **params)
        do("decision_sent", registrar, on(13), copy_on=on(13), channel="тапсырыс хат")
        if rnd.random() < 0.1:
            do("court_recorded", registrar, on(18), court_name="Ақсу аудандық соты",
               court_case=f"7521-26-00-4/{rnd.randint(1, 400)}")
    except DomainError:
        return
