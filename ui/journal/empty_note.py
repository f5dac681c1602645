"""Over an empty journal, say why (issue 14 item 3): what was searched, under
which filter, and that a name is found in either spelling (Kazakh letters
count as their Russian counterparts, app.rules.names)."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

SHOWN_LENGTH = 60   # a longer search is shown cut, with an ellipsis


class EmptyNote(QLabel):
    """A label laid over the table's viewport while the table has no rows."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view.viewport())
        self.setObjectName("nothing_found")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: #505050; font-size: 11pt;")
        self.setContentsMargins(24, 24, 24, 24)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self._shown_for: tuple[str, list[str]] = ("", [])
        self.hide()

    def changeEvent(self, event: QEvent) -> None:   # noqa: N802 (Qt's name)
        """A language switched: said again in it (the filters' names come
        translated with the next search)."""
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            self.setText(self.describe(*self._shown_for))
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:   # noqa: N802 (Qt's name)
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return False

    def update_for(self, rows: int, text: str, filters: list[str]) -> None:
        """Shown when there are no ``rows``; ``filters`` are the names of the
        filters on (none for "All")."""
        if rows:
            self.hide()
            return
        self._shown_for = (text, filters)
        self.setText(self.describe(text, filters))
        self.setGeometry(self._viewport.rect())
        self.show()

    def describe(self, text: str, filters: list[str]) -> str:
        text = " ".join(text.split())
        shown = text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH - 1] + "…"
        named = ", ".join(f"«{f}»" for f in filters)
        if not text:
            if filters:
                return self.tr("No appeals under the filter {filters}.").format(filters=named)
            return self.tr("No appeals registered yet.")
        lines = [self.tr("Nothing found for «{text}».").format(text=shown)]
        if filters:
            lines.append(self.tr("Only appeals under the filter {filters} were searched.").format(filters=named))
        if re.search(r"\d", text):
            lines.append(self.tr("A registration number is found from its beginning or by its sequence number; "
                                 "an IIN, a BIN or an e-Otinish number by all its digits."))
        else:
            lines.append(self.tr("A name is found in the Kazakh and the Russian spelling alike: "
                                 "Жұмабаева and Жумабаева find each other."))
        return "\n\n".join(lines)
