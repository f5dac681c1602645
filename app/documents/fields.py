"""What each document template may and must use, and sample values for the
preview command.  A template the office edits is checked against this
before anything is rendered from it."""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.documents import fields_complaint as _complaint
from app.documents import fields_reception as _reception
from app.documents.words import APPEAL_WORD_FIELDS, appeal_words

TEMPLATE_NAMES: tuple[str, ...] = ("act", "answer", "notice-incomplete", "notice-return", "notice-forward",
                  "notice-extension", "notice-hearing", "notice-termination", "notice-recusal",
                  "protocol-oral-appeal", "protocol-hearing")
# A notice that answers a running clock of the case closes it on its
# delivery date (АППК 76.3, 70.3, 67.11).
NOTICE_CLOCKS = {"notice-extension": "extension_notice",
                 "notice-termination": "termination_notice",
                 "notice-recusal": "recusal_notice"}

HEADER = {"office_name", "office_address", "date", "doc_number", "applicant_name",
          "applicant_address", "official_position", "official_name", "reg_number", "reg_date",
          "supersedes_number"}
ROUTE = {"appeal_body", "court"}                     # АППК 80.5
WORDS = set(APPEAL_WORD_FIELDS)                      # the appeal by its kind (АППК 4.16)
DELIVERY = {"delivery_channel", "delivery_date"}     # АППК 66.2

# Fields each template may use.  The ones the caller supplies (not from the
# office, the case or the user) are in ``EXTRA``.
EXTRA = {
    "act": {"act_kind_text", "matter", "reasoning", "no_reasoning_item", "decision_text",
            "no_hearing_reason", "no_suspension_reason", "attachments"},
    "answer": {"answer_text", "facts", "legal_refs"},
    "notice-incomplete": {"missing_items", "until"},
    "notice-return": {"ground_text", "reasons"},
    "notice-forward": {"forwarded_what", "body", "forwarded_on"},
    "notice-extension": {"decided_on", "new_due", "old_due", "reason"},
    "notice-hearing": {"preliminary", "hearing_form", "hearing_when", "earliest"},
    "notice-termination": {"decided_on", "ground_text", "reasons"},
    "notice-recusal": {"decided_on", "official", "outcome_text", "reasons"},
    "protocol-oral-appeal": {"time", "place", "iin", "bin", "phone", "addressee", "substance"},
    "protocol-hearing": {"place", "start_time", "end_time", "secretary", "participants", "matter",
                         "statements", "hearing_date"},
}
ALLOWED = {
    name: HEADER | WORDS | {"applicant_full", "official_full_name"} | extra
    | (ROUTE if name in ("act", "answer", "notice-termination") else set())
    | ({"execution_days"} if name == "act" else set())   # АППК 86.3: the decision's, from the case
    | (DELIVERY if name.startswith("notice-") else set())
    for name, extra in EXTRA.items()
}
# What a template must show when given (checked by a trial render with a
# marker in every field): the mandatory elements of its article.  The court
# branch of the route (АППК 80.5 para 2) and an act's reason for having no
# reasoning (80.2) are checked in their own trial renders.
REQUIRED = {
    "act": {"office_name", "official_full_name", "applicant_full", "matter", "reasoning",
            "decision_text", "act_kind_text", "attachments", "no_hearing_reason",
            "no_suspension_reason", "official_name", "appeal_body"},   # АППК 80.1–80.5, 73.2, 96.2
    "answer": {"answer_text", "facts", "legal_refs", "appeal_body", "official_name"},  # АППК 89.2
    "notice-incomplete": {"missing_items", "delivery_channel"},               # АППК 64.6, 66.2
    "notice-return": {"reasons", "ground_text", "delivery_channel"},          # АППК 64.7
    "notice-forward": {"body", "forwarded_what", "delivery_channel"},         # АППК 65.1
    "notice-extension": {"reason", "delivery_channel"},                       # АППК 76.3
    "notice-hearing": {"preliminary", "hearing_form", "hearing_when", "delivery_channel"},  # АППК 73
    "notice-termination": {"ground_text", "reasons", "appeal_body", "delivery_channel"},  # АППК 70.3–4
    "notice-recusal": {"official", "outcome_text", "reasons", "delivery_channel"},  # АППК 67.11
    "protocol-oral-appeal": {"applicant_full", "applicant_address", "addressee", "substance",
                             "official_name"},                                # АППК 63.1–63.2
    "protocol-hearing": {"place", "start_time", "end_time", "official_full_name", "secretary",
                         "participants", "matter", "statements"},             # АППК 74.2
}
DATE_FIELDS = {"date", "reg_date", "hearing_date", "until", "forwarded_on", "decided_on", "new_due", "old_due",
               "earliest", "delivery_date", "date_from", "date_to"}
LIST_FIELDS = {"missing_items", "attachments"}
# Values the caller must give (the case supplies the rest); every notice also
# says how it was delivered (АППК 66.2).
MUST_GIVE = {
    "act": ("matter", "decision_text"),
    "answer": ("answer_text", "facts", "legal_refs"),
    "notice-incomplete": ("missing_items", "until"),
    "notice-return": ("ground_text", "reasons"),
    "notice-forward": ("forwarded_what", "body", "forwarded_on"),
    "notice-extension": ("decided_on", "new_due", "old_due", "reason"),
    "notice-hearing": ("preliminary", "hearing_form", "hearing_when", "earliest"),
    "notice-termination": ("decided_on", "ground_text", "reasons"),
    "notice-recusal": ("decided_on", "official", "outcome_text", "reasons"),
    "protocol-oral-appeal": ("place",),
    "protocol-hearing": ("hearing_date", "place", "start_time", "end_time", "secretary",
                         "participants", "matter", "statements"),
}
ROUTED: tuple[str, ...] = ("act", "answer", "notice-termination")
for _name in MUST_GIVE:
    if _name.startswith("notice-"):
        MUST_GIVE[_name] += ("delivery_channel", "delivery_date")
# Printouts of АППК 69: rendered, not issued into a case.
REPORTS: tuple[str, ...] = ("journal", "inventory")
ALLOWED["journal"] = {"office_name", "date_from", "date_to", "rows", "date", "r"}
ALLOWED["inventory"] = {"office_name", "reg_number", "reg_date", "applicant_full", "items", "date", "d"} | WORDS
REQUIRED["journal"] = {"rows", "date_from", "date_to"}
REQUIRED["inventory"] = {"items", "reg_number"}


def sample(name: str, lang: str) -> dict:
    """Realistic values for previewing a template without a real case."""
    kk = lang == "kk"
    day = dt.date(2026, 11, 25)
    base = {
        "office_name": "Ақсу ауылдық округі әкімінің аппараты" if kk else
        "Аппарат акима Аксуского сельского округа",
        "office_address": "Ақсу ауылы, Бейбітшілік к-сі, 1" if kk else "с. Аксу, ул. Бейбитшилик, 1",
        "date": day, "doc_number": "2026-000123/1", "reg_number": "2026-000123",
        "reg_date": dt.date(2026, 11, 3),
        "applicant_name": "Қасымова Әлия Серікқызы", "applicant_full": "Қасымова Әлия Серікқызы",
        "applicant_address": "Ақсу ауылы, Абай к-сі, 12",
        "official_position": "Ауыл әкімі" if kk else "Аким сельского округа",
        "official_name": "Е. Б. Жұмабеков", "official_full_name": "Жұмабеков Ерлан Болатұлы",
        "appeal_body": "Ақсу ауданының әкімдігі (Ақсу қ., Жеңіс к-сі, 5)" if kk else
        "акимат Аксуского района (г. Аксу, ул. Женис, 5)",
        "court": "Ақсу аудандық соты" if kk else "Аксуский районный суд",
        "delivery_channel": "тапсырыс хат" if kk else "заказное письмо",
        "delivery_date": day,
        # An answer replies to a message, a proposal, a response or a request (АППК 89.2).
        **appeal_words("message" if name == "answer" else "complaint" if name.startswith("complaint-")
                       else "petition" if name == "petition-decision" else "application", lang),
    }
    extra: dict[str, dict[str, Any]] = {
        "act": {"act_kind_text": "Қолайлы әкімшілік акт" if kk else "Благоприятный административный акт",
                "matter": "Жер учаскесін жеке қосалқы шаруашылық үшін беру." if kk else
                "Предоставление земельного участка для личного подсобного хозяйства.",
                "reasoning": "ҚР Жер кодексінің 43-бабы; жер комиссиясының 2026 жылғы 20 қарашадағы "
                             "хаттамасы." if kk else "Ст. 43 Земельного кодекса РК; протокол "
                             "земельной комиссии от 20 ноября 2026 года.",
                "no_reasoning_item": "", "decision_text": "Өтініш қанағаттандырылсын." if kk else
                "Заявление удовлетворить.", "no_hearing_reason": "", "execution_days": 5,
                "no_suspension_reason": "", "attachments": ["Жер учаскесінің сызбасы" if kk else
                                                            "Схема земельного участка"]},
        "answer": {"answer_text": "Көше жарығы 2026 жылғы 1 желтоқсанға дейін қалпына келтіріледі." if kk
                   else "Уличное освещение будет восстановлено до 1 декабря 2026 года.",
                   "facts": "Мердігермен 2026 жылғы 20 қарашадағы № 15 шарт жасалды." if kk else
                   "С подрядчиком заключён договор № 15 от 20 ноября 2026 года.",
                   "legal_refs": "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі "
                                 "басқару туралы» Заңның 35-бабы" if kk else "ст. 35 Закона «О местном "
                                 "государственном управлении и самоуправлении в Республике Казахстан»"},
        "notice-incomplete": {"missing_items": ["пошталық мекенжай" if kk else "почтовый адрес"],
                              "until": dt.date(2026, 12, 2)},
        "notice-return": {"ground_text": "былапыт не балағат сөздер" if kk else
                          "нецензурные или оскорбительные слова", "reasons": "Мәтінде балағат сөздер бар."
                          if kk else "Текст содержит оскорбительные слова."},
        "notice-forward": {"forwarded_what": "толық" if kk else "полностью",
                           "body": "Ақсу ауданының білім бөлімі" if kk else "отдел образования Аксуского района",
                           "forwarded_on": day},
        "notice-extension": {"decided_on": day, "new_due": dt.date(2026, 12, 18),
                             "old_due": dt.date(2026, 11, 24),
                             "reason": "жер учаскесін жергілікті жерде тексеру" if kk else
                             "выезд на место для осмотра земельного участка"},
        "notice-hearing": {"preliminary": "Өтінішті ішінара қанағаттандыру." if kk else
                           "Удовлетворить заявление частично.", "hearing_form": "ауызша" if kk else
                           "устная", "hearing_when": "2026 жылғы 30 қараша, 10:00, әкімдік, 2-кабинет"
                           if kk else "30 ноября 2026 года, 10:00, акимат, каб. 2",
                           "earliest": dt.date(2026, 11, 30)},
        "notice-termination": {"decided_on": day, "ground_text": "ӘРПК 70-бабы 1-бөлігінің 1) тармақшасы"
                               if kk else "подп. 1) ч. 1 ст. 70 АППК", "reasons": "Осы мәселе бойынша "
                               "шешім бар." if kk else "По данному вопросу имеется решение."},
        "notice-recusal": {"decided_on": day, "official": "Н. С. Омаров",
                           "outcome_text": "қанағаттандырылды, іс басқа лауазымды адамға берілді" if kk
                           else "удовлетворён, дело передано другому должностному лицу",
                           "reasons": "Орындаушы арыз иесінің туысы." if kk else
                           "Исполнитель является родственником заявителя."},
        "protocol-oral-appeal": {"time": "10:30", "place": "Ақсу ауылы" if kk else "с. Аксу",
                                 "iin": "850312400128", "bin": "", "phone": "+7 701 555 12 34",
                                 "addressee": "Ауыл әкімі" if kk else "Аким сельского округа",
                                 "substance": "Көше жарығын қалпына келтіру." if kk else
                                 "Восстановление уличного освещения."},
        "protocol-hearing": {"hearing_date": dt.date(2026, 11, 24),
                             "place": "Ақсу ауылы, әкімдік, 2-кабинет" if kk else "с. Аксу, акимат, каб. 2",
                             "start_time": "10:00", "end_time": "10:40", "secretary": "А. Н. Бекова",
                             "participants": "Қасымова Ә. С.", "matter": "Жер учаскесін беру." if kk
                             else "Предоставление земельного участка.",
                             "statements": "Арыз иесі өз дәлелдерін түсіндірді." if kk else
                             "Заявитель пояснил свои доводы."},
    }
    if name in _complaint.EXTRA:
        return {**base, **_complaint.sample(name, lang)}
    if name in _reception.EXTRA or name == "reception-schedule":
        return {**base, **_reception.sample(name, lang)}
    return {**base, **extra[name]}


# The complaint documents (АППК 91.4, 100–101).
for _name, _extra in _complaint.EXTRA.items():
    ALLOWED[_name] = HEADER | WORDS | {"applicant_full", "official_full_name"} | _extra
REQUIRED.update(_complaint.REQUIRED)
MUST_GIVE.update(_complaint.MUST_GIVE)
DATE_FIELDS |= _complaint.DATE_FIELDS
LIST_FIELDS |= _complaint.LIST_FIELDS
TEMPLATE_NAMES += tuple(_complaint.EXTRA)

# The petition decision (АППК 90-6) and the reception schedule (90.3).
for _name, _extra in _reception.EXTRA.items():
    ALLOWED[_name] = HEADER | WORDS | {"applicant_full", "official_full_name"} | _extra | ROUTE
REQUIRED.update(_reception.REQUIRED)
MUST_GIVE.update(_reception.MUST_GIVE)
TEMPLATE_NAMES += tuple(_reception.EXTRA)
ROUTED += tuple(_reception.EXTRA)
REPORTS += ("reception-schedule",)
ALLOWED["reception-schedule"] = _reception.SCHEDULE_ALLOWED
REQUIRED["reception-schedule"] = _reception.SCHEDULE_REQUIRED
DATE_FIELDS |= {"approved_on"}
PREVIEWS = TEMPLATE_NAMES + ("reception-schedule",)   # what document-preview renders with samples

# The case's facts: always read from the database, never from the caller
# (issue 12 item 2): the office, the case, the applicant, who signs, the route.
FACTS = HEADER | ROUTE | WORDS | {"applicant_full", "official_full_name", "official_position", "iin", "bin",
                                  "phone", "addressee", "substance", "reg_number", "reg_date", "decision", "time",
                                  "execution_days"}
# What the caller may fill: the template's own fields, the delivery of a notice.
FREE = {name: (set(extra) | (DELIVERY if name.startswith("notice-") else set())
               | ({"route_category"} if name in ROUTED else set())) - FACTS
        for name, extra in {**EXTRA, **_complaint.EXTRA, **_reception.EXTRA}.items()}
# An act's route as printed, kept with the issued document (АППК 80.5): its
# category chosen in the dialog, and whose route it is ("head", "deputy" or
# the category's code).
ROUTE_KEPT = ("appeal_body", "court", "route_category", "route_source")
