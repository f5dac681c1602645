"""Staff positions in both languages (issue 14): a standard title typed in
either language reads in the other; anything else stays as typed."""
from __future__ import annotations

import pytest

from app.office.positions import TITLES, bilingual_position, position_in


@pytest.mark.parametrize("typed, kk, ru", [
    ("Бас маман", "Бас маман", "Главный специалист"),
    ("  бас   маман ", "бас маман", "главный специалист"),          # spaces and case as typed
    ("Главный специалист", "Бас маман", "Главный специалист"),      # typed in Russian
    ("Ауылдық округ әкімі", "Ауылдық округ әкімі", "Аким сельского округа"),
    ("Аким поселка", "Кент әкімі", "Аким посёлка"),                  # е for ё
    ("Жер қатынастары бөлімінің маманы", "Жер қатынастары бөлімінің маманы",
     "Жер қатынастары бөлімінің маманы"),                            # not a standard title: as typed
])
def test_position_in_each_language(typed, kk, ru):
    assert (position_in(typed, "kk"), position_in(typed, "ru")) == (kk, ru)


def test_bilingual_position_for_a_talon():
    assert bilingual_position("Кеңсе меңгерушісі") == "Кеңсе меңгерушісі / Заведующий канцелярией"
    assert bilingual_position("Инспектор") == "Инспектор"            # the same word in both
    assert bilingual_position("Маман, кеңсе") == "Маман, кеңсе"      # not a title: once, as typed


def test_every_title_is_known_once_in_each_language():
    kk = [k for k, _ in TITLES]
    ru = [r for k, r in TITLES if r != k]
    assert len(set(kk)) == len(kk) and len(set(ru)) == len(ru)
