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
# The journal's executor column before the head names one (АППК 69).
NO_EXECUTOR = {"kk": "тағайындалмаған", "ru": "не назначен"}
# Document titles in a list (the inventory, the case file sent with a
# complaint): neutral, since the case may be a message or a request, which is
# no "жолданым"/"обращение" (АППК 4.16); the appeal itself is named by KINDS.
DOCUMENTS = {
    "kk": {"appeal": "Жолданым", "act": "Әкімшілік акт", "answer": "Жауап",
           "notice-incomplete": "Талаптарға сәйкес келтіру туралы хабарлама",
           "notice-return": "Қайтару туралы хабарлама",
           "notice-forward": "Әрі қарай жолдау туралы хабарлама",
           "notice-extension": "Мерзімді ұзарту туралы хабарлама",
           "notice-hearing": "Алдын ала шешім және тыңдау туралы хабарлама",
           "notice-termination": "Әкімшілік рәсімді тоқтату туралы хабарлама",
           "notice-recusal": "Қарсылық білдіру туралы шешім жөнінде хабарлама",
           "protocol-oral-appeal": "Ауызша нысанда қабылдау хаттамасы",
           "protocol-hearing": "Ауызша нысанда тыңдау хаттамасы",
           "complaint-decision": "Шағым бойынша шешім",
           "complaint-forward": "Шағымды жолдау туралы ілеспе хат"},
    "ru": {"appeal": "Обращение", "act": "Административный акт", "answer": "Ответ",
           "notice-incomplete": "Уведомление о приведении в соответствие с требованиями",
           "notice-return": "Уведомление о возврате",
           "notice-forward": "Уведомление о перенаправлении",
           "notice-extension": "Уведомление о продлении срока",
           "notice-hearing": "Уведомление о предварительном решении и заслушивании",
           "notice-termination": "Уведомление о прекращении административной процедуры",
           "notice-recusal": "Уведомление о решении по отводу",
           "protocol-oral-appeal": "Протокол приёма в устной форме",
           "protocol-hearing": "Протокол заслушивания в устной форме",
           "complaint-decision": "Решение по жалобе",
           "complaint-forward": "Сопроводительное письмо о направлении жалобы"},
}

# АППК 4.16 (from 1 January 2026): "жолданым - ... жіберілген арыз немесе шағым";
# a message, a proposal, a response or a request is not a жолданым
# (обращение): a document names the participant's appeal by its own kind
# (4.1, 4.38, 4.37, 4.35, 4.36, 4.32, 4.31-1), in the form its sentence needs.
# Kazakh: nominative, accusative, genitive; "Сіздің ...ыңыз" (possessive,
# polite) in the nominative, accusative, genitive, dative; each also
# capitalised ("_cap") for the start of a sentence or a title.
# Russian: nominative, accusative, genitive; "Ваш(е/а) ..." in the
# nominative, accusative, genitive, dative; ``appeal_end`` is the ending a
# short participle takes to agree ("рассмотрен{{ appeal_end }}": рассмотрен,
# рассмотрено, рассмотрена), ``appeal_adj_gen`` an adjective's genitive
# ending ("устн{{ appeal_adj_gen }} {{ appeal_word_gen }}": устного запроса,
# устной жалобы).
_KK = {   # nominative, accusative, genitive, possessive stem ("Сіздің ...")
    "application": ("арыз", "арызды", "арыздың", "арызыңыз"),
    "complaint": ("шағым", "шағымды", "шағымның", "шағымыңыз"),
    "message": ("хабар", "хабарды", "хабардың", "хабарыңыз"),
    "proposal": ("ұсыныс", "ұсынысты", "ұсыныстың", "ұсынысыңыз"),
    "response": ("үн қосу", "үн қосуды", "үн қосудың", "үн қосуыңыз"),
    "request": ("сұрау салу", "сұрау салуды", "сұрау салудың", "сұрау салуыңыз"),
    "petition": ("петиция", "петицияны", "петицияның", "петицияңыз"),
    "": ("жолданым", "жолданымды", "жолданымның", "жолданымыңыз"),
}
_RU = {   # nominative, accusative, genitive, dative, gender (m, n, f)
    "application": ("заявление", "заявление", "заявления", "заявлению", "n"),
    "complaint": ("жалоба", "жалобу", "жалобы", "жалобе", "f"),
    "message": ("сообщение", "сообщение", "сообщения", "сообщению", "n"),
    "proposal": ("предложение", "предложение", "предложения", "предложению", "n"),
    "response": ("отклик", "отклик", "отклика", "отклику", "m"),
    "request": ("запрос", "запрос", "запроса", "запросу", "m"),
    "petition": ("петиция", "петицию", "петиции", "петиции", "f"),
    "": ("обращение", "обращение", "обращения", "обращению", "n"),
}
_YOUR = {"m": ("Ваш", "Ваш", "Вашего", "Вашему", ""), "n": ("Ваше", "Ваше", "Вашего", "Вашему", "о"),
         "f": ("Ваша", "Вашу", "Вашей", "Вашей", "а")}
APPEAL_WORD_FIELDS = frozenset({
    "appeal_word", "appeal_word_cap", "appeal_word_acc", "appeal_word_acc_cap", "appeal_word_gen",
    "appeal_word_gen_cap", "appeal_your", "appeal_your_acc", "appeal_your_gen", "appeal_your_dat",
    "appeal_end", "appeal_adj_gen"})


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def appeal_words(kind: str, lang: str) -> dict[str, str]:
    """The appeal's own word in every form the templates use (АППК 4.16):
    ``appeal_words("message", "kk")["appeal_your"] == "хабарыңыз"``,
    ``appeal_words("complaint", "ru")["appeal_your"] == "Ваша жалоба"``.
    An unknown kind keeps the general word (жолданым / обращение)."""
    if lang == "kk":
        nom, acc, gen, your = _KK.get(kind, _KK[""])
        return {"appeal_word": nom, "appeal_word_cap": _cap(nom), "appeal_word_acc": acc,
                "appeal_word_acc_cap": _cap(acc), "appeal_word_gen": gen, "appeal_word_gen_cap": _cap(gen),
                "appeal_your": your, "appeal_your_acc": your + "ды", "appeal_your_gen": your + "дың",
                "appeal_your_dat": your + "ға", "appeal_end": "", "appeal_adj_gen": ""}
    nom, acc, gen, dat, gender = _RU.get(kind, _RU[""])
    y_nom, y_acc, y_gen, y_dat, end = _YOUR[gender]
    return {"appeal_word": nom, "appeal_word_cap": _cap(nom), "appeal_word_acc": acc,
            "appeal_word_acc_cap": _cap(acc), "appeal_word_gen": gen, "appeal_word_gen_cap": _cap(gen),
            "appeal_your": f"{y_nom} {nom}", "appeal_your_acc": f"{y_acc} {acc}",
            "appeal_your_gen": f"{y_gen} {gen}", "appeal_your_dat": f"{y_dat} {dat}", "appeal_end": end,
            "appeal_adj_gen": "ой" if gender == "f" else "ого"}
