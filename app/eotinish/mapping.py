"""The column mapping of an imported register, remembered for the office
(one database, one office): the header each field was read from.  A file
with the same headers is mapped at once; for a new one, the headers are
guessed from their words (ru, kk, en)."""
from __future__ import annotations

import datetime as dt
import json

from app.eotinish.reconcile import FIELDS
from app.office.auth import UserInfo, require_role
from app.rules.enums import REGISTERING_ROLES
from app.store import history
from app.store.storage import guarded, transaction
from models.entities_eotinish import RegisterMapping

NAME = "eotinish"
GUESSES = {   # words a header of the field contains (folded)
    "number": ("e-otinish", "еотиниш", "е-өтініш", "e-өтініш", "өтініш", "рег. номер", "регистрационный номер",
               "номер обращения", "номер", "тіркеу нөмірі", "нөмірі", "number", "№"),
    "iin_bin": ("иин", "бин", "жсн", "бсн", "iin", "bin"),
    "date": ("дата", "күні", "date"),
    "name": ("фио", "заявител", "өтініш беруші", "аты-жөні", "наименование", "applicant", "name"),
    "kind": ("вид", "тип", "түрі", "kind", "type"),
    "status": ("статус", "состояние", "мәртебе", "жай-күйі", "status", "state"),
}


@guarded
def saved_mapping() -> dict[str, str]:
    row = RegisterMapping.get_or_none(RegisterMapping.name == NAME)
    if row is None:
        return {}
    try:
        value = json.loads(row.mapping)
    except ValueError:
        return {}
    return {k: v for k, v in value.items() if k in FIELDS and isinstance(v, str)} if isinstance(value, dict) else {}


def guess_mapping(headers: list[str], saved: dict[str, str] | None = None) -> dict[str, str]:
    """The saved header of each field where the file has it, else the first
    header whose words suggest the field (each header used once)."""
    out: dict[str, str] = {}
    for name, header in (saved or {}).items():
        if header in headers:
            out[name] = header
    for name in FIELDS:
        if name in out:
            continue
        for header in headers:
            folded = header.casefold()
            if header not in out.values() and any(w in folded for w in GUESSES[name]):
                out[name] = header
                break
    return out


@guarded
def save_mapping(user: UserInfo, mapping: dict[str, str], now: dt.datetime | None = None) -> None:
    """Remember ``mapping`` for the office (the change in the history)."""
    clean = {k: str(v)[:200] for k, v in mapping.items() if k in FIELDS and v}
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with transaction():
        user = require_role(user, REGISTERING_ROLES)
        row = RegisterMapping.get_or_none(RegisterMapping.name == NAME)
        old = json.loads(row.mapping) if row is not None else {}
        if old == clean:
            return
        text = json.dumps(clean, ensure_ascii=False, sort_keys=True)
        if row is None:
            row = RegisterMapping.create(name=NAME, mapping=text, changed_by=user.id, changed_at=now)
        else:
            row.mapping, row.changed_by_id, row.changed_at = text, user.id, now
            row.save()
        history.record("register_mapping", row.id, "register_mapping_saved", {"mapping": [old, clean]},
                       user.id, now)
