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
from turkru.lexicon import Lexicon
from turkru.lexicon._start import compile_fast
from turkru.model.dates import PartialDate
from turkru.text._casefold import fold
from turkru.text._dateline import Datelines, datelines
from turkru.text._layout import CAPTION_DATE, CHROME, DATE_HEADER, PROSE, RELATED, Line, classify
from turkru.text._tense import Tense, tense
from turkru.text._timex_scan import Kind as MentionKind
from turkru.text._timex_scan import Mention, scan
from turkru.text._vocab import DAY, YEAR, day_number, fragments, month_number, require_text, weekday_number
from turkru.text.clean import blank_boilerplate, page_text
from turkru.text.sentences import split_sentences
from turkru.text.timex import find_timexes

_DISTRIBUTED = re.compile(
    r"\bdistributed\s+by\s[^\n]{1,60}?\son\s+(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?")
# One whitespace run, then a separator and its blanks: two runs never share the same blanks (linear time).
# Matched on lines of at most _MAX_HEADER_LINE characters: a whitespace run of 160 is all a line can hold.
_AFTER_DATE_CLOCK = re.compile(r"\s{0,160}(?:[|,]\s*)?(?:at\s+)?\d{1,2}:\d\d")
_BEFORE_DATE_CLOCK = re.compile(r"\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?[ \t]{0,3}[|,]?[ \t]{0,3}\Z")
_ZONE = re.compile(r"\((?:UTC|GMT)[^()]{0,12}\)|\b(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::\d\d)?)?")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
# Section names set off before a stamp ("Politics | 4 March 2024 | 15:02"), a breadcrumb among them
# ("Home / News / 4 March 2024", "Home » Politics » 04.03.2024"), a masthead of a few capitalised
# words among them ("THE DAILY NEWS | Markets | 4 March 2024"); matched at a line's start.
_SECTION = re.compile(
    r"(?<![ \t])[ \t]*+(?:[A-Z][A-Za-z]{1,20}+(?:[ \t]++[A-Z][A-Za-z]{1,20}+){0,4}[ \t]*+[|•·/»\u203a>][ \t]*+){1,4}"
)


@attrs.frozen
class _StampWords:
    """The lexicon's words of publication stamps (data/dates.json) and the date forms built on its
    calendar names (data/calendar.json), compiled once per lexicon."""

    lexicon: Lexicon
    label: re.Pattern[str]  # "Published: ", "Posted on " opening a date line
    colon_label: re.Pattern[str]  # "... | Date: " right before the date
    byline: re.Pattern[str]  # "By John Smith | " before the date
    section_word: re.Pattern[str]  # "Politics " alone before a stamp's date
    filler: re.Pattern[str]  # what else may stand beside a stamp's date
    update_words: tuple[str, ...]  # a later stamp's words ("Last updated: ...")
    weekday_word: re.Pattern[str]  # a weekday name, full or abbreviated
    weekday_mention: re.Pattern[str]  # a full weekday name in the story
    header_only_date: re.Pattern[str]  # the date forms read on short header lines only
    yearless_line: re.Pattern[str]  # a line that is only a day and month
    datelines: Datelines

    @classmethod
    def of(cls, lexicon: Lexicon) -> _StampWords:
        names = fragments(lexicon)
        month, weekday_any = names.month, names.weekday_any
        # Besides a label: clock times, weekdays, numbers, separators and counters ("| Views: 320").
        filler = re.compile(
            rf"(?:\d{{1,2}}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?|{weekday_any}|\d{{1,7}}|[\s,:|·•/()\u2013—-]"
            rf"|(?:{'|'.join(lexicon.words('COUNTER_WORD'))})\b)*",
            re.IGNORECASE,
        )
        # Forms of a full date read on short header lines only (the scanner leaves them to avoid
        # misreadings in prose): a month in lower case ("23 december, 2011"), a year-first numeric
        # date ("2024/03/04", "2024.03.04"), a hyphenated "4-Mar-2024", a slashed date whose
        # order the weekday before it settles ("Tue, 03/05/2024"), and a hyphenated numeric date
        # whose numbers settle the order ("22-05-2013": no month 22; "06-02-2021" is not read).
        header_only_date = compile_fast(
            rf"(?<![\w.])(?:(?P<d>{DAY})[ \t]{{1,3}}(?P<m>{month})|(?P<m2>{month})[ \t]{{1,3}}(?P<d2>{DAY}))"
            rf",?[ \t]{{1,3}}(?P<y>{YEAR})"
            rf"|(?<![\d./])(?P<y3>{YEAR})(?P<sep>[./])(?P<m3>1[0-2]|0?[1-9])(?P=sep)(?P<d3>3[01]|[12]\d|0?[1-9])(?![\d./])"
            rf"|(?<![\w-])(?P<d4>{DAY})-(?P<m4>{month})-(?P<y4>{YEAR})"
            rf"|(?P<wd>{weekday_any}),?[ \t]{{1,3}}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y5>{YEAR})(?![\d/])"
            rf"|(?<![\w-])(?P<a6>[0-3]?\d)-(?P<b6>[0-3]?\d)-(?P<y6>{YEAR})(?![\w-])",
            re.IGNORECASE,
        )
        # A line that is only a day and month, perhaps with its weekday ("Wednesday, July 30").
        yearless_line = re.compile(
            rf"(?<![ \t])[ \t]*(?:(?P<wd>{weekday_any}),?[ \t]{{1,3}})?(?:(?P<m>{month})[ \t]{{1,3}}(?P<d>{DAY})"
            rf"|(?P<d2>{DAY})[ \t]{{1,3}}(?P<m2>{month}))[ \t]*",
            re.IGNORECASE,
        )
        return cls(
            lexicon=lexicon,
            label=lexicon.pattern("dates.stamp_label"),
            colon_label=lexicon.pattern("dates.colon_label"),
            byline=lexicon.pattern("dates.byline_prefix"),
            section_word=lexicon.pattern("dates.section_word"),
            filler=filler,
            update_words=lexicon.words("UPDATE_WORD"),
            weekday_word=re.compile(rf"\b{weekday_any}", re.IGNORECASE),
            weekday_mention=re.compile(rf"\b(?P<wd>{names.weekday_full})", re.IGNORECASE),
            header_only_date=header_only_date,
            yearless_line=yearless_line,
            datelines=datelines(lexicon),
        )


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_FIELD_SEPARATOR = re.compile(r"[|•·]")
# An agency named right after a dateline's date ("Moscow, May 31 /Agency/.", "Ashgabat, May 31 (Agency) -").
_AGENCY_AFTER = re.compile(r"[ \t.]{0,8}(?:/[A-Za-z][\w .-]{0,30}/|\([A-Za-z][\w .&'\u2019-]{0,40}\))")
# A closing "Name, date" line: a sign-off ("///Agency, 4 December 2023") or a release signature
# ("Press Service of the Ministry of Foreign Affairs, 4 March 2024").
_SIGNER_WORD = r"[A-Za-z][\w.&'\u2019-]{0,30}"
_SIGNER = rf"{_SIGNER_WORD}(?:(?:\s{_SIGNER_WORD}){{0,2}}|(?:\s(?:[A-Z][\w.&'\u2019-]{{0,30}}|of|the|and|for)){{0,7}})"
_SIGN_OFF_REACH = 1 + 31 + 7 * 32 + 1 + 30  # a mark, the signer's words, the comma, the date
_REACH_BACK = re.compile(rf"(?:[\s/]*+[^\s/]){{{_SIGN_OFF_REACH + 1}}}")
"""Read backwards from a line's end: up to the first character other than whitespace and "/" that
lies beyond a sign-off's reach (the regex's white space is what ``str.isspace`` tells)."""
_TAIL = 4 * (_SIGN_OFF_REACH + 1)  # a closing line's end that most often holds that character
_SIGN_OFF = re.compile(rf"(?:^|[.!?\"”\u2019)]\s+|(?<!/)/{{2,}}\s*){_SIGNER},\s+(?P<date>[^\n]{{6,30}}?)\s*$")
# Future periods that begin a year ("in early 2024", "at the beginning of 2024").
_YEAR_START = re.compile(r"(?:the\s+)?(?:early|beginning|start|first\s+(?:half|quarter))\b", re.IGNORECASE)
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


def _days_in(text: str, words: _StampWords) -> list[tuple[Mention, PartialDate]]:
    found = []
    for mention in scan(text, words.lexicon):
        day = _day(mention)
        if day is not None:
            found.append((mention, day))
    return found


def _order_settled(first: int, second: int, year: int, weekday: int | None) -> tuple[int, int] | None:
    """Month and day of a numeric date written either way round: the one reading that exists
    (and falls on *weekday*, when one is written), or None when both or neither do."""
    readings = {(month, day) for month, day in ((first, second), (second, first)) if _fits(year, month, day, weekday)}
    return readings.pop() if len(readings) == 1 else None


def _weekday_settled(match: re.Match[str], words: _StampWords) -> tuple[int, int] | None:
    """Month and day of a slashed date: the one reading whose weekday is the one written."""
    weekday = weekday_number(match["wd"], words.lexicon)
    return _order_settled(int(match["a"]), int(match["b"]), int(match["y5"]), weekday)


def _header_only_days(text: str, words: _StampWords) -> list[tuple[Mention, PartialDate]]:
    """Full dates in the forms of ``header_only_date`` on one line."""
    found = []
    for match in words.header_only_date.finditer(text):
        if match["y3"] is not None:
            year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
        elif match["y4"] is not None:
            year, day = int(match["y4"]), day_number(match["d4"])
            month = month_number(match["m4"], words.lexicon) or 0
        elif match["y5"] is not None:
            settled = _weekday_settled(match, words)
            if settled is None:
                continue
            year, (month, day) = int(match["y5"]), settled
        elif match["y6"] is not None:
            year = int(match["y6"])
            settled = _order_settled(int(match["a6"]), int(match["b6"]), year, None)
            if settled is None:
                continue
            month, day = settled
        else:
            year, day = int(match["y"]), day_number(match["d"] or match["d2"])
            month = month_number(match["m"] or match["m2"], words.lexicon) or 0
        try:
            date = PartialDate(year=year, month=month, day=day)
        except InvalidDateError:
            continue
        found.append((Mention(match.start(), match.end(), MentionKind.DATE, year=year, month=month, day=day), date))
    return found


def _days_by_line(text: str, lines: list[Line], words: _StampWords) -> list[list[tuple[Mention, PartialDate]]]:
    """The explicit days in each line, with offsets relative to the line (one scan of the text).

    Long lines of prose or chrome are left out of the scan: a header or stamp date is only
    read from lines of at most ``_MAX_HEADER_LINE`` characters (captions are always read).
    A short line where the scan finds no day is read again for the forms of ``header_only_date``.
    """
    pieces: list[str] = []
    cursor = 0
    for line in lines:
        if line.kind is not CAPTION_DATE and line.end - line.start > _MAX_HEADER_LINE:
            pieces.append(text[cursor : line.start])
            pieces.append(" " * (line.end - line.start))
            cursor = line.end
    pieces.append(text[cursor:])
    days = _days_in("".join(pieces), words)
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
        if not inside and line.end - line.start <= _MAX_HEADER_LINE and _YEAR_DIGITS.search(line.text):
            inside = _header_only_days(line.text, words)
        found.append(inside)
    return found


def _labels_an_update(before: str, words: _StampWords) -> bool:
    """Whether the field before a date names a later stamp ("Last updated:", "Modified on"); an update
    stamp in an earlier field of the line ("Updated: ... | Published: ") does not count."""
    folded = fold(_FIELD_SEPARATOR.split(before)[-1])
    return any(word in folded for word in words.update_words)


def _is_stamp_prefix(before: str, words: _StampWords) -> bool:
    """Whether what precedes a date on its line is only a publication label, clock times,
    weekdays, counters and separators ("Published: 06:45 pm", "10:10", "Posted on")."""
    label = words.label.match(before) or _SECTION.match(before) or words.byline.match(before)
    rest = before[label.end() :] if label is not None else before
    return words.filler.fullmatch(rest) is not None or words.colon_label.search(before) is not None


def _is_header_line(text: str, mention: Mention, words: _StampWords) -> bool:
    """A line that is a date with at most a place, a time, a counter or a label beside it."""
    if len(text) > _MAX_HEADER_LINE:
        return False
    before = text[: mention.start]
    if not _is_stamp_prefix(before, words) or _labels_an_update(before, words):
        return False  # the date must open the line ("October 11, 2017, Sochi"), a label aside
    rest = _ZONE.sub(" ", _CLOCK.sub(" ", words.weekday_word.sub(" ", text[mention.end :])))
    return len(_WORD.findall(rest)) <= _MAX_HEADER_WORDS and not re.search(r"[.!?]\s+\S", rest)


def _is_timestamp(text: str, mention: Mention, words: _StampWords) -> bool:
    """A date beside a clock time on a short line (a byline or a posting stamp), not an update's."""
    if len(text) > _MAX_HEADER_LINE or _labels_an_update(text[: mention.start], words):
        return False
    if _AFTER_DATE_CLOCK.match(text, mention.end):
        return True
    before = text[: mention.start]
    return bool(_BEFORE_DATE_CLOCK.search(before)) and _is_stamp_prefix(before, words)


def _is_stamp_line(text: str, mention: Mention, words: _StampWords) -> bool:
    """A line holding a date and only stamp parts around it ("04.03.2024 | Views: 320"), perhaps
    after a section name ("Politics 4 March 2024 320")."""
    before = text[: mention.start]
    return (
        len(text) <= _MAX_HEADER_LINE
        and (_is_stamp_prefix(before, words) or words.section_word.fullmatch(before) is not None)
        and not _labels_an_update(before, words)
        and words.filler.fullmatch(text, mention.end) is not None
    )


def _dateline_day(text: str, words: _StampWords) -> PartialDate | None:
    """The full date of a dateline opening *text* ("ASHGABAT, 4 March 2024 —", "4 March 2024,
    Ashgabat.")."""
    grammar = words.datelines
    dateline = grammar.header.match(text) or grammar.date_first.match(text)
    if dateline is not None and (dateline.re is grammar.date_first or dateline["year"] or dateline["dotted"]):
        days = _days_in(dateline["date"], words)
        return days[0][1] if days else None
    wire = grammar.dateline.match(text)  # "MOSCOW (Agency - 02nd April, 2021)"
    days = _days_in(wire.group(), words) if wire is not None else []
    return days[0][1] if days else None


def _header_date(line: Line, days: list[tuple[Mention, PartialDate]], words: _StampWords) -> PartialDate | None:
    text = line.text
    if line.kind is CAPTION_DATE:
        return days[-1][1] if days else None
    if line.kind is CHROME:  # a byline stamp may sit in page chrome
        stamps = [
            day
            for mention, day in days
            if _is_timestamp(text, mention, words)
            or _is_stamp_line(text, mention, words)
            or _is_header_line(text, mention, words)
        ]
        return stamps[0] if stamps else None
    if line.kind is not PROSE:
        return None
    for mention, day in days:
        if _is_header_line(text, mention, words) or _is_timestamp(text, mention, words):
            return day
        if _is_stamp_line(text, mention, words):
            return day
    return _dateline_day(text.lstrip(), words)


def _sign_off_start(text: str) -> int:
    """The earliest offset a sign-off can start at in *text*: a match of ``_SIGN_OFF`` holds at most
    _SIGN_OFF_REACH characters other than whitespace and "/", so a long closing line is searched
    only over its end (the same match as a search of the whole line). The characters are counted
    in C, by a match of ``_REACH_BACK`` in the line's end read backwards (the whole line if its
    end holds too few)."""
    tail = text[-_TAIL:]
    found = _REACH_BACK.match(tail[::-1])
    if found is None and len(tail) < len(text):
        found = _REACH_BACK.match(text[::-1])
    return len(text) - found.end() + 1 if found is not None else 0


def _sign_off(lines: list[Line], words: _StampWords) -> PartialDate | None:
    prose = [line for line in lines if line.kind is PROSE and line.text.strip()]
    for line in reversed(prose[-_SIGN_OFF_LINES:]):
        text = line.text.rstrip()
        match = _SIGN_OFF.search(text, _sign_off_start(text))
        if match is None:
            continue
        days = _days_in(match["date"], words)
        if days and days[0][0].start == 0 and days[0][0].end == len(match["date"]):
            return days[0][1]
    return None


def _story_years(cleaned: str, lexicon: Lexicon) -> tuple[list[int], list[int]]:
    """The explicit years the story writes: those of past or present dates, and those of future
    periods that begin a year ("will be held in early 2024"), which the story must precede."""
    past: list[int] = []
    ahead: list[int] = []
    spans = split_sentences(cleaned, lexicon)
    for timex in find_timexes(cleaned, spans, None, lexicon):
        if timex.relative or timex.value is None:
            continue
        start, end = spans[timex.sentence] if timex.sentence >= 0 else (timex.start - 200, timex.end + 200)
        sentence_text = cleaned[max(0, start, timex.start - 200) : min(end, timex.end + 200)]  # its own sentence
        if timex.value.day is None and timex.value.month is None and tense(sentence_text, lexicon) is Tense.FUTURE:
            if _YEAR_START.match(timex.text):
                ahead.append(timex.value.year)
            continue
        past.append(timex.value.year)
    return past, ahead


def _fits(year: int, month: int, day: int, weekday: int | None) -> bool:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return False
    return weekday is None or date.weekday() == weekday


def _year_candidates(past: list[int], ahead: list[int]) -> list[int]:
    """The years a story may have been written in, most likely first: the year before its earliest
    early-year plan ("in the first half of 2025"), its latest past year, then the year after that
    (a story reporting last year's figures); never before a past year nor in a planned one."""
    latest = max(past) if past else None
    earliest_ahead = min(ahead) if ahead else None
    found = [
        year
        for year in (
            None if earliest_ahead is None else earliest_ahead - 1,
            latest,
            None if latest is None else latest + 1,
        )
        if year is not None
    ]
    return [
        year
        for year in dict.fromkeys(found)
        if (latest is None or year >= latest) and (earliest_ahead is None or year < earliest_ahead)
    ]


def _justified_year(cleaned: str, month: int, day: int, weekday: int | None, words: _StampWords) -> int | None:
    """The year of a year-less dateline, from the story.

    Without a weekday beside the date: the first of :func:`_year_candidates` (the year after the
    latest past year only when a weekday the story names confirms it), provided the day exists
    then and falls on a weekday the story names, if it names any. With one: the year nearest to
    the latest past year (or the year before a plan), among the years around those the story
    writes, on which the day falls on that weekday.
    """
    past, ahead = _story_years(cleaned, words.lexicon)
    if weekday is not None:
        written = past + ahead
        if not written:
            return None
        around = range(min(written) - 1, max(written) + 2)
        reference = max(past) if past else min(ahead) - 1 if ahead else max(written)
        fitting = [year for year in around if _fits(year, month, day, weekday)]
        return min(fitting, key=lambda year: (abs(year - reference), -year)) if fitting else None
    candidates = [year for year in _year_candidates(past, ahead) if _fits(year, month, day, None)]
    mentioned = words.weekday_mention.finditer(cleaned)
    named = {weekday_number(match["wd"], words.lexicon) for match in mentioned if match["wd"][0].isupper()}
    if not named:
        unconfirmed = [year for year in candidates if not past or year != max(past) + 1]
        return unconfirmed[0] if unconfirmed else None
    fitting = [year for year in candidates if dt.date(year, month, day).weekday() in named]
    return fitting[0] if fitting else None


def _yearless_date(text: str, words: _StampWords) -> tuple[int, int, int | None] | None:
    """Month, day and weekday of a year-less dateline or date line opening *text*."""
    dateline = words.datelines.header.match(text)
    date_text: str | None = None
    if dateline is not None and dateline["year"] is None:
        alone = not text[dateline.end() :].strip()
        agency = _AGENCY_AFTER.match(text, dateline.start("close")) is not None
        if dateline["city"] is not None or alone or agency:  # a title-case place alone or before an agency
            date_text = dateline["date"]
    elif dateline is None:
        line = words.yearless_line.fullmatch(text)
        if line is not None and (line["m"] or line["m2"])[0].isupper():
            date_text = line.group()
    if date_text is None:
        return None
    match = words.yearless_line.match(date_text)
    if match is None:
        return None
    month = month_number(match["m"] or match["m2"], words.lexicon)
    if month is None or not (match["m"] or match["m2"])[0].isupper():
        return None
    weekday = weekday_number(match["wd"], words.lexicon) if match["wd"] is not None else None
    return month, day_number(match["d"] or match["d2"]), weekday


def _yearless_dateline(lines: list[Line], cleaned: str, words: _StampWords) -> PartialDate | None:
    opening = [line for line in lines if line.kind is PROSE and line.text.strip()][:_DATELINE_LINES]
    for line in opening:  # a menu or other chrome before the story does not count
        stripped = line.text.strip()
        header = DATE_HEADER.match(stripped)
        if header is not None:
            stripped = stripped[header.end() :].lstrip()
        found = _yearless_date(stripped, words)
        if found is None:
            continue
        month, day, weekday = found
        year = _justified_year(cleaned, month, day, weekday, words)
        if year is None:
            return None
        try:
            return PartialDate(year=year, month=month, day=day)
        except InvalidDateError:
            return None
    return None


def find_published(raw: str, lexicon: Lexicon | None = None) -> PartialDate | None:
    """The article's own date at day precision, from the text alone; None when not shown.

    *lexicon* gives the words of stamps and page layout (None: the package's)."""
    return published_in(page_text(require_text(raw, "find_published")), lexicon=lexicon)


def published_in(
    text: str,
    classified: Sequence[Line] | None = None,
    cleaned: str | None = None,
    lexicon: Lexicon | None = None,
) -> PartialDate | None:
    """:func:`find_published` for a text already read as a page (``page_text``), reusing its
    classified lines and its cleaned version when the caller has them (parse_article does)."""
    lexicon = lexicon or Lexicon.default()
    words = lexicon.derive(_StampWords.of)
    header = DATE_HEADER.match(text)
    if header is not None:
        try:
            return PartialDate.parse(header.group(1))
        except InvalidDateError:
            pass
    classified = classify(text, lexicon) if classified is None else classified
    lines = [line for line in classified if line.kind is not RELATED]
    for line in lines if "distributed" in fold(text) else ():
        distributed = _DISTRIBUTED.search(line.text)
        if distributed is not None:
            try:
                year, month, day = (int(distributed[part]) for part in "ymd")
                return PartialDate(year=year, month=month, day=day)
            except InvalidDateError:
                continue
    for line, days in zip(lines, _days_by_line(text, lines, words), strict=True):
        found = _header_date(line, days, words)
        if found is not None:
            return found
    signed = _sign_off(lines, words)
    if signed is not None:
        return signed
    cleaned = blank_boilerplate(text, classified, lexicon) if cleaned is None else cleaned
    return _yearless_dateline(lines, cleaned, words)
