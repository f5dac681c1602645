"""Sessions (issue 14 items 4-6): log out and in as another user without
restarting, Exit, the menus greying what the role may not do (with the
reason), the login window retranslated whole, and the start-up splash."""
from __future__ import annotations

import gc
import logging
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolBar
from shiboken6 import isValid

import ui.start as app_main
from app import demo, office
from app.rules import Role
from tests.ui.modal import when_modal
from ui import i18n
from ui.admin.login_dialog import LoginDialog
from ui.admin.password_dialog import PasswordDialog
from ui.common.splash import StartSplash
from ui.journal.main_window import MainWindow


@pytest.fixture(autouse=True)
def source_language():
    """A login installs the saved language: each test leaves the source language behind,
    and the windows its session closed deleted."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    i18n.uninstall()   # back to the source language for the other tests


def log_in_as(login: str, password: str = demo.DEMO_PASSWORD):
    def act(dialog: LoginDialog) -> None:
        dialog.login.setText(login)
        dialog.password.setText(password)
        dialog.buttons.accepted.emit()
    return act


def first_window(qtbot, user) -> tuple[app_main.Session, MainWindow]:
    session = app_main.Session(demo_data=True)
    window = session.open_window(user)   # closed by the test's log out or exit
    qtbot.waitExposed(window)
    return session, window


def test_log_out_then_log_in_as_another_user_opens_a_new_window_of_that_role(
        qtbot, demo_registrar):
    session, window = first_window(qtbot, demo_registrar)
    assert window.actions_by_name["register"].isEnabled()
    reminder = QMessageBox(QMessageBox.Icon.Information, "Zholdanym", "…", QMessageBox.StandardButton.Ok, window)
    reminder.setModal(False)
    reminder.show()   # a window the main window opened: it goes with it
    seen: list = []
    when_modal(LoginDialog, log_in_as("executor"), seen)
    window.actions_by_name["log_out"].trigger()
    assert not window.isVisible() and not reminder.isVisible()
    assert session.window is None
    assert QSettings().value("main/geometry") is not None   # the layout was saved as it closed
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    fresh = session.window
    assert len(seen) == 1 and fresh is not window and fresh.isVisible()
    assert fresh.user.login == "executor" and fresh.user.role == Role.EXECUTOR
    assert not fresh.actions_by_name["register"].isEnabled()   # the executor's role, not the registrar's
    assert fresh.mine.isChecked()   # an executor's journal opens on their own cases
    assert session.runner is not None and session.runner is fresh.panel.runner
    with qtbot.waitSignal(session.finished, timeout=5000):
        fresh.actions_by_name["exit"].trigger()


def test_the_login_window_cancelled_after_a_log_out_closes_the_app(qtbot, demo_registrar):
    session, window = first_window(qtbot, demo_registrar)
    when_modal(LoginDialog, lambda dialog: dialog.reject(), [])
    with qtbot.waitSignal(session.finished, timeout=10000):
        window.actions_by_name["log_out"].trigger()
    assert session.window is None and not isValid(window)   # closed, and deleted once the loop ran


def test_exit_closes_the_window_and_finishes(qtbot, demo_registrar):
    session, window = first_window(qtbot, demo_registrar)
    assert window.actions_by_name["exit"].shortcut().toString() == "Ctrl+Q"
    assert window.actions_by_name["log_out"].shortcut().toString() == "Ctrl+Shift+L"
    with qtbot.waitSignal(session.finished, timeout=5000):
        window.actions_by_name["exit"].trigger()
    assert not window.isVisible() and session.window is None


def test_closing_the_window_is_an_exit_too(qtbot, demo_registrar):
    session, window = first_window(qtbot, demo_registrar)
    with qtbot.waitSignal(session.finished, timeout=5000):
        window.close()
    assert session.window is None


def test_a_reset_password_is_changed_at_a_later_login_too(qtbot, demo_registrar, demo_admin):
    registrar = office.list_users(Role.REGISTRAR)[0]
    office.reset_password(registrar.id, "a temporary one 7", demo_admin, "forgotten")
    session, window = first_window(qtbot, demo_admin)
    seen: list = []

    def new_password(dialog: PasswordDialog) -> None:
        dialog.edits["old_password"].setText("a temporary one 7")
        dialog.edits["password"].setText("my own long passphrase")
        dialog.edits["repeat"].setText("my own long passphrase")
        dialog.submit()

    def log_in(dialog: LoginDialog) -> None:
        when_modal(PasswordDialog, new_password, seen)
        log_in_as("registrar", "a temporary one 7")(dialog)
    when_modal(LoginDialog, log_in, seen)
    window.actions_by_name["log_out"].trigger()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    assert [type(d) for d in seen] == [LoginDialog, PasswordDialog]
    assert session.window.user.login == "registrar" and not session.window.user.must_change_password
    assert office.login("registrar", "my own long passphrase").id == registrar.id
    session.exit()


def test_the_menus_grey_what_an_executor_may_not_do_and_say_why(qtbot, demo_db):
    executor = office.login("executor", demo.DEMO_PASSWORD)
    window = MainWindow(executor)
    qtbot.addWidget(window)
    register = window.actions_by_name["register"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Session", "&Appeals", "&View", "Re&ports", "A&dministration", "&Help"]
    appeals = window.menuBar().actions()[1].menu()
    assert register in appeals.actions()   # the toolbar's own action, not a copy
    assert register in window.findChild(QToolBar, "actions").actions()
    assert not register.isEnabled()
    reason = "Only the registrar or the administrator may register appeals."
    assert register.toolTip() == reason and register.statusTip() == reason
    # Open to read for everyone; only the administrator changes them (the services check).
    for name in ("calendar", "users", "backups", "settings"):
        action = window.actions_by_name[name]
        assert action.isEnabled() and "only the administrator" in action.toolTip()
    session_menu = window.menuBar().actions()[0].menu()
    assert window.actions_by_name["log_out"] in session_menu.actions()
    assert window.actions_by_name["exit"] in session_menu.actions()


def test_the_same_menus_let_the_administrator_register(qtbot, demo_admin):
    window = MainWindow(demo_admin)
    qtbot.addWidget(window)
    register = window.actions_by_name["register"]
    assert register.isEnabled() and register.toolTip() == "Register an appeal" and register.statusTip() == ""
    assert window.actions_by_name["settings"].toolTip() == "Settings"


def test_the_card_and_the_talon_wait_for_a_chosen_appeal(qtbot, demo_registrar):
    window = MainWindow(demo_registrar)
    qtbot.addWidget(window)
    assert not window.view.currentIndex().isValid()
    talon = window.actions_by_name["talon"]
    assert not talon.isEnabled() and talon.toolTip() == "Choose an appeal in the journal first."
    window.view.selectRow(0)
    assert talon.isEnabled() and window.actions_by_name["open"].isEnabled()


def test_switching_language_on_the_login_window_retranslates_the_demo_hint(qtbot, demo_db):
    dialog = LoginDialog(app_main.demo_hint)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.hint.text().startswith("Демонстрационные пользователи") and demo.DEMO_PASSWORD in dialog.hint.text()
    assert dialog.windowTitle() == "Zholdanym: вход в систему"
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert dialog.hint.text().startswith("Демо пайдаланушылар") and demo.DEMO_PASSWORD in dialog.hint.text()
    assert dialog.windowTitle() == "Zholdanym: жүйеге кіру"
    assert i18n.saved_language() == "kk"


def test_after_a_log_out_the_login_window_speaks_the_language_last_chosen(qtbot, demo_registrar):
    session, window = first_window(qtbot, demo_registrar)
    i18n.save_language("ru")   # chosen in Settings: applies from the next login
    titles: list = []

    def look_then_log_in(dialog: LoginDialog) -> None:
        titles.append((dialog.windowTitle(), dialog.hint.text().split(":")[0]))
        log_in_as("registrar")(dialog)
    when_modal(LoginDialog, look_then_log_in, [])
    window.actions_by_name["log_out"].trigger()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    assert titles == [("Zholdanym: вход в систему", "Демонстрационные пользователи")]
    assert session.window.windowTitle() == "Zholdanym: журнал обращений"   # the new window too
    session.exit()


def test_a_language_chosen_in_settings_applies_to_every_window_at_once(qtbot, demo_registrar, monkeypatch):
    from ui.admin.settings_dialog import SettingsDialog
    i18n.install("kk")
    session, window = first_window(qtbot, demo_registrar)
    assert window.windowTitle() != "Zholdanym: журнал обращений"
    child = QMessageBox(QMessageBox.Icon.Information, "Zholdanym", "…", QMessageBox.StandardButton.Ok, window)
    child.setModal(False)
    child.show()                                  # a window it opened goes with it

    def choose_russian(dialog_class, user, parent):
        dialog = dialog_class(user, parent)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog._on_save()
        return dialog
    monkeypatch.setattr(window, "_open", lambda cls: choose_russian(cls, window.user, window) and True)
    window.actions_by_name["settings"].trigger()
    assert not window.isVisible() and not child.isVisible()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    fresh = session.window
    assert fresh is not window and fresh.user.login == "registrar"   # still logged in, no password asked
    assert fresh.windowTitle() == "Zholdanym: журнал обращений"   # the journal anew in Russian
    assert SettingsDialog(fresh.user, fresh).windowTitle() != "Settings"   # and what it opens next
    session.exit()


@pytest.fixture
def restore_globals(monkeypatch):
    """run_app installs a log handler and an excepthook: undo them."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    before = QLocale()
    yield
    i18n.uninstall()   # back to the source language for the other tests
    QLocale.setDefault(before)
    for h in logging.getLogger().handlers[:]:
        if h not in handlers:
            logging.getLogger().removeHandler(h)
            h.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_the_splash_says_each_start_up_step(qtbot, tmp_path, monkeypatch, restore_globals):
    steps: list = []
    splash = StartSplash()
    original = splash.step
    monkeypatch.setattr(splash, "step", lambda step, **kw: (steps.append(step), original(step, **kw)))
    full_fill = demo.fill
    monkeypatch.setattr(demo, "fill", lambda **kw: full_fill(**{**kw, "count": 12}))
    visible_at_login = []

    def cancel(dialog: LoginDialog) -> int:
        visible_at_login.append(splash.isVisible())
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(LoginDialog, "exec", cancel)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    assert app_main.run_app(str(tmp_path / "office.sqlite"), demo_data=True, splash=splash, lang="ru") == 0
    assert steps == ["opening", "creating", "demo", "demo_progress", "checking"]   # the appeals counted
    assert splash.shown[:3] == ["Открытие базы данных…", "Создание базы данных…",
                                "Создание демонстрационного аппарата…"]       # in the language chosen
    assert "Создание демонстрационного аппарата: обращения 10 из 12…" in splash.shown
    assert not splash.isVisible()   # gone once the login window is up
    steps.clear()
    assert app_main.run_app(str(tmp_path / "office.sqlite"), demo_data=True, splash=splash, lang="ru") == 0
    assert steps == ["opening", "checking"]   # the second start: nothing created, nothing migrated


def test_an_older_database_is_migrated_with_the_splash_saying_so(qtbot, tmp_path):
    from models import db as models_db
    path = tmp_path / "older.sqlite"
    models_db.open_database(str(path), migrate=False)
    models_db._runner().up(target="0008_routes_and_forms")   # a database of the version before
    models_db.close_database()
    splash = StartSplash()
    qtbot.addWidget(splash)
    assert app_main.open_or_explain(str(path), splash)
    assert splash.shown == ["Migrating the database to the new version…"]
    assert models_db.pending_migrations() == 0
    models_db.close_database()
