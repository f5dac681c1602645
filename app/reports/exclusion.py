"""Appeals not counted in the statistics (АППК 69.3 paragraph 2).

АППК 69.3, second paragraph (in force from 29.12.2025):
  "Жарнамасы бар ұсыныстар, сондай-ақ «Мемлекеттік көрсетілетін қызметтер
  туралы» Қазақстан Республикасы Заңының 4-бабы 1-тармағының 3)
  тармақшасында көзделген жолданымдарды қоспағанда, мемлекеттік қызметтер
  көрсету мәселелері бойынша келіп түскен жолданымдар, «Валюталық реттеу және
  валюталық бақылау туралы» Қазақстан Республикасының Заңына сәйкес валюталық
  шарттарды есептік тіркеуді жүзеге асыру, шетелдік банктердегі шоттар және
  осындай шоттарды есептік тіркеу туралы хабардар ету мәселелері бойынша келіп
  түскен жолданымдар есепке алуға жатпайды."

Three classes are "not subject to accounting": proposals containing
advertising; appeals on the provision of state services (except those of
art. 4.1 3) of the Law on State Services); appeals on currency contracts'
registration, accounts in foreign banks and notices of them.  Nothing in the
appeal's data says which class an appeal is in, so a person marks it, with
the reason; the mark and its removal are entries of the history.

The plain reading: "not subject to accounting" takes these appeals out of
the statistical accounting (every report figure), nothing more - they are
still registered, considered, listed in the journal and the control lists
(the Code does not say otherwise; digest Q13).

Stored without a schema change: the history entries of the entity
``appeal_statistics`` (its own value, so the (entity, entity_id) index finds
them at once); the latest entry per appeal says whether it is excluded.
"""
from __future__ import annotations

import json

from peewee import Case, fn

from app.errors import DomainError
from app.office.auth import UserInfo, require_role
from app.rules.enums import HEAD_ROLES, REGISTERING_ROLES, Role
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import Appeal, ChangeLog

ENTITY = "appeal_statistics"
EXCLUDE = "stat_exclude"
INCLUDE = "stat_include"
# АППК 69.3 para 2: the three classes not subject to accounting.
REASONS = ("69.3.advertising", "69.3.state_services", "69.3.currency")
MARKING_ROLES = REGISTERING_ROLES | HEAD_ROLES | {Role.APPARATUS_HEAD}


def excluded_ids_query():
    """A subquery of the appeal ids whose latest mark excludes them."""
    def last(action: str):
        return fn.MAX(Case(None, [(ChangeLog.action == action, ChangeLog.id)], 0))
    return (ChangeLog.select(ChangeLog.entity_id).where(ChangeLog.entity == ENTITY)
            .group_by(ChangeLog.entity_id).having(last(EXCLUDE) > last(INCLUDE)))


@guarded
def excluded_ids() -> set[int]:
    return {row[0] for row in excluded_ids_query().tuples()}


@guarded
def appeal_by_number(reg_number: str) -> int | None:
    """The appeal with this registration number (as typed, spaces ignored)."""
    row = Appeal.get_or_none(Appeal.reg_number == reg_number.strip().replace(" ", ""))
    return None if row is None else row.id


@guarded
def exclusion_of(appeal_id: int) -> str:
    """The reason code the appeal is excluded for, or ""."""
    row = (ChangeLog.select(ChangeLog.action, ChangeLog.changes)
           .where((ChangeLog.entity == ENTITY) & (ChangeLog.entity_id == appeal_id))
           .order_by(ChangeLog.id.desc()).first())
    if row is None or row.action != EXCLUDE:
        return ""
    reason = json.loads(row.changes).get("reason")
    return str((reason[1] if isinstance(reason, list) else reason) or "")


@guarded
def mark_excluded(appeal_id: int, reason: str, user: UserInfo, note: str = "") -> int:
    """Exclude an appeal from the statistics (АППК 69.3 para 2); the history id."""
    if reason not in REASONS:
        raise DomainError("required", "reason")
    with transaction():
        user = require_role(user, MARKING_ROLES)
        if Appeal.get_or_none(Appeal.id == appeal_id) is None:
            raise DomainError("appeal_not_found")
        old = exclusion_of(appeal_id)
        if old == reason:
            raise DomainError("already_excluded", "reason")
        return history.record(ENTITY, appeal_id, EXCLUDE,
                              {"reason": [old or None, reason], "note": note.strip(), "article": "69.3"},
                              user.id)


@guarded
def unmark_excluded(appeal_id: int, user: UserInfo, note: str = "") -> int:
    """Count the appeal in the statistics again; the history id."""
    with transaction():
        user = require_role(user, MARKING_ROLES)
        old = exclusion_of(appeal_id)
        if not old:
            raise DomainError("not_excluded")
        return history.record(ENTITY, appeal_id, INCLUDE,
                              {"reason": [old, None], "note": note.strip(), "article": "69.3"}, user.id)
