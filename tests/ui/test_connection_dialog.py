"""The first start's choice (issue 15 item 6): this computer only (SQLite) or
the office server (PostgreSQL), the connection tested off the UI thread,
problems next to their fields with the values kept, the password in the
credential store and in no file; at a later start a refused password is
said and typed again."""
from __future__ import annotations

import logging
import sys
import uuid
from urllib.parse import urlparse

import pytest
from PySide6.QtWidgets import QApplication, QDialog

import ui.start as app_main
from app.store import ServerConnection, StartTarget, load_connection, save_connection, store_password
from app.store.connection import SERVICE
from tests.ui.modal import when_modal
from ui import i18n
from ui.admin.connection_dialog import ConnectionDialog, ServerPasswordDialog
from ui.admin.first_run_dialog import FirstRunDialog
from ui.common.messages import message

PASSWORD = "ws-secret-Жолданым-42"


@pytest.fixture
def restore_globals(monkeypatch):
    """run_app installs translators, a log handler and an excepthook: undo them."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield
    i18n.uninstall()
    for h in logging.getLogger().handlers[:]:
        if h not in handlers:
            logging.getLogger().removeHandler(h)
            h.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


@pytest.fixture
def office_server(empty_pg, monkeypatch):
    """An empty database made ready by setup-server; the workstation's connection."""
    from ui.cli.roles import server_command
    url, roles = empty_pg
    role = f"zh_ws_{uuid.uuid4().hex[:8]}"
    roles.append(role)
    monkeypatch.setenv("ZH_TEST_WS_PASSWORD", PASSWORD)
    assert server_command(url, role, "ZH_TEST_WS_PASSWORD") == 0
    parts = urlparse(url)
    return ServerConnection(parts.hostname or "", parts.port or 5432, parts.path.lstrip("/"), role)


def test_this_computer_only_opens_a_sqlite_office(qtbot, tmp_path, memory_keyring, monkeypatch, restore_globals):
    folder = tmp_path / "data"
    seen, first_run = [], []

    def choose_local(dialog):
        assert not dialog.server_box.isEnabled()   # the server's fields only when the server is chosen
        dialog.local_choice.setChecked(True)
        dialog.buttons.accepted.emit()
    when_modal(ConnectionDialog, choose_local, seen)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: first_run.append(self) or 0)
    target = StartTarget(url=str(folder / "zholdanym.sqlite"), choose=True, folder=folder)
    assert app_main.run_app(target, lang="kk") == 0
    assert seen and first_run   # the choice, then the office's first administrator on the new file
    assert (folder / "zholdanym.sqlite").is_file() and load_connection(folder) is None
    from app.store import open_path
    assert open_path() == folder / "zholdanym.sqlite"
    app_main.close_database()


@pytest.mark.postgres
def test_the_office_server_wrong_then_right_password(qtbot, tmp_path, office_server, memory_keyring):
    conn, folder = office_server, tmp_path / "data"
    dialog = ConnectionDialog(folder / "zholdanym.sqlite", folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_choice.setChecked(True)
    assert dialog.server_box.isEnabled()
    qtbot.keyClicks(dialog.host, conn.host)
    dialog.port.setValue(conn.port)
    qtbot.keyClicks(dialog.database, conn.database)
    qtbot.keyClicks(dialog.user, conn.user)
    qtbot.keyClicks(dialog.password, "wrong-password")
    dialog.test_button.click()
    error = dialog.findChild(type(dialog.test_result), "error_password")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10000)
    assert "refused" in error.text() and dialog.test_button.isEnabled()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text(),
            dialog.password.text()) == (conn.host, conn.port, conn.database, conn.user, "wrong-password")
    assert load_connection(folder) is None and memory_keyring.stored == {}   # nothing stored on a failure
    dialog.password.setText(PASSWORD)
    dialog.test_button.click()   # the test alone stores nothing
    qtbot.waitUntil(lambda: "works" in dialog.test_result.text(), timeout=10000)
    assert not error.isVisible() and load_connection(folder) is None
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.accepted.emit()
    assert load_connection(folder) == conn
    assert memory_keyring.stored == {(SERVICE, conn.key): PASSWORD}
    assert dialog.target.server == conn and dialog.target.password == PASSWORD and PASSWORD not in dialog.target.url
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files and all(PASSWORD.encode() not in p.read_bytes() for p in files)


@pytest.mark.postgres
def test_a_refused_password_at_start_is_said_and_typed_again(qtbot, tmp_path, office_server, memory_keyring,
                                                              monkeypatch, restore_globals):
    conn, folder = office_server, tmp_path / "data"
    save_connection(folder, conn)
    store_password(conn, "changed-since")   # the IT person changed the password meanwhile
    seen, first_run = [], []

    def retype(dialog):
        seen.append(dialog.problem.text())
        dialog.password.setText(PASSWORD)
        dialog.connect_button.click()
    when_modal(ServerPasswordDialog, retype, [])
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: first_run.append(self) or 0)
    target = StartTarget(url=conn.url, password="changed-since", server=conn, folder=folder)
    assert app_main.run_app(target, lang="ru") == 0
    assert seen and seen[0] == message("server_password")   # in the user's language, Russian here
    assert first_run   # the server's database opened: its first administrator is asked for
    assert memory_keyring.stored == {(SERVICE, conn.key): PASSWORD}
    assert not (folder / "zholdanym.sqlite").exists()   # never a local office instead
    app_main.close_database()


def test_without_a_credential_store_the_password_is_asked_and_quit_quits(qtbot, tmp_path, no_keyring,
                                                                        restore_globals):
    conn = ServerConnection("akimat-server", 5432, "zholdanym", "zholdanym_ws")
    seen = []

    def quit_(dialog):
        seen.append(dialog.problem.text())
        dialog.quit_button.click()
    when_modal(ServerPasswordDialog, quit_, [])
    target = StartTarget(url=conn.url, server=conn, folder=tmp_path)
    assert app_main.run_app(target, lang="kk") == 0
    assert seen and seen[0] == QApplication.translate(
        "ServerPasswordDialog", "This computer has no credential store, so the office server's password is not "
                                "saved: type it at each start.")
    assert not (tmp_path / "zholdanym.sqlite").exists()


def test_an_unreachable_server_offers_to_change_the_connection(qtbot, tmp_path, memory_keyring, restore_globals):
    conn = ServerConnection("127.0.0.1", 1, "zholdanym", "zholdanym_ws")   # nothing listens on port 1
    save_connection(tmp_path, conn)
    problems = []

    def change(dialog):
        problems.append(dialog.problem.text())
        dialog.change_button.click()

    def choose_local(dialog):
        assert dialog.server_choice.isChecked() and dialog.host.text() == "127.0.0.1"   # its values shown
        dialog.local_choice.setChecked(True)
        dialog.buttons.accepted.emit()
    when_modal(ServerPasswordDialog, change, [])
    when_modal(ConnectionDialog, choose_local, [])
    chosen = app_main.server_start.open_server(StartTarget(url=conn.url, password="pw", server=conn,
                                                           folder=tmp_path))
    assert problems == [message("server_unreachable", port=1)]
    assert chosen is not None and chosen.server is None and chosen.url == str(tmp_path / "zholdanym.sqlite")
    assert load_connection(tmp_path) is None   # this computer only, as the user said


def test_the_dialog_reports_missing_values_next_to_their_fields(qtbot, tmp_path, memory_keyring):
    dialog = ConnectionDialog(tmp_path / "zholdanym.sqlite", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_choice.setChecked(True)
    dialog.buttons.accepted.emit()
    for field in ("host", "database", "user"):
        assert dialog.findChild(type(dialog.test_result), f"error_{field}").isVisible(), field
    assert dialog.result() != QDialog.DialogCode.Accepted and load_connection(tmp_path) is None
