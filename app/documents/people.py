"""People in documents: a full name as surname and initials, and who signs
a document (АППК 63.1, 74.4, 80.1)."""
from __future__ import annotations

from app.office.positions import position_in
from app.rules.enums import HEAD_ROLES, Role
from models.entities import User


def initials(full_name: str) -> str:
    """"Жұмабеков Ерлан Болатұлы" -> "Е. Б. Жұмабеков" (surname and initials)."""
    parts = full_name.split()
    if len(parts) < 2 or any(p.endswith(".") for p in parts[1:]):
        return full_name
    return " ".join(f"{p[0]}." for p in parts[1:]) + f" {parts[0]}"


def signer(name: str, user_id: int | None, office, lang: str = "kk") -> tuple[str, str]:
    """Who signs: the head or deputy who issues a decision; the employee who
    took an oral appeal or kept a protocol (АППК 63.1, 74.4); else the head.
    The position in the document's language where it is a standard title
    (it is typed once, usually in Kazakh: app.office.positions)."""
    user = User.get_or_none(User.id == user_id) if user_id else None
    if user is not None and (name.startswith("protocol-") or user.role in HEAD_ROLES):
        full = " ".join(p for p in (user.surname, user.first_name, user.patronymic) if p)
        return full, position_in(user.position, lang)
    return office.head_name, position_in(office.head_position, lang)


def signing_role(name: str, user_id: int | None) -> Role:
    """Whose act it is, for its appeal route (АППК 80.5, 91.3): the deputy's
    when a deputy issues it, else the head's (the head signs, as above)."""
    user = User.get_or_none(User.id == user_id) if user_id else None
    if user is not None and not name.startswith("protocol-") and user.role == Role.DEPUTY:
        return Role.DEPUTY
    return Role.HEAD
