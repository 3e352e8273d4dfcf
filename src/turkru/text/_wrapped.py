"""Hard-wrapped paragraphs (mailed releases, wire copy, some scraped pages) read as whole lines.

A paragraph is taken for hard-wrapped prose when its lines were plainly filled to one width: it has
three lines or more, the widest is 40 to 120 characters, each line but the last (nearly every one)
is too full to take the next line's first word, and a third of the lines or more go on in lower case
(a list of headlines never does). The breaks after its full lines become spaces (the text keeps its
length; a short line inside, such as a stamp, stays a line of its own), so the layout, the sentence
splitter and the rules see the paragraph a reader sees. In a page with such a paragraph, a shorter
paragraph's break is a wrap too when its line is as full as that width allows and the next line goes
on with it: in lower case, after a comma or a word that cannot end a headline ("of", "the", "and",
...), or after a line with no end of sentence in a paragraph that ends one (not before a dateline).
Any other paragraph keeps its lines.
"""

from __future__ import annotations

import re

from turkru.text._layout import split_paragraphs

_FEWEST_LINES = 3
_NARROWEST, _WIDEST = 40, 120
_FILLED_SHARE = 0.8  # of the lines before the last: a justified or hand-broken line may fall short
_LOWER_SHARE = 1 / 3  # of the lines after the first that open in lower case
_SLACK = 20  # a line of a wrapped page is at most this much short of its width
_OVER = 8  # ... and at most this much longer than the widest of its plainly wrapped paragraphs
_ENDS_MID_PHRASE = re.compile(
    r"(?:,|\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|that|as|its|their|his|her|between))$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_DATELINE = re.compile(r"[A-Z]{3,40}[A-Z .-]{0,40},")  # "ASHGABAT, 4 May": a story's first line


def is_filled(lines: list[str]) -> bool:
    """Whether *lines* (one paragraph) read as prose wrapped at one width."""
    if len(lines) < _FEWEST_LINES:
        return False
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not _NARROWEST <= width <= _WIDEST:
        return False
    openings = [line.split(None, 1)[0] for line in lines[1:]]
    filled = sum(1 for used, word in zip(widths, openings, strict=False) if used + 1 + len(word) > width)
    lower = sum(1 for word in openings if word[0].islower())
    return filled >= _FILLED_SHARE * len(openings) and lower >= _LOWER_SHARE * len(openings)


def _full(line: str, following: str, width: int, over: int = 0) -> bool:
    """Whether *line* is as full as *width* (up to *over* more) allows: the next line's first word
    would not fit."""
    used = len(line.rstrip())
    return width - _SLACK <= used <= width + over and width < used + 1 + len(following.split(None, 1)[0])


def _goes_on(line: str, following: str, last: str) -> bool:
    """Whether *following* goes on with *line*'s sentence in a paragraph ending on *last*."""
    if following.lstrip()[0].islower() or _ENDS_MID_PHRASE.search(line.rstrip()) is not None:
        return True
    ends_open = _ENDS_SENTENCE.search(line.rstrip()) is None
    return ends_open and _ENDS_SENTENCE.search(last.rstrip()) is not None and not _DATELINE.match(following.lstrip())


def join_wrapped_lines(text: str) -> str:
    """*text* with the line breaks of its hard-wrapped paragraphs made spaces; same length."""
    if "\n" not in text:
        return text
    paragraphs = []
    for spans in split_paragraphs(text):
        lines = [text[start:end] for start, end in spans]
        width = max(len(line.rstrip()) for line in lines) if is_filled(lines) else None  # None: not wrapped
        paragraphs.append((spans, lines, width))
    widths = [width for _, _, width in paragraphs if width is not None]
    if not widths:
        return text
    page_width = max(widths)
    chars = list(text)
    for spans, lines, own_width in paragraphs:
        for (_, end), line, following in zip(spans, lines, lines[1:], strict=False):
            if own_width is not None:
                wraps = _full(line, following, own_width)  # a short line inside is a break of its own
            else:
                wraps = _full(line, following, page_width, _OVER) and _goes_on(line, following, lines[-1])
            if wraps:
                for index in range(end, text.index("\n", end) + 1):  # a CR and the newline
                    chars[index] = " "
    return "".join(chars)
