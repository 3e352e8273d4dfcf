"""Calendar vocabulary shared by the date readers: month and weekday names, regex fragments."""

from __future__ import annotations

import re

from turkru.errors import ParseError

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

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


def month_number(word: str) -> int | None:
    """The month number of a month name or abbreviation (any case, trailing dot allowed)."""
    return MONTHS.get(word.rstrip(".").lower())


def weekday_number(word: str) -> int | None:
    """Monday = 0 ... Sunday = 6 for a weekday name or abbreviation, else None."""
    return WEEKDAYS.get(word.rstrip(".").lower())


def day_number(word: str) -> int:
    """The day number of ``'2'``, ``'02nd'`` or ``'31st'``."""
    digits = _DIGITS.match(word)
    return int(digits.group()) if digits is not None else 0
