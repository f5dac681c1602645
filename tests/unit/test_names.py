"""Name folding for the journal's search (issue 14 item 3): Kazakh letters
count as their Russian counterparts, so either spelling finds the person."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from app.rules.names import KAZAKH_TO_RUSSIAN, case_fold, name_tokens

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kazakh, russian", [
    ("ә", "а"), ("ғ", "г"), ("қ", "к"), ("ң", "н"), ("ө", "о"), ("ұ", "у"), ("ү", "у"),
    ("һ", "х"), ("і", "и"),
    ("Ә", "а"), ("Ғ", "г"), ("Қ", "к"), ("Ң", "н"), ("Ө", "о"), ("Ұ", "у"), ("Ү", "у"),
    ("Һ", "х"), ("І", "и"),
])
def test_every_kazakh_letter_folds_to_its_russian_counterpart(kazakh, russian):
    assert name_tokens(f"б{kazakh}б") == {f"б{russian}б"}


def test_both_spellings_of_a_name_give_the_same_words():
    assert name_tokens("Жұмабаева Әлия") == name_tokens("ЖУМАБАЕВА алия") == {"жумабаева", "алия"}
    assert name_tokens("Нұрғалиев Қанат") == name_tokens("Нургалиев Канат")
    assert name_tokens("Өтегенова Гүлнұр Іздібайқызы") == {"отегенова", "гулнур", "издибайкызы"}
    assert name_tokens("Шаһмардан") == name_tokens("Шахмардан")
    assert name_tokens("Семёнова") == name_tokens("Семенова") == {"семенова"}


def test_words_are_split_on_anything_but_letters_and_digits():
    assert name_tokens("  Сейфуллин-Ахметов,  «Дала» ЖШС ") == {"сейфуллин", "ахметов", "дала", "жшс"}
    assert name_tokens("") == name_tokens(" - ") == set()


def test_latin_look_alikes_fold_only_inside_a_cyrillic_word():
    # A keyboard without the Kazakh layout: "Әлiя" with a Latin i, "Əсем" with a Latin schwa.
    assert name_tokens("Әлiя") == name_tokens("Әлія") == {"алия"}
    assert name_tokens("ƏСЕМ") == {"асем"}
    # A name written in Latin letters stays as typed (folded case only).
    assert name_tokens("Irina Smith") == {"irina", "smith"}


def test_the_stored_sort_key_keeps_kazakh_letters():
    # applicant_norm: sort and "the same applicant" (АППК 64.7 2)) tell the spellings apart.
    assert case_fold("  ЖҰМАБАЕВА Ёлка ") == "жұмабаева елка"
    assert case_fold("Жұмабаева") != case_fold("Жумабаева")


def test_the_migrations_frozen_copy_folds_as_the_app_does():
    """Migration 0010 recomputed the stored words with its own copy: the app
    must cut a typed search into the same words, or old rows are lost."""
    path = ROOT / "models" / "migrations" / "0010_search_fold.py"
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    samples = ["Жұмабаева Әлия", "ҒАЛЫМ Ңңң Өөө Ұұұ Үүү Һһһ Ііі Ёё", "Әлiя Əсем", "Irina Smith",
               "«Дала» ЖШС", "Сейфуллин-Ахметов", "", "Семёнова 2026"]
    samples += ["".join(KAZAKH_TO_RUSSIAN)]
    for text in samples:
        assert module.name_tokens(text) == name_tokens(text), text
