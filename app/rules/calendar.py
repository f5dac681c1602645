"""The Kazakh working-day calendar.

Public holidays come from the ``holidays`` library (names in Kazakh, observed
days moved by the library), weekends are Saturday and Sunday, and an office
keeps local overrides for government-decreed transfers: an extra day off or
an extra working day (the library has no 2026 transfers, and Kurban Ait is
estimated for 2026 onwards).  The Code itself does not define working days
(see the law digest, "Conventions"): this is configuration.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from holidays.countries.kazakhstan import Kazakhstan

from app.rules.enums import OverrideKind

WEEKEND = (5, 6)  # Saturday, Sunday
_OBSERVED = " (қайта белгіленген демалыс)"
_ESTIMATED = " (бағаланған)"


@dataclass(frozen=True)
class Override:
    day: dt.date
    kind: OverrideKind
    reason: str = ""
    decree: str = ""


@dataclass(frozen=True)
class DayInfo:
    """Why a day is or is not a working day.

    ``reason`` is one of None (ordinary working day), "weekend", "holiday",
    "override_day_off", "override_working_day".
    """
    day: dt.date
    working: bool
    reason: str | None = None
    name_kk: str = ""
    observed: bool = False
    estimated: bool = False
    override: Override | None = None


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[dt.date, str]:
    # Always ask for Kazakh names: with language=None the library picks the
    # language from the process locale (platform notes, section 5).
    return dict(Kazakhstan(years=year, language="kk").items())


@lru_cache(maxsize=64)
def _library_workdays(year: int) -> frozenset[dt.date]:
    h = Kazakhstan(years=year, language="kk")
    return frozenset(d for d in h.weekend_workdays if d.year == year)


class WorkCalendar:
    """Working days: library holidays + weekends + the office's overrides."""

    def __init__(self, overrides=(), public_holidays: bool = True):
        self._overrides = {o.day: o for o in overrides}
        self._public = public_holidays
        self._cache: dict[dt.date, DayInfo] = {}

    @property
    def overrides(self) -> tuple[Override, ...]:
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    def day_info(self, day: dt.date) -> DayInfo:
        info = self._cache.get(day)
        if info is None:
            info = self._cache[day] = self._compute(day)
        return info

    def _compute(self, day: dt.date) -> DayInfo:
        override = self._overrides.get(day)
        if override is not None:
            working = override.kind == OverrideKind.WORKING_DAY
            reason = "override_working_day" if working else "override_day_off"
            return DayInfo(day, working, reason, override=override)
        if self._public:
            name = _public_holidays(day.year).get(day)
            if name is not None:
                observed, estimated = _OBSERVED in name, _ESTIMATED in name
                base = name.replace(_OBSERVED, "").replace(_ESTIMATED, "")
                return DayInfo(day, False, "holiday", base, observed, estimated)
            if day in _library_workdays(day.year):
                return DayInfo(day, True, "override_working_day")
        if day.weekday() in WEEKEND:
            return DayInfo(day, False, "weekend")
        return DayInfo(day, True)

    def is_working(self, day: dt.date) -> bool:
        return self.day_info(day).working

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        day += dt.timedelta(days=1)
        while not self.is_working(day):
            day += dt.timedelta(days=1)
        return day

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start`` (start itself is day 0)."""
        day = start
        for _ in range(count):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.working_days_between(end, start)
        days, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            days += self.is_working(day)
        return days

    def days_of_year(self, year: int) -> list[DayInfo]:
        """Every non-ordinary day of a year (holidays, weekends worked, overrides)."""
        day, out = dt.date(year, 1, 1), []
        while day.year == year:
            info = self.day_info(day)
            if info.reason not in (None, "weekend"):
                out.append(info)
            day += dt.timedelta(days=1)
        return out
