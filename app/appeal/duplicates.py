"""A likely duplicate at the counter: advice to the clerk, never a refusal.

АППК 64.1: "Жолданымды қабылдаудан бас тартуға тыйым салынады" - an appeal is
always accepted and registered; what this module finds only tells the clerk
that the same appeal may already be here, so that it can be registered with
a link to it (a repeat) or proposed for filing into the earlier case.

The two rules (the words they compare are defined in ``app.rules.likeness``):

- ``iin_and_name``: the same IIN (an organisation: BIN) and the same name as
  an appeal still open; or as an appeal returned as a repeat appeal
  (64.7 2) second paragraph), because АППК 64.8 names exactly that one:
  "Осы баптың жетінші бөлігінің 2) тармақшасының екінші абзацында көзделген
  жолданым қайта берілген жағдайда, оны қайтарғаннан кейін мұндай жолданым
  оған жауап берілмей, бұрын қаралған әкімшілік істің материалдарына қоса
  тігіледі".  No period: an open case is open whatever its age.
- ``name_settlement_substance``: the same name, the same settlement in the
  postal address (and not two different IINs/BINs: two people) and a substance with at least ``SIMILAR_PERCENT`` % of its
  significant words in common, registered within ``WINDOW_DAYS`` days
  (before today), whatever its state: a repeat appeal (64.7 2)) is by
  definition one on a matter considered already, "мәселенің мәні бойынша
  мазмұны бұрын қаралған жолданымға ұқсас".

Whether the new appeal brings "жаңа дәлелдерді немесе жаңадан ашылған
мән-жайларды" (64.7 2), 70.5) is for the official who considers it, never
for the counter; nothing here returns, attaches or closes anything.

Only indexed look-ups: the IIN/BIN index for the first rule; for the second,
the name's words in ``appeal_token`` ((token, appeal) index), cut to the
appeals registered in the period by the smallest id registered in it (the
``registered_on`` index), so the words' ranges read stay short at a million
appeals.
"""
from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass
from functools import reduce

from peewee import fn

from app.appeal.registration import AppealInput, applicant_display
from app.rules.enums import OPEN_STATUSES, ApplicantType, Status
from app.rules.likeness import settlement, settlement_as_written, similarity
from app.rules.names import name_tokens
from app.store.storage import guarded
from models.entities import Appeal, AppealToken, User

IIN_AND_NAME = "iin_and_name"
NAME_SETTLEMENT_SUBSTANCE = "name_settlement_substance"
# The period of the second rule.  An appeal's whole life is at most 15
# working days (76.1) plus an extension of up to two months (76.3): about
# three months.  A like appeal from the same person and place within that
# span is most likely the same matter still pending or just answered; older
# ones are the earlier-appeals list's business (64.7 2)).
WINDOW_DAYS = 90
SIMILAR_PERCENT = 50   # half of the significant words in common
LIMIT = 10             # matches shown; the closest first
CANDIDATES = 500       # rows of one name read for the second rule, newest first
REPEAT_GROUND = "64.7.2.repeat"
# The columns read (not the appeal's sixty: building and reading them cost
# more than the look-up).
COLUMNS = (Appeal.id, Appeal.reg_number, Appeal.registered_on, Appeal.applicant_display, Appeal.status,
           Appeal.executor.alias("executor_id"), Appeal.substance, Appeal.postal_address, Appeal.iin,
           Appeal.bin, Appeal.ground)


@dataclass(frozen=True)
class Match:
    """An earlier appeal that may be the same one, and why."""
    id: int
    reg_number: str
    registered_on: dt.date
    applicant: str
    status: str                 # app.rules.enums.Status
    executor: str
    rule: str                   # IIN_AND_NAME or NAME_SETTLEMENT_SUBSTANCE
    identifier: str = ""        # the IIN/BIN both have (first rule)
    settlement: str = ""        # the settlement both name, as the new appeal writes it (second rule)
    similarity: int = 0         # percent of significant words in common
    common_words: tuple[str, ...] = ()
    attachable: bool = False    # АППК 64.8: returned as a repeat appeal (64.7 2))
    substance: str = ""


def _identifier(data: AppealInput) -> tuple[str, object]:
    if data.applicant_type == ApplicantType.LEGAL:
        return data.bin.replace(" ", ""), Appeal.bin
    return data.iin.replace(" ", ""), Appeal.iin


def _other_person(number: str, row) -> bool:
    """Two IINs (BINs) stated and different: two applicants of one name."""
    theirs = row.bin or row.iin
    return len(number) == 12 and bool(theirs) and theirs != number


def _attachable(row) -> bool:
    return row.status == Status.RETURNED and row.ground == REPEAT_GROUND


def _by_identifier(data: AppealInput, name: str) -> list:
    number, field = _identifier(data)
    if len(number) != 12:
        return []
    open_or_returned = [str(s) for s in OPEN_STATUSES] + [str(Status.RETURNED)]
    rows = (Appeal.select(*COLUMNS).where((field == number) & Appeal.status.in_(open_or_returned))
            .order_by(Appeal.id.desc()).limit(CANDIDATES).namedtuples())
    wanted = name_tokens(name)   # the same words of the name (app.rules.likeness.same_name)
    return [r for r in rows if name_tokens(r.applicant_display) == wanted
            and (r.status != Status.RETURNED or _attachable(r))]


def _by_name(name: str, since: dt.date) -> list:
    """Appeals registered on or after ``since`` whose name has every word of
    ``name`` (the exact comparison follows)."""
    words = sorted(name_tokens(name))
    if not words:
        return []
    # The smallest id registered in the period (ids follow registration but
    # for an appeal entered late): every word's range starts there.  One
    # statement: the database computes it once.  "+ 0": MIN of the bare id
    # would walk the table in id order (SQLite's min/max shortcut) instead of
    # the period's range of the registered_on index.
    first = Appeal.select(fn.MIN(Appeal.id + 0)).where(Appeal.registered_on >= since)
    parts = [AppealToken.select(AppealToken.appeal).where((AppealToken.token == w) & (AppealToken.appeal >= first))
             for w in words]
    query = reduce(operator.and_, parts)   # INTERSECT: appeals with every word
    return list(Appeal.select(*COLUMNS).where(Appeal.id.in_(query) & (Appeal.registered_on >= since))
                .order_by(Appeal.id.desc()).limit(CANDIDATES).namedtuples())


@guarded
def likely_duplicates(data: AppealInput, today: dt.date,
                      window_days: int = WINDOW_DAYS) -> list[Match]:
    """Earlier appeals that ``data`` (a registration being typed) may repeat:
    the first rule's before the second's, the more alike first."""
    name = applicant_display(data)
    wanted = name_tokens(name)
    if not wanted:
        return []
    found: dict[int, tuple] = {}   # id -> (row, the rule and its figures)
    for row in _by_identifier(data, name):
        percent, common = similarity(data.substance, row.substance)
        found[row.id] = row, {"rule": IIN_AND_NAME, "identifier": _identifier(data)[0],
                              "similarity": percent, "common_words": common}
    number = _identifier(data)[0]
    place, place_written = settlement_as_written(data.postal_address)
    if place and data.substance.strip():
        since = today - dt.timedelta(days=window_days)
        for row in _by_name(name, since):
            if row.id in found or _other_person(number, row) or name_tokens(row.applicant_display) != wanted \
                    or settlement(row.postal_address) != place:
                continue
            percent, common = similarity(data.substance, row.substance)
            if percent >= SIMILAR_PERCENT:
                found[row.id] = row, {"rule": NAME_SETTLEMENT_SUBSTANCE, "settlement": place_written,
                                      "similarity": percent, "common_words": common}
    chosen = sorted(found.values(), key=lambda f: (f[1]["rule"] != IIN_AND_NAME,
                                                   -f[1]["similarity"], -f[0].id))[:LIMIT]
    ids = {row.executor_id for row, _ in chosen if row.executor_id}
    names = {u.id: f"{u.surname} {u.first_name}" for u in User.select().where(User.id.in_(ids))} if ids else {}
    return [Match(row.id, row.reg_number, row.registered_on, row.applicant_display, row.status,
                  names.get(row.executor_id, "") if row.executor_id else "",
                  attachable=_attachable(row), substance=row.substance, **figures)
            for row, figures in chosen]
