"""Temporal expressions: find dates, spans and relative expressions and resolve them.

Resolution uses only the input: the anchor is the publication date passed in (never the
clock), and the story's own explicit dates update a narrative reference for "the same day",
"the next day" and the like. Precision is never invented: "this year" is a year, "in March"
a month, "last week" at most a month. What cannot be resolved keeps ``value=None``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

import attrs
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from turkru.errors import InvalidDateError, ParseError
from turkru.lexicon import Lexicon
from turkru.model.dates import MonthDay, PartialDate, Precision
from turkru.text._casefold import fold
from turkru.text._tense import Tense, tense, tense_near
from turkru.text._timex_scan import DATE, Kind, Mention, iter_years, scan
from turkru.text._vocab import require_text

# Members read as module names in the per-timex loops (Python 3.11 reads an Enum class's attributes
# through EnumType's __getattr__ hook, several times the cost of a global).
_DAY, _YEAR = Precision.DAY, Precision.YEAR
_FUTURE, _PAST = Tense.FUTURE, Tense.PAST

# A sentence end the splitter could not see, with no space after it ("said.About his visit"):
# the tense of one sentence must not leak into the other.
_GLUED_BOUNDARY = re.compile(r"[.!?](?<=[a-z][.!?])[\"\u201d\u2019]?(?=[A-Z\u201c])")


@attrs.frozen(kw_only=True)
class Timex:
    """A temporal expression found in a text, with its resolved value.

    ``value`` is the date (or the first day of a span), ``end_value`` the last day of a span.
    ``relative`` says whether resolving it needed an anchor. ``sentence`` is the index of the
    sentence (among those passed in) that holds it, or -1. ``period`` is set, and ``value``
    is None, for a range of years such as "2021-2023". ``month_day`` is set, and ``value`` is
    None, for a month and day whose year nothing in the text gives ("on October 2").
    """

    start: int
    end: int
    text: str
    value: PartialDate | None
    end_value: PartialDate | None
    relative: bool
    sentence: int
    period: tuple[int, int] | None = None
    month_day: MonthDay | None = None


def _date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except InvalidDateError:
        return None


def _from_day(day: dt.date) -> PartialDate:
    return PartialDate(year=day.year, month=day.month, day=day.day)


def _add_days(anchor: PartialDate, days: int) -> PartialDate | None:
    try:
        return _from_day(anchor.earliest + dt.timedelta(days=days))
    except OverflowError:
        return None


def _add_months(year: int, month: int, months: int) -> PartialDate | None:
    try:
        first = dt.date(year, month, 1) + relativedelta(months=months)
    except (ValueError, OverflowError):
        return None
    return _date(first.year, first.month)


_WEEKDAYS: tuple[weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)  # Monday = 0, as in datetime


def _weekday_from(anchor: PartialDate, day: int, *, ahead: bool, strictly: bool) -> PartialDate | None:
    """The nearest *day* of the week (Monday = 0) on or after the anchor (``ahead``) or on or
    before it; ``strictly`` skips the anchor itself ("next Monday" said on a Monday)."""
    start = anchor.earliest
    try:
        if strictly:
            start += dt.timedelta(days=1 if ahead else -1)
        found = start + relativedelta(weekday=_WEEKDAYS[day](+1 if ahead else -1))
    except OverflowError:
        return None
    return _from_day(found)


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _week(anchor: PartialDate, weeks: int) -> PartialDate | None:
    """The calendar week (Monday to Sunday) *weeks* from the anchor's, at the finest precision
    that holds all of it: its month, else its year, else None."""
    try:
        monday = anchor.earliest - dt.timedelta(days=anchor.earliest.weekday()) + dt.timedelta(weeks=weeks)
        sunday = monday + dt.timedelta(days=6)
    except OverflowError:
        return None
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _date(monday.year, monday.month)
    return _date(monday.year) if monday.year == sunday.year else None


def _days_before(anchor: PartialDate, days: int) -> PartialDate | None:
    """The days from *days* before the anchor to the day before it, at the finest precision that holds
    all of them: their month, else their year, else None."""
    try:
        first, last = anchor.earliest - dt.timedelta(days=days), anchor.earliest - dt.timedelta(days=1)
    except OverflowError:
        return None
    if (first.year, first.month) == (last.year, last.month):
        return _date(first.year, first.month)
    return _date(first.year) if first.year == last.year else None


_STALE_DAYS = 14  # a future day this little before the reference day is that day (a late stamp)


_STORY_MOVES_ON = 31  # days after a story's own date that a past year-less date may still fall on


def _infer_year(
    month: int, day: int | None, reference: PartialDate, looking: Tense, *, story_moves_on: int = 0
) -> int | None:
    """The year of a year-less month (and day) relative to a reference date and the tense.

    A future day at most ``_STALE_DAYS`` before a reference day is that recent day (a stamp a few
    days late does not move a plan a year ahead); otherwise future: the
    first such date on or after the reference; past: the last one on or before it; otherwise the
    one nearest to it. *story_moves_on* days after the reference still count as before it (a
    reference the story wrote, not the publication day: its narrative moves on from that date).
    """
    candidates: list[tuple[int, dt.date, dt.date]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        value = _date(year, month, day)
        if value is not None:
            candidates.append((year, value.earliest, value.latest))
    if not candidates:
        return None
    if looking is _FUTURE and day is not None and reference.day is not None:
        late = [year for year, first, _last in candidates if 0 < (reference.earliest - first).days <= _STALE_DAYS]
        if late:  # "will visit on 5 February" stamped 7 February: a late stamp, not a year away
            return late[0]
    if looking is _FUTURE:
        after = [year for year, _first, last in candidates if last >= reference.earliest]
        return min(after) if after else None
    if looking is _PAST:
        horizon = reference.latest + dt.timedelta(days=story_moves_on)
        before = [year for year, first, _last in candidates if first <= horizon]
        return max(before) if before else None

    def distance(candidate: tuple[int, dt.date, dt.date]) -> tuple[int, int]:
        year, first, last = candidate
        if first <= reference.latest and reference.earliest <= last:
            gap = 0
        else:
            gap = min(abs((first - reference.latest).days), abs((reference.earliest - last).days))
        return (gap, abs(year - reference.year))

    return min(candidates, key=distance)[0]


@attrs.define
class _Resolver:
    """Resolves mentions in text order, keeping the narrative reference up to date."""

    text: str
    sentences: Sequence[tuple[int, int]]
    published: PartialDate | None
    starts: list[int] = attrs.field(init=False)
    narrative_day: PartialDate | None = attrs.field(init=False, default=None)
    narrative_dated: PartialDate | None = attrs.field(init=False, default=None)
    narrative_year: int | None = attrs.field(init=False, default=None)
    written_year: int | None = attrs.field(init=False, default=None)  # the year of the last explicit date
    story_years: tuple[int, ...] = ()  # the explicit years the text writes (dates and periods)
    title_plan: re.Pattern[str] | None = None  # a title line's infinitive ("Putin to visit Ashgabat on Friday")

    def __attrs_post_init__(self) -> None:
        self.starts = [start for start, _end in self.sentences]

    @property
    def anchor_day(self) -> PartialDate | None:
        published = self.published
        return published if published is not None and published.day is not None else None

    def sentence_of(self, position: int) -> int:
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.sentences[index][1]:
            return index
        return -1

    def plans_in_title(self, context: str) -> bool:
        """Whether *context* is a title line whose predicate is an infinitive: headline English
        for what is still to come ("Peskov: Putin to visit Turkmenistan on Friday")."""
        line = context.strip()
        if self.title_plan is None or "\n" in line or line.endswith((".", "!", "?")):
            return False
        return self.title_plan.search(fold(line)) is not None

    def context(self, mention: Mention, sentence: int) -> str:
        start, end = self.context_span(mention, sentence)
        return self.text[start:end]

    def context_span(self, mention: Mention, sentence: int) -> tuple[int, int]:
        """Where the stretch of text whose tense decides *mention*'s direction starts and ends."""
        if sentence >= 0:
            start, end = self.sentences[sentence]
        else:
            start = self.text.rfind("\n", 0, mention.start) + 1
            newline = self.text.find("\n", mention.end)
            end = len(self.text) if newline == -1 else newline
        start, end = max(start, mention.start - 400), min(end, mention.end + 400)
        before = [match.end() for match in _GLUED_BOUNDARY.finditer(self.text, start, mention.start)]
        after = _GLUED_BOUNDARY.search(self.text, mention.end, end)
        return (before[-1] if before else start, after.end() if after else end)

    def resolve(self, mention: Mention) -> Timex:
        sentence = self.sentence_of(mention.start)
        value: PartialDate | None = None
        end_value: PartialDate | None = None
        relative = mention.kind is not DATE and mention.kind is not Kind.PERIOD
        if mention.kind is DATE:
            value, end_value, relative = self.calendar_date(mention, sentence)
        elif mention.kind is Kind.DAY_SHIFT:
            value = _add_days(self.anchor_day, mention.shift) if self.anchor_day else None
        elif mention.kind is Kind.UNIT_SHIFT:
            value = self.unit_shift(mention)
        elif mention.kind is Kind.NARRATIVE:
            base = self.narrative_day or self.anchor_day
            value = _add_days(base, mention.shift) if base is not None else None
        elif mention.kind is Kind.NARRATIVE_YEAR:
            base_year = self.narrative_year or (self.published.year if self.published else None)
            value = _date(base_year + mention.shift) if base_year is not None else None
        elif mention.kind is Kind.WEEKDAY:
            value = self.weekday(mention, sentence)
        if value is not None:
            if value.precision is _DAY:
                self.narrative_day = value
            self.narrative_year = value.year
            if not relative and value.precision is not _YEAR:
                self.narrative_dated = value
            if not relative:
                self.written_year = value.year
        return Timex(
            start=mention.start,
            end=mention.end,
            text=self.text[mention.start : mention.end],
            value=value,
            end_value=end_value,
            relative=relative,
            sentence=sentence,
            period=mention.period,
            month_day=self.month_day(mention) if value is None else None,
        )

    def month_day(self, mention: Mention) -> MonthDay | None:
        """The month and day of a date with no year written and none to infer it from (no
        publication date, no explicit date before it): kept as a month-day, never completed."""
        if mention.kind is not DATE or mention.ambiguous or mention.coarse or mention.year is not None:
            return None
        if mention.year_shift is not None or mention.month is None or mention.day is None:
            return None
        if self.published is not None or self.narrative_dated is not None:
            return None
        try:
            return MonthDay(month=mention.month, day=mention.day)
        except InvalidDateError:
            return None

    def calendar_date(self, mention: Mention, sentence: int) -> tuple[PartialDate | None, PartialDate | None, bool]:
        if mention.ambiguous:
            return None, None, False
        year = mention.year
        relative = year is None
        if mention.story_year:
            year = self.narrative_year or (self.published.year if self.published is not None else None)
        elif year is None and mention.year_shift is not None:
            base = self.published.year if self.published is not None else self.written_year
            year = base + mention.year_shift if base is not None else None
        elif year is None and mention.month is not None:
            year = self.infer_year(mention, sentence)
        if year is None:
            return None, None, relative
        if mention.coarse:
            return _date(year), None, relative
        value = _date(year, mention.month, mention.day)
        end_value = None
        if value is not None and mention.end_day is not None and mention.end_month is not None:
            end_year = mention.end_year
            if end_year is None:
                end_year = year + 1 if mention.end_month < (mention.month or 1) else year
            end_value = _date(end_year, mention.end_month, mention.end_day)
            if end_value is not None and end_value.earliest <= value.latest:
                end_value = None
        return value, end_value, relative

    def infer_year(self, mention: Mention, sentence: int) -> int | None:
        assert mention.month is not None
        reference = self.published or self.narrative_dated
        if reference is None:
            return self.weekday_year(mention)
        if mention.direction == "this":
            return reference.year
        looking = _PAST if mention.done else tense(self.context(mention, sentence))
        if mention.spent and looking is not _FUTURE:
            looking = _PAST  # "the figures for January-May": over, unless "will run from January to March"
        if mention.direction == "last":
            looking = _PAST
        elif mention.direction == "next":
            looking = _FUTURE
        # A story told from a date it wrote moves on from it: "On 2 October 2017 ... On 3 October, they
        # held talks" is the next day, not a year before (the publication day is a "now" instead).
        ahead = _STORY_MOVES_ON if self.published is None else 0
        year = _infer_year(mention.month, mention.day, reference, looking, story_moves_on=ahead)
        if year is not None and mention.direction in ("last", "next") and reference.month == mention.month:
            year += -1 if mention.direction == "last" else 1  # "last March" said in March
        return year

    def weekday_year(self, mention: Mention) -> int | None:
        """The year of "Monday, 26 September" in a story without an anchor: the only year, from
        one before the story's earliest explicit year to one after its latest, in which that day
        falls on that weekday; None when there is no such year or more than one."""
        if mention.weekday is None or mention.day is None or mention.month is None or not self.story_years:
            return None
        around = range(min(self.story_years) - 1, max(self.story_years) + 2)
        fitting = [year for year in around if _falls_on(year, mention.month, mention.day, mention.weekday)]
        return fitting[0] if len(fitting) == 1 else None

    def unit_shift(self, mention: Mention) -> PartialDate | None:
        # "last year" resolves against the publication date, or without one against the story's
        # explicit date before it (FORMAT.md); a week needs the publication day.
        published = self.published or (self.narrative_dated if mention.unit not in ("week", "days") else None)
        if published is None:
            return None
        if mention.unit == "year":
            return _date(published.year + mention.shift)
        if mention.unit == "month":
            return _add_months(published.year, published.month, mention.shift) if published.month else None
        anchor = self.anchor_day
        if anchor is None:
            return None
        if mention.unit == "days":
            return _days_before(anchor, -mention.shift)
        return _week(anchor, mention.shift)

    def weekday(self, mention: Mention, sentence: int) -> PartialDate | None:
        anchor = self.anchor_day
        if anchor is None or mention.weekday is None:
            return None
        if mention.unit == "week":  # "on Monday last week": that weekday of the week named
            monday = anchor.earliest - dt.timedelta(days=anchor.earliest.weekday())
            try:
                return _from_day(monday + dt.timedelta(weeks=mention.shift, days=mention.weekday))
            except OverflowError:
                return None
        start, end = self.context_span(mention, sentence) if mention.direction is None else (0, 0)
        context = self.text[start:end]
        future = mention.direction == "next" or (
            mention.direction is None
            and (self.plans_in_title(context) or (tense(context) is _FUTURE and _looks_ahead(context, mention, start)))
        )
        strictly = mention.direction in ("next", "last")
        return _weekday_from(anchor, mention.weekday, ahead=future, strictly=strictly)


def _looks_ahead(context: str, mention: Mention, start: int) -> bool:
    """Whether a weekday in a sentence with a future marker stands in its future clause: the
    marker nearest it is not a past one ("signed ... on Tuesday, which will ..." looks back)."""
    return tense_near(context, mention.start - start) is not _PAST


def find_timexes(
    text: str, sentences: Sequence[tuple[int, int]], published: PartialDate | None, lexicon: Lexicon | None = None
) -> list[Timex]:
    """The temporal expressions of *text* in order, resolved against *published*.

    *sentences* are the sentence spans of *text* (from ``split_sentences``); they give each
    timex its sentence index and the tense that decides whether "on Tuesday" or "in March"
    looks back or ahead. *lexicon* gives the date words and patterns (None: the default).
    """
    require_text(text, "find_timexes")
    if published is not None and not isinstance(published, PartialDate):
        raise ParseError(f"find_timexes: published must be a PartialDate or None, got {type(published).__name__}")
    mentions = scan(text, lexicon)
    years = {*iter_years(mentions), *(year for m in mentions if m.period is not None for year in m.period)}
    title_plan = (lexicon or Lexicon.default()).folded("tense.headline_infinitive")
    resolver = _Resolver(
        text=text, sentences=sentences, published=published, story_years=tuple(sorted(years)), title_plan=title_plan
    )
    return [resolver.resolve(mention) for mention in mentions]
