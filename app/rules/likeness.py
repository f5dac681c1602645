"""When two appeals look like the same one: the pure half of the counter's
duplicate check (``app.appeal.duplicates`` does the looking up).

Three comparisons, each simple enough to explain to the applicant:

- **The name**: the words of the applicant's full name (or an organisation's
  name), case-folded and with the Kazakh letters folded to their Russian
  counterparts as the journal's search does (``app.rules.names``), in any
  order: «Жұмабаева Айгүл» and «АЙГУЛ ЖУМАБАЕВА» are the same name;
  «Жұмабаева Айгүл» and «Жұмабаева Айгүл Серікқызы» are not.
- **The settlement**: the name written next to a settlement word in the
  postal address: before a Kazakh one (``Ақсу ауылы``, ``Павлодар қ.``) or
  after a Russian one (``с. Аксу``, ``г. Павлодар``), folded the same way.
  An address without a settlement word has no settlement: it never matches.
- **The substance**: the share of significant words the two texts have in
  common, out of all the significant words of both (common ÷ all distinct),
  as a whole percentage.  A significant word has three letters or more and
  is not a connecting word (туралы, және, о, по, ...); words are compared by
  their first five letters, so that Kazakh and Russian endings do not count
  (учаскесін / учаскесі, дороги / дорогу).
"""
from __future__ import annotations

import re
from functools import lru_cache

from app.rules.names import fold_word, name_tokens

# The words of a text after case and Kazakh-letter folding (names.py's rule).
_WORDS = re.compile(r"\w+")
STEM = 5             # letters compared: endings differ between forms of one word
MIN_WORD = 3         # shorter words (и, в, 5, №) say nothing about the substance
# Connecting words of both languages, folded (ә→а, і→и, ...): they are in every
# appeal's text and would make unrelated appeals look alike.
STOP_WORDS = frozenset("""
    туралы жане мен пен бен тен ден тан дан ушин бойынша жонинде катысты бар жок осы сол бул
    онын мына сурау отинемин отиниш жолданым арыз
    для что как при или это его она они без под над про все так также чтобы
    прошу просьба заявление обращение который которая которые
""".split())

# Settlement words.  Kazakh puts the word after the name, Russian before it.
AFTER_NAME = frozenset({"ауылы", "ауыл", "а", "кенти", "кент", "каласы", "кала", "к"})
BEFORE_NAME = frozenset({"с", "село", "аул", "п", "пос", "поселок", "пгт", "г", "город", "ст", "станция"})
# Words that end a settlement's name: regions, districts, streets, house numbers.
NOT_NAME = frozenset({"облысы", "ауданы", "область", "обл", "район", "р", "н", "округ", "округи",
                      "ауылдык", "сельский", "ул", "улица", "кошеси", "си", "дангылы",
                      "пр", "проспект", "мкр", "шагын", "д", "дом", "уй", "пер", "тупик"})
NAME_WORDS = 3       # a settlement's name has at most this many words


def _words(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` in order: (folded as the name search folds them,
    as written in lower case)."""
    return [(fold_word(w), w.lower()) for w in _WORDS.findall(text or "")]


def same_name(first: str, second: str) -> bool:
    """The same words of a name (case, Kazakh letters and order aside)."""
    a = name_tokens(first or "")
    return bool(a) and a == name_tokens(second or "")


def _name_part(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w in words:
        if w[0] in NOT_NAME or w[0] in AFTER_NAME or w[0] in BEFORE_NAME or w[0].isdigit() \
                or len(out) == NAME_WORDS:
            break
        out.append(w)
    return out


@lru_cache(maxsize=4096)   # the check runs at every pause in typing, over the same rows
def settlement_as_written(address: str) -> tuple[str, str]:
    """The settlement named in a postal address: (folded, as written), or
    ("", "") if none is named."""
    for part in re.split(r"[,;\n]", address or ""):
        words = _words(part)
        folded = [w[0] for w in words]
        for i, w in enumerate(folded):
            street = w == "к" and folded[i + 1:i + 2] == ["си"]   # к-сі: a street (көшесі)
            if w in AFTER_NAME and i > 0 and not street:
                name = list(reversed(_name_part(list(reversed(words[:i])))))
            elif w in BEFORE_NAME and i + 1 < len(words):
                name = _name_part(words[i + 1:])
            else:
                continue
            if name:
                return " ".join(n[0] for n in name), " ".join(n[1] for n in name)
    return "", ""


def settlement(address: str) -> str:
    """The settlement named in a postal address, folded ("" if none is named)."""
    return settlement_as_written(address)[0]


@lru_cache(maxsize=4096)
def significant_words(text: str) -> dict[str, str]:
    """The significant words of ``text``: their folded stem -> the first
    word seen, as written (lower case)."""
    out: dict[str, str] = {}
    for folded, written in _words(text):
        if len(folded) >= MIN_WORD and not folded.isdigit() and folded not in STOP_WORDS:
            out.setdefault(folded[:STEM], written)
    return out


def similarity(first: str, second: str) -> tuple[int, tuple[str, ...]]:
    """The percentage of common significant words (common ÷ all distinct of
    both, rounded down) and the common words as ``first`` has them."""
    a, b = significant_words(first or ""), significant_words(second or "")
    if not a or not b:
        return 0, ()
    common = [a[s] for s in a if s in b]
    return len(common) * 100 // len(a.keys() | b.keys()), tuple(common)
