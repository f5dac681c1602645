"""The card's petition tab: what the petition authority sent, and the duties
of art. 90-5 part 2 as a checklist with their dates."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def _day(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


class PetitionTab(QWidget):
    def __init__(self, p, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        joined = f"{p.joined_count}" + (f" ({_day(p.joined_from)} – {_day(p.joined_to)})" if p.joined_from else "")
        visit = (_day(p.site_visit_on) if p.site_visit_on else
                 QCoreApplication.translate("PetitionTab", "not needed: {why}").format(why=p.site_visit_waived) if p.site_visit_waived else "—")
        rows = (
            (QCoreApplication.translate("PetitionTab", "Letter of the petition authority"), p.authority_ref or "—"),
            (QCoreApplication.translate("PetitionTab", "Representative"), p.representative or "—"),
            (QCoreApplication.translate("PetitionTab", "Arguments"), p.arguments or "—"), (QCoreApplication.translate("PetitionTab", "Proposals"), p.proposals or "—"),
            (QCoreApplication.translate("PetitionTab", "Citizens who joined"), joined),
            (QCoreApplication.translate("PetitionTab", "1. Site visit (art. 90-5 part 2)"), visit),
            (QCoreApplication.translate("PetitionTab", "2. Public discussion: date and place"),
             f"{_day(p.discussion_on)} {p.discussion_place}".strip()),
            (QCoreApplication.translate("PetitionTab", "   announced (3 working days before)"), _day(p.discussion_notified_on)),
            (QCoreApplication.translate("PetitionTab", "   held"), _day(p.discussion_held_on)),
            (QCoreApplication.translate("PetitionTab", "3. Temporary commission or working group"),
             f"{_day(p.commission_formed_on)}\n{p.commission}".strip()),
            (QCoreApplication.translate("PetitionTab", "Published (art. 90-6 part 3)"), f"{_day(p.published_on)} {p.published_url}".strip()),
            (QCoreApplication.translate("PetitionTab", "Official statement"), _day(p.statement_on)),
        )
        for caption, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            form.addRow(caption, value)
