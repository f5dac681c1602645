"""Staff positions in the interface's language (issue 14): typed once in
Kazakh, they read in Russian in the Russian interface, in lists to choose
from, the users' table and the card; the talon prints both."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from app import demo, office
from app.appeal import talon_data
from models.entities import Appeal
from ui import i18n
from ui.admin.users_dialog import UsersDialog
from ui.case.action_dialog import ActionDialog
from ui.case.appeal_card import AppealCardDialog
from ui.intake.talon_render import talon_html


@pytest.fixture
def russian(qapp):
    before = QLocale()
    i18n.install("ru")
    yield
    i18n.uninstall()   # back to the source language for the other tests
    QLocale.setDefault(before)


def _screens(qtbot):
    admin, head = office.login("admin", demo.DEMO_PASSWORD), office.login("head", demo.DEMO_PASSWORD)
    users = UsersDialog(admin)
    qtbot.addWidget(users)
    table = {users.table.item(r, 0).text(): users.table.item(r, 2) for r in range(users.table.rowCount())}
    case = Appeal.select().where(Appeal.status == "registered").order_by(Appeal.id.desc()).first()
    action = ActionDialog(case.id, "assign", head, case.kind)
    qtbot.addWidget(action)
    combo = action.widgets["executor_id"][1]
    card = AppealCardDialog(case.id, head)
    qtbot.addWidget(card)
    labels = [w.text() for w in card.findChildren(QLabel)]
    return table, [combo.itemText(i) for i in range(combo.count())], labels, case


def test_positions_read_in_russian_in_the_russian_interface(qtbot, demo_db, russian):
    table, executors, labels, case = _screens(qtbot)
    assert table["executor"].text() == "Главный специалист" and table["head"].text() == "Аким сельского округа"
    assert table["registrar"].text() == "Заведующий канцелярией"
    assert table["admin"].text() == "Руководитель аппарата"
    assert table["executor"].toolTip() == "Бас маман"   # as the administrator typed it
    assert "Омаров Нұрлан Серікұлы, Главный специалист" in executors
    assert not any("маман" in name or "әкім" in name for name in executors)
    assert "Сәрсенбаева Әлия, Заведующий канцелярией" in labels   # registered by


def test_positions_read_as_typed_in_the_kazakh_interface(qtbot, demo_db):
    table, executors, labels, case = _screens(qtbot)
    assert table["executor"].text() == "Бас маман" and not table["executor"].toolTip()
    assert "Омаров Нұрлан Серікұлы, Бас маман" in executors
    assert "Сәрсенбаева Әлия, Кеңсе меңгерушісі" in labels


def test_the_bilingual_talon_prints_the_position_in_both_languages(qtbot, demo_db):
    case = Appeal.select().order_by(Appeal.id.desc()).first()
    html = talon_html(talon_data(case.id), "a5")
    assert "Кеңсе меңгерушісі / Заведующий канцелярией" in html
