"""Which of a sentence's dates can date an event, and the one nearest to a word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from turkru.lexicon._start import compile_fast
from turkru.model.dates import MonthDay, PartialDate, Precision
from turkru.text.timex import Timex

if TYPE_CHECKING:
    from turkru.extract.document import Sentence


def common_date(start: PartialDate, end: PartialDate | None) -> PartialDate:
    """The finest date containing both ends of a span (5-6 February -> February)."""
    if end is None or end == start:
        return start
    for precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        first, last = start.truncate(precision), end.truncate(precision)
        if first == last:
            return first
    return PartialDate(year=start.year)


_STATEMENT = compile_fast(
    r"\b(?:said|says|told|reported|reports|stated|announced|noted|added|writes|wrote)\s+"
    r"(?:in\s+(?:a|an|its|the|their)\s+(?:\w+\s+)?(?:statement|message|release|report|communiqu\w*|interview|letter)\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
_SINCE = compile_fast(r"\b(?:since|until|till)\b[^,;]*$", re.I)
# The base a figure is compared with ("compared to the same period of 2019", "up 15% from 2019",
# "than in 2019"): the figure's own date is another.
_SAME_PERIOD = r"(?:(?:the\s+)?(?:same|corresponding|like|equivalent)\s+period\s+(?:of|in|last)\s+)?(?:the\s+)?"
_COMPARISON_BASE = compile_fast(
    rf"(?:\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|against|versus|vs\.?"
    rf"|than(?:\s+(?:in|on|at|during))?|over)\s+{_SAME_PERIOD}"
    rf"|\b(?:up|down|rose|fell|increased|decreased|grew|declined|dropped|climbed|jumped)\b[^;]{{0,50}}"
    rf"\bfrom\s+{_SAME_PERIOD})$",
    re.I,
)


# A dateline's date ("MOSCOW, 10 November 2025 -"): the day of the report, not of what it reports.
_DATELINE_BEFORE = re.compile(
    r"\A\s*+[A-Z][\w.'\u2019]*+(?:[ -][A-Z][\w.'\u2019]*+){0,3},"  # the city
    r"(?:\s*+[A-Z][\w.'\u2019]*+(?: [A-Z][\w.'\u2019]*+){0,2},)?\s*+"  # its country
)
_DATELINE_AFTER = re.compile(r"\s*+(?:\([A-Za-z][\w .-]{0,30}\)\s*+)?[\u2013\u2014-]")
_DATELINE_REACH = 60  # characters: how far into a sentence a dateline's date may start


def _in_dateline(sentence: Sentence, timex: Timex) -> bool:
    """Whether a date is a dateline's: only a place before it at the sentence's start, a dash after it."""
    start, end = timex.start - sentence.start, timex.end - sentence.start
    return (
        start <= _DATELINE_REACH
        and _DATELINE_BEFORE.fullmatch(sentence.text, 0, start) is not None
        and _DATELINE_AFTER.match(sentence.text, end) is not None
    )


def _can_date_an_event(sentence: Sentence, timex: Timex) -> bool:
    """Not the date of a statement, the start of a period, the base of a comparison or a dateline."""
    before = sentence.text[: timex.start - sentence.start]
    return not (
        _STATEMENT.search(before[-70:])
        or _SINCE.search(before[-60:])
        or _COMPARISON_BASE.search(before[-80:])
        or _in_dateline(sentence, timex)
    )


def dated_by_statement_only(sentence: Sentence) -> bool:
    """Whether every date the sentence gives is the date of a statement ("..., the ministry said in a
    message on April 22"): what the statement reports has no date of its own there, nor one carried in."""
    dated = [timex for timex in sentence.dated() if not _in_dateline(sentence, timex)]
    before = [sentence.text[: timex.start - sentence.start][-70:] for timex in dated]
    return bool(dated) and all(_STATEMENT.search(text) for text in before)


def event_dates(sentence: Sentence) -> list[Timex]:
    """Dated timexes that can date an event: not the date of a statement ("said on Friday"),
    the start of a period ("since March") or the base of a comparison ("compared to 2019")."""
    return [timex for timex in sentence.dated() if _can_date_an_event(sentence, timex)]


def event_month_day(sentence: Sentence) -> MonthDay | None:
    """The one month-day (a date whose year the text never gives) that can date an event told in
    *sentence*, as :func:`event_dates` chooses; None when there is none, or two different ones."""
    found = {t.month_day for t in sentence.timexes if t.month_day is not None and _can_date_an_event(sentence, t)}
    return found.pop() if len(found) == 1 else None


# A date followed by a conjunction ends a conjunct of its own: "the visit in January and the
# first forum", "to take part in the fair in March, and to organise a meeting".
_ENDS_CONJUNCT = re.compile(r"(?<!\s)\s*+,?\s*+(?:and|as\s++well\s++as)\s++(?!\d)", re.I)


def _dates_an_earlier_conjunct(sentence: Sentence, timex: Timex, local: int) -> bool:
    """Whether a date before *local* closes a conjunct ("... in January and the forum") that *local* is not in."""
    end = timex.end - sentence.start
    return end <= local and _ENDS_CONJUNCT.match(sentence.text, end, local) is not None


def nearest_date(sentence: Sentence, local: int) -> Timex | None:
    """The event date closest to a sentence-local position, preferring ones after it; never a date
    that closes an earlier conjunct of the sentence."""
    best: tuple[int, Timex] | None = None
    for timex in event_dates(sentence) or sentence.carried:
        if timex in sentence.timexes and _dates_an_earlier_conjunct(sentence, timex, local):
            continue
        position = timex.start - sentence.start
        distance = position - local if position >= local else (local - position) + 1
        if best is None or distance < best[0]:
            best = (distance, timex)
    return best[1] if best else None
