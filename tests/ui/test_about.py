"""The About window (issue 15 item 5): opened from the Help menu by any
user, it shows the version, the schema in use and the newest known, the
database file, the log file and the Code's edition; Copy puts those lines on
the clipboard; a PostgreSQL URL is shown without its password."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app import store
from app.store import shown_database
from app.store.about import database_url
from app.store.database import newest_schema, schema_version
from app.version import VERSION
from models.db import make_database
from tests.ui.modal import when_modal
from ui.admin.about_dialog import AboutDialog
from ui.common import crash
from ui.journal.main_window import MainWindow


def test_a_non_admin_opens_about_from_the_help_menu_and_copies_it(qtbot, qapp, demo_db, demo_registrar, monkeypatch):
    log = demo_db.parent / "logs" / "zholdanym.log"
    monkeypatch.setattr(crash, "LOG_PATH", log)
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    about = window.actions_by_name["about"]
    help_menu = window.menuBar().actions()[-1].menu()
    assert about in help_menu.actions()
    assert about.isEnabled()
    seen: list[AboutDialog] = []
    shown: dict[str, str] = {}
    lines: list[str] = []

    def look(dialog: AboutDialog) -> None:
        shown.update({key: label.text() for key, label in dialog.values.items()})
        lines.extend(f"{caption}: {value}" for _, caption, value in dialog.lines)
        dialog.copy_button.click()
        dialog.reject()
    when_modal(AboutDialog, look, seen)
    about.trigger()
    assert seen, "the About window did not open"
    assert shown["version"] == VERSION
    assert str(schema_version()) in shown["schema"] and str(newest_schema()) in shown["schema"]
    assert shown["database"] == str(demo_db)
    assert shown["folder"] == str(demo_db.parent)
    assert shown["log"] == str(log)
    assert "01.01.2026" in shown["law"]
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == f"Zholdanym {VERSION}" and copied[1:] == lines
    assert f"Database: {demo_db}" in copied and f"Log file: {log}" in copied
    assert f"Database schema: {schema_version()} (the newest this version knows: {newest_schema()})" in copied


def test_open_data_folder_opens_the_database_folder(qtbot, demo_db, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.folder_button is not None
    dialog.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [demo_db.parent]


def test_the_facts_follow_the_open_database(demo_db):
    facts = store.about()
    assert (facts.version, facts.schema, facts.newest_schema) == (VERSION, schema_version(), newest_schema())
    assert facts.sqlite_file == demo_db and facts.data_folder == demo_db.parent


def test_a_postgresql_url_is_shown_without_its_password():
    url = "postgresql://zh_app:s3cr%40t-pw@db.akimat.local:5433/zholdanym"
    for shown in (shown_database(url), database_url(make_database(url))):
        assert "s3cr" not in shown and "pw" not in shown.split("@")[0].split(":")[-1]
        assert shown.startswith("postgresql://zh_app:***@db.akimat.local:5433/")
        assert shown.endswith("/zholdanym")
    assert database_url(make_database("postgresql://db.akimat.local/zholdanym")) == \
        "postgresql://db.akimat.local:5432/zholdanym"
    assert shown_database("sqlite:///C:/data/zholdanym.sqlite") == "C:/data/zholdanym.sqlite"
