"""The main window's menus (issue 14 items 4 and 5): the same actions as the
toolbar, and the session's log out and exit.  Each action says whether this
user may take it now; one they may not is greyed, with the reason in its
tooltip and in the status bar.

The rules are the service layer's, read here only to say them in advance
(the services still check on their own):

- registering an appeal: the registrar or the administrator
  (``REGISTERING_ROLES``, ``app.appeal.registration.register``);
- the calendar, the users, the backups and the settings: everyone may open
  and read them, only the administrator changes them (``require_admin``,
  ``request_restore``); the settings also keep each user's own language;
- the card and the talon: an appeal chosen in the journal.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.rules import Role

ADMIN_ONLY = ("calendar", "users", "backups", "settings")
# АППК 69.4: the heads answer for the work with appeals; the administrator keeps the office's records.
REPORT_READERS = frozenset({Role.HEAD, Role.DEPUTY, Role.APPARATUS_HEAD, Role.ADMIN})


@dataclass(frozen=True)
class State:
    enabled: bool
    tip: str = ""   # why it is greyed, or what the user may do with it


def states(user, selected: bool) -> dict[str, State]:
    """The state of each action that depends on the user or the selection."""
    out = {"register": State(True) if user.can_register else State(False, QApplication.translate(
        "MainMenus", "Only the registrar or the administrator may register appeals."))}
    for name in ("eotinish_outage", "reconcile"):   # issue 16: the chancellery's, as registration is
        out[name] = State(True) if user.can_register else State(False, QApplication.translate(
            "MainMenus", "Only the registrar or the administrator marks e-Otinish as down and reconciles with it."))
    choose = QApplication.translate("MainMenus", "Choose an appeal in the journal first.")
    for name in ("open", "talon"):
        out[name] = State(True) if selected else State(False, choose)
    out["reports"] = State(True) if user.role in REPORT_READERS else State(False, QApplication.translate(
        "MainMenus", "The reports are for the head, the deputies, the head of the apparatus and the administrator."))
    if user.role != Role.ADMIN:   # open to read; the service refuses a change
        out["calendar"] = State(True, QApplication.translate(
            "MainMenus", "You may view the calendar; only the administrator may change it."))
        out["users"] = State(True, QApplication.translate(
            "MainMenus", "You may view the users; only the administrator may add or change them."))
        out["backups"] = State(True, QApplication.translate(
            "MainMenus", "You may view the backups; only the administrator may restore one."))
        out["settings"] = State(True, QApplication.translate(
            "MainMenus", "You may view the settings and choose your language; only the administrator "
                         "may change the office's settings."))
    return out


def apply(actions: dict, wanted: dict[str, State]) -> None:
    for name, state in wanted.items():
        action = actions[name]
        action.setEnabled(state.enabled)
        tip = state.tip or action.text().replace("&", "")
        action.setToolTip(tip)
        action.setStatusTip(state.tip)


def build(window) -> None:
    """The menu bar: Session, Appeals, View, Reports, Administration and Help."""
    a = window.actions_by_name
    if "about" not in a:   # everyone's, whatever the role (issue 15 item 5)
        about = a["about"] = QAction(QApplication.translate("MainMenus", "&About Zholdanym…"), window)
        about.setObjectName("action_about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda _=False: open_about(window))
    if "dashboard" not in a:   # everyone's: the same appeals as the journal, counted (issue 16 item 2)
        dashboard = a["dashboard"] = QAction(QApplication.translate("MainMenus", "&Dashboard…"), window)
        dashboard.setObjectName("action_dashboard")
        dashboard.triggered.connect(lambda _=False: open_dashboard(window))
    if "reports" not in a:   # the heads' and the administrator's (АППК 69.4; issue 16 item 1)
        reports = a["reports"] = QAction(QApplication.translate("MainMenus", "&Reports…"), window)
        reports.setObjectName("action_reports")
        reports.triggered.connect(lambda _=False: open_reports(window))
    bar = window.menuBar()
    bar.clear()
    for title, names in (
            (QApplication.translate("MainMenus", "&Session"), ("log_out", None, "exit")),
            (QApplication.translate("MainMenus", "&Appeals"),
             ("register", "open", "talon", None, "journal", "complaints", "reception", None,
              "eotinish_outage", "reconcile")),
            (QApplication.translate("MainMenus", "&View"), ("refresh", "panel")),
            (QApplication.translate("MainMenus", "Re&ports"), ("reports", "dashboard")),
            (QApplication.translate("MainMenus", "A&dministration"), ADMIN_ONLY),
            (QApplication.translate("MainMenus", "&Help"), ("about",))):
        menu = bar.addMenu(title)
        menu.setToolTipsVisible(True)   # a greyed action says why
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(a[name])


def open_dashboard(window) -> None:
    from ui.dashboard import open_dashboard as open_it
    open_it(window)


def open_reports(window) -> None:
    from ui.reports.window import open_reports as open_it
    open_it(window)


def open_about(window) -> None:
    from ui.admin.about_dialog import AboutDialog
    dialog = AboutDialog(window)
    dialog.exec()
    dialog.deleteLater()
