"""Find temporal expressions and read their parts, without resolving anything.

Patterns run from the most specific to the least; a later pattern never takes characters an
earlier one took, so the mentions found do not overlap. Adjacent mentions are then joined into
spans ("March 30 through April 2") and coordinated months share a year ("March and April 2019").

The words and the word-bearing patterns are the lexicon's (data/timex.json, with calendar.json's
month and weekday names and numbers.json's number words); only the all-digit forms (ISO, dotted,
slashed dates) are written here. :func:`scan` reads the lexicon it is given (None: the default).
"""

from __future__ import annotations

import calendar
import enum
import functools
import re
from collections.abc import Callable, Iterator

import attrs

from turkru.lexicon import Lexicon
from turkru.text._casefold import any_word, fold
from turkru.text._vocab import YEAR, day_number


class Kind(enum.Enum):
    """What a mention denotes before resolution."""

    DATE = "date"  # calendar parts, the year possibly missing or relative ("this year")
    PERIOD = "period"  # a range of years ("2021-2023"): not a date
    DAY_SHIFT = "day_shift"  # today, yesterday, tomorrow, N days ago: days from the anchor
    UNIT_SHIFT = "unit_shift"  # this/last/next year, month or week; N months/years ago
    NARRATIVE = "narrative"  # the same day, the next day: days from the story's last date
    NARRATIVE_YEAR = "narrative_year"  # the previous/following year: years from the story's year
    WEEKDAY = "weekday"  # on Tuesday


# Two kinds as module names for the loops over every mention (an Enum class's attributes are read
# through EnumType's __getattr__ hook on Python 3.11, several times the cost of a global).
DATE, WEEKDAY = Kind.DATE, Kind.WEEKDAY


@attrs.define
class Mention:
    """A temporal expression as written; fields that do not apply stay None."""

    start: int
    end: int
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None  # year given as this (0) / last (-1) / next (+1) year
    coarse: bool = False  # denotes a part of a year (quarter, month range): year precision
    end_month: int | None = None
    end_day: int | None = None
    end_year: int | None = None
    ambiguous: bool = False  # numeric date whose day/month order the text does not settle
    period: tuple[int, int] | None = None
    shift: int = 0
    unit: str | None = None  # UNIT_SHIFT: "year", "month", "week", "days" (a few back); WEEKDAY: "week" (a named week)
    weekday: int | None = None  # the weekday of WEEKDAY, or the one written beside a DATE's day
    direction: str | None = None  # "last", "next" or "this" before a weekday or month
    done: bool = False  # a span the text can only report once it is over ("the first five months")
    story_year: bool = False  # the year is the story's last one ("in October of that year")
    spent: bool = False  # a span reported once over unless told as still to come ("in January-September")


def _re(pattern: str) -> re.Pattern[str]:
    """An all-digit date form, compiled case-insensitively (it holds no whitespace to bound)."""
    return re.compile(pattern, re.IGNORECASE)


# Anchors: every expression holds a month name, a year, a clock time (for "22.09.10 14:47") or
# one of the time words. The anchor patterns are literal alternations, which the regex engine
# scans fast (the time words are found faster still, see _time_word_starts); the expression
# patterns are then tried only at or near the anchors they need. The month anchor (the first
# three letters of a month name, capitalised or in capitals) and the time words are the lexicon's.
_YEAR_ANCHOR = re.compile(r"(?:1[89]|20)\d\d")
_CLOCK_ANCHOR = re.compile(r":\d\d")

_ISO = _re(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
_DOTTED = _re(rf"(?:(?<=:\d\d)|(?<![\d.]))(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})(?!\.?\d)")
_DOTTED_SHORT = _re(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)(?=[ \t]+\d{1,2}:\d\d)")
_SLASHED = _re(rf"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{YEAR})(?![\d/])")
_BACK_DOTTED = _re(r"(?:(?<=:\d\d)|(?<![\d.]))[0-3]?\d\.[01]?\d\.\Z")
_BACK_SLASHED = _re(r"(?<![\d/])[0-3]?\d/[0-3]?\d/\Z")
_HINT_REACH = 24
_SPACE_OR_HYPHEN = " \t\n\u00a0-"


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _rel_shift(text: str | None, words: _Words) -> int | None:
    if text is None:
        return None
    return words.shifts.get(text.split()[-1].lower(), 0)


def _direction(text: str | None, words: _Words) -> str | None:
    """"last", "next" or "this" for a pointer word ("past" is "last", "coming" is "next")."""
    if text is None:
        return None
    return _DIRECTIONS[words.shifts.get(text.lower(), 0)]


_DIRECTIONS = {-1: "last", 0: "this", 1: "next"}

Reader = Callable[[re.Match[str], "_Words"], "Mention | None"]


@attrs.frozen
class _Step:
    """One pattern and where to try it.

    With ``near`` unset, the pattern is matched where an anchor starts, or where its backward
    context (``back``) starts; ``back_required`` says the context must be there. With ``near``
    set to (before, after), the pattern is searched within that many characters of each anchor.
    ``reach`` bounds the backward context and ``joint`` lists the characters it may end with, so
    that most anchors are dismissed without a search. ``words`` are lower-case words one of which
    every match holds within the stretch searched (the zone, or the backward context): a stretch
    without any of them is not searched.
    """

    pattern: re.Pattern[str]
    read: Reader
    anchors: tuple[str, ...]
    back: re.Pattern[str] | None = None
    back_required: bool = False
    near: tuple[int, int] | None = None
    reach: int = 0  # how far back the context may start
    hint: re.Pattern[str] | None = None  # a cheap test of the last few characters before a search
    joint: str = " \t\n\u00a0"  # the characters that may stand right before the anchor in a context
    words: tuple[str, ...] = ()


class _Scanner:
    """Collects mentions over one text, keeping them disjoint with a claim mask."""

    def __init__(self, text: str, words: _Words) -> None:
        self.text = text
        self.words = words
        self.folded = fold(text)
        self.claimed = bytearray(len(text))
        self.mentions: list[Mention] = []
        self.anchors = {
            "month": [match.start() for match in words.month_anchor.finditer(text)],
            "year": _year_starts(text),
            "clock": [match.start() for match in _CLOCK_ANCHOR.finditer(text)],
            "word": _time_word_starts(text, self.folded, words.time_forms),
        }
        self._starts: dict[tuple[str, ...], list[int]] = {}

    def starts(self, anchors: tuple[str, ...]) -> list[int]:
        """Where the anchors of these kinds start, in order (worked out once per kinds and text; the
        starts of one kind are in order and distinct already, and only read)."""
        if len(anchors) == 1:
            return self.anchors[anchors[0]]
        found = self._starts.get(anchors)
        if found is None:
            found = self._starts[anchors] = sorted(set().union(*(self.anchors[name] for name in anchors)))
        return found

    def free(self, start: int, end: int) -> bool:
        return start < end and self.claimed.find(1, start, end) == -1

    def add(self, mention: Mention) -> None:
        if not self.free(mention.start, mention.end):
            return
        self.claimed[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        self.mentions.append(mention)

    def accept(self, match: re.Match[str] | None, read: Reader) -> bool:
        if match is None or not self.free(match.start(), match.end()):
            return False
        mention = read(match, self.words)
        if mention is None:
            return False
        self.add(mention)
        return True

    def holds_words(self, step: _Step, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds one of the words the step's matches need (if it names any)."""
        return not step.words or any_word(self.folded, step.words, start, end)

    def run(self, step: _Step) -> None:
        starts = self.starts(step.anchors)
        if step.near is not None:
            for zone_start, zone_end in _zones(starts, step.near, len(self.text)):
                if not self.holds_words(step, zone_start, zone_end):
                    continue
                for match in step.pattern.finditer(self.text, zone_start, zone_end):
                    self.accept(match, step.read)
            return
        for anchor in starts:
            if self.claimed[anchor]:
                continue
            candidates = []
            if (
                step.back is not None
                and anchor > 0
                and self.text[anchor - 1] in step.joint
                and (step.hint is None or step.hint.search(self.text, max(0, anchor - _HINT_REACH), anchor))
                and self.holds_words(step, max(0, anchor - step.reach), anchor)
            ):
                context = step.back.search(self.text, max(0, anchor - step.reach), anchor)
                if context is not None:
                    candidates.append(context.start())
            if not step.back_required:
                candidates.append(anchor)
            for start in candidates:
                found = step.pattern.match(self.text, start)
                if found is not None and found.end() > anchor and self.accept(found, step.read):
                    break


_CENTURIES = ("18", "19", "20")  # the first two digits of a year anchor (see _YEAR_ANCHOR)


def _year_starts(text: str) -> list[int]:
    """Where ``_YEAR_ANCHOR`` matches in *text*, as its ``finditer`` finds them (leftmost first, not
    overlapping), found faster by looking up the centuries with ``str.find`` (a year is rare in a
    text; ``\\d`` is what ``str.isdecimal`` tells)."""
    found: list[int] = []
    last = len(text) - 4
    for century in _CENTURIES:
        start = text.find(century, 0, last + 4)
        while 0 <= start <= last:
            if text[start + 2].isdecimal() and text[start + 3].isdecimal():
                found.append(start)
            start = text.find(century, start + 1, last + 4)
    starts: list[int] = []
    taken_to = 0
    for start in sorted(found):
        if start >= taken_to:
            starts.append(start)
            taken_to = start + 4
    return starts


@functools.lru_cache(maxsize=8)
def _lowered(forms: frozenset[str]) -> tuple[str, ...]:
    """The forms in lower case, each once, in order (worked out once per set of forms)."""
    return tuple(sorted({form.lower() for form in forms}))


def _time_word_starts(text: str, folded: str, forms: frozenset[str]) -> list[int]:
    """Where the time words of *forms* (case as written) start, leftmost first and not overlapping:
    what a regex alternation of the forms finds, found faster by looking each word up in the folded text."""
    found: list[tuple[int, int]] = []
    for word in _lowered(forms):
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if text[start:end] in forms:
                found.append((start, end))
            start = folded.find(word, start + 1)
    starts: list[int] = []
    taken_to = 0
    for start, end in sorted(found):
        if start >= taken_to:
            starts.append(start)
            taken_to = end
    return starts


def _zones(starts: list[int], near: tuple[int, int], length: int) -> list[tuple[int, int]]:
    """Merged stretches around the anchors: the only places worth searching."""
    before, after = near
    zones: list[tuple[int, int]] = []
    for anchor in starts:
        start, end = max(0, anchor - before), min(length, anchor + after)
        if zones and start <= zones[-1][1]:
            zones[-1] = (zones[-1][0], end)
        else:
            zones.append((start, end))
    return zones


def _numeric(match: re.Match[str], _words: _Words) -> Mention | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Mention(match.start(), match.end(), DATE, year=year, month=month, day=day)


def _dotted_short(match: re.Match[str], _words: _Words) -> Mention | None:
    short = int(match["y"])
    year = 2000 + short if short < 70 else 1900 + short
    month, day = int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Mention(match.start(), match.end(), DATE, year=year, month=month, day=day)


def _slashed(match: re.Match[str], words: _Words) -> Mention | None:
    """DD/MM or MM/DD: settled by a US-style distributor line before it, or by a number above 12."""
    text = match.string
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    line_start = text.rfind("\n", 0, match.start()) + 1
    us_style = words.us_distributor.search(text, max(line_start, match.start() - 80), match.start())
    mention = Mention(match.start(), match.end(), DATE, year=year)
    if us_style is not None or (first <= 12 < second):
        mention.month, mention.day = first, second
    elif second <= 12 < first or first == second:
        mention.month, mention.day = second, first
    else:
        mention.ambiguous = True
        return mention
    if not (1 <= mention.month <= 12 and 1 <= mention.day <= 31):
        return None
    return mention


def _month_range_year(match: re.Match[str], words: _Words) -> Mention | None:
    if not (_capitalised(match["m"]) and _capitalised(match["m2"])):
        return None
    return _year_part(match, Mention(match.start(), match.end(), DATE, coarse=True), words)


def _year_to_date(match: re.Match[str], words: _Words) -> Mention | None:
    """"in January-September" with no year: a run of months from January, reported once it is
    over unless told as still to come: its last month, kept at year precision."""
    if not (_capitalised(match["m"]) and _capitalised(match["m2"])) or words.month(match["m"]) != 1:
        return None
    last = words.month(match["m2"])
    if last is None or last == 1:
        return None
    return Mention(match.start(), match.end(), DATE, month=last, coarse=True, spent=True)


def _quarter(match: re.Match[str], words: _Words) -> Mention | None:
    return _year_part(match, Mention(match.start(), match.end(), DATE, coarse=True), words)


def _year_part(match: re.Match[str], mention: Mention, words: _Words) -> Mention:
    if match["y"] is not None:
        mention.year = int(match["y"])
    elif match["rel"] is not None and match["rel"].split()[-1].lower() in words.story_pointers:
        mention.story_year = True  # "in October of that year": the story's year, not the anchor's
    else:
        mention.year_shift = _rel_shift(match["rel"], words)
    return mention


def _day_date(match: re.Match[str], words: _Words) -> Mention | None:
    month = words.month(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    if match["wd"] is not None and not _capitalised(match["wd"]):
        return None
    day = day_number(match["d"])
    weekday = words.weekday(match["wd"]) if match["wd"] is not None else None
    mention = Mention(match.start(), match.end(), DATE, month=month, day=day, weekday=weekday)
    if match["d2"] is not None:
        end_day = day_number(match["d2"])
        if match["and"] is not None and end_day != day + 1:  # "5 and 25 December": two days, not a span
            if match.end("span") <= match.start("m"):  # keep "25 December"
                second = attrs.evolve(mention, start=match.start("d2"), day=end_day, weekday=None)
                return _year_part(match, second, words)
            mention.end = match.end("d")  # keep "December 5"
            return mention
        if end_day > day:
            mention.end_day, mention.end_month = end_day, month
        elif match.end("span") <= match.start("m"):  # "5 to 3 March": not a span, keep "3 March"
            return None
        else:  # "March 30 to 5 ...": the date is only "March 30"
            mention.end = match.end("d")
            return mention
    return _year_part(match, mention, words)


def _month_year(match: re.Match[str], words: _Words) -> Mention | None:
    month = words.month(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    return _year_part(match, Mention(match.start(), match.end(), DATE, month=month), words)


def _period(match: re.Match[str], _words: _Words) -> Mention | None:
    if match["y1"] is not None:
        first = int(match["y1"])
        second_text = match["y2"]
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    else:
        first = int(match["b1"] or match["f1"])
        second = int(match["e2"])
    if not first < second <= first + 50:
        return None
    return Mention(match.start(), match.end(), Kind.PERIOD, period=(first, second))


def _modified_year(match: re.Match[str], _words: _Words) -> Mention | None:
    return Mention(match.start(), match.end("y"), DATE, year=int(match["y"]))


def _preposed_year(match: re.Match[str], _words: _Words) -> Mention | None:
    return Mention(match.start("y"), match.end("y"), DATE, year=int(match["y"]))


def _bare_month(match: re.Match[str], words: _Words) -> Mention | None:
    month = words.month(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    start = match.start() if match["dir"] is not None else match.start("m")
    modifier = match.group().split()[0].lower() if match["dir"] is None else ""
    if modifier.startswith(words.part_modifiers):  # "early", "mid-": the mention starts there
        start = match.start()
    return Mention(start, match.end(), DATE, month=month, direction=_direction(match["dir"], words))


def _phrase(text: str) -> str:
    return " ".join(text.lower().split())


def _day_words(match: re.Match[str], words: _Words) -> Mention | None:
    return Mention(match.start(), match.end(), Kind.DAY_SHIFT, shift=words.day_shifts[_phrase(match["w"])])


def _narrative_day(match: re.Match[str], words: _Words) -> Mention | None:
    return Mention(match.start(), match.end(), Kind.NARRATIVE, shift=words.narrative_days[_phrase(match["w"])])


def _days_apart(match: re.Match[str], words: _Words) -> Mention | None:
    """"a day earlier", "two days later": days from the story's last day."""
    word = match["n"].lower()
    count = int(word) if word.isdigit() else words.numbers.get(word, 1)  # "a" or "an": one
    direction = words.narrative_directions.get(match["dir"].lower())
    if direction is None:
        return None
    return Mention(match.start(), match.end(), Kind.NARRATIVE, shift=direction * count)


def _narrative_year(match: re.Match[str], words: _Words) -> Mention | None:
    shift = 0 if match["that"] is not None else words.narrative_years[match["w"].lower()]
    return Mention(match.start(), match.end(), Kind.NARRATIVE_YEAR, shift=shift)


def _pointer_season(match: re.Match[str], words: _Words) -> Mention | None:
    """"last autumn", "this spring", "in the autumn": the season's middle month, kept at year precision
    (a preposition before it is not part of the mention: "since the spring" starts a period)."""
    month = words.seasons.get(match["s"].lower())
    direction = _direction(match["dir"], words)
    if month is None:
        return None
    start = match.start() if match["dir"] is not None else match.start("body")
    return Mention(start, match.end(), DATE, month=month, coarse=True, direction=direction)


def _bare_quarter(match: re.Match[str], words: _Words) -> Mention | None:
    """"in the first quarter" with no year: the quarter's middle month, kept at year precision."""
    month = words.quarter_months.get(match["q"].lower())
    if month is None:
        return None
    return Mention(match.start("body"), match.end(), DATE, month=month, coarse=True)


def _first_months(match: re.Match[str], words: _Words) -> Mention | None:
    """"in the first five months" with no year: the last of those months, kept at year precision."""
    word = match["n"].lower()
    months = int(word) if word.isdigit() else words.numbers.get(word, 0)
    if not 1 <= months <= 12:
        return None
    return Mention(match.start("body"), match.end(), DATE, month=months, coarse=True, done=True)


def _holiday(match: re.Match[str], words: _Words) -> Mention | None:
    """"New Year's Eve": the month and day of a fixed-day holiday, its year left to the resolver."""
    value = words.holidays.get(match["h"].lower())
    if value is None:
        return None
    return Mention(match.start(), match.end(), DATE, month=value // 100, day=value % 100)


def _unit_words(match: re.Match[str], words: _Words) -> Mention | None:
    shift = _rel_shift(match["dir"], words) or 0
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=shift, unit=match["unit"].lower())


def _ago(match: re.Match[str], words: _Words) -> Mention | None:
    word = match["n"].lower()
    count = int(word) if word.isdigit() else words.numbers.get(word, 1)  # "a" or "an": one
    unit = match["unit"].lower()
    if unit == "day":
        return Mention(match.start(), match.end(), Kind.DAY_SHIFT, shift=-count)
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=-count, unit=unit)


def _recent_days(match: re.Match[str], words: _Words) -> Mention | None:
    """"a few days ago", "the other day": up to so many days before the anchor (unit "days")."""
    days = words.recent_days.get(_phrase(match["w"]))
    if days is None:
        return None
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=-days, unit="days")


def _end_of_year(match: re.Match[str], _words: _Words) -> Mention | None:
    """"by the end of the year", "at the beginning of the month": the current year, month or week."""
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=0, unit=match["unit"].lower())


def _weekday(match: re.Match[str], words: _Words) -> Mention | None:
    if not _capitalised(match["wd"]):
        return None
    weekday = words.weekday(match["wd"])
    direction = _direction(match["dir"], words)
    return Mention(match.start(), match.end(), WEEKDAY, weekday=weekday, direction=direction)


def _join_spans(text: str, mentions: list[Mention], words: _Words) -> list[Mention]:
    """Join "DATE to DATE" (and "between DATE and DATE") into one span; share the year."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind is DATE
            and mention.kind is DATE
            and previous.day is not None
            and mention.day is not None
            and previous.end_day is None
            and mention.end_day is None
            and not previous.ambiguous
            and not mention.ambiguous
        ):
            gap = text[previous.end : mention.start]
            between = words.between_gap.fullmatch(gap) and words.between_before.search(
                text, max(0, previous.start - 12), previous.start
            )
            if words.span_gap.fullmatch(gap) or between:
                _share_year(previous, mention)
                previous.end = mention.end
                previous.end_year, previous.end_month, previous.end_day = (
                    mention.year,
                    mention.month,
                    mention.day,
                )
                continue
        joined.append(mention)
    return joined


def _share_year(first: Mention, second: Mention) -> None:
    """Give a year-less member of a pair the year of the other one."""
    if first.story_year or second.story_year:  # "from 2 to 5 October of that year": both the story's year
        for member in (first, second):
            member.story_year = member.story_year or (member.year is None and member.year_shift is None)
        return
    if first.year is None and first.year_shift is None:
        if second.year is not None:
            behind = first.month is not None and second.month is not None and first.month > second.month
            first.year = second.year - 1 if behind else second.year
        elif second.year_shift is not None:
            first.year_shift = second.year_shift
    elif second.year is None and second.year_shift is None:
        if first.year is not None:
            ahead = first.month is not None and second.month is not None and second.month < first.month
            second.year = first.year + 1 if ahead else first.year
        else:
            second.year_shift = first.year_shift


def _share_coordinated_years(text: str, mentions: list[Mention], words: _Words) -> None:
    """'March and April 2019': a year-less month or day takes the year of the next member."""
    for index in range(len(mentions) - 2, -1, -1):
        first, second = mentions[index], mentions[index + 1]
        if (
            first.kind is DATE
            and second.kind is DATE
            and first.month is not None
            and first.year is None
            and first.year_shift is None
            and first.direction is None
            and (second.year is not None or second.year_shift is not None)
            and words.coordination_gap.fullmatch(text[first.end : second.start])
        ):
            _share_year(first, second)


_YEAR = ("year",)
_MONTH = ("month",)
_WORD = ("word",)
_NEAR_WORD = (40, 40)  # relative expressions reach at most this far around their time word


def _steps(lexicon: Lexicon) -> tuple[_Step, ...]:
    """The patterns in the order they claim text, the most specific first; a step's ``words``
    are its rule's cue words (derived from the data)."""
    rule, cues = lexicon.pattern, lexicon.cues
    hint_weekday, hint_day = rule("timex.hint_weekday"), rule("timex.hint_day")

    def near(name: str, read: Reader) -> _Step:
        return _Step(rule(f"timex.{name}"), read, _WORD, near=_NEAR_WORD, words=cues(f"timex.{name}"))

    return (
        _Step(_ISO, _numeric, _YEAR),
        _Step(_DOTTED, _numeric, _YEAR, _BACK_DOTTED, back_required=True, reach=6, joint="."),
        _Step(_DOTTED_SHORT, _dotted_short, ("clock",), near=(16, 4)),
        _Step(_SLASHED, _slashed, _YEAR, _BACK_SLASHED, back_required=True, reach=6, joint="/"),
        _Step(rule("timex.month_range_year"), _month_range_year, _MONTH),
        _Step(rule("timex.year_to_date"), _year_to_date, _MONTH),
        _Step(
            rule("timex.quarter"), _quarter, ("year", "word"), rule("timex.back_quarter"), back_required=True,
            reach=60, words=cues("timex.quarter"),
        ),
        _Step(rule("timex.mdy"), _day_date, _MONTH, rule("timex.back_weekday"), reach=16, hint=hint_weekday),
        _Step(
            rule("timex.dmy"), _day_date, _MONTH, rule("timex.back_dmy"), back_required=True, reach=60, hint=hint_day,
        ),
        _Step(
            rule("timex.month_year"), _month_year, _MONTH, rule("timex.back_month_year"), reach=30,
            joint=_SPACE_OR_HYPHEN,
        ),
        _Step(rule("timex.period"), _period, _YEAR, rule("timex.back_period"), reach=16),
        _Step(
            rule("timex.modified_year"), _modified_year, _YEAR, rule("timex.back_modified_year"), True, reach=45,
            joint=_SPACE_OR_HYPHEN, words=cues("timex.modified_year"),
        ),
        _Step(
            rule("timex.preposed_year"), _preposed_year, _YEAR, rule("timex.back_preposed_year"), back_required=True,
            reach=40,
        ),
        _Step(rule("timex.year_word"), _preposed_year, _YEAR),
        _Step(
            rule("timex.season_year"), _preposed_year, _YEAR, rule("timex.back_season_year"), back_required=True,
            reach=24,
        ),
        _Step(
            rule("timex.attributive_year"), _preposed_year, _YEAR, rule("timex.back_attributive_year"),
            back_required=True, reach=8,
        ),
        _Step(
            rule("timex.bare_month"), _bare_month, _MONTH, rule("timex.back_bare_month"), True, reach=30,
            joint=_SPACE_OR_HYPHEN,
        ),
        near("day_words", _day_words),
        near("narrative_day", _narrative_day),
        near("days_apart", _days_apart),
        near("narrative_year", _narrative_year),
        near("unit_words", _unit_words),
        near("recent_days", _recent_days),
        near("ago", _ago),
        near("end_of_year", _end_of_year),
        near("full_year", _end_of_year),  # "for the full year": the anchor's year, like "the end of the year"
        near("weekday", _weekday),
        near("bare_quarter", _bare_quarter),
        near("first_months", _first_months),
        near("pointer_season", _pointer_season),
        near("holiday", _holiday),
    )  # fmt: skip


def _month_anchor(lexicon: Lexicon) -> re.Pattern[str]:
    """The first three letters of every month name, capitalised or in capitals ("Mar", "MAR")."""
    names = (*lexicon.words("MONTH_NAME"), *lexicon.words("MONTH_ABBREVIATION"))
    stems = sorted({form for name in names for form in (name[:3].title(), name[:3].upper())})
    return re.compile("|".join(map(re.escape, stems)))


@attrs.frozen
class _Words:
    """A lexicon's temporal words and rules (data/timex.json, calendar.json, numbers.json), gathered once."""

    steps: tuple[_Step, ...]
    month_anchor: re.Pattern[str]
    time_forms: frozenset[str]  # the time words that anchor the relative patterns, case as written
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, int]  # a season's middle month
    quarter_months: dict[str, int]  # a quarter's middle month, by its position word
    holidays: dict[str, int]  # a fixed-day holiday's month * 100 + day
    shifts: dict[str, int]  # this 0, last -1, next +1, ...
    day_shifts: dict[str, int]  # today 0, yesterday -1, ...
    narrative_days: dict[str, int]  # the same day 0, the day before -1, ...
    recent_days: dict[str, int]  # a few days ago 7, the other day 7: at most so many days back
    story_pointers: frozenset[str]  # "that", "same": a year pointer to the story's year
    narrative_years: dict[str, int]  # previous -1, following +1
    narrative_directions: dict[str, int]  # earlier -1, later +1 ("two days later")
    numbers: dict[str, int]
    part_modifiers: tuple[str, ...]  # early, late, mid
    us_distributor: re.Pattern[str]
    span_gap: re.Pattern[str]
    between_gap: re.Pattern[str]
    between_before: re.Pattern[str]
    coordination_gap: re.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Words:
        return cls(
            steps=_steps(lexicon),
            month_anchor=_month_anchor(lexicon),
            time_forms=frozenset(lexicon.words("TIME_ANCHOR")),
            months={**lexicon.values("MONTH_NAME"), **lexicon.values("MONTH_ABBREVIATION")},
            weekdays={**lexicon.values("WEEKDAY_NAME"), **lexicon.values("WEEKDAY_ABBREVIATION")},
            seasons=lexicon.values("SEASON_NAME"),
            quarter_months=lexicon.values("QUARTER_MONTH"),
            holidays=lexicon.values("FIXED_HOLIDAY"),
            shifts=lexicon.values("RELATIVE_SHIFT"),
            day_shifts=lexicon.values("DAY_SHIFT_WORD"),
            narrative_days=lexicon.values("NARRATIVE_DAY"),
            recent_days=lexicon.values("RECENT_DAYS_PHRASE"),
            story_pointers=frozenset(lexicon.words("STORY_YEAR_POINTER")),
            narrative_years=lexicon.values("NARRATIVE_YEAR_WORD"),
            narrative_directions=lexicon.values("NARRATIVE_DIRECTION"),
            numbers=lexicon.values("NUMBER_WORD"),
            part_modifiers=lexicon.words("PART_MODIFIER"),
            us_distributor=lexicon.pattern("timex.us_distributor"),
            span_gap=lexicon.pattern("timex.span_gap"),
            between_gap=lexicon.pattern("timex.between_gap"),
            between_before=lexicon.pattern("timex.between_before"),
            coordination_gap=lexicon.pattern("timex.coordination_gap"),
        )

    def month(self, word: str) -> int | None:
        """The month number of a month name or abbreviation (any case, trailing dot allowed)."""
        return self.months.get(word.rstrip(".").lower())

    def weekday(self, word: str) -> int | None:
        """Monday = 0 ... Sunday = 6 for a weekday name or abbreviation."""
        return self.weekdays.get(word.rstrip(".").lower())


def scan(text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """All temporal mentions in *text*, disjoint, in text order, spans joined (*lexicon*: the words
    and patterns; None, the default)."""
    words = (lexicon or Lexicon.default()).derive(_Words.of)
    scanner = _Scanner(text, words)
    present = {kind for kind, starts in scanner.anchors.items() if starts}
    for step in words.steps:
        if not present.isdisjoint(step.anchors):  # a step without its anchors in the text finds nothing
            scanner.run(step)
    mentions = sorted(scanner.mentions, key=lambda mention: mention.start)
    _share_coordinated_years(text, mentions, words)
    return _join_weekday_weeks(text, _with_listed_years(text, _join_spans(text, mentions, words)))


# A bare year listed after a year ("in 2000, 2007 and 2017"), not a quantity ("2017 tonnes").
_LISTED_YEAR = re.compile(
    r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<y>(?:19|20)\d\d)"
    r"(?![\d%.,]\d|[\d%]|s\b|[ \t]*(?:per|tonnes?|tons?|units?|million|billion)\b)"
)


def _with_listed_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a year mention for each bare year listed after a year-only date ("in
    2000, 2007 and 2017": three years)."""
    out: list[Mention] = []
    for index, mention in enumerate(mentions):
        out.append(mention)
        if mention.kind is not DATE or mention.year is None or mention.month is not None or mention.coarse:
            continue
        limit = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        end = mention.end
        while (listed := _LISTED_YEAR.match(text, end)) is not None and listed.end() <= limit:
            out.append(Mention(listed.start("y"), listed.end("y"), DATE, year=int(listed["y"])))
            end = listed.end()
    return out


_WEEKDAY_WEEK_GAP = re.compile(r"[ \t]{1,3}(?:of[ \t]{1,3})?")


def _join_weekday_weeks(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join "Monday" and a following "last week" / "next week" ("on Monday last week", "on
    Thursday of next week") into one weekday of that calendar week (unit "week", shift the week's)."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind is WEEKDAY
            and last.direction is None
            and mention.kind is Kind.UNIT_SHIFT
            and mention.unit == "week"
            and _WEEKDAY_WEEK_GAP.fullmatch(text, last.end, mention.start) is not None
        ):
            joined[-1] = attrs.evolve(last, end=mention.end, unit="week", shift=mention.shift)
            continue
        joined.append(mention)
    return joined


def iter_years(mentions: list[Mention]) -> Iterator[int]:
    """Explicit years written in the mentions (not periods, not relative ones, not impossible dates)."""
    for mention in mentions:
        if mention.kind is DATE and mention.year is not None and _possible(mention):
            yield mention.year


def _possible(mention: Mention) -> bool:
    """Whether the mention's year, month and day make a date of the calendar ("30 February" does not)."""
    if mention.month is None or mention.day is None:
        return True
    assert mention.year is not None
    return 1 <= mention.month <= 12 and mention.day <= calendar.monthrange(mention.year, mention.month)[1]
