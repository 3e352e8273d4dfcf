"""Page layout: split raw text into lines and tell boilerplate lines from article lines.

Each line gets a :class:`Kind`. ``clean`` blanks every line whose kind is not ``PROSE``;
``find_published`` reads dates from header, caption and sign-off lines but never from a
related-news list. The rules are about the shape of web pages (menus, counters, dated headline
lists, credits), never about a particular site or article.
"""

from __future__ import annotations

import enum
import re

import attrs

from turkru.lexicon import Lexicon
from turkru.text._casefold import any_word
from turkru.text._vocab import DAY, YEAR, fragments


class Kind(enum.Enum):
    """What a line of a scraped page is."""

    PROSE = "prose"  # article text, headlines and datelines: kept
    BLANK = "blank"  # empty or whitespace only
    CHROME = "chrome"  # navigation, menus, widgets, counters, banners, bylines
    CREDIT = "credit"  # copyright lines, photo credits and captions
    CAPTION_DATE = "caption_date"  # a single headline or caption ending in its own date
    RELATED = "related"  # part of a list of dated headlines (related news)
    DUPLICATE = "duplicate"  # a repeated headline or caption


# The kinds as module names, for the loops over every line: Python 3.11 reads an attribute of an
# Enum class (``Kind.PROSE``) through EnumType's __getattr__ hook, several times the cost.
PROSE, BLANK, CHROME, CREDIT = Kind.PROSE, Kind.BLANK, Kind.CHROME, Kind.CREDIT
CAPTION_DATE, RELATED, DUPLICATE = Kind.CAPTION_DATE, Kind.RELATED, Kind.DUPLICATE


@attrs.frozen
class Line:
    """One line of the raw text: offsets of its content (newline excluded) and its kind."""

    start: int
    end: int
    text: str
    kind: Kind


_NUMERIC_DATE = r"(?:3[01]|[12]\d|0?[1-9])[./](?:1[0-2]|0?[1-9])[./](?:\d{4}|\d{2})(?!\d)|\d{4}-\d\d-\d\d"
_TRUNCATED_HEADLINE = re.compile(r"(?:\.\.\.|…)\s*$")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")

# "Name Surname/AGENCY" at the end of a caption line.
_CREDIT_TAIL = re.compile(r"(?:^|\s)[A-Z][\w.'\u2019-]*\s+[A-Z][\w.'\u2019-]*\s*/\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*$")
_HANDLE = re.compile(r"(?:^|[\s(])@\w{2,}")
_DASH_TITLE = re.compile(r"^[-\u2013—]\s+[\w .'\u2019&]{1,40}(?:,\s*\d{1,4})+$")
_PIPES = re.compile(r"\s\|\s.*\s\|\s")
_WORD = re.compile(r"[\w'\u2019-]+")

# Scraper header "date 2021-03-31" at the very start: metadata, not prose.
DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d\d-\d\d)\b")

_MAX_SHORT = 200  # longer lines are prose unless a rule about their start says otherwise


@attrs.frozen
class LayoutWords:
    """The lexicon's page-layout rules and words, compiled once per lexicon (``lexicon.derive``)."""

    chrome_line: re.Pattern[str]
    related_heading: re.Pattern[str]
    copyright: re.Pattern[str]
    photo_credit: re.Pattern[str]
    counter: re.Pattern[str]
    site_news: re.Pattern[str]
    byline: re.Pattern[str]
    related_inline: re.Pattern[str]
    byline_starts: tuple[str, ...]
    """The first words of ``BYLINE_WORD`` (the byline rule starts with the slot): a cheap test."""
    promo: tuple[str, ...]
    social: frozenset[str]
    ends_with_date: re.Pattern[str]
    """A headline or caption ending in its own date after a separator ("...18.08.2025", ", 10.06.2022")."""
    starts_with_date: re.Pattern[str]
    only_date: re.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> LayoutWords:
        """The layout rules of *lexicon* (its month names in the worded dates)."""
        month = fragments(lexicon).month
        worded_date = rf"{DAY}\s+{month},?\s+{YEAR}|{month}\s+{DAY},?\s+{YEAR}"
        full_date = rf"(?:{_NUMERIC_DATE}|{worded_date})"
        return cls(
            chrome_line=lexicon.pattern("layout.chrome_line"),
            related_heading=lexicon.pattern("layout.related_heading"),
            copyright=lexicon.pattern("layout.copyright"),
            photo_credit=lexicon.pattern("layout.photo_credit"),
            counter=lexicon.pattern("layout.counter"),
            site_news=lexicon.pattern("layout.site_news"),
            byline=lexicon.pattern("layout.byline"),
            related_inline=lexicon.pattern("layout.related_inline"),
            byline_starts=tuple(phrase.split()[0] for phrase in lexicon.words("BYLINE_WORD")),
            promo=lexicon.words("PROMO_PHRASE"),
            social=frozenset(lexicon.words("SOCIAL_WORD")),
            ends_with_date=re.compile(
                rf"(?:(?:[^\s.!?]\s*(?:\.\.\.|…|,|\s[-\u2013—|]|\()\s*|[A-Za-z])\(?(?:{full_date})\)?"
                rf"|[A-Za-z]\s(?:{_NUMERIC_DATE}))\s*$",
                re.IGNORECASE,
            ),
            starts_with_date=re.compile(rf"^\(?{full_date}\)?\s*[-\u2013—|:]?\s*[A-Z\"“]", re.IGNORECASE),
            only_date=re.compile(
                rf"^(?:\d{{1,2}}:\d\d\s*)?{full_date}(?:\s*,?\s*\d{{1,2}}:\d\d(?:\s*[AP]M)?)?$", re.IGNORECASE
            ),
        )


def split_lines(raw: str) -> list[tuple[int, int]]:
    """Content offsets ``(start, end)`` of each line, newline (and a trailing CR) excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(raw)
    while start <= length:
        newline = raw.find("\n", start)
        end = length if newline == -1 else newline
        content_end = end - 1 if end > start and raw[end - 1] == "\r" else end
        spans.append((start, content_end))
        if newline == -1:
            break
        start = newline + 1
    return spans


def split_paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines (paragraphs), each line as its content offsets (:func:`split_lines`)."""
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in split_lines(text):
        if text[start:end].strip():
            current.append((start, end))
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _is_social(text: str, social: frozenset[str]) -> bool:
    if text.split(None, 1)[0].strip(":,|").lower() not in social:
        return False
    words = [word.lower() for word in _WORD.findall(text)]
    return bool(words) and all(word in social for word in words)


_CLOSERS = "\"'\u201d\u2019\u00bb)] \t"


def _ends_with_terminal(text: str) -> bool:
    """Whether a line ends in sentence punctuation (closing quotes and brackets aside)."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "\u2026", ":", ";")


def _line_kind(text: str, words: LayoutWords) -> Kind:
    """The kind of one line judged on its own (lists and repeats are judged later)."""
    stripped = text.strip()
    if not stripped:
        return BLANK
    if words.copyright.match(stripped) or words.photo_credit.match(stripped):
        return CREDIT
    if not _LATIN.search(stripped):
        # separators, counters, elision marks, text in other scripts; a bare date line stays
        return PROSE if words.only_date.match(stripped) else CHROME
    if len(stripped) > _MAX_SHORT:
        return PROSE
    lower = stripped.lower()
    if (
        words.chrome_line.match(stripped)
        or words.site_news.match(stripped)
        or words.counter.match(stripped)
        or any_word(lower, words.promo)
        or (stripped[0] in "-\u2013\u2014" and _DASH_TITLE.match(stripped))
        or (lower.startswith(words.byline_starts) and words.byline.match(stripped))
        or _is_social(stripped, words.social)
        or (" | " in stripped and _PIPES.search(stripped))
    ):
        return CHROME
    unpunctuated = not _ends_with_terminal(stripped)
    if unpunctuated and "@" in stripped and _HANDLE.search(stripped):
        return CHROME
    if unpunctuated and "/" in stripped and _CREDIT_TAIL.search(stripped):
        return CREDIT
    if stripped[-1] in "0123456789)" and words.ends_with_date.search(stripped) and not words.only_date.match(stripped):
        return CAPTION_DATE
    if unpunctuated and " " not in stripped and not stripped.isupper() and not _DIGIT.search(stripped):
        return CHROME  # a one-word line without punctuation (a section label) is never prose
    return PROSE


def _is_headline_like(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= _MAX_SHORT and (
        not _ends_with_terminal(stripped) or bool(_TRUNCATED_HEADLINE.search(stripped))
    )


# A news feed's headline opened by its clock time ("14:48 Trade up 5 percent"): dated as a list's line.
_STARTS_WITH_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d[ \t]+[A-Z\"\u201c]")


def _is_dated(text: str, kind: Kind, words: LayoutWords) -> bool:
    """Whether a line is a headline printed with its own date, or a date line of a list."""
    if kind is CAPTION_DATE:
        return True
    stripped = text.strip()
    return (
        kind is PROSE
        and len(stripped) <= _MAX_SHORT
        and bool(
            words.only_date.match(stripped)
            or words.starts_with_date.match(stripped)
            or _STARTS_WITH_CLOCK.match(stripped)
        )
    )


def _under_heading(texts: list[str], kinds: list[Kind], index: int, words: LayoutWords) -> bool:
    """Whether the nearest non-blank line before *index* is a related-news heading ("Read also:")."""
    before = next((i for i in range(index - 1, -1, -1) if kinds[i] is not BLANK), None)
    if before is None or kinds[before] is not CHROME:
        return False
    return words.related_heading.match(texts[before].strip()) is not None


def _mark_related(texts: list[str], kinds: list[Kind], words: LayoutWords) -> None:
    """Turn a list of dated headlines (two or more, most lines dated) into RELATED lines.

    A run is a sequence of dated, headline-like and blank lines. It is a related-news list when
    it holds at least two dated lines and they are at least half of its non-blank lines, or one
    when a related-news heading ("Read also:", "Related news") stands right above it; it is
    marked from its first dated line to its end (truncated headlines after the last date too), or
    from the headline before it when the dates stand on lines of their own.
    """
    count = len(texts)
    dated = [_is_dated(text, kind, words) for text, kind in zip(texts, kinds, strict=True)]
    member = [
        dated[i] or kinds[i] is BLANK or (kinds[i] is PROSE and _is_headline_like(texts[i]))
        for i in range(count)
    ]
    index = 0
    while index < count:
        if not member[index]:
            index += 1
            continue
        run_end = index
        while run_end + 1 < count and member[run_end + 1]:
            run_end += 1
        run = range(index, run_end + 1)
        dated_lines = [i for i in run if dated[i]]
        filled = [i for i in run if kinds[i] is not BLANK]
        enough = len(dated_lines) >= 2 or (len(dated_lines) == 1 and _under_heading(texts, kinds, index, words))
        if enough and 2 * len(dated_lines) >= len(filled):
            start = dated_lines[0]
            if words.only_date.match(texts[start].strip()):
                # headline-then-date lists: the first headline comes before the first date
                start = next((i for i in range(start - 1, index - 1, -1) if kinds[i] is not BLANK), start)
            for i in range(start, run_end + 1):
                if kinds[i] is not BLANK:
                    kinds[i] = RELATED
        index = run_end + 1


def _mark_labelled(texts: list[str], kinds: list[Kind], words: LayoutWords) -> None:
    """Other articles' headlines under a "Related news" label (undated too), and a headline on the
    label's own line ("Read also: ..."), are a related-news list: RELATED lines.

    Under a label line, the list runs over the headline-like lines that follow (blank lines
    between them included) and ends at the first line of punctuated prose."""
    inside = False
    for index, text in enumerate(texts):
        stripped = text.strip()
        if kinds[index] is BLANK:
            continue
        if words.related_heading.match(stripped):
            inside = True
            continue
        if kinds[index] is not PROSE:
            continue
        if inside and _is_headline_like(stripped):
            kinds[index] = RELATED
            continue
        inside = False
        if words.related_inline.match(stripped) and _is_headline_like(stripped.rstrip(".")):
            kinds[index] = RELATED


def _mark_duplicates(texts: list[str], kinds: list[Kind]) -> None:
    """A headline or caption printed again (a repeat without sentence punctuation) is boilerplate."""
    seen: set[str] = set()
    for index, text in enumerate(texts):
        if kinds[index] is not PROSE:
            continue
        key = " ".join(text.split())
        if key in seen and _is_headline_like(key):
            kinds[index] = DUPLICATE
        seen.add(key)


def _mark_captions_of_credits(texts: list[str], kinds: list[Kind]) -> None:
    """A caption printed again beside its credit line ("caption Name/AGENCY") is a caption."""
    captions: set[str] = set()
    for text, kind in zip(texts, kinds, strict=True):
        if kind is CREDIT:
            match = _CREDIT_TAIL.search(text.strip())
            if match is not None and match.start() > 0:
                captions.add(" ".join(text.strip()[: match.start()].split()))
    if not captions:
        return
    for index, text in enumerate(texts):
        if kinds[index] is PROSE and " ".join(text.split()) in captions:
            kinds[index] = CREDIT


def classify(raw: str, lexicon: Lexicon | None = None) -> tuple[Line, ...]:
    """Every line of *raw* with its kind (parse_article classifies once for cleaning and the date);
    the boilerplate words and line rules come from *lexicon* (default: ``Lexicon.default()``)."""
    words = (lexicon or Lexicon.default()).derive(LayoutWords.of)
    spans = split_lines(raw)
    texts = [raw[start:end] for start, end in spans]
    header = DATE_HEADER.match(raw)
    if header is not None and texts:  # judge the first line without the scraper header
        texts[0] = " " * header.end() + texts[0][header.end() :]
    kinds = [_line_kind(text, words) for text in texts]
    _mark_related(texts, kinds, words)
    _mark_labelled(texts, kinds, words)
    _mark_captions_of_credits(texts, kinds)
    _mark_duplicates(texts, kinds)
    return tuple(Line(start, end, raw[start:end], kind) for (start, end), kind in zip(spans, kinds, strict=True))
