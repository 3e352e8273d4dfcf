"""The period a trade figure covers: a year, not the day it was reported nor the year it is compared with."""

from __future__ import annotations

import bisect
import re

import attrs

from turkru.extract.document import Sentence
from turkru.extract.event_dates import event_dates
from turkru.lexicon import Lexicon
from turkru.model.dates import PartialDate, Precision
from turkru.text.timex import Timex

_REACH = 60


@attrs.frozen
class PeriodWords:
    """The lexicon's rules for the period of a figure (data/periods.json), compiled once per lexicon."""

    base: re.Pattern[str]
    change_from: re.Pattern[str]
    same_period: re.Pattern[str]
    so_far: re.Pattern[str]
    opening: re.Pattern[str]
    document_date: re.Pattern[str]
    compact: re.Pattern[str]
    one_off: re.Pattern[str]
    flow_change: re.Pattern[str]
    dispatch: re.Pattern[str]
    this_period: re.Pattern[str]
    aside: re.Pattern[str]  # ", which grew in " before a date: a which-clause after the flow
    aside_close: re.Pattern[str]  # ", reached" after it: the clause closes

    @classmethod
    def of(cls, lexicon: Lexicon) -> PeriodWords:
        """The period rules of *lexicon*."""
        return cls(**{field.name: lexicon.pattern(f"periods.{field.name}") for field in attrs.fields(cls)})


def _words(lexicon: Lexicon | None) -> PeriodWords:
    return (lexicon or Lexicon.default()).derive(PeriodWords.of)


def is_base(sentence: Sentence, timex: Timex, lexicon: Lexicon | None = None) -> bool:
    """Whether a date is the base a figure is compared with (or the date a document was signed)."""
    words = _words(lexicon)
    before = sentence.text[max(0, timex.start - sentence.start - _REACH) : timex.start - sentence.start]
    return bool(
        words.base.search(before)
        or words.change_from.search(before)
        or words.same_period.search(before)
        or words.document_date.search(before[-40:])
    )


def period_dates(sentence: Sentence, lexicon: Lexicon | None = None) -> list[Timex]:
    """The dates of a sentence that can be the period of a figure: event dates and "since the
    beginning of" a year, without comparison bases."""
    words = _words(lexicon)
    found = list(event_dates(sentence)) + _compact_periods(sentence, words)
    known = set(found)
    for timex in sentence.dated():
        before = sentence.text[max(0, timex.start - sentence.start - _REACH) : timex.start - sentence.start]
        so_far = words.so_far.search(before)
        opening = words.opening.match(timex.text)
        if timex not in known and so_far and (so_far.group().strip().lower() != "since" or opening):
            found.append(timex)
    found.sort(key=lambda timex: timex.start)
    found = [timex for timex in found if not is_base(sentence, timex, lexicon)]
    main = [timex for timex in found if not _aside(sentence, timex, words)]
    return main or found or list(sentence.carried)


def _aside(sentence: Sentence, timex: Timex, words: PeriodWords) -> bool:
    """Whether a date stands in a which-clause set off by commas ("Trade, which began to grow in 2019,
    reached ..."): the clause's date, not the figure's, when the sentence gives another."""
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if "which" not in sentence.lower:
        return False
    return (
        words.aside.search(sentence.text, max(0, start - _REACH * 2), start) is not None
        and words.aside_close.match(sentence.text, end) is not None
    )


class Periods:
    """A sentence's period dates with their local offsets, for nearest-date look-ups in time
    logarithmic in their number (when in text order, as :func:`period_dates` gives them)."""

    def __init__(self, sentence: Sentence, dates: list[Timex] | None = None, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon
        """The lexicon the dates were read with (None: the default)."""
        self.dates = period_dates(sentence, lexicon) if dates is None else dates
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


def _compact_periods(sentence: Sentence, words: PeriodWords) -> list[Timex]:
    """Part-year shorthand ("8M2021") the date finder does not read, as year dates of the sentence."""
    if not any(char in sentence.text for char in "MHQ"):
        return []
    found = []
    for match in words.compact.finditer(sentence.text):
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
    sentence: Sentence,
    local: int,
    *,
    counted: bool = False,
    until: int | None = None,
    periods: Periods | None = None,
    lexicon: Lexicon | None = None,
) -> PartialDate | None:
    """The period of a figure at a sentence-local offset: the nearest period date (after it first),
    as a year; a delivery of counted goods keeps its month or day ("189 trucks in August"), and so
    does a one-off delivery ("was delivered on 9 April"). With *until*, a date between the figure
    and that offset (its own stretch of the clause) comes first. *dates* are the sentence's
    :class:`Periods`, when already known."""
    lexicon = lexicon or (periods.lexicon if periods is not None else None)
    words = _words(lexicon)
    one_off = words.one_off.search(sentence.text, max(0, local - 30), local + 30)
    counted = counted or one_off is not None
    nearest = (Periods(sentence, lexicon=lexicon) if periods is None else periods).nearest(local, until)
    if nearest is None or nearest.value is None:
        return None
    date = nearest.value
    if counted or date.precision is Precision.YEAR:
        return date
    if nearest.end_value is None and _near_verb(words.flow_change, sentence, local):
        return date  # "imports resumed on 1 April", "began exporting in March": the day or month of a change
    if nearest.end_value is None and date.precision is Precision.DAY and _near_verb(words.dispatch, sentence, local):
        return date  # "delivered a helicopter on 9 March": the day of a dispatch
    return date.truncate(Precision.YEAR)


_CHANGE_REACH = 40  # characters around a flow's verb searched for a verb of a start, stop or dispatch
_SUBJECT_REACH = 70  # characters after a flow's noun its verb may stand within the same clause


def _near_verb(verb: re.Pattern[str], sentence: Sentence, local: int) -> bool:
    """Whether *verb* (a start, stop or dispatch) stands near the flow's verb at *local*, or after the
    flow's noun in the same clause ("Deliveries of Turkmen gas to Russia resumed on ...")."""
    text = sentence.text
    end = local + _CHANGE_REACH
    if (comma := re.search(r"[,;(]", text[local : local + _SUBJECT_REACH])) is None:
        end = local + _SUBJECT_REACH
    elif comma.start() > _CHANGE_REACH:
        end = local + comma.start()
    return verb.search(text, max(0, local - _CHANGE_REACH), end) is not None


def points_back(sentence: Sentence, lexicon: Lexicon | None = None) -> bool:
    """Whether a sentence measures its figure over a period named before: "in this period", or
    only a comparison base ("up 15% from 2019"), so that its own period is the one running."""
    if _words(lexicon).this_period.search(sentence.text) is not None:
        return True
    dated = sentence.dated()
    return bool(dated) and all(is_base(sentence, timex, lexicon) for timex in dated)
