"""The appeal routes in the UI (АППК 80.5, 91.3): the administrator edits the
deputy's route and a category on the settings page at 1366×768; the act
dialog shows the route that will print, by signer and category."""
from __future__ import annotations

import datetime as dt
import io

from docx import Document
from PySide6.QtCore import QSize

from app.appeal.registration import register
from app.engine import perform
from app.office import Category, Route, Routes, auth, get_routes, save_routes
from app.office.profile import get_settings, update_settings
from app.rules.enums import Role
from ui.admin.settings_dialog import SettingsDialog
from ui.case.document_dialog import DocumentDialog

SCREEN = QSize(1366, 768)


def test_settings_page_edits_the_routes_at_1366x768(qtbot, office_admin):
    dialog = SettingsDialog(office_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height() - 60   # the taskbar
    assert dialog.minimumSizeHint().height() <= SCREEN.height() - 60
    dialog.tabs.setCurrentIndex(1)
    form = dialog.routes_form
    assert form.deputy["body_kk"].text().startswith("Әкім Әкімов Ә.")   # prefilled: the head (91.3)
    form.deputy["body_ru"].setText("")
    form.add_category(_land())
    dialog._on_save()                             # the deputy's route in one language only: refused
    assert dialog.errors.text("deputy_body_ru") and dialog.isVisible()
    assert not get_routes().deputy_saved
    form.fill_head.click()                        # back to the head's default
    form.table.item(0, 4).setText("Областная земельная комиссия")
    dialog._on_save()
    got = get_routes()
    assert got.deputy_saved and got.deputy.body_ru.startswith("Әкімов Ә., руководитель: ")   # in Russian, not the Kazakh position
    assert [(c.name_kk, c.route.body_ru) for c in got.categories] == [
        ("Жер актілері", "Областная земельная комиссия")]


def _land() -> Category:
    return Category(name_kk="Жер актілері", name_ru="Земельные акты", legal_ref="Жер кодексі",
                    route=Route("Облыстық жер комиссиясы", "x"))


def test_act_dialog_shows_the_route_by_signer_and_category(qtbot, registrar, office_admin, make_input):
    deputy = auth.create_user(login_name="orynbasar", password="secret1-long", surname="Орынбасаров",
                              first_name="Ерлан", position="Әкімнің орынбасары", role=Role.DEPUTY,
                              created_by=office_admin.id)
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Облыс әкімдігі", "Акимат области"
    update_settings(settings, office_admin.id)
    save_routes(Routes(get_routes().deputy, [_land()]), office_admin.id)
    moment = dt.datetime(2026, 11, 2, 10, 0)
    appeal = register(make_input(moment), registrar, "k", now=moment)
    perform(appeal.id, "assign", deputy, {"executor_id": deputy.id, "resolution": "r"}, today=dt.date(2026, 11, 3))
    perform(appeal.id, "decide", deputy, {"decision": "act_favourable", "outcome": "satisfied",
                                          "hearing_exception": "73.2.1"}, today=dt.date(2026, 11, 9))
    dialog = DocumentDialog(appeal.id, deputy, "kk", template="act", today=dt.date(2026, 11, 10))
    qtbot.addWidget(dialog)
    assert "Әкім Әкімов Ә." in dialog.route_text.text() and "Облыс әкімдігі" not in dialog.route_text.text()
    dialog.category.setCurrentIndex(1)
    assert "Облыстық жер комиссиясы" in dialog.route_text.text()
    dialog.inputs["matter"].setPlainText("Жер учаскесін беру")
    dialog.inputs["decision_text"].setPlainText("Өтініш қанағаттандырылсын.")
    dialog.inputs["reasoning"].setPlainText("Жер кодексінің 43-бабы")
    dialog.inputs["act_kind_text"].setPlainText("Қолайлы әкімшілік акт")
    dialog.submit()
    assert dialog.issued is not None
    assert "Облыстық жер комиссиясы" in "\n".join(
        p.text for p in Document(io.BytesIO(dialog.issued.content)).paragraphs)
