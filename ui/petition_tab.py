"""The card's petition tab: what the petition authority sent, and the duties
of art. 90-5 part 2 as a checklist with their dates."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("PetitionTab", text)


def _day(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


class PetitionTab(QWidget):
    def __init__(self, p, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        joined = f"{p.joined_count}" + (f" ({_day(p.joined_from)} – {_day(p.joined_to)})" if p.joined_from else "")
        visit = (_day(p.site_visit_on) if p.site_visit_on else
                 _tr("not needed: {why}").format(why=p.site_visit_waived) if p.site_visit_waived else "—")
        rows = (
            (_tr("Letter of the petition authority"), p.authority_ref or "—"),
            (_tr("Representative"), p.representative or "—"),
            (_tr("Arguments"), p.arguments or "—"), (_tr("Proposals"), p.proposals or "—"),
            (_tr("Citizens who joined"), joined),
            (_tr("1. Site visit (art. 90-5 part 2)"), visit),
            (_tr("2. Public discussion: date and place"),
             f"{_day(p.discussion_on)} {p.discussion_place}".strip()),
            (_tr("   announced (3 working days before)"), _day(p.discussion_notified_on)),
            (_tr("   held"), _day(p.discussion_held_on)),
            (_tr("3. Temporary commission or working group"),
             f"{_day(p.commission_formed_on)}\n{p.commission}".strip()),
            (_tr("Published (art. 90-6 part 3)"), f"{_day(p.published_on)} {p.published_url}".strip()),
            (_tr("Official statement"), _day(p.statement_on)),
        )
        for caption, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            form.addRow(caption, value)
