"""Dates and moments typed from the keyboard (issue 14 item 2): one format,
``dd.mm.yyyy``, typed as ``01122026`` or ``01.12.2026``; a wrong text is kept,
marked and stops the form (``dates_ok``), never guessed; a calendar on the
date or on today with the office's days off marked."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui import i18n

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[./,\- ]\s*(\d{1,2})\s*[./,\- ]\s*(\d{2}|\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")


def parse_date(text: str, short_year: bool = False, today: dt.date | None = None) -> dt.date | None:
    """A date typed as ``ddmmyyyy``, ``dd.mm.yyyy`` (also ``d.m.yyyy``,
    separators ``/ - ,`` or a space); None when the text is not a date. An
    empty text is not a date either: the caller decides whether empty is
    allowed. A two-digit year only with ``short_year`` (the field is being
    left, never while it is typed: ``011220`` is not yet 2020): the century
    that does not put the year in the future (98 → 1998, 26 → 2026)."""
    m = _SEPARATED.match(text) or _DIGITS.match(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    if len(m.group(3)) == 2:
        if not short_year:
            return None
        this = (today or dt.date.today()).year
        year += 2000 if 2000 + year <= this else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pydate(day: QDate | dt.date | None) -> dt.date | None:
    if isinstance(day, QDate):
        return dt.date(day.year(), day.month(), day.day()) if day.isValid() else None
    return day


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _CalendarPopup(QFrame):
    """The calendar under a date field: opens on the field's date, or on
    today when the field is empty (never on January 2000)."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("date_calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._pick)   # Enter or a double click
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.currentPageChanged.connect(self.mark_days_off)

    def mark_days_off(self, year: int, month: int) -> None:
        """The office's days off in red, public holidays and transfers
        included (the same calendar the deadlines count on), so a clerk
        does not pick a holiday by mistake; weekends as Qt paints them."""
        from PySide6.QtGui import QBrush, QColor, QTextCharFormat

        from app import office
        from app.rules import WorkCalendar
        try:
            calendar = office.load_calendar()
        except Exception:   # noqa: BLE001 — no office database open (a test, a tool window): the national calendar
            calendar = WorkCalendar()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())   # last page's marks away
        first = dt.date(year, month, 1)
        for offset in range(-7, 45):   # the page shows a few days of the months around
            day = first + dt.timedelta(days=offset)
            info = calendar.day_info(day)
            fmt = QTextCharFormat()
            if not info.working:
                fmt.setForeground(QBrush(QColor("#b00020")))
                if info.name_kk:
                    from ui.admin.holiday_names import holiday_name
                    fmt.setToolTip(holiday_name(info.name_kk, i18n.current_language()))
            elif info.reason == "override_working_day":   # a Saturday worked by decree: black
                fmt.setForeground(QBrush(QColor("#000000")))
            else:
                continue
            self.calendar.setDateTextFormat(_qdate(day), fmt)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class DateField(QLineEdit):
    """A date typed from the keyboard: ``01122026`` or ``01.12.2026`` becomes
    01.12.2026 when the field is left. What was typed is kept; a text that is
    no date turns the field red, says why in its tooltip and reads as no
    date, so a form refuses it (``dates_ok``) instead of guessing. Alt+Down or
    F4, or the calendar button, opens a calendar on the date or on today.

    ``optional`` fields may stay empty; the API follows QDateEdit's where the
    forms use it (``date``, ``setDate``, ``dateChanged``) plus ``value`` and
    ``set_value`` with Python dates."""

    dateChanged = Signal(QDate)   # noqa: N815 (QDateEdit's name)

    def __init__(self, value: dt.date | QDate | None = None, parent=None, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self._last: dt.date | None = None
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 44)
        self.calendar_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                       self.tr("Calendar (Alt+Down)"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._on_text)
        self.editingFinished.connect(self.tidy)
        self.set_value(_pydate(value))

    # -- values ----------------------------------------------------------
    def value(self) -> dt.date | None:
        """The date typed, or None (empty, or not a date: see ``problem``)."""
        return self._parsed()

    def set_value(self, value: dt.date | None) -> None:
        self.setText("" if value is None else value.strftime("%d.%m.%Y"))
        self._mark(None)

    def date(self) -> QDate:
        day = self._parsed()
        return QDate() if day is None else _qdate(day)

    def setDate(self, day: QDate | dt.date) -> None:   # noqa: N802 (QDateEdit's name; a Python date too, as PySide's)
        self.set_value(_pydate(day))

    def setMinimumDate(self, day: QDate | dt.date) -> None:   # noqa: N802
        self._minimum = _pydate(day)

    def setMaximumDate(self, day: QDate | dt.date) -> None:   # noqa: N802
        self._maximum = _pydate(day)

    def problem(self) -> str | None:
        """Why the text is refused, in the user's language; None when it is fine."""
        text = self.text().strip()
        if not text:
            return None if self.optional else self.tr("Enter the date as dd.mm.yyyy, for example 01.12.2026.")
        day = parse_date(text)
        if day is None:
            return self.tr("«{text}» is not a date: type it as dd.mm.yyyy, for example 01.12.2026.").format(text=text)
        if self._minimum and day < self._minimum or self._maximum and day > self._maximum:
            return self.tr("The date must be between {first} and {last}.").format(
                first=(self._minimum or dt.date(1900, 1, 1)).strftime("%d.%m.%Y"),
                last=(self._maximum or dt.date(9999, 12, 31)).strftime("%d.%m.%Y"))
        return None

    def _parsed(self) -> dt.date | None:
        text = self.text().strip()
        return parse_date(text) if text and self.problem() is None else None

    def _on_text(self, _text: str) -> None:
        if self.property("invalid"):
            self._mark(self.problem())   # the red goes as soon as the text is right
        day = self._parsed()
        if day != self._last and (day is not None or self.optional):   # a required one reports dates only
            self._last = day
            self.dateChanged.emit(QDate() if day is None else _qdate(day))

    def tidy(self) -> None:
        """On leaving the field: a date is written as dd.mm.yyyy; anything
        else stays as typed and is marked."""
        day = parse_date(self.text(), short_year=True)
        if day is not None:
            self.setText(day.strftime("%d.%m.%Y"))   # "011226" is 01.12.2026 now, and reported
        self._mark(self.problem())

    def _mark(self, problem: str | None) -> None:
        self.setProperty("invalid", bool(problem))
        self.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if problem else "")
        self.setToolTip(problem or "")

    # -- calendar ----------------------------------------------------------
    def open_calendar(self) -> _CalendarPopup:
        """The field's one calendar (made once, shown again each time)."""
        popup = getattr(self, "_popup", None)
        if popup is None:
            popup = self._popup = _CalendarPopup(self)
            popup.picked.connect(self.setDate)
            popup.picked.connect(lambda _: self.setFocus())
        if self._minimum:
            popup.calendar.setMinimumDate(_qdate(self._minimum))
        if self._maximum:
            popup.calendar.setMaximumDate(_qdate(self._maximum))
        popup.calendar.setSelectedDate(_qdate(self._parsed() or dt.date.today()))
        popup.mark_days_off(popup.calendar.yearShown(), popup.calendar.monthShown())
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.calendar.setFocus()
        return popup

    def keyPressEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        if (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
                or event.key() == Qt.Key.Key_F4):
            self.open_calendar()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(DateField):
    """A date that may be left empty."""

    def __init__(self, parent=None):
        super().__init__(None, parent, optional=True)


def _applies(field: QWidget, root: QWidget) -> bool:
    """A field the form shows: hidden on purpose (an organisation's date for
    a person) it does not count; on a tab not in front it still does."""
    from PySide6.QtWidgets import QStackedWidget
    w = field
    while w is not None and w is not root:
        parent = w.parentWidget()
        if w.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        w = parent
    return True


def dates_ok(root: QWidget, errors=None, general=None) -> bool:
    """Before a form is saved: every visible date field of ``root`` holds a
    date (or is an empty optional one). The first that does not is focused,
    marked red and its reason shown under it (``errors``, the form's
    FieldErrors) or in the form's ``general`` label; False then, and nothing
    is saved: a date is never guessed."""
    for field in root.findChildren(DateField):
        if not _applies(field, root):
            continue
        field.tidy()   # Ctrl+Enter from the field itself: "011226" read as it would be on leaving it
        problem = field.problem()
        if problem is not None:
            field._mark(problem)
            field.setFocus()
            if not (errors is not None and errors.show_at(field, problem)) and general is not None:
                general.setText(problem)
            return False
    for moment in root.findChildren(DateTimeField):
        problem = moment.time_problem() if _applies(moment, root) else None
        if problem is not None:
            moment.time_field.setFocus()
            if not (errors is not None and errors.show_at(moment, problem)) and general is not None:
                general.setText(problem)
            return False
    return True


_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.,\- ]?\s*(\d{2})\s*$")


def parse_time(text: str) -> dt.time | None:
    """A time typed as ``HHMM``, ``HH:MM`` or ``H.MM``; None when it is no time."""
    m = _TIME.match(text)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


class DateTimeField(QWidget):
    """A moment: a ``DateField`` and a time typed as ``HHMM`` or ``HH:MM``
    (the registration's moment of receipt, a reception's). While the date
    is being typed the last date that was whole stands (the deadline
    preview does not jump); ``dates_ok`` refuses a date or time left wrong."""

    dateTimeChanged = Signal(QDateTime)   # noqa: N815 (QDateTimeEdit's name)

    def __init__(self, moment: dt.datetime, parent=None):
        super().__init__(parent)
        self.date_field = DateField(moment.date())
        self.time_field = QLineEdit(moment.strftime("%H:%M"))
        self.time_field.setObjectName("time")
        self.time_field.setMaxLength(5)
        self.time_field.setPlaceholderText(self.tr("hh:mm"))
        self.time_field.setFixedWidth(max(72, self.time_field.fontMetrics().horizontalAdvance("00:000") + 24))
        self._moment = moment.replace(second=0, microsecond=0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_field, 1)
        row.addWidget(self.time_field)
        self.setFocusProxy(self.date_field)
        self.date_field.textChanged.connect(self._on_change)
        self.time_field.textChanged.connect(self._on_change)
        self.time_field.editingFinished.connect(self._tidy_time)

    def _on_change(self, _text: str = "") -> None:
        day = self.date_field.value() or self._moment.date()
        time = parse_time(self.time_field.text()) or self._moment.time()
        moment = dt.datetime.combine(day, time)
        bad = self.time_problem()
        self.time_field.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if bad else "")
        self.time_field.setToolTip(bad or "")
        if moment != self._moment:
            self._moment = moment
            self.dateTimeChanged.emit(self.dateTime())

    def _tidy_time(self) -> None:
        time = parse_time(self.time_field.text())
        if time is not None:
            self.time_field.setText(time.strftime("%H:%M"))

    def time_problem(self) -> str | None:
        if parse_time(self.time_field.text()) is None:
            return self.tr("«{text}» is not a time: type it as hh:mm, for example 09:30.").format(
                text=self.time_field.text())
        return None

    def value(self) -> dt.datetime:
        return self._moment

    def dateTime(self) -> QDateTime:   # noqa: N802 (QDateTimeEdit's name)
        m = self._moment
        return QDateTime(QDate(m.year, m.month, m.day), QTime(m.hour, m.minute))

    def setDateTime(self, moment: QDateTime | dt.datetime) -> None:   # noqa: N802
        if isinstance(moment, QDateTime):
            d, t = moment.date(), moment.time()
            moment = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        self.date_field.set_value(moment.date())
        self.time_field.setText(moment.strftime("%H:%M"))


class MonthEdit(QDateEdit):
    """A month (``MM.yyyy``) whose arrows and wheel step across the year:
    12.2026 → 01.2027 (issue 14 item 8)."""

    def __init__(self, day: dt.date, parent=None):
        super().__init__(QDate(day.year, day.month, 1), parent)
        self.setDisplayFormat("MM.yyyy")
        self.setCurrentSection(QDateEdit.Section.MonthSection)

    def stepBy(self, steps: int) -> None:   # noqa: N802 (Qt's name)
        self.setDate(self.date().addMonths(steps))

    def stepEnabled(self):   # noqa: N802 (Qt's name)
        return QDateEdit.StepEnabledFlag.StepUpEnabled | QDateEdit.StepEnabledFlag.StepDownEnabled
