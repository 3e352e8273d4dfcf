"""Sentence spans over (cleaned) article text.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) when the
next word starts with a capital, a digit, an opening quote, a bullet or a lost character (``\ufffd``,
a quote mangled in transit, standing alone), unless the dot belongs
to an abbreviation (``St.``, ``Mr.``, ``Sept.``, ``No. 5``, ``Inc.``), to an initial (``A. Pushkin``)
or to a dotted acronym (``U.S.``). A full stop with the space after it lost ("said.The") ends a
sentence too. A blank line always ends a sentence; so does a line break
after a line without punctuation (a headline), a line break before a bullet, and the end of a
wire dateline (``MOSCOW, May 31. /TASS/.``). Hard-wrapped paragraphs are joined.
"""

from __future__ import annotations

import re

import attrs

from turkru.lexicon import Lexicon
from turkru.lexicon._start import compile_fast
from turkru.text._dateline import datelines
from turkru.text._layout import split_paragraphs
from turkru.text._vocab import require_text

_BOUNDARY = compile_fast(  # with a skip to its marks: most of the text holds none
    r"(?<![.!?…])[.!?…](?:[.!?…]*[\"'”\u2019»)\]]*(?=\s+(?:/{2,}|\ufffd\s|[\"“\u2018'«(\[]*[A-Z0-9•\u0410-\u042f\u0401]))"
    r"|(?<=[a-z]{3}[.!?])[\"”\u2019]?(?=[A-Z][a-z]{2,}))"  # or a lost space: "the minister said.The talks"
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LINE_END_TERMINAL = re.compile(r"[.!?…:;][\"'”\u2019»)\]]*$")
_TRAILING_MARKS = re.compile(r"[.:\-\u2013\u2014]{1,40}(?=\s)")
_CONTINUATION_END = re.compile(r"[,(\-\u2013—&/]$")
_BULLET = re.compile(r"[•·▪●◦‣*\u2013—-]\s")
_OPENERS = "\"'“\u2018«([”\u2019»)]"


def _last_token(text: str, end: int, floor: int) -> str:
    """The whitespace-delimited token that ends at *end*, quotes and brackets stripped."""
    start = end
    limit = max(floor, end - 40)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    return text[start:end].strip(_OPENERS)


@attrs.frozen
class _Abbreviations:
    """The lexicon's abbreviations (data/sentences.json) and abbreviated month names, lower case."""

    words: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Abbreviations:
        return cls(frozenset((*lexicon.words("ABBREVIATION"), *lexicon.words("MONTH_ABBREVIATION"))))


def _is_abbreviation(token: str, abbreviations: frozenset[str]) -> bool:
    if not token:
        return False
    if token.lower() in abbreviations:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "A. Pushkin"
    return bool(_DOTTED_ACRONYM.fullmatch(token))


def _ends_sentence_at_dot(text: str, match: re.Match[str], floor: int, abbreviations: frozenset[str]) -> bool:
    punctuation = match.group()
    if match.end() < len(text) and not text[match.end()].isspace():  # a lost space: after a plain word only
        return _last_token(text, match.start(), floor).islower()
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True
    return not _is_abbreviation(_last_token(text, match.start(), floor), abbreviations)


def _is_wrapped(lines: list[tuple[int, int]], text: str) -> bool:
    """Whether a paragraph is hard-wrapped prose (line breaks are just spaces)."""
    if len(lines) < 3:
        return False
    bulleted = sum(1 for start, end in lines[1:] if _BULLET.match(text[start:end].lstrip()))
    if 2 * bulleted >= len(lines) - 1:
        return False  # most lines open with a bullet: a list, each line its own item
    inner = [text[start:end].rstrip() for start, end in lines[:-1]]
    if max(len(line) for line in inner) > 120:
        return False
    open_lines = [line for line in inner if not _LINE_END_TERMINAL.search(line)]
    average = sum(len(line) for line in inner) / len(inner)
    return 5 * len(open_lines) >= 3 * len(inner) and average >= 40


def _line_break_ends_sentence(previous: str, following: str, abbreviations: frozenset[str]) -> bool:
    """Whether a single line break between two lines of a paragraph ends a sentence."""
    previous = previous.rstrip()
    following = following.lstrip()
    if _BULLET.match(following):
        return True
    terminal = _LINE_END_TERMINAL.search(previous)
    if terminal is not None:
        if previous[terminal.start()] == "." and not previous.endswith(".."):
            token = _last_token(previous, terminal.start(), 0)
            return not _is_abbreviation(token, abbreviations)
        return True
    if _CONTINUATION_END.search(previous):
        return False
    return not following[:1].islower()


def _split_segment(
    text: str, start: int, end: int, spans: list[tuple[int, int]], abbreviations: frozenset[str]
) -> None:
    """Split ``text[start:end]`` (no paragraph or headline breaks inside) at sentence ends."""
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _ends_sentence_at_dot(text, match, start, abbreviations):
            _add(text, cursor, match.end(), spans)
            cursor = match.end()
    _add(text, cursor, end, spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def split_sentences(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into *text*, whitespace-trimmed, in order (*lexicon*: the
    abbreviations and the datelines' calendar names; None, the default)."""
    require_text(text, "split_sentences")
    lexicon = lexicon or Lexicon.default()
    abbreviations = lexicon.derive(_Abbreviations.of).words
    grammar = datelines(lexicon).dateline
    spans: list[tuple[int, int]] = []
    for lines in split_paragraphs(text):
        wrapped = _is_wrapped(lines, text)
        segment_start = lines[0][0]
        for index, (line_start, line_end) in enumerate(lines):
            if index > 0:
                previous_start, previous_end = lines[index - 1]
                if not wrapped and _line_break_ends_sentence(
                    text[previous_start:previous_end], text[line_start:line_end], abbreviations
                ):
                    _split_segment(text, segment_start, previous_end, spans, abbreviations)
                    segment_start = line_start
            first = line_start
            while first < line_end and text[first].isspace():
                first += 1
            dateline = grammar.match(text, first, line_end)
            if dateline is not None and text[dateline.end() : line_end].strip():
                if segment_start < first:
                    _split_segment(text, segment_start, first, spans, abbreviations)
                dateline_end = _TRAILING_MARKS.match(text, dateline.end(), line_end)
                end = dateline_end.end() if dateline_end else dateline.end()
                _add(text, first, end, spans)
                segment_start = end
        _split_segment(text, segment_start, lines[-1][1], spans, abbreviations)
    return spans
