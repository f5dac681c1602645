"""The counter's duplicate check (issue 16 item 5): each rule's hits and
misses, and registering as a repeat with the link in the history."""
import pytest

from app.appeal import IIN_AND_NAME, NAME_SETTLEMENT_SUBSTANCE, RepeatOf, likely_duplicates, register
from app.rules.enums import Status
from app.rules.likeness import settlement, similarity
from app.store.history import history_of
from models.entities import Appeal
from tests.db.conftest import D, T

IIN = "900101300007"
OTHER_IIN = "900101300811"
TODAY = D("2026-11-20")


def draft(make_input, **fields):
    return make_input(T("2026-11-20 10:00"), **fields)


def found(data, today=TODAY, **kw):
    return [(m.reg_number, m.rule) for m in likely_duplicates(data, today, **kw)]


def number(appeal_id):
    return Appeal.get_by_id(appeal_id).reg_number


def test_same_iin_and_name_of_an_open_appeal(new_appeal, make_input, act, staff):
    a = new_appeal("2026-11-02 10:00", iin=IIN, substance="Көше жарығы жоқ")
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    # The name as a Russian keyboard types it: ұ, ү, қ folded, case and order aside.
    data = draft(make_input, iin=IIN, surname="КАСЫМОВА", first_name="айгул", patronymic="Беккызы",
                 substance="Мүлдем басқа мәселе")
    [match] = likely_duplicates(data, TODAY)
    assert (match.id, match.rule, match.identifier, match.status, match.executor, match.attachable) == (
        a, IIN_AND_NAME, IIN, Status.ASSIGNED, "Орындаушы Аты", False)
    assert match.registered_on == D("2026-11-02") and match.applicant == "Қасымова Айгүл Бекқызы"


def test_first_rule_misses(new_appeal, make_input, act):
    a = new_appeal("2026-11-02 10:00", iin=IIN)
    assert found(draft(make_input, iin=OTHER_IIN)) == []                       # another IIN
    assert [r for _, r in found(draft(make_input))] == [NAME_SETTLEMENT_SUBSTANCE]   # none typed
    assert found(draft(make_input, iin=IIN, first_name="Гүлнар")) == []        # another name
    assert found(draft(make_input, iin=IIN, patronymic="")) == []              # not the same words
    act(a, "terminate", ground="70.1.1", reason="Бұрын шешілген", today="2026-11-03")
    assert found(draft(make_input, iin=IIN, postal_address="", substance="")) == []   # closed


def test_an_appeal_returned_as_a_repeat_stays_attachable(new_appeal, make_input, act):
    """АППК 64.8: the one case a closed appeal matches the first rule, whatever its age."""
    first = new_appeal("2026-01-05 10:00", iin=IIN)
    act(first, "terminate", ground="70.1.1", reason="Бұрын шешілген", today="2026-01-06")
    second = new_appeal("2026-01-07 10:00", iin=IIN)
    act(second, "return", ground="64.7.2.repeat", reasons="Жаңа дәлел жоқ", earlier_number=number(first),
        no_new_arguments=True, today="2026-01-08")
    matches = likely_duplicates(draft(make_input, iin=IIN, postal_address=""), TODAY)
    assert [(m.id, m.rule, m.attachable) for m in matches] == [(second, IIN_AND_NAME, True)]


def test_same_name_settlement_and_substance_within_the_period(new_appeal, make_input):
    a = new_appeal("2026-10-01 10:00", postal_address="Ақсу ауылы, Абай к-сі, 5",
                   substance="Көше жарығын жөндеу туралы")
    data = draft(make_input, surname="Касымова", first_name="Айгул",
                 postal_address="с. Аксу, ул. Достык 3", substance="Көше жарығын жөндеуді сұраймын")
    [match] = likely_duplicates(data, TODAY)
    assert (match.id, match.rule, match.settlement, match.identifier) == (
        a, NAME_SETTLEMENT_SUBSTANCE, "аксу", "")
    # көше, жарығын, жөндеу/жөндеуді of {көше, жарығын, жөндеу, сұраймын}; туралы is not significant.
    assert (match.similarity, match.common_words) == (75, ("көше", "жарығын", "жөндеуді"))


def test_second_rule_misses(new_appeal, make_input):
    new_appeal("2026-10-01 10:00", postal_address="Ақсу ауылы", substance="Көше жарығын жөндеу туралы")
    base = dict(postal_address="Ақсу ауылы", substance="Көше жарығын жөндеу туралы")
    assert len(found(draft(make_input, **base))) == 1
    assert found(draft(make_input, **base), today=D("2026-12-31")) == []          # 91 days later
    assert len(found(draft(make_input, **base), today=D("2026-12-31"), window_days=100)) == 1
    assert found(draft(make_input, **{**base, "postal_address": "Қызылжар ауылы"})) == []
    assert found(draft(make_input, **{**base, "postal_address": "Абай к-сі, 5"})) == []   # no settlement named
    assert found(draft(make_input, **{**base, "substance": "Жер учаскесін беру"})) == []
    assert found(draft(make_input, **{**base, "first_name": "Гүлнар"})) == []


def test_two_different_iins_are_two_people(new_appeal, make_input):
    """The second rule is for an IIN not typed (or not stated); two IINs that
    differ are two applicants of the same name."""
    base = dict(postal_address="Ақсу ауылы", substance="Көше жарығын жөндеу туралы")
    new_appeal("2026-10-01 10:00", iin=IIN, **base)
    assert found(draft(make_input, iin=OTHER_IIN, **base)) == []
    assert len(found(draft(make_input, **base))) == 1


def test_closed_appeals_match_the_second_rule(new_appeal, make_input, act):
    a = new_appeal("2026-10-01 10:00", postal_address="Ақсу ауылы", substance="Жер учаскесін беру туралы")
    act(a, "terminate", ground="70.1.1", reason="Бұрын шешілген", today="2026-10-02")
    data = draft(make_input, postal_address="Ақсу ауылы", substance="Жер учаскесі беру")
    assert found(data) == [(number(a), NAME_SETTLEMENT_SUBSTANCE)]


def test_first_rule_comes_first_and_each_appeal_once(new_appeal, make_input):
    older = new_appeal("2026-10-01 10:00", postal_address="Ақсу ауылы", substance="Жер учаскесі")
    both = new_appeal("2026-11-02 10:00", iin=IIN, postal_address="Ақсу ауылы", substance="Жер учаскесі")
    data = draft(make_input, iin=IIN, postal_address="Ақсу ауылы", substance="Жер учаскесі")
    assert found(data) == [(number(both), IIN_AND_NAME), (number(older), NAME_SETTLEMENT_SUBSTANCE)]


def test_an_organisation_by_its_bin(new_appeal, make_input):
    fields = dict(applicant_type="legal", org_name="«Ақсу Су» ЖШС", bin="050240000005",
                  surname="", first_name="", patronymic="")
    a = new_appeal("2026-11-02 10:00", **fields)
    assert found(draft(make_input, **{**fields, "org_name": "«АКСУ СУ» жшс"})) == [(number(a), IIN_AND_NAME)]


def test_register_as_a_repeat_records_the_link(new_appeal, make_input, staff):
    a = new_appeal("2026-11-02 10:00", iin=IIN)
    r = register(draft(make_input, iin=IIN), staff["registrar"], "k-repeat", now=T("2026-11-20 10:00"),
                 repeat_of=RepeatOf(a, IIN_AND_NAME))
    assert Appeal.get_by_id(r.id).status == Status.REGISTERED   # registered all the same (64.1)
    [entry] = history_of("appeal", r.id)
    assert (entry.action, entry.changes["repeat_of"], entry.changes["repeat_of_id"],
            entry.changes["duplicate_rule"]) == ("registered", number(a), a, IIN_AND_NAME)
    assert "attach_proposed" not in entry.changes


def test_attach_is_proposed_only_into_a_returned_repeat(new_appeal, make_input, act, staff):
    open_one = new_appeal("2026-11-02 10:00", iin=IIN)
    # Not a returned repeat: registered all the same (АППК 64.1), linked, no proposal;
    # why is in the history.
    r0 = register(draft(make_input, iin=IIN), staff["registrar"], "k1", now=T("2026-11-20 10:00"),
                  repeat_of=RepeatOf(open_one, IIN_AND_NAME, attach=True))
    entry = history_of("appeal", r0.id)[0].changes
    assert entry["repeat_of_id"] == open_one and entry["attach_refused"] == "earlier_not_returned"
    assert "attach_proposed" not in entry
    act(open_one, "terminate", ground="70.1.1", reason="Бұрын шешілген", today="2026-11-03")
    second = new_appeal("2026-11-04 10:00", iin=IIN)
    act(second, "return", ground="64.7.2.repeat", reasons="Жаңа дәлел жоқ", earlier_number=number(open_one),
        no_new_arguments=True, today="2026-11-05")
    r = register(draft(make_input, iin=IIN), staff["registrar"], "k2", now=T("2026-11-20 10:00"),
                 repeat_of=RepeatOf(second, IIN_AND_NAME, attach=True))
    assert history_of("appeal", r.id)[0].changes["attach_proposed"] is True
    # The head then files it into the earlier case (АППК 64.8), by the attach action.
    act(r.id, "attach", earlier_number=number(second), today="2026-11-20")
    assert Appeal.get_by_id(r.id).attached_to == second


def test_a_link_to_an_appeal_that_is_gone_never_stops_the_registration(make_input, staff):
    r = register(draft(make_input, iin=IIN), staff["registrar"], "k-gone", now=T("2026-11-20 10:00"),
                 repeat_of=RepeatOf(99_999, IIN_AND_NAME, attach=True))
    assert Appeal.get_by_id(r.id).status == Status.REGISTERED   # АППК 64.1
    assert history_of("appeal", r.id)[0].changes["repeat_link_lost"] == "earlier_not_found"


@pytest.mark.parametrize("address, place", [
    ("Ақсу ауылы, Абай к-сі, 5", "аксу"),
    ("с. Аксу, ул. Абая, 5", "аксу"),
    ("Павлодар облысы, Ақсу ауданы, Қызылжар ауылы", "кызылжар"),
    ("Жаңа Жол ауылы, 12", "жана жол"),
    ("г.Павлодар, ул. Ленина 1", "павлодар"),
    ("Павлодар қ., Толстой к-сі 1", "павлодар"),
    ("Абай к-сі, 5", ""),
    ("", ""),
])
def test_settlement_of_an_address(address, place):
    assert settlement(address) == place


def test_similarity_is_common_over_all_significant_words():
    assert similarity("О ремонте дороги по ул. Абая", "Ремонт дороги на улице Абая") == (
        75, ("ремонте", "дороги", "абая"))
    assert similarity("Жер учаскесін беру туралы", "Көше жарығы туралы") == (0, ())
    assert similarity("", "Жер") == (0, ())


def test_no_name_nothing_to_compare(new_appeal, make_input):
    new_appeal("2026-11-02 10:00", iin=IIN)
    assert likely_duplicates(draft(make_input, iin=IIN, surname="", first_name="", patronymic=""), TODAY) == []
