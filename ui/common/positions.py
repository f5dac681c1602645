"""Staff positions in the interface's language (issue 14).  A position is
typed once, usually in Kazakh; a standard title reads in Russian in the
Russian interface (app.office.position_in), any other text as typed."""
from __future__ import annotations

from app import office
from ui.i18n import current_language


def position(text: str) -> str:
    return office.position_in(text, current_language())


def staff_line(user) -> str:
    """"Омаров Нұрлан Серікұлы, Ведущий специалист": a user in a list to choose from."""
    return f"{user.full_name}, {position(user.position)}"
