"""An office's two Novembers (2025 and 2026) with known figures, built through
the services (registration, the case actions, the reception journal), for the
report tests on SQLite and PostgreSQL.

November 2026 (the period; "today" is 21 December 2026):
  app_sat     application, individual, kk, paper; assigned by the akim to exec;
              act_favourable/satisfied on 10 Nov (in time)
  app_late    application, ru, electronic; assigned by the deputy to exec2;
              act_burdening/refused the day after its due date (late)
  msg_ok      message; answered/clarified in time (exec)
  prop_noted  proposal; taken into consideration (noted) in time
  req_fwd     request; forwarded (АППК 65) by the registrar
  resp_open   response, legal entity, ru; assigned to exec; open past term
  app_ext     application, collective; assigned to exec; extended (76.3), open past term
  coll_term   application, collective; terminated (70.1 1)) by the akim
  complaint   complaint (act) considered by the office; 100.1 4) unsatisfied
  petition    petition; registered, open within its term
  excluded    application marked 69.3 state services: in no figure
  oct_msg     message registered 20 Oct 2026, answered 3 Nov: considered, not received
  reception   one personal reception (land, resolved) on 12 Nov
November 2025 (the same period a year earlier):
  old_sat     application; satisfied in time
  old_late    message; answered (refused) late
  old_open    application; open past term
"""
from __future__ import annotations

import datetime as dt
import itertools

from app.appeal.registration import register
from app.engine import perform
from app.office.calendar_store import load_calendar
from app.reception.journal import RecordInput
from app.reception.journal import record as record_reception
from app.reports import mark_excluded
from app.rules.complaint import ComplaintInput
from app.rules.enums import AppealForm, AppealKind, ApplicantType, Language
from models.entities import Appeal
from tests.conftest import _appeal_input

D = dt.date.fromisoformat
TODAY = D("2026-12-21")
LEGAL = {"applicant_type": ApplicantType.LEGAL, "org_name": "Ақсу ЖШС", "bin": "050240000005",
         "surname": "", "first_name": "", "patronymic": ""}
_keys = itertools.count(1)


def build(staff: dict) -> dict[str, int]:
    cal = load_calendar()
    ids: dict[str, int] = {}

    def reg(name: str, received: str, kind=AppealKind.APPLICATION, complaint=None, **fields) -> int:
        moment = dt.datetime.fromisoformat(received)
        data = _appeal_input(moment, kind=kind, **fields)
        ids[name] = register(data, staff["registrar"], f"rep{next(_keys)}", now=moment,
                             complaint=complaint).id
        return ids[name]

    def act(name: str, action: str, who: str, day: dt.date, **params) -> None:
        perform(ids[name], action, staff[who], {"on_date": day, **params}, today=day)

    def due(name: str) -> dt.date:
        return Appeal.get_by_id(ids[name]).due_on

    def assign(name: str, day: str, who: str = "akim", executor: str = "exec") -> None:
        act(name, "assign", who, D(day), executor_id=staff[executor].id, resolution="Қарау")
        act(name, "accept", executor, D(day))

    # --- November 2026 ----------------------------------------------------------------
    reg("app_sat", "2026-11-02 10:00")
    assign("app_sat", "2026-11-03")
    act("app_sat", "decide", "akim", D("2026-11-10"), decision="act_favourable", outcome="satisfied",
        hearing_exception="73.2.1")

    reg("app_late", "2026-11-03 11:00", language=Language.RU, form=AppealForm.ELECTRONIC,
        email="a@mail.kz")
    assign("app_late", "2026-11-04", who="deputy", executor="exec2")
    act("app_late", "hearing_notice", "exec2", D("2026-11-05"), preliminary="Бас тарту",
        hearing_form="written")
    late_day = cal.add_working_days(due("app_late"), 1)
    act("app_late", "decide", "akim", late_day, decision="act_burdening", outcome="refused")

    reg("msg_ok", "2026-11-05 09:00", kind=AppealKind.MESSAGE)
    assign("msg_ok", "2026-11-06")
    act("msg_ok", "decide", "akim", D("2026-11-12"), decision="answer", outcome="clarified")

    reg("prop_noted", "2026-11-06 09:00", kind=AppealKind.PROPOSAL)
    assign("prop_noted", "2026-11-09")
    act("prop_noted", "decide", "akim", D("2026-11-13"), decision="noted", notified_on=D("2026-11-13"))

    reg("req_fwd", "2026-11-09 09:00", kind=AppealKind.REQUEST)
    act("req_fwd", "forward", "registrar", D("2026-11-10"), body="Облыс әкімдігі")

    reg("resp_open", "2026-11-10 09:00", kind=AppealKind.RESPONSE, language=Language.RU, **LEGAL)
    assign("resp_open", "2026-11-11")

    reg("app_ext", "2026-11-11 09:00", collective=True, signatories=12)
    assign("app_ext", "2026-11-12")
    act("app_ext", "extend", "akim", D("2026-11-20"), new_due_on=D("2026-12-15"), reason="Тексеру")

    reg("coll_term", "2026-11-12 09:00", collective=True, signatories=5)
    assign("coll_term", "2026-11-13")
    act("coll_term", "terminate", "akim", D("2026-11-18"), ground="70.1.1", reason="Бұрын қаралған")

    reg("complaint", "2026-11-16 10:00", kind=AppealKind.COMPLAINT, complaint=ComplaintInput(
        role="reviewing", subject="act", challenged_body="Ақсу ауылдық округінің әкімі",
        actual_address="Ақсу, Абай 12", rights_explained=True, challenged_act="№ 45 шешім, 10.10.2026",
        learned_on=D("2026-11-01"), challenged_user_id=staff["deputy"].id))
    act("complaint", "assign", "akim", D("2026-11-17"), executor_id=staff["exec"].id, resolution="қарау")
    act("complaint", "official_heard", "exec", D("2026-11-18"), hearing_form="written", text="Түсініктеме")
    act("complaint", "complaint_decide", "akim", D("2026-11-25"), decision="unsatisfied", reasoning="r",
        legal_norms="n", hearing_exception="73.2.5", subordinate=True)

    reg("petition", "2026-11-17 10:00", kind=AppealKind.PETITION, iin="850312400128", email="p@mail.kz")

    reg("excluded", "2026-11-18 10:00")
    mark_excluded(ids["excluded"], "69.3.state_services", staff["registrar"], note="ХҚКО")

    reg("oct_msg", "2026-10-20 10:00", kind=AppealKind.MESSAGE)
    assign("oct_msg", "2026-10-21")
    act("oct_msg", "decide", "akim", D("2026-11-03"), decision="answer", outcome="satisfied")

    ids["reception"] = record_reception(RecordInput(
        official_id=staff["akim"].id, received_at=dt.datetime(2026, 11, 12, 10, 0), question="Жер телімі",
        subject="land", outcome="resolved", said="Түсіндірілді", surname="Сейітов", first_name="Бақыт"),
        staff["registrar"], now=dt.datetime(2026, 11, 12, 12, 0))

    # --- November 2025 ----------------------------------------------------------------
    reg("old_sat", "2025-11-03 10:00")
    assign("old_sat", "2025-11-04")
    act("old_sat", "decide", "akim", D("2025-11-12"), decision="act_favourable", outcome="satisfied",
        hearing_exception="73.2.1")

    reg("old_late", "2025-11-04 10:00", kind=AppealKind.MESSAGE)
    assign("old_late", "2025-11-05", who="deputy", executor="exec2")
    act("old_late", "decide", "akim", cal.add_working_days(due("old_late"), 2), decision="answer",
        outcome="refused")

    reg("old_open", "2025-11-10 10:00")
    assign("old_open", "2025-11-11")
    return ids
