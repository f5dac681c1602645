"""The fields of the complaint documents (АППК 91.4, 100–101), merged into
``app.documents.fields``."""
from __future__ import annotations

import datetime as dt

EXTRA = {
    "complaint-decision": {"decision_kind_text", "decision_text", "challenged_body",
                           "challenged_summary", "complaint_essence", "grounds_text", "reasoning",
                           "legal_norms", "violations", "proposals", "new_act",
                           "unconsidered_text", "late_text", "copy_to", "iin", "bin", "court"},
    "complaint-forward": {"body", "received_on", "challenged_summary", "case_number", "case_date",
                          "case_items", "position", "forwarded_on"},
}
REQUIRED = {
    # АППК 101.1 1)–6), 100.1–100.4, 100.6, 95.3.
    "complaint-decision": {"office_name", "applicant_full", "iin", "bin", "challenged_body",
                           "challenged_summary", "complaint_essence", "reasoning", "legal_norms",
                           "decision_kind_text", "decision_text", "grounds_text", "violations",
                           "proposals", "new_act", "unconsidered_text", "copy_to",
                           "official_name", "court"},
    # АППК 91.4 para 2: the complaint with the whole case file.
    "complaint-forward": {"body", "applicant_full", "reg_number", "challenged_summary",
                          "case_number", "case_items", "position", "official_name"},
}
MUST_GIVE = {
    "complaint-decision": ("challenged_summary", "complaint_essence", "reasoning", "legal_norms",
                           "decision_kind_text", "decision_text", "copy_to"),
    "complaint-forward": ("body", "challenged_summary", "forwarded_on"),
}
DATE_FIELDS = {"received_on", "case_date"}
LIST_FIELDS = {"case_items"}


def sample(name: str, lang: str) -> dict:
    kk = lang == "kk"
    if name == "complaint-forward":
        return {"body": "Ақсу ауданының әкімдігі" if kk else "Акимат Аксуского района",
                "received_on": dt.date(2026, 11, 23),
                "challenged_summary": "ауыл әкімінің 2026 жылғы 10 қарашадағы № 45 шешімі (жер учаскесін "
                                      "беруден бас тарту)" if kk else "решение акима сельского округа "
                                      "№ 45 от 10 ноября 2026 года (отказ в предоставлении земельного участка)",
                "case_number": "2026-000098", "case_date": dt.date(2026, 10, 20),
                "case_items": ["Арыз, 2026-000098" if kk else "Заявление, 2026-000098",
                               "Әкімшілік акт, 2026-000098/1" if kk else "Административный акт, 2026-000098/1"],
                "position": "Шешім заңды деп санаймыз." if kk else "Считаем решение законным.",
                "forwarded_on": dt.date(2026, 11, 25)}
    return {"decision_kind_text": "Әкімшілік актінің күшін жою (ӘРПК 100-бабы 1-бөлігінің 1) тармақшасы)"
            if kk else "Отмена административного акта (подп. 1) ч. 1 ст. 100 АППК)",
            # АППК 91.3: the akim decides on his deputy's act, never on his own (97.2).
            "decision_text": "Ауыл әкімі орынбасарының № 45 шешімінің күші жойылсын." if kk else
            "Решение заместителя акима сельского округа № 45 отменить.",
            "challenged_body": "Ақсу ауылдық округі әкімінің орынбасары Ж. Серікова" if kk else
            "Заместитель акима Аксуского сельского округа Ж. Серикова",
            "challenged_summary": "әкім орынбасарының жер учаскесін беруден бас тарту туралы 2026 жылғы "
                                  "10 қарашадағы № 45 шешімі" if kk else "решение заместителя акима № 45 "
                                  "от 10 ноября 2026 года об отказе в предоставлении земельного участка",
            "complaint_essence": "Шағым беруші бас тарту негізсіз деп санайды." if kk else
            "Заявитель считает отказ необоснованным.",
            "grounds_text": "заңнама бұзылған" if kk else "нарушено законодательство",
            "reasoning": "Жер комиссиясының қорытындысы ескерілмеген." if kk else
            "Не учтено заключение земельной комиссии.",
            "legal_norms": "ҚР Жер кодексінің 43-бабы; ӘРПК 100-бабы" if kk else
            "ст. 43 Земельного кодекса РК; ст. 100 АППК",
            "violations": "", "proposals": "", "new_act": "", "unconsidered_text": "", "late_text": "",
            "copy_to": "Ақсу ауылдық округі әкімінің орынбасары" if kk else "Заместитель акима Аксуского сельского округа",
            "iin": "850312400128", "bin": ""}
