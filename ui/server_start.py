"""The start-up's part for an office server (issue 15 item 6): the first
start's choice of where the data is, and opening a stored server with the
password from the credential store, or asked.  When the server cannot be
reached or refuses the password, the user is told why, in their language,
and chooses: type the password again, change the connection, or quit.
Never a silent fall-back to a local office."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.errors import DomainError
from app.store import StartTarget, check_server, open_database
from ui.admin.connection_dialog import CHANGE, CONNECT, ConnectionDialog, ServerPasswordDialog
from ui.common.splash import StartSplash

DATABASE_FILE = "zholdanym.sqlite"


def _folder(target: StartTarget) -> Path:
    return target.folder or Path(target.url).parent


def choose(target: StartTarget, splash: StartSplash | None = None,
           server=None) -> StartTarget | None:
    """The choice dialog; the target chosen, None when cancelled."""
    if splash is not None:
        splash.close()
    folder = _folder(target)
    dialog = ConnectionDialog(folder / DATABASE_FILE, folder, server)
    try:
        return dialog.target if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def open_server(target: StartTarget, splash: StartSplash | None = None) -> StartTarget | None:
    """Open ``target``'s office server.  Returns the target opened, or a
    SQLite target (not opened yet) when the user changed to this computer
    only, or None when the user quits."""
    assert target.server is not None
    password, problem = target.password, None
    while True:
        if password is not None and problem is None:
            try:   # the check names what is wrong; the opening then goes as for any database
                check_server(target.server, password)
                open_database(target.url, password=password, on_step=splash.step if splash is not None else None)
                return replace(target, password=password)
            except DomainError as exc:
                problem = exc
        if splash is not None:
            splash.close()
        dialog = ServerPasswordDialog(target.server, problem)
        dialog.exec()
        choice, typed = dialog.choice, dialog.password_typed
        dialog.deleteLater()
        if choice == CONNECT:
            password, problem = typed, None
        elif choice == CHANGE:
            chosen = choose(target, None, target.server)
            if chosen is None:
                continue   # back to the same question
            if chosen.server is None:
                return chosen
            target, password, problem = chosen, chosen.password, None
        else:
            return None
