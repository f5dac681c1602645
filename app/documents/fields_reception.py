"""The fields of the petition decision (АППК 90-6) and of the reception
schedule printout (90.3), merged into ``app.documents.fields``."""
from __future__ import annotations

import datetime as dt

EXTRA = {
    "petition-decision": {"representative", "petition_summary", "joined_count", "joined_period",
                          "arguments", "proposals", "facts", "legal_refs", "reasoning",
                          "decision_kind_text", "decision_text", "published_note", "iin"},
}
REQUIRED = {
    # АППК 90-6.1–90-6.2: the first head; reasoned, with facts and legal references;
    # the right to appeal of the author and of those who joined (the route).
    "petition-decision": {"office_name", "official_full_name", "applicant_full", "iin", "representative",
                          "petition_summary", "arguments", "proposals", "joined_count", "facts",
                          "legal_refs", "reasoning", "decision_kind_text", "decision_text",
                          "official_name", "appeal_body"},
}
MUST_GIVE = {"petition-decision": ("petition_summary", "facts", "legal_refs", "reasoning",
                                   "decision_kind_text", "decision_text")}
DATE_FIELDS: set = set()
LIST_FIELDS: set = set()
# The schedule is a printout (not issued into a case).
SCHEDULE_ALLOWED = {"office_name", "period", "approved_by", "approved_on", "rows", "date", "r"}
SCHEDULE_REQUIRED = {"rows", "period", "approved_by"}


def sample(name: str, lang: str) -> dict:
    kk = lang == "kk"
    if name == "reception-schedule":
        return {"period": "2026 жылғы желтоқсан" if kk else "декабрь 2026 года",
                "approved_by": "Ауыл әкімі Е. Б. Жұмабеков" if kk else "Аким сельского округа Е. Б. Жумабеков",
                "approved_on": dt.date(2026, 11, 25),
                "rows": [{"official": "Жұмабеков Е. Б.", "position": "Ауыл әкімі" if kk else "Аким",
                          "day": "04.12.2026", "time": "10:00–12:00",
                          "place": "Әкімдік, 1-кабинет" if kk else "Акимат, каб. 1",
                          "subjects": "жер, тұрғын үй" if kk else "земля, жильё"}]}
    return {"representative": "", "petition_summary": "Ауылда балалар алаңын салу." if kk else
            "Строительство детской площадки в селе.",
            "joined_count": 2600, "joined_period": "01.04.2026 – 30.09.2026",
            "arguments": "Ауылда балалар алаңы жоқ." if kk else "В селе нет детской площадки.",
            "proposals": "Мектеп жанынан алаң салу." if kk else "Построить площадку у школы.",
            "facts": "Жергілікті жерде тексеру 2026 жылғы 10 қарашада жүргізілді." if kk else
            "Выезд на место проведён 10 ноября 2026 года.",
            "legal_refs": "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару "
                          "туралы» Заңның 35-бабы" if kk else "ст. 35 Закона «О местном государственном "
                          "управлении и самоуправлении в Республике Казахстан»",
            "reasoning": "Бюджетте қаражат көзделген." if kk else "Средства предусмотрены в бюджете.",
            "decision_kind_text": "Петицияны толық қанағаттандыру (ӘРПК 90-6-бабы 1-бөлігінің 1) тармақшасы)"
            if kk else "Удовлетворить петицию полностью (подп. 1) ч. 1 ст. 90-6 АППК)",
            "decision_text": "Балалар алаңы 2027 жылы салынсын." if kk else
            "Построить детскую площадку в 2027 году.", "published_note": "", "iin": "850312400128"}
