"""Partial dates (year, month or day precision) and spans between them."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from typing import Any

import attrs

from turkru.errors import InvalidDateError

_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Precision(enum.Enum):
    """How much of a partial date the text supports."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"

    @property
    def rank(self) -> int:
        """0 for year, 1 for month, 2 for day."""
        return _RANK[self]


# The members as module names for hot reads (Python 3.11 reads an Enum class's attributes through
# EnumType's __getattr__ hook, several times the cost of a global).
_YEAR, _MONTH, _DAY = Precision.YEAR, Precision.MONTH, Precision.DAY


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}

_TWO_DIGITS = tuple(f"-{number:02d}" for number in range(32))
"""A month's or day's part of an ISO date, by number: ``-03``."""


def _check_parts(instance: PartialDate, _attribute: Any, _value: Any) -> None:
    year, month, day = instance.year, instance.month, instance.day
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year: {year!r} is not between 1 and 9999")
    if month is None:
        if day is not None:
            raise InvalidDateError(f"day: {day!r} given without a month (year {year})")
        return
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month: {month!r} is not between 1 and 12")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise InvalidDateError(f"day: {year:04d}-{month:02d}-{day!r} is not a calendar date")


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Ordering is total and consistent: by earliest day, then coarser precision first.
    """

    year: int = attrs.field(validator=_check_parts)
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an ISO partial date: ``'2021'``, ``'2021-03'`` or ``'2021-03-30'``."""
        if not isinstance(text, str):
            raise InvalidDateError(f"Invalid partial date: {text!r} is not a string")
        match = _ISO_PARTIAL.fullmatch(text.strip())
        if match is None:
            raise InvalidDateError(f"Invalid partial date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        try:
            return cls(year=year, month=month, day=day)
        except InvalidDateError as error:
            raise InvalidDateError(f"Invalid partial date: {text!r} ({error})") from None

    @classmethod
    def from_date(cls, day: dt.date) -> PartialDate:
        """A day-precision partial date from a :class:`datetime.date`."""
        return cls(year=day.year, month=day.month, day=day.day)

    @property
    def precision(self) -> Precision:
        """The finest unit the date is known to."""
        if self.day is not None:
            return _DAY
        return _YEAR if self.month is None else _MONTH

    @property
    def earliest(self) -> dt.date:
        """The first day the date may denote."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day the date may denote."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def contains(self, other: PartialDate) -> bool:
        """Whether every day of *other* lies within this date."""
        return self.earliest <= other.earliest and other.latest <= self.latest

    def overlaps(self, other: PartialDate) -> bool:
        """Whether the two dates may denote the same day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def truncate(self, precision: Precision) -> PartialDate:
        """The same date at a coarser (or equal) precision."""
        if precision.rank >= self.precision.rank:
            return self
        if precision is Precision.YEAR:
            return PartialDate(year=self.year)
        return PartialDate(year=self.year, month=self.month)

    def isoformat(self) -> str:
        """``'2021'``, ``'2021-03'`` or ``'2021-03-30'``."""
        year, month = self.year, self.month
        text = str(year) if year >= 1000 else f"{year:04d}"  # a merge writes millions of them
        if month is None:
            return text
        day = self.day
        return text + _TWO_DIGITS[month] if day is None else text + _TWO_DIGITS[month] + _TWO_DIGITS[day]

    def sort_key(self) -> tuple[dt.date, int]:
        """Earliest day first; on a tie, the coarser date first."""
        return (self.earliest, self.precision.rank)

    def __str__(self) -> str:
        return self.isoformat()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()


def check_span(start: PartialDate | None, end: PartialDate | None, *, where: str) -> None:
    """Raise unless *end* is absent or not before *start*."""
    if end is None:
        return
    if start is None:
        raise InvalidDateError(f"{where}: end {end} given without a start")
    if end.latest < start.earliest:
        raise InvalidDateError(f"{where}: end {end} is before start {start}")


@attrs.frozen
class DateSpan:
    """A span of days such as "March 30 through April 2"; ``end`` is None for one date."""

    start: PartialDate
    end: PartialDate | None = None

    def __attrs_post_init__(self) -> None:
        check_span(self.start, self.end, where="DateSpan")

    @property
    def earliest(self) -> dt.date:
        """The first day the span may cover."""
        return self.start.earliest

    @property
    def latest(self) -> dt.date:
        """The last day the span may cover."""
        return (self.end or self.start).latest


_ISO_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")
_LEAP_YEAR = 2000  # a month-day is valid when it exists in some year: 29 February counts


def _check_month_day(instance: MonthDay, _attribute: Any, _value: Any) -> None:
    month, day = instance.month, instance.day
    if not isinstance(month, int) or not 1 <= month <= 12:
        raise InvalidDateError(f"month: {month!r} is not between 1 and 12")
    if not isinstance(day, int) or not 1 <= day <= calendar.monthrange(_LEAP_YEAR, month)[1]:
        raise InvalidDateError(f"day: --{month:02d}-{day!r} is not a day of that month")


@attrs.frozen
class MonthDay:
    """A day of the year whose year the text does not give ("on October 2", and no year
    anywhere to take it from). Kept as written and never completed to a full date: a record
    with one has no ``date``. Written ``--10-02``, ISO 8601's month-day form."""

    month: int = attrs.field(validator=_check_month_day)
    day: int = attrs.field(validator=_check_month_day)

    @classmethod
    def parse(cls, text: str) -> MonthDay:
        """Parse ``'--MM-DD'``."""
        match = _ISO_MONTH_DAY.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise InvalidDateError(f"Invalid month-day: {text!r} (expected --MM-DD)")
        try:
            return cls(month=int(match[1]), day=int(match[2]))
        except InvalidDateError as error:
            raise InvalidDateError(f"Invalid month-day: {text!r} ({error})") from None

    def isoformat(self) -> str:
        """``'--10-02'``."""
        return f"--{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()
