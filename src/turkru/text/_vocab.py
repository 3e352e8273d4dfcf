"""Calendar vocabulary shared by the date readers: month and weekday numbers, regex fragments.

The names and their numbers are the lexicon's (data/calendar.json: ``MONTH_NAME``,
``MONTH_ABBREVIATION``, ``WEEKDAY_NAME``, ``WEEKDAY_ABBREVIATION``), their one home.
:func:`fragments` builds the regex fragments of a lexicon's names, once per lexicon, for every
pattern that holds them (the dateline, layout and publication-date readers compile theirs per
lexicon too, so a lexicon's month names reach them all).
"""

from __future__ import annotations

import re

import attrs

from turkru.errors import ParseError
from turkru.lexicon import Lexicon
from turkru.lexicon._compile import alternation


@attrs.frozen
class Fragments:
    """Regex fragments of a lexicon's calendar names, for patterns compiled case-insensitively
    (callers check capitalisation, so that the verb "may" is not read as a month)."""

    month: str
    """A month name, full or abbreviated (an abbreviation may carry a dot)."""
    month_full: str
    """A full month name only: a bare month ("in March") must be spelt out."""
    weekday_full: str
    weekday_any: str
    """A weekday name, full or abbreviated (with a dot or not)."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> Fragments:
        """The fragments of *lexicon*'s month and weekday names."""
        full = alternation(lexicon.words("MONTH_NAME")) + r"\b"
        short = alternation(lexicon.words("MONTH_ABBREVIATION")) + r"\b\.?"
        weekdays = (*lexicon.words("WEEKDAY_NAME"), *lexicon.words("WEEKDAY_ABBREVIATION"))
        return cls(
            month=f"(?:{full}|{short})",
            month_full=full,
            weekday_full=alternation(lexicon.words("WEEKDAY_NAME")) + r"\b",
            weekday_any=alternation(weekdays) + r"\b\.?",
        )


def fragments(lexicon: Lexicon | None = None) -> Fragments:
    """The calendar regex fragments of *lexicon* (None: the default), built once per lexicon."""
    return (lexicon or Lexicon.default()).derive(Fragments.of)


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
        return cls(
            months={**lexicon.values("MONTH_NAME"), **lexicon.values("MONTH_ABBREVIATION")},
            weekdays={**lexicon.values("WEEKDAY_NAME"), **lexicon.values("WEEKDAY_ABBREVIATION")},
        )


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
