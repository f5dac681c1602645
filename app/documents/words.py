"""Names used inside documents, in the document's own language (kk or ru),
whatever language the interface is in."""
from __future__ import annotations

# АППК 80.1 3), 101.1 3): the legal form printed with a legal entity's name,
# after the name in Kazakh ("«Ақсу» ЖШС"), before it in Russian ("ТОО «Ақсу»").
ORG_FORMS = {
    "kk": {"too": "ЖШС", "ao": "АҚ", "pk": "ӨК", "oo": "ҚБ", "institution": "мекемесі",
           "gkp": "МКК", "rgp": "РМК", "nao": "КЕАҚ"},
    "ru": {"too": "ТОО", "ao": "АО", "pk": "ПК", "oo": "ОО", "institution": "учреждение",
           "gkp": "ГКП", "rgp": "РГП", "nao": "НАО"},
}


def with_org_form(name: str, form: str, other: str, lang: str) -> str:
    """A legal entity's name with its legal form, in the document's language;
    the name in «» unless it is already quoted; the name alone without a form."""
    words = other.strip() if form == "other" else ORG_FORMS["ru" if lang == "ru" else "kk"].get(form, "")
    name = name.strip()
    if not words or not name:
        return name
    quoted = name if name[0] in "«\"“'" else f"«{name}»"
    return f"{words} {quoted}" if lang == "ru" else f"{quoted} {words}"


KINDS = {
    "kk": {"application": "Арыз", "complaint": "Шағым", "message": "Хабар", "proposal": "Ұсыныс",
           "response": "Үн қосу", "request": "Сұрау салу", "petition": "Петиция"},
    "ru": {"application": "Заявление", "complaint": "Жалоба", "message": "Сообщение",
           "proposal": "Предложение", "response": "Отклик", "request": "Запрос",
           "petition": "Петиция"},
}
STATUSES = {
    "kk": {"registered": "Тіркелді", "incomplete": "Толық емес", "assigned": "Орындаушы тағайындалды",
           "in_progress": "Қаралуда", "hearing": "Тыңдау", "decided": "Шешім қабылданды",
           "answered": "Жауап берілді", "noted": "Назарға алынды", "forwarded": "Әрі қарай жолданды",
           "returned": "Қайтарылды", "withdrawn": "Кері қайтарып алынды", "terminated": "Тоқтатылды",
           "attached": "Бұрынғы іске қоса тігілді"},
    "ru": {"registered": "Зарегистрировано", "incomplete": "Неполное", "assigned": "Назначен исполнитель",
           "in_progress": "На рассмотрении", "hearing": "Заслушивание", "decided": "Принято решение",
           "answered": "Дан ответ", "noted": "Принято к сведению", "forwarded": "Перенаправлено",
           "returned": "Возвращено", "withdrawn": "Отозвано", "terminated": "Прекращено",
           "attached": "Приобщено к ранее рассмотренному делу"},
}
DOCUMENTS = {
    "kk": {"appeal": "Жолданым", "act": "Әкімшілік акт", "answer": "Жауап",
           "notice-incomplete": "Жолданымды талаптарға сәйкес келтіру туралы хабарлама",
           "notice-return": "Жолданымды қайтару туралы хабарлама",
           "notice-forward": "Әрі қарай жолдау туралы хабарлама",
           "notice-extension": "Мерзімді ұзарту туралы хабарлама",
           "notice-hearing": "Алдын ала шешім және тыңдау туралы хабарлама",
           "notice-termination": "Әкімшілік рәсімді тоқтату туралы хабарлама",
           "notice-recusal": "Қарсылық білдіру туралы шешім жөнінде хабарлама",
           "protocol-oral-appeal": "Ауызша жолданымның хаттамасы",
           "protocol-hearing": "Ауызша нысанда тыңдау хаттамасы",
           "complaint-decision": "Шағым бойынша шешім",
           "complaint-forward": "Шағымды жолдау туралы ілеспе хат"},
    "ru": {"appeal": "Обращение", "act": "Административный акт", "answer": "Ответ",
           "notice-incomplete": "Уведомление о приведении обращения в соответствие",
           "notice-return": "Уведомление о возврате обращения",
           "notice-forward": "Уведомление о перенаправлении обращения",
           "notice-extension": "Уведомление о продлении срока",
           "notice-hearing": "Уведомление о предварительном решении и заслушивании",
           "notice-termination": "Уведомление о прекращении административной процедуры",
           "notice-recusal": "Уведомление о решении по отводу",
           "protocol-oral-appeal": "Протокол устного обращения",
           "protocol-hearing": "Протокол заслушивания в устной форме",
           "complaint-decision": "Решение по жалобе",
           "complaint-forward": "Сопроводительное письмо о направлении жалобы"},
}
