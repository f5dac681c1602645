"""What the complaint documents take from the complaint's record, in the
document's language (АППК 91.4, 95, 100–101)."""
from __future__ import annotations

from app.documents.people import initials, signer
from app.documents.words import DOCUMENTS, KINDS
from app.errors import DomainError, ValidationErrors
from app.office.profile import get_settings
from app.store.storage import guarded
from models.entities import Appeal, ChangeLog, Document
from models.entities_cases import Complaint

DECISION_KINDS = {
    "kk": {"complaint_revoke": "Әкімшілік актінің күшін жою (ӘРПК 100-бабы 1-бөлігінің 1) тармақшасы)",
           "complaint_revoke_new": "Әкімшілік актінің күшін жою және жаңа әкімшілік акт қабылдау "
                                   "(ӘРПК 100-бабы 1-бөлігінің 2) тармақшасы)",
           "complaint_perform": "Әкімшілік әрекет жасау (ӘРПК 100-бабы 1-бөлігінің 3) тармақшасы)",
           "complaint_unsatisfied": "Шағымды қанағаттандырусыз қалдыру (ӘРПК 100-бабы 1-бөлігінің "
                                    "4) тармақшасы)",
           "complaint_remand": "Әкімшілік рәсімді жүзеге асыру үшін шағымды шағым жасалатын органға "
                               "жіберу (ӘРПК 100-бабы 1-бөлігінің 5) тармақшасы)",
           "complaint_unconsidered": "Шағымды қараусыз қалдыру (ӘРПК 100-бабы 1-бөлігінің 6) "
                                     "тармақшасы, 95-бабы)"},
    "ru": {"complaint_revoke": "Отмена административного акта (подп. 1) ч. 1 ст. 100 АППК)",
           "complaint_revoke_new": "Отмена административного акта и принятие нового административного "
                                   "акта (подп. 2) ч. 1 ст. 100 АППК)",
           "complaint_perform": "Совершение административного действия (подп. 3) ч. 1 ст. 100 АППК)",
           "complaint_unsatisfied": "Оставление жалобы без удовлетворения (подп. 4) ч. 1 ст. 100 АППК)",
           "complaint_remand": "Направление жалобы в обжалуемый орган для осуществления "
                               "административной процедуры (подп. 5) ч. 1 ст. 100 АППК)",
           "complaint_unconsidered": "Оставление жалобы без рассмотрения (подп. 6) ч. 1 ст. 100, "
                                     "ст. 95 АППК)"},
}
GROUNDS = {   # АППК 100.3
    "kk": {"100.3.1": "іс үшін маңызы бар мән-жайлар дұрыс айқындалмаған немесе анықталмаған",
           "100.3.2": "әкімшілік актінің, әкімшілік әрекеттің (әрекетсіздіктің) мазмұны істің "
                      "материалдарына сәйкес келмейді",
           "100.3.3": "заңнама бұзылған немесе дұрыс қолданылмаған"},
    "ru": {"100.3.1": "неправильно определены или не установлены обстоятельства, имеющие значение "
                      "для дела",
           "100.3.2": "содержание административного акта, административного действия (бездействия) "
                      "не соответствует материалам дела",
           "100.3.3": "нарушено или неправильно применено законодательство"},
}
UNCONSIDERED = {   # АППК 95.1
    "kk": {"95.1.1": "осы қатысушының сол бір мәселе бойынша және сол бір негіздер бойынша шағымы "
                     "бойынша шешім бар (ӘРПК 95-бабы 1-бөлігінің 1) тармақшасы)",
           "95.1.2": "сол бір адамға қатысты, сол бір мәселе бойынша және сол бір негіздер бойынша заңды "
                     "күшіне енген сот актісі бар (ӘРПК 95-бабы 1-бөлігінің 2) тармақшасы)",
           "95.1.3": "шағым қайтарылды (ӘРПК 95-бабы 1-бөлігінің 3) тармақшасы)",
           "95.1.4": "шағымды кері қайтарып алу қабылданды (ӘРПК 95-бабы 1-бөлігінің 4) тармақшасы)",
           "95.1.5": "сол бір әкімшілік актіге, әкімшілік әрекетке (әрекетсіздікке) сотта әкімшілік "
                     "талап қаралуда (ӘРПК 95-бабы 1-бөлігінің 5) тармақшасы)"},
    "ru": {"95.1.1": "имеется решение по жалобе этого участника по тому же предмету и по тем же "
                     "основаниям (подп. 1) ч. 1 ст. 95 АППК)",
           "95.1.2": "имеется вступивший в законную силу судебный акт в отношении того же лица, по тому "
                     "же предмету и по тем же основаниям (подп. 2) ч. 1 ст. 95 АППК)",
           "95.1.3": "жалоба возвращена (подп. 3) ч. 1 ст. 95 АППК)",
           "95.1.4": "принят отзыв жалобы (подп. 4) ч. 1 ст. 95 АППК)",
           "95.1.5": "в суде рассматривается административный иск к тому же административному акту, "
                     "административному действию (бездействию) (подп. 5) ч. 1 ст. 95 АППК)"},
}
LATE = {   # АППК 92.2–92.3
    "kk": {"": "шағым ӘРПК 92-бабында белгіленген мерзім өткізіліп берілді; мерзімді өткізу себептері "
               "қарау барысында анықталды (ӘРПК 92-бабының 3-бөлігі)",
           "granted": "шағым беру мерзімі дәлелді себеппен өткізілген, қатысушының өтінішхаты бойынша "
                      "қалпына келтірілді (ӘРПК 92-бабының 2-бөлігі)",
           "refused": "шағым беру мерзімін қалпына келтіру туралы өтінішхат қанағаттандырылмады "
                      "(ӘРПК 92-бабының 2-бөлігі)"},
    "ru": {"": "жалоба подана с пропуском срока, установленного ст. 92 АППК; причины пропуска "
               "выяснены при рассмотрении (ч. 3 ст. 92 АППК)",
           "granted": "срок подачи жалобы пропущен по уважительной причине и восстановлен по ходатайству "
                      "участника (ч. 2 ст. 92 АППК)",
           "refused": "ходатайство о восстановлении срока подачи жалобы отклонено (ч. 2 ст. 92 АППК)"},
}


def case_items(case_id: int, lang: str) -> list[str]:
    """The case file sent with the complaint (АППК 91.4): the appeal and
    every document issued in it, in order."""
    a = Appeal.get_by_id(case_id)
    names = DOCUMENTS[lang]
    items = [f"{KINDS[lang].get(a.kind, names['appeal'])}, № {a.reg_number}, {a.registered_on:%d.%m.%Y}"]
    for d in Document.select().where(Document.appeal == case_id).order_by(Document.id):
        items.append(f"{names.get(d.kind, d.kind)}, № {d.number}, {d.created_at:%d.%m.%Y}")
    return items


def complaint_context(appeal_id: int, lang: str, today) -> dict:
    c = Complaint.get_or_none(Complaint.appeal == appeal_id)
    if c is None:
        return {}
    a = Appeal.get_by_id(appeal_id)
    case = Appeal.get_by_id(c.case_id) if c.case_id else None
    out = {"challenged_body": c.challenged_body, "challenged_summary": c.challenged_act,
           "complaint_essence": a.substance, "copy_to": c.challenged_body,
           # The complaint-forward letter (АППК 91.4 para 2).
           "body": c.sent_to or a.addressee, "received_on": a.received_at.date(),
           "forwarded_on": c.sent_on or today,
           "case_number": case.reg_number if case else "",
           "case_date": case.registered_on if case else None,
           "case_items": case_items(case.id, lang) if case else []}
    kind = DECISION_KINDS[lang].get(a.decision, "")
    if kind:   # the decision recorded (АППК 100–101)
        grounds = [GROUNDS[lang][g] for g in c.grounds.split(",") if g in GROUNDS[lang]]
        out.update({
            "decision_kind_text": kind, "decision_text": kind,
            "reasoning": c.reasoning, "legal_norms": c.legal_norms or (
                UNCONSIDERED[lang].get(a.ground, "") if a.decision == "complaint_unconsidered" else ""),
            "grounds_text": "; ".join(grounds), "violations": c.violations,
            "proposals": c.proposals, "new_act": c.new_act,
            "unconsidered_text": UNCONSIDERED[lang].get(a.ground, "")
            if a.decision == "complaint_unconsidered" else ""})
    if c.late:
        out["late_text"] = LATE[lang].get(c.restored, "")
    return out


@guarded
def templates_for(appeal_id: int, names: tuple[str, ...]) -> tuple[str, ...]:
    """The documents a case issues: the complaint letters only in a complaint,
    each on its side (АППК 91.4 para 2; 100–101); the petition decision only
    in a petition (90-6)."""
    c = Complaint.get_or_none(Complaint.appeal == appeal_id)
    own = {"challenged": "complaint-forward", "reviewing": "complaint-decision"}.get(
        c.role if c else "", "")
    petition = Appeal.get_by_id(appeal_id).kind == "petition"   # АППК 90-6
    return tuple(n for n in names if (not n.startswith("complaint-") or n == own)
                 and (n != "petition-decision" or petition))


# What a decision document takes from the recorded decision only (АППК 100–101).
RECORDED = ("decision_kind_text", "grounds_text", "violations", "proposals", "new_act",
            "unconsidered_text", "late_text")


def recorded(appeal_id: int, name: str, lang: str, user_id: int) -> dict:
    """The complaint decision's fixed parts: its kind, grounds and parts as
    recorded, dated the day of the decision (101.1 1)), signed by who took it.
    Refused before the decision, and to the official challenged (97.2)."""
    if name != "complaint-decision":
        return {}
    a, c = Appeal.get_by_id(appeal_id), Complaint.get_or_none(Complaint.appeal == appeal_id)
    if c is not None and c.challenged_user_id == user_id:
        raise DomainError("challenged_official")
    if c is None or a.decision not in DECISION_KINDS[lang]:
        raise ValidationErrors([DomainError("decision_not_recorded", "decision_text")])
    values = complaint_context(appeal_id, lang, a.decided_on)
    out = {k: values.get(k, "") for k in RECORDED}
    decided = (ChangeLog.select().where((ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id)
                                        & (ChangeLog.action == "complaint_decide"))
               .order_by(ChangeLog.id.desc()).first())
    official, position = signer(name, decided.user_id if decided else user_id, get_settings(), lang)
    out.update(date=a.decided_on, official_full_name=official, official_name=initials(official),
               official_position=position)
    return out
