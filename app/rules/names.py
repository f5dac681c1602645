"""Names as stored for sorting and as the journal's search finds them.

Two foldings, both pure:

- ``case_fold``: case and ё only.  Stored as the appeal's ``applicant_norm``
  (the applicant column's sort, and "the same applicant" of АППК 64.7 2),
  64.8, which must not take two spellings for one person).
- ``name_tokens``: the words of a name, case-folded and with the Kazakh
  letters folded to their Russian counterparts (ә→а, ғ→г, қ→к, ң→н, ө→о,
  ұ→у, ү→у, һ→х, і→и), so that ``Жумабаева`` (the Russian spelling) finds
  Жұмабаева and the other way round (issue 14 item 3).  A Latin ``i`` or
  ``ə`` typed inside a Cyrillic word (keyboards without the Kazakh layout)
  counts as і or ә.

The tokens are what the appeal_token table stores at registration and what
a typed search is cut into, so both sides always fold alike.  Migration
0010 holds a frozen copy of these rules: changing them needs a new
migration that recomputes the stored words.
"""
from __future__ import annotations

import re

# Kazakh letters without a Russian counterpart, and ё, folded (lower case:
# the text is case-folded first).
KAZAKH_TO_RUSSIAN = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                     "һ": "х", "і": "и", "ё": "е"}
_FOLD = str.maketrans(KAZAKH_TO_RUSSIAN)
# Latin look-alikes typed for і and ә inside a Cyrillic word.
_LOOKALIKES = str.maketrans({"i": "и", "ə": "а"})
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD_SPLIT = re.compile(r"[^\w]+")


def case_fold(text: str) -> str:
    """Case-folded, ё as е, trimmed (SQLite folds only ASCII, so the folded
    text is stored)."""
    return text.casefold().replace("ё", "е").strip()


def _word(word: str) -> str:
    word = word.translate(_FOLD)
    return word.translate(_LOOKALIKES) if _CYRILLIC.search(word) else word


def fold_word(word: str) -> str:
    """One word folded as ``name_tokens`` folds each word."""
    return _word(word.casefold())


def name_tokens(text: str) -> set[str]:
    """The search words of ``text``: case-folded, Kazakh letters as Russian."""
    return {_word(w) for w in _WORD_SPLIT.split(text.casefold()) if w}

