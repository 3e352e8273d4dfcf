"""ACLED- and UCDP-style date precision codes from partial dates, and the reported-by bound.

ACLED's ``time_precision``: 1 the day is known, 2 a range of days up to a week, 3 a month
or coarser. UCDP GED's ``date_prec``: 1 the day, 2 a span of 2-6 days, 3 a week, 4 the month
(or 8-31 days), 5 the year (or more than 31 days). An undated record gets the coarsest code
of each, and the latest day it can have been on: its reported-by bound.
"""

from __future__ import annotations

from typing import Final

import attrs

from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, AnyRecord, Stage, Status

ACLED_COARSEST: Final = 3
UCDP_COARSEST: Final = 5

ACLED_BY_DAYS: Final = ((1, 1), (7, 2))
"""(longest span in days, ACLED code) from the finest; longer spans get :data:`ACLED_COARSEST`."""

UCDP_BY_DAYS: Final = ((1, 1), (6, 2), (7, 3), (31, 4))
"""(longest span in days, UCDP code) from the finest; longer spans get :data:`UCDP_COARSEST`."""

UCDP_BY_PRECISION: Final = {Precision.DAY: 1, Precision.MONTH: 4, Precision.YEAR: 5}
"""UCDP code of a single partial date: a month of any length is code 4, a year code 5."""


@attrs.frozen
class DatePrecision:
    """How well an event is dated: both datasets' codes, and the span of days it may cover."""

    acled: int
    ucdp: int
    days: int | None
    """How many days the date (or span) may denote; None when undated."""


def _by_days(days: int, table: tuple[tuple[int, int], ...], coarsest: int) -> int:
    return next((code for longest, code in table if days <= longest), coarsest)


def date_precision(date: PartialDate | None, end_date: PartialDate | None = None) -> DatePrecision:
    """The precision codes of a date or a span from *date* to *end_date*."""
    if date is None:
        return DatePrecision(acled=ACLED_COARSEST, ucdp=UCDP_COARSEST, days=None)
    last = (end_date or date).latest
    days = (last - date.earliest).days + 1
    acled = _by_days(days, ACLED_BY_DAYS, ACLED_COARSEST)
    if end_date is None:
        return DatePrecision(acled=acled, ucdp=UCDP_BY_PRECISION[date.precision], days=days)
    return DatePrecision(acled=acled, ucdp=_by_days(days, UCDP_BY_DAYS, UCDP_COARSEST), days=days)


def reported_by(record: AnyRecord) -> PartialDate | None:
    """The latest day a held event can have happened on: the record's own bound if it has one,
    else the earliest publication date among its sources. None for planned events and
    agreements still planned (a plan reported on a day says nothing of when it happens).
    """
    own = getattr(record, "reported_by", None)
    if isinstance(own, PartialDate):
        return own
    if isinstance(record, Agreement):
        if record.status is Stage.PLANNED:
            return None
    elif record.status is not Status.HELD:
        return None
    published = [source.published for source in record.sources if source.published is not None]
    return min(published, key=lambda day: day.latest) if published else None
