"""Calendar vocabulary shared by the date readers: month and weekday numbers, regex fragments.

The names and their numbers are the lexicon's (data/calendar.json: ``MONTH_NAME``, ``WEEKDAY_NAME``).
The regex fragments below still spell the names out, for the module-level date patterns of the
date readers; they go when those patterns are built from the lexicon's slots.
"""

from __future__ import annotations

import re

import attrs

from turkru.errors import ParseError
from turkru.lexicon import Lexicon

# Month names, full or abbreviated (an abbreviation may carry a dot). Used with re.IGNORECASE;
# callers check capitalisation so that the verb "may" is not read as a month.
MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"
)
# Full month names only: a bare month ("in March") must be spelt out.
MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
WEEKDAY_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
WEEKDAY_ANY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"


_DIGITS = re.compile(r"\d+")


def require_text(value: object, where: str) -> str:
    """*value* if it is a str, else a ParseError naming the function and the type received."""
    if not isinstance(value, str):
        raise ParseError(f"{where}: expected text as str, got {type(value).__name__}")
    return value


@attrs.frozen
class _Calendar:
    months: dict[str, int]
    weekdays: dict[str, int]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Calendar:
        return cls(months=lexicon.values("MONTH_NAME"), weekdays=lexicon.values("WEEKDAY_NAME"))


def month_number(word: str, lexicon: Lexicon | None = None) -> int | None:
    """The month number of a month name or abbreviation (any case, trailing dot allowed)."""
    return (lexicon or Lexicon.default()).derive(_Calendar.of).months.get(word.rstrip(".").lower())


def weekday_number(word: str, lexicon: Lexicon | None = None) -> int | None:
    """Monday = 0 ... Sunday = 6 for a weekday name or abbreviation, else None."""
    return (lexicon or Lexicon.default()).derive(_Calendar.of).weekdays.get(word.rstrip(".").lower())


def day_number(word: str) -> int:
    """The day number of ``'2'``, ``'02nd'`` or ``'31st'``."""
    digits = _DIGITS.match(word)
    return int(digits.group()) if digits is not None else 0
