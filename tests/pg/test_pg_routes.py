"""The appeal routes (schema 8) on PostgreSQL: saved, read back, recorded."""
from __future__ import annotations

from app.office.profile import OfficeSettings, first_run
from app.office.routes import Category, Route, Routes, get_routes, save_routes
from models.entities import ChangeLog


def test_routes_round_trip(pg_url):
    admin = first_run(OfficeSettings(name_kk="Әкімдік", name_ru="Акимат", head_name="Әкімов Ә.",
                                     head_position="Әкім"), login_name="admin", password="secret-1-long",
                      surname="Әбілова", first_name="Гүлнар", patronymic="", position="Бас маман")
    assert get_routes().deputy.body_kk == "Әкім Әкімов Ә."
    land = Category(name_kk="Жер актілері", name_ru="Земельные акты", legal_ref="Жер кодексі",
                    route=Route("Облыстық комиссия", "Областная комиссия"))
    save_routes(Routes(Route("Әкім", "Аким"), [land]), admin.id)
    got = get_routes()
    assert got.deputy_saved and got.deputy.body_ru == "Аким"
    assert [(c.code, c.name_ru, c.route.body_ru) for c in got.categories] == [
        ("c1", "Земельные акты", "Областная комиссия")]
    assert ChangeLog.select().where(ChangeLog.action == "routes_changed").count() == 1
