"""The office's users over time (issue 12 item 3): an administrator
deactivates and reactivates them, changes a role, resets a password (to be
changed at the next login) and lifts a lock; each with why, in the history.
Nothing is deleted: a user's past actions keep their name."""
from __future__ import annotations

import datetime as dt

from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, current, get_user, hash_password, password_errors, verify_password
from app.rules.enums import Role
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import LoginAttempt, User


def administered(user_id: int, admin: UserInfo, reason: str) -> User:
    """The user an administrator (as stored now) acts on, with a reason."""
    if current(admin).role != Role.ADMIN:
        raise DomainError("forbidden_role", role=str(admin.role))
    if not (reason or "").strip():
        raise ValidationErrors([DomainError("required", "reason")])
    row = User.get_or_none(User.id == user_id)
    if row is None:
        raise DomainError("user_not_found")
    return row


def _last_admin(row: User) -> bool:
    return row.role == Role.ADMIN and not User.select().where(
        (User.role == str(Role.ADMIN)) & (User.active == True) & (User.id != row.id)).exists()  # noqa: E712


@guarded
def deactivate(user_id: int, admin: UserInfo, reason: str) -> None:
    """The user acts no more, from their next action on any workstation."""
    with transaction():
        row = administered(user_id, admin, reason)
        if row.id == admin.id or _last_admin(row):
            raise DomainError("last_admin" if _last_admin(row) else "own_account")
        User.update(active=False).where(User.id == row.id).execute()
        history.record("user", row.id, "deactivated", {"active": [True, False], "reason": reason.strip()},
                       admin.id)


@guarded
def reactivate(user_id: int, admin: UserInfo, reason: str) -> None:
    with transaction():
        row = administered(user_id, admin, reason)
        User.update(active=True).where(User.id == row.id).execute()
        history.record("user", row.id, "reactivated", {"active": [False, True], "reason": reason.strip()},
                       admin.id)


@guarded
def change_role(user_id: int, role: Role, admin: UserInfo, reason: str) -> None:
    """Takes effect at the user's next action (every service re-reads it)."""
    with transaction():
        row = administered(user_id, admin, reason)
        role = Role(role)
        if row.id == admin.id or (role != Role.ADMIN and _last_admin(row)):
            raise DomainError("last_admin" if _last_admin(row) else "own_account")
        User.update(role=str(role)).where(User.id == row.id).execute()
        history.record("user", row.id, "role_changed", {"role": [row.role, str(role)], "reason": reason.strip()},
                       admin.id)


@guarded
def reset_password(user_id: int, temporary: str, admin: UserInfo, reason: str) -> None:
    """A temporary password the user must change at the next login."""
    with transaction():
        row = administered(user_id, admin, reason)
        errors = password_errors(temporary, row.login)
        if errors:
            raise ValidationErrors(errors)
        User.update(password_hash=hash_password(temporary), must_change_password=True,
                    locked_until=None).where(User.id == row.id).execute()
        history.record("user", row.id, "password_reset", {"reason": reason.strip()}, admin.id)


@guarded
def unlock(user_id: int, admin: UserInfo, reason: str) -> None:
    """An administrator lifts a lock before its time."""
    with transaction():
        row = administered(user_id, admin, reason)
        User.update(locked_until=None).where(User.id == row.id).execute()
        LoginAttempt.create(login=row.login.casefold(), workstation="unlock", at=dt.datetime.now(), ok=True)
        history.record("user", row.id, "unlocked", {"reason": reason.strip()}, admin.id)


@guarded
def change_password(user: UserInfo, old: str, new: str) -> UserInfo:
    """The user's own change (required after a reset): the old one first."""
    with transaction():
        row = User.get_or_none((User.id == user.id) & (User.active == True))  # noqa: E712
        if row is None:
            raise DomainError("forbidden_role")
        if not verify_password(row.password_hash, old):
            raise ValidationErrors([DomainError("bad_credentials", "old_password")])
        errors = password_errors(new, row.login)
        if not errors and new == old:
            errors = [DomainError("password_unchanged", "password")]
        if errors:
            raise ValidationErrors(errors)
        User.update(password_hash=hash_password(new), must_change_password=False).where(
            User.id == row.id).execute()
        history.record("user", row.id, "password_changed", {}, row.id)
    return get_user(user.id)
