"""Copies of documents are named after their number: a name Windows accepts."""
from ui.common.widgets import file_name


def test_a_number_becomes_a_file_name_windows_accepts():
    assert file_name("2026-000123/1") == "2026-000123-1"
    assert file_name('АҚ:12*3?"<>|\\4') == "АҚ-12-3------4"
    assert file_name(" ... ") == "document"   # nothing left: still a name
