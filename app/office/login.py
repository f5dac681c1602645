"""Logging in (issue 12 item 3): the password checked with argon2id, the same
work for an unknown login as for a known one (no timing tells them apart),
and throttling per login and per workstation: after 3 failures each further
try waits longer (1, 2, 4 … 60 s), after 10 the login is locked for 15
minutes or until an administrator unlocks it.  Every attempt is kept."""
from __future__ import annotations

import datetime as dt
import socket

from app.errors import DomainError
from app.office.auth import MAX_LOGIN, UserInfo, find_login, get_user, hash_password, verify_password
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import LoginAttempt, User

WINDOW = dt.timedelta(minutes=15)
SLOW_AFTER = 3
LOCK_AFTER = 10
MAX_WAIT = 60
_dummy: list[str] = []


def _dummy_hash() -> str:
    """A hash made like every user's (the same parameters): verifying it
    costs what verifying a real one does."""
    if not _dummy:
        _dummy.append(hash_password("an unknown login costs the same as a known one"))
    return _dummy[0]


def workstation() -> str:
    return socket.gethostname()[:128] or "?"


def _failures(where, since: dt.datetime) -> list[dt.datetime]:
    """Failed attempts since the last success within the window, newest first."""
    last_ok = (LoginAttempt.select(LoginAttempt.at).where(where & (LoginAttempt.ok == True)  # noqa: E712
                                                        & (LoginAttempt.at >= since))
               .order_by(LoginAttempt.at.desc()).first())
    start = last_ok.at if last_ok is not None else since
    return [a.at for a in LoginAttempt.select(LoginAttempt.at).where(
        where & (LoginAttempt.ok == False) & (LoginAttempt.at > start))  # noqa: E712
        .order_by(LoginAttempt.at.desc())]


def _throttle(folded: str, station: str, user: User | None, now: dt.datetime) -> None:
    if user is not None and user.locked_until is not None and user.locked_until > now:
        raise DomainError("login_locked", "login", until=user.locked_until)
    for where in (LoginAttempt.login == folded, LoginAttempt.workstation == station):
        failed = _failures(where, now - WINDOW)
        if len(failed) >= LOCK_AFTER:
            raise DomainError("login_locked", "login", until=failed[LOCK_AFTER - 1] + WINDOW)
        if len(failed) >= SLOW_AFTER:
            wait = min(2 ** (len(failed) - SLOW_AFTER), MAX_WAIT)
            left = int((failed[0] + dt.timedelta(seconds=wait) - now).total_seconds()) + 1
            if left > 0:
                raise DomainError("login_wait", "password", seconds=left)


def _record(folded: str, station: str, user: User | None, ok: bool, now: dt.datetime) -> None:
    with transaction():
        LoginAttempt.create(login=folded, workstation=station, at=now, ok=ok)
        if user is None:
            return
        if ok and user.locked_until is not None:
            User.update(locked_until=None).where(User.id == user.id).execute()
        elif not ok and len(_failures(LoginAttempt.login == folded, now - WINDOW)) >= LOCK_AFTER:
            until = now + WINDOW
            User.update(locked_until=until).where(User.id == user.id).execute()
            history.record("user", user.id, "locked", {"until": until, "workstation": station}, user.id)


@guarded
def login(login_name: str, password: str, station: str | None = None,
          now: dt.datetime | None = None) -> UserInfo:
    """The user, or ``bad_credentials`` (never which half was wrong),
    ``login_wait`` or ``login_locked``."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    station = (station or workstation())[:128]
    folded = (login_name or "").strip().casefold()[:MAX_LOGIN]
    user = find_login(folded)
    _throttle(folded, station, user, now)
    known = user if user is not None and user.active else None
    # the same argon2 work for an unknown or inactive login
    ok = verify_password(known.password_hash if known else _dummy_hash(), password) and known is not None
    _record(folded, station, known, ok, now)
    if not ok or known is None:
        raise DomainError("bad_credentials", "password")
    return get_user(known.id)
