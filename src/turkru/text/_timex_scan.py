"""Find temporal expressions and read their parts, without resolving anything.

Patterns run from the most specific to the least; a later pattern never takes characters an
earlier one took, so the mentions found do not overlap. Adjacent mentions are then joined into
spans ("March 30 through April 2") and coordinated months share a year ("March and April 2019").
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Callable, Iterator

import attrs

from turkru.text._casefold import any_word, fold
from turkru.text._vocab import (
    DAY,
    MONTH,
    MONTH_FULL,
    WEEKDAY_ANY,
    WEEKDAY_FULL,
    YEAR,
    day_number,
    month_number,
    weekday_number,
)


class Kind(enum.Enum):
    """What a mention denotes before resolution."""

    DATE = "date"  # calendar parts, the year possibly missing or relative ("this year")
    PERIOD = "period"  # a range of years ("2021-2023"): not a date
    DAY_SHIFT = "day_shift"  # today, yesterday, tomorrow, N days ago: days from the anchor
    UNIT_SHIFT = "unit_shift"  # this/last/next year, month or week; N months/years ago
    NARRATIVE = "narrative"  # the same day, the next day: days from the story's last date
    NARRATIVE_YEAR = "narrative_year"  # the previous/following year: years from the story's year
    WEEKDAY = "weekday"  # on Tuesday


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
    unit: str | None = None  # "year", "month" or "week" for UNIT_SHIFT
    weekday: int | None = None  # the weekday of WEEKDAY, or the one written beside a DATE's day
    direction: str | None = None  # "last", "next" or "this" before a weekday or month


# Whitespace inside a date: a few spaces or tabs, at most one line break (bounded, so a date
# never runs across blanked boilerplate and no pattern can backtrack far).
_W = r"(?:[ \t\u00a0]{1,4}|[ \t\u00a0]{0,4}\r?\n[ \t\u00a0]{0,4})"
_W0 = r"(?:[ \t\u00a0]{0,4}(?:\r?\n[ \t\u00a0]{0,4})?)"


def _re(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively, with ``\\s+`` and ``\\s*`` bounded as described above."""
    bounded = pattern.replace(r"[\s-]+", rf"(?:-|{_W})").replace(r"\s+", _W).replace(r"\s*", _W0)
    return re.compile(bounded, re.IGNORECASE)


# Anchors: every expression holds a month name, a year, a clock time (for "22.09.10 14:47") or
# one of the time words. The anchor patterns are literal alternations, which the regex engine
# scans fast (the time words are found faster still, see _time_word_starts); the expression
# patterns are then tried only at or near the anchors they need.
_MONTH_ANCHOR = re.compile(
    r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC"
)
_YEAR_ANCHOR = re.compile(r"(?:1[89]|20)\d\d")
_CLOCK_ANCHOR = re.compile(r":\d\d")
_ANCHORS = {"month": _MONTH_ANCHOR, "year": _YEAR_ANCHOR, "clock": _CLOCK_ANCHOR}
# The time words in the forms that anchor (no form is a prefix of another word, so at most one
# starts at any place).
_TIME_WORD_FORMS = frozenset((
    "day", "DAY", "year", "Year", "YEAR", "month", "Month", "MONTH", "week", "Week", "WEEK", "date", "Date", "DATE",
    "morrow", "MORROW", "night", "NIGHT", "morning", "evening", "noon",
))  # fmt: skip
_TIME_WORDS = tuple(sorted({form.lower() for form in _TIME_WORD_FORMS}))
_REL_YEAR = r"(?P<rel>this|last|next|the\s+current|the\s+coming|the\s+previous)\s+year\b"
_UNITS = (
    r"%|percent|per\s+cent|million|billion|thousand|tons?\b|tonnes?\b|units?\b|people|persons?\b|km\b"
    r"|kilomet(?:er|re)s?\b|hectares?\b|ha\b|mw\b|kw\b|cubic|barrels?\b|dollars?\b|usd\b|euros?\b"
    r"|r(?:o)?ubles?\b|manats?\b|students?\b|companies\b|vehicles\b|cars\b|pieces\b|items\b|jobs\b"
)
# A year standing alone (after "in", "since", ...) is read only within 1900-2099; with a month
# or a day beside it, 1800-2099.
_BARE_YEAR = r"(?:19|20)\d\d(?!\d|s\b)"  # not a decade ("the 1990s")
_RANGE = r"(?:[-\u2013—]|to\b|through\b|thru\b|till\b|until\b)"

_ISO = _re(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
_DOTTED = _re(rf"(?:(?<=:\d\d)|(?<![\d.]))(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})(?!\.?\d)")
_DOTTED_SHORT = _re(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)(?=[ \t]+\d{1,2}:\d\d)")
_SLASHED = _re(rf"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{YEAR})(?![\d/])")
_US_DISTRIBUTOR = _re(r"distributed\s+by\s[^\n]{0,60}?\son\s*$")

_MONTH_RANGE_YEAR = _re(
    rf"\b(?P<m>{MONTH})\s*{_RANGE}\s*(?P<m2>{MONTH})\s*,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|{_REL_YEAR})"
)
_QUARTER = _re(
    r"\b(?:the\s+)?(?:(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter|Q[1-4]"
    rf"|(?:first|second|1st|2nd)\s+half|H[12])\s*(?:of\s+)?(?:(?P<y>{YEAR})|{_REL_YEAR})"
)
_MDY = _re(
    rf"(?:\b(?P<wd>{WEEKDAY_ANY}),?\s+)?\b(?P<m>{MONTH})\s+(?P<d>{DAY})"
    rf"(?P<span>\s*{_RANGE}\s*(?P<d2>{DAY}))?(?:,?\s*(?P<y>{YEAR})|\s+{_REL_YEAR})?"
)
_DMY = _re(
    rf"(?:\b(?P<wd>{WEEKDAY_ANY}),?\s+)?(?<![\w.,/-])(?P<d>{DAY})(?P<span>\s*{_RANGE}\s*(?P<d2>{DAY}))?"
    rf"\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s*(?P<y>{YEAR})|\s+{_REL_YEAR})?"
)
_MONTH_YEAR = _re(
    rf"(?:\b(?:early|late|mid|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?\b(?P<m>{MONTH})\s*,?\s+(?:of\s+)?"
    rf"(?:(?P<y>{YEAR})|{_REL_YEAR})"
)
_PERIOD = _re(
    rf"(?<![\d-])(?P<y1>{YEAR})\s*[-\u2013—/]\s*(?P<y2>{YEAR}|\d\d)(?![\d-])"
    rf"|\b(?:between\s+(?P<b1>{YEAR})\s+and|from\s+(?P<f1>{YEAR})\s+(?:to|till|until|through))\s+(?P<e2>{YEAR})"
)
_MODIFIED_YEAR = _re(
    rf"\b(?:early|late|mid|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)[\s-]+(?P<y>{YEAR})"
    rf"(?!\s*(?:{_UNITS})|[.,]\d)"
)
_PREPOSED_YEAR = _re(
    r"\b(?:in|since|by|of|until|till|for|from|during|through|throughout|before|after|year|as\s+of)"
    rf"\s+(?:the\s+(?:year\s+)?)?(?P<y>{_BARE_YEAR})(?!\s*(?:{_UNITS})|[.,]\d)"
)
_YEAR_WORD = _re(rf"\b(?P<y>{_BARE_YEAR})(?:-|\s+)year\b(?!s)")
# A year used as a modifier after a determiner: "a 2022 agreement", "the 1993 treaty" (a word
# follows; not a quantity: "the 2000 tonnes").
ATTRIBUTIVE_DETERMINERS = ("a", "an", "the", "its", "their", "this", "that")
_DETERMINER = "|".join(ATTRIBUTIVE_DETERMINERS)
_ATTRIBUTIVE_YEAR = _re(rf"\b(?:{_DETERMINER})\s+(?P<y>{_BARE_YEAR})(?=\s+[a-z])(?!\s*(?:{_UNITS}))")
_BACK_ATTRIBUTIVE_YEAR = _re(rf"\b(?:{_DETERMINER})\s+\Z")
_BARE_MONTH = _re(
    r"\b(?:(?P<dir>this|last|next|coming|past)\s+|(?:early|late|mid|in|since|by|until|till|from|through"
    r"|during|before|after|of|for|the|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+)"
    rf"(?P<m>{MONTH_FULL})(?!\s*\d)"
)
_DAY_WORDS = _re(
    r"\b(?P<w>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|today|tonight"
    r"|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b"
)
_NARRATIVE_DAY = _re(
    r"\b(?P<w>(?:the\s+)?(?:very\s+)?same\s+(?:day|date)|that\s+(?:same\s+)?day|the\s+(?:previous|preceding)\s+day"
    r"|the\s+day\s+before|the\s+(?:next|following)\s+day|the\s+day\s+after)\b"
)
_NARRATIVE_YEAR = _re(r"\bthe\s+(?P<w>previous|preceding|following|next)\s+year\b")
_UNIT_WORDS = _re(r"\b(?P<dir>this|last|next|the\s+current|the\s+coming|current|coming)\s+(?P<unit>year|month|week)\b")
_AGO = _re(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago\b"
)
_END_OF_YEAR = _re(r"\b(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+the\s+year\b")
_WEEKDAY = _re(rf"\b(?:(?P<dir>last|next|this|past|coming)\s+)?(?P<wd>{WEEKDAY_FULL})")

# Backward contexts: what may stand right before an anchor as part of the same expression.
_BACK_WEEKDAY = _re(rf"\b{WEEKDAY_ANY},?\s+\Z")
_BACK_DMY = _re(rf"(?:\b{WEEKDAY_ANY},?\s+)?(?<![\w.,/-]){DAY}(?:\s*{_RANGE}\s*{DAY})?\s+(?:of\s+)?\Z")
_BACK_MONTH_YEAR = _re(r"\b(?:early|late|mid|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+\Z")
_BACK_BARE_MONTH = _re(
    r"\b(?:(?:this|last|next|coming|past)\s+|(?:early|late|mid|in|since|by|until|till|from|through"
    r"|during|before|after|of|for|the|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+)\Z"
)
_BACK_PERIOD = _re(r"\b(?:between|from)\s+\Z")
_BACK_MODIFIED_YEAR = _re(
    r"\b(?:early|late|mid|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)[\s-]+\Z"
)
_BACK_PREPOSED_YEAR = _re(
    r"\b(?:in|since|by|of|until|till|for|from|during|through|throughout|before|after|year|as\s+of)"
    r"\s+(?:the\s+(?:year\s+)?)?\Z"
)
_BACK_QUARTER = _re(
    r"\b(?:the\s+)?(?:(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter|Q[1-4]"
    r"|(?:first|second|1st|2nd)\s+half|H[12])\s*(?:of\s+)?"
    r"(?:(?:this|last|next|the\s+current|the\s+coming|the\s+previous)\s+)?\Z"
)
_BACK_DOTTED = _re(r"(?:(?<=:\d\d)|(?<![\d.]))[0-3]?\d\.[01]?\d\.\Z")
_BACK_SLASHED = _re(r"(?<![\d/])[0-3]?\d/[0-3]?\d/\Z")
_HINT_REACH = 24
_HINT_WEEKDAY = re.compile(r"(?i:day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?[ \t\u00a0\n]{1,9}\Z")
_HINT_DAY = re.compile(r"\d(?i:st|nd|rd|th)?[ \t\u00a0\n]{1,9}(?:(?i:of)[ \t\u00a0\n]{1,9})?\Z")
_SPACE_OR_HYPHEN = " \t\n\u00a0-"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_DAY_SHIFTS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_REL_SHIFTS = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "past": -1}

_SPAN_GAP = _re(r"\s*(?:[-\u2013—]|to|through|thru|till|until)\s*")
_BETWEEN_GAP = _re(r"\s*and\s*")
_BETWEEN_BEFORE = _re(r"\bbetween\s+$")
_COORDINATION_GAP = _re(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _rel_shift(text: str | None) -> int | None:
    if text is None:
        return None
    return _REL_SHIFTS.get(text.split()[-1].lower(), 0)


Reader = Callable[[re.Match[str]], "Mention | None"]


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

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.claimed = bytearray(len(text))
        self.mentions: list[Mention] = []
        self.anchors = {name: [match.start() for match in pattern.finditer(text)] for name, pattern in _ANCHORS.items()}
        self.anchors["word"] = _time_word_starts(text, self.folded)

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
        mention = read(match)
        if mention is None:
            return False
        self.add(mention)
        return True

    def holds_words(self, step: _Step, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds one of the words the step's matches need (if it names any)."""
        return not step.words or any_word(self.folded, step.words, start, end)

    def run(self, step: _Step) -> None:
        starts = sorted(set().union(*(self.anchors[name] for name in step.anchors)))
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


def _time_word_starts(text: str, folded: str) -> list[int]:
    """Where the time words of _TIME_WORD_FORMS start, leftmost first and not overlapping: what a
    regex alternation of the forms finds, found faster by looking each word up in the folded text."""
    found: list[tuple[int, int]] = []
    for word in _TIME_WORDS:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if text[start:end] in _TIME_WORD_FORMS:
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


def _numeric(match: re.Match[str]) -> Mention | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Mention(match.start(), match.end(), Kind.DATE, year=year, month=month, day=day)


def _dotted_short(match: re.Match[str]) -> Mention | None:
    short = int(match["y"])
    year = 2000 + short if short < 70 else 1900 + short
    month, day = int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Mention(match.start(), match.end(), Kind.DATE, year=year, month=month, day=day)


def _slashed(match: re.Match[str]) -> Mention | None:
    """DD/MM or MM/DD: settled by a US-style distributor line before it, or by a number above 12."""
    text = match.string
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    line_start = text.rfind("\n", 0, match.start()) + 1
    us_style = _US_DISTRIBUTOR.search(text, max(line_start, match.start() - 80), match.start())
    mention = Mention(match.start(), match.end(), Kind.DATE, year=year)
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


def _month_range_year(match: re.Match[str]) -> Mention | None:
    if not (_capitalised(match["m"]) and _capitalised(match["m2"])):
        return None
    return _year_part(match, Mention(match.start(), match.end(), Kind.DATE, coarse=True))


def _quarter(match: re.Match[str]) -> Mention | None:
    return _year_part(match, Mention(match.start(), match.end(), Kind.DATE, coarse=True))


def _year_part(match: re.Match[str], mention: Mention) -> Mention:
    if match["y"] is not None:
        mention.year = int(match["y"])
    else:
        mention.year_shift = _rel_shift(match["rel"])
    return mention


def _day_date(match: re.Match[str]) -> Mention | None:
    month = month_number(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    if match["wd"] is not None and not _capitalised(match["wd"]):
        return None
    day = day_number(match["d"])
    weekday = weekday_number(match["wd"]) if match["wd"] is not None else None
    mention = Mention(match.start(), match.end(), Kind.DATE, month=month, day=day, weekday=weekday)
    if match["d2"] is not None:
        end_day = day_number(match["d2"])
        if end_day > day:
            mention.end_day, mention.end_month = end_day, month
        elif match.end("span") <= match.start("m"):  # "5 to 3 March": not a span, keep "3 March"
            return None
        else:  # "March 30 to 5 ...": the date is only "March 30"
            mention.end = match.end("d")
            return mention
    return _year_part(match, mention)


def _month_year(match: re.Match[str]) -> Mention | None:
    month = month_number(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    return _year_part(match, Mention(match.start(), match.end(), Kind.DATE, month=month))


def _period(match: re.Match[str]) -> Mention | None:
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


def _modified_year(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end("y"), Kind.DATE, year=int(match["y"]))


def _preposed_year(match: re.Match[str]) -> Mention | None:
    return Mention(match.start("y"), match.end("y"), Kind.DATE, year=int(match["y"]))


def _bare_month(match: re.Match[str]) -> Mention | None:
    month = month_number(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    start = match.start() if match["dir"] is not None else match.start("m")
    modifier = match.group().split()[0].lower() if match["dir"] is None else ""
    if modifier.startswith(("early", "late", "mid")):
        start = match.start()
    direction = match["dir"].lower() if match["dir"] is not None else None
    if direction in ("coming",):
        direction = "next"
    if direction == "past":
        direction = "last"
    return Mention(start, match.end(), Kind.DATE, month=month, direction=direction)


def _day_words(match: re.Match[str]) -> Mention | None:
    words = " ".join(match["w"].lower().split())
    if "before yesterday" in words:
        shift = -2
    elif "after tomorrow" in words:
        shift = 2
    elif words.startswith("this"):
        shift = 0
    else:
        shift = _DAY_SHIFTS[words]
    return Mention(match.start(), match.end(), Kind.DAY_SHIFT, shift=shift)


def _narrative_day(match: re.Match[str]) -> Mention | None:
    words = match["w"].lower()
    shift = -1 if ("previous" in words or "preceding" in words or "before" in words) else 0
    if "next" in words or "following" in words or "after" in words:
        shift = 1
    return Mention(match.start(), match.end(), Kind.NARRATIVE, shift=shift)


def _narrative_year(match: re.Match[str]) -> Mention | None:
    shift = -1 if match["w"].lower() in ("previous", "preceding") else 1
    return Mention(match.start(), match.end(), Kind.NARRATIVE_YEAR, shift=shift)


def _unit_words(match: re.Match[str]) -> Mention | None:
    shift = _rel_shift(match["dir"]) or 0
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=shift, unit=match["unit"].lower())


def _ago(match: re.Match[str]) -> Mention | None:
    word = match["n"].lower()
    count = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    unit = match["unit"].lower()
    if unit == "day":
        return Mention(match.start(), match.end(), Kind.DAY_SHIFT, shift=-count)
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=-count, unit=unit)


def _end_of_year(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), Kind.UNIT_SHIFT, shift=0, unit="year")


def _weekday(match: re.Match[str]) -> Mention | None:
    if not _capitalised(match["wd"]):
        return None
    weekday = weekday_number(match["wd"])
    direction = match["dir"].lower() if match["dir"] is not None else None
    direction = {"past": "last", "coming": "next"}.get(direction or "", direction)
    return Mention(match.start(), match.end(), Kind.WEEKDAY, weekday=weekday, direction=direction)


def _join_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join "DATE to DATE" (and "between DATE and DATE") into one span; share the year."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind is Kind.DATE
            and mention.kind is Kind.DATE
            and previous.day is not None
            and mention.day is not None
            and previous.end_day is None
            and mention.end_day is None
            and not previous.ambiguous
            and not mention.ambiguous
        ):
            gap = text[previous.end : mention.start]
            between = _BETWEEN_GAP.fullmatch(gap) and _BETWEEN_BEFORE.search(
                text, max(0, previous.start - 12), previous.start
            )
            if _SPAN_GAP.fullmatch(gap) or between:
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


def _share_coordinated_years(text: str, mentions: list[Mention]) -> None:
    """'March and April 2019': a year-less month or day takes the year of the next member."""
    for index in range(len(mentions) - 2, -1, -1):
        first, second = mentions[index], mentions[index + 1]
        if (
            first.kind is Kind.DATE
            and second.kind is Kind.DATE
            and first.month is not None
            and first.year is None
            and first.year_shift is None
            and first.direction is None
            and (second.year is not None or second.year_shift is not None)
            and _COORDINATION_GAP.fullmatch(text[first.end : second.start])
        ):
            _share_year(first, second)


_YEAR = ("year",)
_MONTH = ("month",)
_WORD = ("word",)
_NEAR_WORD = (40, 40)  # relative expressions reach at most this far around their time word
# Words one of which every match of a pattern holds (see _Step.words).
_QUARTER_WORDS = ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2")
_MODIFIER_WORDS = ("early", "late", "mid", "beginning", "start", "end", "middle", "half")
_DAY_WORD_WORDS = ("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening")
_NARRATIVE_DAY_WORDS = ("same", "that", "previous", "preceding", "before", "next", "following", "after")
_NARRATIVE_YEAR_WORDS = ("previous", "preceding", "following", "next")
_UNIT_WORDS_WORDS = ("this", "last", "next", "current", "coming")
_END_OF_YEAR_WORDS = ("end", "beginning", "start", "middle", "half")
_WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# The patterns in the order they claim text: the most specific first.
_STEPS = (
    _Step(_ISO, _numeric, _YEAR),
    _Step(_DOTTED, _numeric, _YEAR, _BACK_DOTTED, back_required=True, reach=6, joint="."),
    _Step(_DOTTED_SHORT, _dotted_short, ("clock",), near=(16, 4)),
    _Step(_SLASHED, _slashed, _YEAR, _BACK_SLASHED, back_required=True, reach=6, joint="/"),
    _Step(_MONTH_RANGE_YEAR, _month_range_year, _MONTH),
    _Step(_QUARTER, _quarter, ("year", "word"), _BACK_QUARTER, back_required=True, reach=60, words=_QUARTER_WORDS),
    _Step(_MDY, _day_date, _MONTH, _BACK_WEEKDAY, reach=16, hint=_HINT_WEEKDAY),
    _Step(_DMY, _day_date, _MONTH, _BACK_DMY, back_required=True, reach=60, hint=_HINT_DAY),
    _Step(_MONTH_YEAR, _month_year, _MONTH, _BACK_MONTH_YEAR, reach=30, joint=_SPACE_OR_HYPHEN),
    _Step(_PERIOD, _period, _YEAR, _BACK_PERIOD, reach=16),
    _Step(
        _MODIFIED_YEAR, _modified_year, _YEAR, _BACK_MODIFIED_YEAR, True, reach=45, joint=_SPACE_OR_HYPHEN,
        words=_MODIFIER_WORDS,
    ),
    _Step(_PREPOSED_YEAR, _preposed_year, _YEAR, _BACK_PREPOSED_YEAR, back_required=True, reach=40),
    _Step(_YEAR_WORD, _preposed_year, _YEAR),
    _Step(_ATTRIBUTIVE_YEAR, _preposed_year, _YEAR, _BACK_ATTRIBUTIVE_YEAR, back_required=True, reach=8),
    _Step(_BARE_MONTH, _bare_month, _MONTH, _BACK_BARE_MONTH, True, reach=30, joint=_SPACE_OR_HYPHEN),
    _Step(_DAY_WORDS, _day_words, _WORD, near=_NEAR_WORD, words=_DAY_WORD_WORDS),
    _Step(_NARRATIVE_DAY, _narrative_day, _WORD, near=_NEAR_WORD, words=_NARRATIVE_DAY_WORDS),
    _Step(_NARRATIVE_YEAR, _narrative_year, _WORD, near=_NEAR_WORD, words=_NARRATIVE_YEAR_WORDS),
    _Step(_UNIT_WORDS, _unit_words, _WORD, near=_NEAR_WORD, words=_UNIT_WORDS_WORDS),
    _Step(_AGO, _ago, _WORD, near=_NEAR_WORD, words=("ago",)),
    _Step(_END_OF_YEAR, _end_of_year, _WORD, near=_NEAR_WORD, words=_END_OF_YEAR_WORDS),
    _Step(_WEEKDAY, _weekday, _WORD, near=_NEAR_WORD, words=_WEEKDAY_WORDS),
)


def scan(text: str) -> list[Mention]:
    """All temporal mentions in *text*, disjoint, in text order, spans joined."""
    scanner = _Scanner(text)
    for step in _STEPS:
        scanner.run(step)
    mentions = sorted(scanner.mentions, key=lambda mention: mention.start)
    _share_coordinated_years(text, mentions)
    return _join_spans(text, mentions)


def iter_years(mentions: list[Mention]) -> Iterator[int]:
    """Explicit years written in the mentions (not periods, not relative ones, not impossible dates)."""
    for mention in mentions:
        if mention.kind is Kind.DATE and mention.year is not None and _possible(mention):
            yield mention.year


def _possible(mention: Mention) -> bool:
    """Whether the mention's year, month and day make a date of the calendar ("30 February" does not)."""
    if mention.month is None or mention.day is None:
        return True
    assert mention.year is not None
    return 1 <= mention.month <= 12 and mention.day <= calendar.monthrange(mention.year, mention.month)[1]
