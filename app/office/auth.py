"""Users, roles and password login (argon2id through argon2-cffi)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.errors import DomainError, ValidationErrors
from app.rules.enums import REGISTERING_ROLES, Role
from app.store import history
from app.store.storage import guarded, steady_read, transaction
from models.entities import User

_hasher = PasswordHasher()
MIN_PASSWORD = 10
MAX_LOGIN = 64
LOGIN = re.compile(r"[\w.@-]{1,64}")   # letters of any script, digits, . _ - @
# A short list of the passwords tried first (and this app's old demo one).
COMMON_PASSWORDS = frozenset({
    "123456", "1234567890", "12345678910", "123456789", "0123456789", "qwerty", "qwertyuiop",
    "1q2w3e4r5t", "1qaz2wsx3edc", "password", "password1", "password123", "passw0rd", "admin", "admin12345",
    "administrator", "welcome123", "iloveyou", "11111111111", "0000000000", "1111111111", "abc1234567",
    "qwerty12345", "qwerty123456", "пароль", "пароль123", "йцукенгшщз", "12345qwert", "zholdanym",
    "zholdanym123", "akimat2026", "akimat12345", "demo1234", "secret1234", "kazakhstan", "qazaqstan",
    "astana2026", "almaty2026"})


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    surname: str
    first_name: str
    patronymic: str
    position: str
    role: Role
    must_change_password: bool = False   # set by an administrator's reset (issue 12)
    active: bool = True

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)

    @property
    def can_register(self) -> bool:
        return self.role in REGISTERING_ROLES


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.login, u.surname, u.first_name, u.patronymic,
                    u.position, Role(u.role), bool(u.must_change_password), bool(u.active))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches the stored argon2 hash (its own parameters)."""
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError, TypeError):
        return False


def validate_user(login_name, surname, first_name, position, password, role) -> list[DomainError]:
    errors = []
    for field, value in (("login", login_name), ("surname", surname),
                         ("first_name", first_name), ("position", position)):
        if not value.strip():
            errors.append(DomainError("required", field))
    if login_name.strip() and not LOGIN.fullmatch(login_name.strip()):
        errors.append(DomainError("login_form", "login", max=MAX_LOGIN))
    errors += password_errors(password, login_name)
    if role not in Role.__members__.values():
        errors.append(DomainError("required", "role"))
    return errors


def password_errors(password: str, login_name: str = "") -> list[DomainError]:
    """The password policy: at least 10 characters (a passphrase of words is
    welcome), not only blanks, not a common password, not the login."""
    if not isinstance(password, str) or any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in password):
        return [DomainError("password_characters", "password")]
    folded = password.strip().casefold()
    if not folded:
        return [DomainError("password_blank", "password")]
    if len(password) < MIN_PASSWORD:
        return [DomainError("password_too_short", "password", min=MIN_PASSWORD)]
    if folded in COMMON_PASSWORDS or folded.replace(" ", "") in COMMON_PASSWORDS:
        return [DomainError("password_common", "password")]
    if login_name.strip() and login_name.strip().casefold() in (folded, folded.replace(" ", "")):
        return [DomainError("password_is_login", "password")]
    return []


def find_login(login_name: str) -> User | None:
    """The user of ``login_name`` whatever its case (Әкім is әкім)."""
    folded = login_name.strip().casefold()
    if not folded or len(folded) > MAX_LOGIN:
        return None
    return next((u for u in User.select() if u.login.casefold() == folded), None)   # an office: a few dozen


@guarded
def create_user(*, login_name: str, password: str, surname: str, first_name: str,
                patronymic: str = "", position: str, role: Role,
                created_by: int | None, password_hash: str = "") -> UserInfo:
    """``password_hash``: an argon2 hash of ``password`` made already (the
    demo's users share one password: hashed once, not once a user)."""
    if created_by is not None:   # who may, before what was typed
        require_admin(created_by)
    errors = validate_user(login_name, surname, first_name, position, password, role)
    if errors:
        raise ValidationErrors(errors)
    with transaction():
        if created_by is not None:
            require_admin(created_by)
        if find_login(login_name) is not None:   # unique whatever the case
            raise ValidationErrors([DomainError("login_taken", "login")])
        user = User.create(login=login_name.strip(), password_hash=password_hash or hash_password(password),
                           surname=surname.strip(), first_name=first_name.strip(),
                           patronymic=patronymic.strip(), position=position.strip(),
                           role=str(role))
        history.record("user", user.id, "created",
                       {"login": login_name, "role": str(role), "position": position},
                       created_by or user.id)
    return _info(user)


@guarded
def list_users(role: Role | None = None, inactive: bool = False) -> list[UserInfo]:
    """Active users (and the deactivated ones with ``inactive``)."""
    query = User.select().order_by(User.active.desc(), User.surname)
    if not inactive:
        query = query.where(User.active == True)  # noqa: E712
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
    row = steady_read(("user", user.id), lambda: User.get_or_none(User.id == user.id))
    if row is None or not row.active:
        raise DomainError("forbidden_role")
    return _info(row) if row.role != user.role else user


def require_role(user: UserInfo, roles) -> UserInfo:
    """The user as stored now (``current``), if their role is one of ``roles``."""
    user = current(user)
    if user.role not in roles:
        raise DomainError("forbidden_role", role=str(user.role))
    return user


def require_admin(user_id: int) -> None:
    """Office settings, terms, the calendar and users are the administrator's."""
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active or user.role != Role.ADMIN:
        raise DomainError("forbidden_role")
