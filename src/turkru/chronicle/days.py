"""The first and last days of partial dates as ordinals, worked out once per date.

A merge compares days as numbers (:meth:`datetime.date.toordinal`): each report's date, its
sources' publication dates and the order of its kind's run. Reports of one event share a few
dates, and 10^6 reports touch only some 11,000 days, so each date's days are kept (by the
fields a date is made of: a tuple of numbers hashes and compares without calling Python code).
"""

from __future__ import annotations

from turkru.model.dates import PartialDate

__all__ = ["days"]

_DAYS: dict[tuple[int, int | None, int | None], tuple[int, int]] = {}
"""The ordinals of the first and last day, by (year, month, day): at most 9999 x 12 x 32 keys."""


def days(date: PartialDate) -> tuple[int, int]:
    """The ordinals of the first and the last day *date* may denote."""
    key = (date.year, date.month, date.day)
    found = _DAYS.get(key)
    if found is None:
        found = _DAYS[key] = (date.earliest.toordinal(), date.latest.toordinal())
    return found
