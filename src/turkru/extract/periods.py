"""The period a trade figure covers: a year, not the day it was reported nor the year it is compared with."""

from __future__ import annotations

import bisect
import re

from turkru.extract.document import Sentence
from turkru.extract.event_dates import event_dates
from turkru.model.dates import PartialDate, Precision
from turkru.text.timex import Timex

# A date the figure is measured against ("compared to the same period of 2019", "up 20% from 2021",
# "than in 2018", "year-on-year to 2022"): the base of a change, never the figure's own period.
_BASE_WORDS = (
    r"as(?:\s+(?:in|on|at|during))?",  # "twice as much as in 2020", "the same level as in 2019"
    r"compared\s+(?:to|with)", r"in\s+comparison\s+(?:to|with)", r"against", r"than(?:\s+in)?", r"versus", r"vs\.?",
    r"over", r"relative\s+to",
)
_BASE_PERIOD = (
    r"(?:the\s+)?(?:same\s+(?:period|time|months?|quarter|half)\s+(?:of|in|last)?\s*"
    r"|corresponding\s+period\s+(?:of|in)\s+)?"
)
_BASE = re.compile(r"\b(?:" + "|".join(_BASE_WORDS) + r")\s+" + _BASE_PERIOD + r"(?:(?:h[12]|q[1-4])\s+)?$", re.I)
_CHANGE_FROM = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\btimes|\bfold)(?:[^.;]|\.(?=\d)){0,40}?\bfrom\s+(?:the\s+)?(?:(?:h[12]|q[1-4])\s+)?$",
    re.I,
)
_SAME_PERIOD = re.compile(r"\b(?:same|corresponding)\s+period\s+(?:of\s+|in\s+)?$", re.I)
# "Since the beginning of 2025", "since the start of the year": the figure's own year, so far.
_SO_FAR = re.compile(r"\bsince\s+(?:the\s+(?:beginning|start|outset)\s+of\s+(?:the\s+)?)?$", re.I)
_OPENING = re.compile(r"(?:the\s+)?(?:beginning|start|outset)\b", re.I)
_REACH = 60
# The date a document was signed ("the contract signed in 2010", "a deal concluded in 2003"): the
# document's date, not the period of a figure it sets.
_DOCUMENT_VERBS = (
    r"signed", r"concluded", r"inked", r"initial(?:l)?ed", r"ratified", r"agreed", r"struck", r"sealed",
)
_DOCUMENT_DATE = re.compile(
    r"\b(?:" + "|".join(_DOCUMENT_VERBS) + r")\s+(?:back\s+)?(?:in|on|at\s+the\s+(?:end|start)\s+of)\s+(?:the\s+)?$",
    re.I,
)
# Statistical shorthand for part of a year: "8M2021" (eight months), "1H2022", "3Q 2023": dated by its year.
_COMPACT_PERIOD = re.compile(r"\b(?:1[0-2]|[1-9])\s?[MHQ]\s?(?P<year>(?:19|20)\d\d)\b")
# A single shipment, dated by its day: "was brought to", "were handed over", "was delivered".
_ONE_OFF = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:brought|delivered|handed\s+over|shipped)\b", re.I
)

# A figure that points back to the period of an earlier one ("in this period", "over the same period").
_THIS_PERIOD = re.compile(
    r"\b(?:(?:in|for|during|over|within)\s+(?:this|that|the\s+same|the\s+reporting|the\s+said)\s+period"
    r"|(?:in|for|during|over)\s+the\s+period\s+under\s+review)\b",
    re.I,
)


def is_base(sentence: Sentence, timex: Timex) -> bool:
    """Whether a date is the base a figure is compared with."""
    before = sentence.text[max(0, timex.start - sentence.start - _REACH) : timex.start - sentence.start]
    return bool(
        _BASE.search(before)
        or _CHANGE_FROM.search(before)
        or _SAME_PERIOD.search(before)
        or _DOCUMENT_DATE.search(before[-40:])
    )


def period_dates(sentence: Sentence) -> list[Timex]:
    """The dates of a sentence that can be the period of a figure: event dates and "since the
    beginning of" a year, without comparison bases."""
    found = list(event_dates(sentence)) + _compact_periods(sentence)
    known = set(found)
    for timex in sentence.dated():
        before = sentence.text[max(0, timex.start - sentence.start - _REACH) : timex.start - sentence.start]
        so_far = _SO_FAR.search(before)
        if timex not in known and so_far and (so_far.group().strip().lower() != "since" or _OPENING.match(timex.text)):
            found.append(timex)
    found.sort(key=lambda timex: timex.start)
    return [timex for timex in found if not is_base(sentence, timex)] or list(sentence.carried)


class Periods:
    """A sentence's period dates with their local offsets, for nearest-date look-ups in time
    logarithmic in their number (when in text order, as :func:`period_dates` gives them)."""

    def __init__(self, sentence: Sentence, dates: list[Timex] | None = None) -> None:
        self.dates = period_dates(sentence) if dates is None else dates
        self._starts = [timex.start - sentence.start for timex in self.dates]
        self._ordered = all(a <= b for a, b in zip(self._starts, self._starts[1:], strict=False))

    def nearest(self, local: int, until: int | None = None) -> Timex | None:
        """The date nearest to *local*, one after it winning a tie; with *until*, the first one in
        ``[local, until)`` if there is one."""
        find = nearest_position if self._ordered else nearest_position_by_scan
        index = find(self._starts, local, until)
        return None if index is None else self.dates[index]


def nearest_position(starts: list[int], local: int, until: int | None = None) -> int | None:
    """Which of the ordered *starts* is nearest to *local*: with *until*, the first in ``[local,
    until)``; else the nearest, a start at or after *local* winning a tie with one before it."""
    after = bisect.bisect_left(starts, local)
    if until is not None and after < len(starts) and starts[after] < until:
        return after
    best: int | None = None
    distance = 0
    if after > 0:  # the last start before, the first of its position
        best = bisect.bisect_left(starts, starts[after - 1])
        distance = local - starts[after - 1] + 1
    if after < len(starts) and (best is None or starts[after] - local < distance):
        best = after
    return best


def nearest_position_by_scan(starts: list[int], local: int, until: int | None = None) -> int | None:
    """:func:`nearest_position` for *starts* in any order, by reading them all."""
    own = [index for index, position in enumerate(starts) if until is not None and local <= position < until]
    best: tuple[int, int] | None = None
    for index in own or range(len(starts)):
        position = starts[index]
        distance = position - local if position >= local else (local - position) + 1
        if best is None or distance < best[0]:
            best = (distance, index)
    return best[1] if best else None


def _compact_periods(sentence: Sentence) -> list[Timex]:
    """Part-year shorthand ("8M2021") the date finder does not read, as year dates of the sentence."""
    if not any(char in sentence.text for char in "MHQ"):
        return []
    found = []
    for match in _COMPACT_PERIOD.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(timex.start < end and start < timex.end for timex in sentence.timexes):
            continue
        year = PartialDate(int(match.group("year")))
        found.append(
            Timex(
                start=start, end=end, text=match.group(), value=year, end_value=None, relative=False,
                sentence=sentence.index,
            )
        )
    return found


def figure_period(
    sentence: Sentence, local: int, *, counted: bool = False, until: int | None = None, periods: Periods | None = None
) -> PartialDate | None:
    """The period of a figure at a sentence-local offset: the nearest period date (after it first),
    as a year; a delivery of counted goods keeps its month or day ("189 trucks in August"), and so
    does a one-off delivery ("was delivered on 9 April"). With *until*, a date between the figure
    and that offset (its own stretch of the clause) comes first. *dates* are the sentence's
    :class:`Periods`, when already known."""
    counted = counted or _ONE_OFF.search(sentence.text, max(0, local - 30), local + 30) is not None
    nearest = (Periods(sentence) if periods is None else periods).nearest(local, until)
    if nearest is None or nearest.value is None:
        return None
    date = nearest.value
    if counted or date.precision is Precision.YEAR:
        return date
    return date.truncate(Precision.YEAR)


def points_back(sentence: Sentence) -> bool:
    """Whether a sentence measures its figure over a period named before: "in this period", or
    only a comparison base ("up 15% from 2019"), so that its own period is the one running."""
    if _THIS_PERIOD.search(sentence.text) is not None:
        return True
    dated = sentence.dated()
    return bool(dated) and all(is_base(sentence, timex) for timex in dated)
