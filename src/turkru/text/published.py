"""The article's own date, read from what the page shows (or None).

Sources, most trusted first:

1. a leading scraper header ``date 2017-02-23``;
2. a distributor's line "Distributed by ... on 02/06/2019" (that distributor writes MM/DD/YYYY);
3. the first page-header date: a line that is a date (``22.09.10 14:47``, ``18:3010.06.2022``,
   "October 11, 2017, Sochi"), a timestamp (a date followed by a clock time, as in a byline),
   a caption ending in its date (``..., 10.06.2022``) or a dateline that carries a year
   ("MOSCOW (Agency - 02nd April, 2021)");
4. a sign-off after the last sentence ("///Agency, 4 December 2023");
5. a dateline without a year ("MOSCOW, May 31. /TASS/.") when the text justifies the year:
   the latest year the story itself writes in a non-future date, checked against any weekday
   the story names.

Never read: related-news lists, copyright lines, menus, addresses. Day and month order comes
from the form: dots are DD.MM.YYYY; a slashed date is read only when its source convention
(the distributor line) or its numbers settle the order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from turkru.errors import InvalidDateError
from turkru.model.dates import PartialDate
from turkru.text._casefold import fold
from turkru.text._dateline import DATELINE
from turkru.text._layout import DATE_HEADER, Kind, Line, classify
from turkru.text._tense import Tense, tense
from turkru.text._timex_scan import Kind as MentionKind
from turkru.text._timex_scan import Mention, scan
from turkru.text._vocab import WEEKDAY_FULL, require_text, weekday_number
from turkru.text.clean import blank_boilerplate, strip_html
from turkru.text.sentences import split_sentences
from turkru.text.timex import find_timexes

_DISTRIBUTED = re.compile(
    r"\bdistributed\s+by\s[^\n]{1,60}?\son\s+(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?")
_AFTER_DATE_CLOCK = re.compile(r"\s*[|,]?\s*(?:at\s+)?\d{1,2}:\d\d")
_ZONE = re.compile(r"\((?:UTC|GMT)[^()]{0,12}\)|\b(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::\d\d)?)?")
_WEEKDAY_WORD = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_SIGN_OFF = re.compile(
    r"(?:^|[.!?\"”\u2019)]\s+|/{2,}\s*)(?:[A-Za-z][\w.&'\u2019-]{0,30}(?:\s[A-Za-z][\w.&'\u2019-]{0,30}){0,2}),\s+(?P<date>[^\n]{6,30}?)\s*$"
)
_WEEKDAY_MENTION = re.compile(rf"\b(?P<wd>{WEEKDAY_FULL})", re.IGNORECASE)
_MAX_HEADER_WORDS = 4
_MAX_HEADER_LINE = 160
_DATELINE_LINES = 12  # a dateline opens the story: look only at its first lines
_SIGN_OFF_LINES = 3


def _day(mention: Mention) -> PartialDate | None:
    """The day a scanned mention names, when it names a single explicit day."""
    if (
        mention.kind is not MentionKind.DATE
        or mention.ambiguous
        or mention.year is None
        or mention.day is None
        or mention.month is None
        or mention.end_day is not None
    ):
        return None
    try:
        return PartialDate(year=mention.year, month=mention.month, day=mention.day)
    except InvalidDateError:
        return None


def _days_in(text: str) -> list[tuple[Mention, PartialDate]]:
    found = []
    for mention in scan(text):
        day = _day(mention)
        if day is not None:
            found.append((mention, day))
    return found


def _days_by_line(text: str, lines: list[Line]) -> list[list[tuple[Mention, PartialDate]]]:
    """The explicit days in each line, with offsets relative to the line (one scan of the text).

    Long lines of prose or chrome are left out of the scan: a header or stamp date is only
    read from lines of at most ``_MAX_HEADER_LINE`` characters (captions are always read).
    """
    pieces: list[str] = []
    cursor = 0
    for line in lines:
        if line.kind is not Kind.CAPTION_DATE and line.end - line.start > _MAX_HEADER_LINE:
            pieces.append(text[cursor : line.start])
            pieces.append(" " * (line.end - line.start))
            cursor = line.end
    pieces.append(text[cursor:])
    days = _days_in("".join(pieces))
    starts = [mention.start for mention, _day in days]
    found: list[list[tuple[Mention, PartialDate]]] = []
    for line in lines:
        first = bisect.bisect_left(starts, line.start)
        inside = []
        for mention, day in days[first:]:
            if mention.start >= line.end:
                break
            if mention.end <= line.end:
                shifted = attrs.evolve(mention, start=mention.start - line.start, end=mention.end - line.start)
                inside.append((shifted, day))
        found.append(inside)
    return found


def _is_header_line(text: str, mention: Mention) -> bool:
    """A line that is a date with at most a place, a time or a label beside it."""
    if len(text) > _MAX_HEADER_LINE:
        return False
    rest = text[: mention.start] + " " + text[mention.end :]
    rest = _ZONE.sub(" ", _CLOCK.sub(" ", _WEEKDAY_WORD.sub(" ", rest)))
    before = text[: mention.start].strip(" \t,|-\u2013—(")
    if before and not _CLOCK.fullmatch(before) and not _WEEKDAY_WORD.fullmatch(before):
        return False  # the date must open the line ("October 11, 2017, Sochi")
    return len(_WORD.findall(rest)) <= _MAX_HEADER_WORDS and not re.search(r"[.!?]\s+\S", rest)


def _is_timestamp(text: str, mention: Mention) -> bool:
    """A date followed by a clock time on a short line (a byline or a posting stamp)."""
    return len(text) <= _MAX_HEADER_LINE and bool(_AFTER_DATE_CLOCK.match(text, mention.end))


def _header_date(line: Line, days: list[tuple[Mention, PartialDate]]) -> PartialDate | None:
    text = line.text
    if line.kind is Kind.CAPTION_DATE:
        return days[-1][1] if days else None
    if line.kind is Kind.CHROME:  # a byline stamp may sit in page chrome
        stamps = [day for mention, day in days if _is_timestamp(text, mention)]
        return stamps[0] if stamps else None
    if line.kind is not Kind.PROSE:
        return None
    for mention, day in days:
        if _is_header_line(text, mention) or _is_timestamp(text, mention):
            return day
    stripped = text.lstrip()
    dateline = DATELINE.match(stripped)
    if dateline is not None:
        days = _days_in(dateline.group())
        if days:
            return days[0][1]
    return None


def _sign_off(lines: list[Line]) -> PartialDate | None:
    prose = [line for line in lines if line.kind is Kind.PROSE and line.text.strip()]
    for line in reversed(prose[-_SIGN_OFF_LINES:]):
        match = _SIGN_OFF.search(line.text.rstrip())
        if match is None:
            continue
        days = _days_in(match["date"])
        if days and days[0][0].start == 0 and days[0][0].end == len(match["date"]):
            return days[0][1]
    return None


def _justified_year(cleaned: str, month: int, day: int) -> int | None:
    """The year of a year-less dateline: the latest year the story writes in a dated past or
    present context, provided the day exists then and matches any weekday the story names."""
    years = []
    for timex in find_timexes(cleaned, split_sentences(cleaned), None):
        if timex.relative or timex.value is None:
            continue
        sentence_text = cleaned[max(0, timex.start - 200) : timex.end + 200]
        if timex.value.day is None and timex.value.month is None and tense(sentence_text) is Tense.FUTURE:
            continue
        years.append(timex.value.year)
    if not years:
        return None
    year = max(years)
    try:
        weekday = dt.date(year, month, day).weekday()
    except ValueError:
        return None
    named = {weekday_number(match["wd"]) for match in _WEEKDAY_MENTION.finditer(cleaned) if match["wd"][0].isupper()}
    if named and weekday not in named:
        return None
    return year


def _yearless_dateline(lines: list[Line], cleaned: str) -> PartialDate | None:
    opening = [line for line in lines if line.text.strip()][:_DATELINE_LINES]
    for line in opening:
        if line.kind is not Kind.PROSE:
            continue
        stripped = line.text.lstrip()
        header = DATE_HEADER.match(stripped)
        if header is not None:
            stripped = stripped[header.end() :].lstrip()
        dateline = DATELINE.match(stripped)
        if dateline is None or dateline["date"] is None:
            continue
        mentions = [m for m in scan(dateline["date"]) if m.kind is MentionKind.DATE and m.day is not None]
        if not mentions or mentions[0].month is None or mentions[0].day is None:
            continue
        month, day = mentions[0].month, mentions[0].day
        year = _justified_year(cleaned, month, day)
        if year is None:
            return None
        try:
            return PartialDate(year=year, month=month, day=day)
        except InvalidDateError:
            return None
    return None


def find_published(raw: str) -> PartialDate | None:
    """The article's own date at day precision, from the text alone; None when not shown."""
    return published_in(strip_html(require_text(raw, "find_published")))


def published_in(
    text: str, classified: Sequence[Line] | None = None, cleaned: str | None = None
) -> PartialDate | None:
    """:func:`find_published` for a text whose HTML is already blanked (``strip_html``), reusing its
    classified lines and its cleaned version when the caller has them (parse_article does)."""
    header = DATE_HEADER.match(text)
    if header is not None:
        try:
            return PartialDate.parse(header.group(1))
        except InvalidDateError:
            pass
    classified = classify(text) if classified is None else classified
    lines = [line for line in classified if line.kind is not Kind.RELATED]
    for line in lines if "distributed" in fold(text) else ():
        distributed = _DISTRIBUTED.search(line.text)
        if distributed is not None:
            try:
                year, month, day = (int(distributed[part]) for part in "ymd")
                return PartialDate(year=year, month=month, day=day)
            except InvalidDateError:
                continue
    for line, days in zip(lines, _days_by_line(text, lines), strict=True):
        found = _header_date(line, days)
        if found is not None:
            return found
    signed = _sign_off(lines)
    if signed is not None:
        return signed
    return _yearless_dateline(lines, blank_boilerplate(text, classified) if cleaned is None else cleaned)
