"""Staff positions in Kazakh and in Russian (issue 14: positions showed only
in Kazakh in the Russian interface).

A position is free text typed by the administrator in one language, usually
Kazakh: ``app_user.position`` and ``office.head_position`` have no Russian
variant (the office's name, appeal body and court do).  Until the schema
gets one, the standard titles of a local executive body's staff are known
here in both languages: one typed in either language reads in the other;
any other text stays as typed.  Like the document words
(app.documents.words), these are names, not interface sentences."""
from __future__ import annotations

# (Kazakh, Russian): titles of akims, their deputies and their apparatus.
TITLES = (
    ("Әкім", "Аким"),
    ("Облыс әкімі", "Аким области"),
    ("Аудан әкімі", "Аким района"),
    ("Қала әкімі", "Аким города"),
    ("Ауыл әкімі", "Аким села"),
    ("Кент әкімі", "Аким посёлка"),
    ("Ауылдық округ әкімі", "Аким сельского округа"),
    ("Әкімнің орынбасары", "Заместитель акима"),
    ("Әкімнің бірінші орынбасары", "Первый заместитель акима"),
    ("Облыс әкімінің орынбасары", "Заместитель акима области"),
    ("Аудан әкімінің орынбасары", "Заместитель акима района"),
    ("Қала әкімінің орынбасары", "Заместитель акима города"),
    ("Ауыл әкімінің орынбасары", "Заместитель акима села"),
    ("Кент әкімінің орынбасары", "Заместитель акима посёлка"),
    ("Ауылдық округ әкімінің орынбасары", "Заместитель акима сельского округа"),
    ("Аппарат басшысы", "Руководитель аппарата"),
    ("Әкім аппаратының басшысы", "Руководитель аппарата акима"),
    ("Аппарат басшысының орынбасары", "Заместитель руководителя аппарата"),
    ("Бөлім басшысы", "Руководитель отдела"),
    ("Бөлім басшысының орынбасары", "Заместитель руководителя отдела"),
    ("Сектор меңгерушісі", "Заведующий сектором"),
    ("Бас маман", "Главный специалист"),
    ("Жетекші маман", "Ведущий специалист"),
    ("Маман", "Специалист"),
    ("Бас инспектор", "Главный инспектор"),
    ("Жетекші инспектор", "Ведущий инспектор"),
    ("Инспектор", "Инспектор"),
    ("Бас есепші", "Главный бухгалтер"),
    ("Есепші", "Бухгалтер"),
    ("Заңгер", "Юрист"),
    ("Әкімнің кеңесшісі", "Советник акима"),
    ("Әкімнің көмекшісі", "Помощник акима"),
    ("Кеңсе меңгерушісі", "Заведующий канцелярией"),
    ("Іс жүргізуші", "Делопроизводитель"),
    ("Хатшы", "Секретарь"),
    ("Жүйелік әкімші", "Системный администратор"),
)


def _key(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).strip(" .").casefold()


_BY_KEY = {_key(title): pair for pair in TITLES for title in pair}


def position_in(text: str, lang: str) -> str:
    """``text`` in ``lang`` ("kk" or "ru") when it is a known title, else as typed."""
    pair = _BY_KEY.get(_key(text))
    if pair is None:
        return text
    out = pair[1] if lang == "ru" else pair[0]
    stripped = text.strip()
    return out[0].lower() + out[1:] if stripped[:1].islower() else out


def bilingual_position(text: str) -> str:
    """"Бас маман / Главный специалист" for a bilingual printout (a talon);
    a title not known here, or the same in both, once."""
    kk, ru = position_in(text, "kk"), position_in(text, "ru")
    return text if kk == ru or _key(text) not in _BY_KEY else f"{kk} / {ru}"
