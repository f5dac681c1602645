"""Users, roles and password login (argon2id through argon2-cffi)."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.errors import DomainError, ValidationErrors
from app.rules.enums import REGISTERING_ROLES, Role
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import User

_hasher = PasswordHasher()
MIN_PASSWORD = 6


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    surname: str
    first_name: str
    patronymic: str
    position: str
    role: Role

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)

    @property
    def can_register(self) -> bool:
        return self.role in REGISTERING_ROLES


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.login, u.surname, u.first_name, u.patronymic,
                    u.position, Role(u.role))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@guarded
def login(login_name: str, password: str) -> UserInfo:
    user = User.get_or_none((User.login == login_name.strip()) & (User.active == True))  # noqa: E712
    try:
        if user is None or not _hasher.verify(user.password_hash, password):
            raise DomainError("bad_credentials", "password")
    except (VerificationError, InvalidHashError):
        raise DomainError("bad_credentials", "password") from None
    return _info(user)


def validate_user(login_name, surname, first_name, position, password, role) -> list[DomainError]:
    errors = []
    for field, value in (("login", login_name), ("surname", surname),
                         ("first_name", first_name), ("position", position)):
        if not value.strip():
            errors.append(DomainError("required", field))
    if len(password) < MIN_PASSWORD:
        errors.append(DomainError("password_too_short", "password", min=MIN_PASSWORD))
    if role not in Role.__members__.values():
        errors.append(DomainError("required", "role"))
    return errors


@guarded
def create_user(*, login_name: str, password: str, surname: str, first_name: str,
                patronymic: str = "", position: str, role: Role,
                created_by: int | None) -> UserInfo:
    errors = validate_user(login_name, surname, first_name, position, password, role)
    if errors:
        raise ValidationErrors(errors)
    with transaction():
        if created_by is not None:
            require_admin(created_by)
        if User.select().where(User.login == login_name.strip()).exists():
            raise ValidationErrors([DomainError("login_taken", "login")])
        user = User.create(login=login_name.strip(), password_hash=hash_password(password),
                           surname=surname.strip(), first_name=first_name.strip(),
                           patronymic=patronymic.strip(), position=position.strip(),
                           role=str(role))
        history.record("user", user.id, "created",
                       {"login": login_name, "role": str(role), "position": position},
                       created_by or user.id)
    return _info(user)


@guarded
def list_users(role: Role | None = None) -> list[UserInfo]:
    query = User.select().where(User.active == True).order_by(User.surname)  # noqa: E712
    if role is not None:
        query = query.where(User.role == str(role))
    return [_info(u) for u in query]


@guarded
def get_user(user_id: int) -> UserInfo:
    return _info(User.get_by_id(user_id))


def current(user: UserInfo) -> UserInfo:
    """The user as stored now (issue 12): a deactivated user acts no more and
    a changed role counts at once, on every workstation.  Called inside the
    service's transaction, before any check of the user's role."""
    row = User.get_or_none(User.id == user.id)
    if row is None or not row.active:
        raise DomainError("forbidden_role")
    return _info(row) if row.role != user.role else user


def require_role(user: UserInfo, roles) -> None:
    if user.role not in roles:
        raise DomainError("forbidden_role", role=str(user.role))


def require_admin(user_id: int) -> None:
    """Office settings, terms, the calendar and users are the administrator's."""
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active or user.role != Role.ADMIN:
        raise DomainError("forbidden_role")
