"""A workstation's office server (issue 15 item 6): which database the app
opens at start, the stored connection (no password in any file) and the
password in the credential store, or asked when there is none."""
from __future__ import annotations

import json

import pytest

import main
from app.errors import ValidationErrors
from app.store import (
    ServerConnection,
    forget_connection,
    load_connection,
    resolve_start,
    save_connection,
    server_connection,
    store_available,
    store_password,
    stored_password,
)
from app.store.connection import SERVICE

CONN = ServerConnection("akimat-server", 5432, "zholdanym", "zholdanym_ws")


def test_db_and_the_environment_win_over_a_stored_server(tmp_path, memory_keyring):
    save_connection(tmp_path, CONN)
    store_password(CONN, "pw-1")
    assert resolve_start("/x/office.sqlite", None, tmp_path).url == "/x/office.sqlite"
    assert resolve_start(None, "postgresql://u@h/d", tmp_path).url == "postgresql://u@h/d"
    target = resolve_start("/x/office.sqlite", "postgresql://u@h/d", tmp_path)
    assert (target.url, target.server, target.password, target.choose) == ("/x/office.sqlite", None, None, False)


def test_a_stored_server_is_opened_with_the_password_from_the_store(tmp_path, memory_keyring):
    save_connection(tmp_path, CONN)
    assert store_password(CONN, "pw-секрет")
    (tmp_path / "zholdanym.sqlite").write_bytes(b"")   # a local file too: the server still wins, never a fallback
    target = resolve_start(None, None, tmp_path)
    assert target.server == CONN and target.password == "pw-секрет" and not target.choose
    assert target.url == "postgresql://zholdanym_ws@akimat-server:5432/zholdanym"   # no password in it
    assert memory_keyring.stored == {(SERVICE, "zholdanym_ws@akimat-server:5432/zholdanym"): "pw-секрет"}


def test_without_a_credential_store_the_password_is_asked(tmp_path, no_keyring):
    save_connection(tmp_path, CONN)
    assert not store_available()
    assert store_password(CONN, "pw-1") is False   # written nowhere
    target = resolve_start(None, None, tmp_path)
    assert target.server == CONN and target.password is None   # the start asks for it
    assert "pw-1" not in (tmp_path / "server.json").read_text(encoding="utf-8")


def test_nothing_chosen_yet_means_the_first_start_asks(tmp_path, memory_keyring):
    assert resolve_start(None, None, tmp_path).choose
    assert not resolve_start(None, None, tmp_path, demo=True).choose   # the demo is a local office
    (tmp_path / "zholdanym.sqlite").write_bytes(b"")
    target = resolve_start(None, None, tmp_path)
    assert (target.url, target.choose, target.server) == (str(tmp_path / "zholdanym.sqlite"), False, None)


def test_the_stored_connection_is_a_small_file_without_password(tmp_path, memory_keyring):
    path = save_connection(tmp_path / "data", CONN)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "host": "akimat-server", "port": 5432, "database": "zholdanym", "user": "zholdanym_ws"}
    assert [p.name for p in path.parent.iterdir()] == ["server.json"]   # the temporary file renamed over it
    assert load_connection(tmp_path / "data") == CONN
    store_password(CONN, "pw-1")
    assert forget_connection(tmp_path / "data") == CONN
    assert load_connection(tmp_path / "data") is None and stored_password(CONN) is None
    path.write_text("{not json", encoding="utf-8")
    assert load_connection(tmp_path / "data") is None   # unreadable: the start asks, it never guesses


def test_typed_values_are_checked_field_by_field():
    assert server_connection(" srv ", 5433, " db ", " ws ") == ServerConnection("srv", 5433, "db", "ws")
    with pytest.raises(ValidationErrors) as err:
        server_connection("", 0, "db", " ")
    assert [(e.code, e.field) for e in err.value.errors] == [("required", "host"), ("required", "user"),
                                                            ("server_port", "port")]


def test_connect_command_shows_and_forgets(tmp_path, memory_keyring, capsys, monkeypatch):
    from ui.cli.connect import connect_command
    assert connect_command(tmp_path, False) == 0 and "No office server" in capsys.readouterr().out
    save_connection(tmp_path, CONN)
    store_password(CONN, "pw-secret")
    assert connect_command(tmp_path, False) == 0
    out = capsys.readouterr().out
    assert CONN.url in out and "kept in the credential store" in out and "pw-secret" not in out
    assert connect_command(tmp_path, True) == 0 and "Forgotten" in capsys.readouterr().out
    assert load_connection(tmp_path) is None and memory_keyring.stored == {}


def test_main_resolves_the_start_in_the_data_folder(tmp_path, memory_keyring, monkeypatch):
    class Moved:
        folder = tmp_path
    monkeypatch.setattr(main, "default_folder", lambda: Moved)
    monkeypatch.delenv(main.ENV_DB, raising=False)
    save_connection(tmp_path, CONN)
    store_password(CONN, "pw-1")
    assert main.resolve_start(None).server == CONN
    assert main.resolve_start(str(tmp_path / "other.sqlite")).server is None
    monkeypatch.setenv(main.ENV_DB, str(tmp_path / "env.sqlite"))
    assert main.resolve_start(None).url == str(tmp_path / "env.sqlite")


def test_selftest_fails_a_windows_build_without_its_credential_store(monkeypatch, tmp_path, no_keyring):
    import app.store
    from ui.cli.selftest import Run, s_credential_store
    assert "asked at each start" in s_credential_store(Run(tmp_path))   # elsewhere: said, not a fault
    monkeypatch.setattr(app.store, "store_name", lambda: None)
    monkeypatch.setattr("sys.platform", "win32")
    with pytest.raises(RuntimeError, match="Credential Manager"):
        s_credential_store(Run(tmp_path))
    monkeypatch.setattr(app.store, "store_name", lambda: "Windows WinVaultKeyring")
    assert s_credential_store(Run(tmp_path)) == "Windows WinVaultKeyring"


def test_a_database_name_with_letters_of_its_own_reaches_the_driver():
    """The URL carries the name percent-encoded; the driver gets it as typed."""
    from app.store.connection import server_connection
    from models.db import make_database
    conn = server_connection("akimat-server", 5432, "Ақсу әкімдігі", "zholdanym_ws")
    database = make_database(conn.url)
    assert "%" in conn.url and database.database == "Ақсу әкімдігі"
    assert database.connect_params["user"] == "zholdanym_ws"
