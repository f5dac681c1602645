"""PySide6 6.12.0 dropped one reference to None per item handed to a view
(QTableWidget.setItem, QListWidget.addItem, QStandardItemModel.appendRow);
on Python 3.11 the app then aborts after a few thousand items.  The pinned
release must not do that: the card, the ladder and the dialogs use items."""
import gc
import sys

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem


def test_items_keep_none_alive(qtbot):
    """3,000 items: with the bug None loses 3,000 references; other objects
    freed meanwhile account for a few dozen either way."""
    table, lst = QTableWidget(500, 5), QListWidget()
    qtbot.addWidget(table)
    qtbot.addWidget(lst)
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for r in range(500):
            for c in range(5):
                table.setItem(r, c, QTableWidgetItem("x"))
            lst.addItem(QListWidgetItem("y"))
        delta = sys.getrefcount(None) - before
    finally:
        gc.enable()
    assert delta > -1000
