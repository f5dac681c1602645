"""Report periods: a month, a quarter, a year or any range of days, and the
same days a year earlier for the comparison."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from app.errors import DomainError


def _year_back(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Period:
    """Every day from ``first`` to ``last``, both included."""
    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise DomainError("period_reversed", "date_to")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise DomainError("quarter_range", "quarter")
        first = 3 * (quarter - 1) + 1
        return cls(dt.date(year, first, 1), cls.month(year, first + 2).last)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def previous(self) -> Period:
        """The same period a year earlier.  A period ending on the last day of
        February ends on the last day of February a year earlier."""
        last = _year_back(self.last)
        if self.last.month == 2 and self.last.day == calendar.monthrange(self.last.year, 2)[1]:
            last = last.replace(day=calendar.monthrange(last.year, 2)[1])
        return Period(_year_back(self.first), last)

    def as_dict(self) -> dict:
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}
