"""Name search folds Kazakh letters to their Russian counterparts (issue 14
item 3): ``Жумабаева`` finds Жұмабаева and the other way round.  The search
words of every applicant's name already stored (``appeal_token``) are
computed again with the new folding; the search itself stays on the same
index ((token, appeal): one prefix range per typed word).

A batch of appeals at a time, in id order, so memory stays flat at a million
appeals; only the appeals whose stored words differ are rewritten (names
without a Kazakh letter keep theirs), which also makes the step safe to run
on a file that a newer program already wrote.  The words are a search index
derived from the name, not a fact of the case: nothing in the history
changes.  One transaction with the version row, on SQLite and PostgreSQL.

A frozen copy of app.rules.names as it is at schema 10: never import app
here.
"""
import re
from functools import lru_cache

BATCH = 5000     # appeals read per batch
IDS = 900        # ids per DELETE: within the 999 variables of SQLite before 3.32
ROWS = 450       # words per INSERT (900 values, the same limit)

_FOLD = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                       "һ": "х", "і": "и", "ё": "е"})
_LOOKALIKES = str.maketrans({"i": "и", "ə": "а"})
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD_SPLIT = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)   # names repeat: most words are folded once
def _word(word: str) -> str:
    word = word.translate(_FOLD)
    return word.translate(_LOOKALIKES) if _CYRILLIC.search(word) else word


def name_tokens(text: str) -> set[str]:
    return {_word(w) for w in _WORD_SPLIT.split((text or "").casefold()) if w}


def up(migrator, db):
    # Plain statements with the driver's own placeholder ("?" on SQLite,
    # "%s" on PostgreSQL), many rows each: the query builder, or one
    # statement per row, took most of the time at a million appeals.
    p = db.param
    last = 0
    while True:
        names = db.execute_sql(f"SELECT id, applicant_display FROM appeal WHERE id > {p} "
                               f"ORDER BY id LIMIT {p}", (last, BATCH)).fetchall()
        if not names:
            break
        first, last = names[0][0], names[-1][0]
        stored: dict[int, set[str]] = {}
        for appeal_id, token in db.execute_sql(f"SELECT appeal_id, token FROM appeal_token "
                                               f"WHERE appeal_id BETWEEN {p} AND {p}", (first, last)):
            stored.setdefault(appeal_id, set()).add(token)
        wanted = {appeal_id: name_tokens(display) for appeal_id, display in names}
        changed = [a for a, words in wanted.items() if words != stored.get(a, set())]
        if not changed:
            continue
        for i in range(0, len(changed), IDS):
            ids = changed[i:i + IDS]
            db.execute_sql(f"DELETE FROM appeal_token WHERE appeal_id IN ({', '.join([p] * len(ids))})", ids)
        rows = [(a, t) for a in changed for t in sorted(wanted[a])]
        for i in range(0, len(rows), ROWS):
            chunk = rows[i:i + ROWS]
            db.execute_sql("INSERT INTO appeal_token (appeal_id, token) VALUES "
                           + ", ".join([f"({p}, {p})"] * len(chunk)), [v for row in chunk for v in row])
