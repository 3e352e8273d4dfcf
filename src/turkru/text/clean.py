"""Boilerplate out, offsets kept: the cleaned text has exactly the length of the raw text.

Every character judged not to be article text becomes a space (newlines stay), so an offset in
the cleaned text is the same offset in the text the user passed in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from turkru.lexicon import Lexicon
from turkru.text._casefold import fold
from turkru.text._layout import BLANK, DATE_HEADER, PROSE, Line, classify
from turkru.text._vocab import require_text
from turkru.text._wrapped import join_wrapped_lines

_NOT_NEWLINE = re.compile(r"[^\r\n]")


# HTML: comments, script/style blocks, tags and character references.
_HTML_HINT = re.compile(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|html|body|table|td|tr|img|script)\b", re.I)
# no-break, figure, thin, hair and ideographic spaces: pages write dates and sums with them
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_HTML_RAW_OPEN = re.compile(r"<(script|style|noscript)\b[^>]{0,2000}>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,4000})?/?>|<![A-Za-z][^<>]{0,2000}>")
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption)\b",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _blank(segment: str) -> str:
    return _NOT_NEWLINE.sub(" ", segment)


def _comments(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``<!-- ... -->`` comments; an unclosed one ends the search (linear time)."""
    start = text.find(_COMMENT_OPEN)
    while start >= 0:
        close = text.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if close < 0:
            return
        yield start, close + len(_COMMENT_CLOSE)
        start = text.find(_COMMENT_OPEN, close + len(_COMMENT_CLOSE))


def _raw_blocks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of script, style and noscript blocks, each up to the first closing tag of its name.

    Each closing tag found is remembered, so an unclosed block costs one scan, not one per opening.
    """
    next_close: dict[str, re.Match[str] | None] = {}
    position = 0
    while (opening := _HTML_RAW_OPEN.search(text, position)) is not None:
        name = opening.group(1).lower()
        close = next_close.get(name)
        if name not in next_close or (close is not None and close.start() < opening.end()):
            close = next_close[name] = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, opening.end())
        if close is None:
            position = opening.start() + 1
            continue
        yield opening.start(), close.end()
        position = close.end()


def _tags(text: str) -> Iterator[tuple[int, int]]:
    return ((match.start(), match.end()) for match in _HTML_TAG.finditer(text))


def strip_html(text: str) -> str:
    """Blank tags, comments and script blocks; a block tag's first character becomes a newline.

    A character reference keeps its length: its first character becomes the decoded character
    when that is a single character, the rest spaces (``&amp;`` -> ``&    ``).
    """
    text = require_text(text, "strip_html")
    if not _HTML_HINT.search(text) and "&" not in text:
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for index in range(start, end):
            if chars[index] not in "\r\n":
                chars[index] = " "

    if _HTML_HINT.search(text):
        for spans in (_comments, _raw_blocks, _tags):
            for start, end in spans(text):
                if chars[start] == " ":  # already blanked inside a comment or script
                    continue
                blank(start, end)
                if _HTML_BLOCK_TAG.match(text, start, end):
                    chars[start] = "\n"
    for match in _HTML_ENTITY.finditer(text):
        if chars[match.start()] != "&":
            continue
        decoded = html.unescape(match.group())
        blank(match.start(), match.end())
        if len(decoded) == 1 and decoded not in "\u00a0\u200b":
            chars[match.start()] = decoded
    return "".join(chars)


def page_text(raw: str) -> str:
    """The page as its layout is read: HTML blanked (:func:`strip_html`), no-break and other
    typographic spaces made plain, hard-wrapped sentences joined; same length as *raw*."""
    text = strip_html(require_text(raw, "page_text"))
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    return join_wrapped_lines(text)


def clean(raw: str, lexicon: Lexicon | None = None) -> str:
    """The article text of *raw*, boilerplate replaced by spaces; same length, newlines kept.

    Blanked: HTML tags and comments, a leading ``date YYYY-MM-DD`` scraper header, menus and
    navigation, comment prompts, share widgets, counters, bylines, copyright lines, photo
    captions and credits, repeated headlines, related-news lists of dated headlines, and
    "N minutes ago" stamps. Article prose, headlines and datelines are kept. The boilerplate
    words and line rules come from *lexicon* (default: ``Lexicon.default()``).
    """
    text = page_text(require_text(raw, "clean"))
    return blank_boilerplate(text, classify(text, lexicon), lexicon)


def blank_boilerplate(text: str, lines: Sequence[Line], lexicon: Lexicon | None = None) -> str:
    """:func:`clean` for a text already read as a page (:func:`page_text`) and whose lines
    are already classified (``classify``), for a caller that also reads them for the date."""
    lexicon = lexicon or Lexicon.default()
    pieces: list[str] = []
    cursor = 0
    for line in lines:
        if line.kind is PROSE or line.kind is BLANK:
            continue
        pieces.append(text[cursor : line.start])
        pieces.append(_blank(text[line.start : line.end]))
        cursor = line.end
    pieces.append(text[cursor:])
    cleaned = "".join(pieces)
    header = DATE_HEADER.match(cleaned)
    if header is not None:
        cleaned = _blank(cleaned[: header.end()]) + cleaned[header.end() :]
    if lexicon.has_cue("layout.ago", fold(cleaned)):  # relative page-chrome stamps ("3 minutes ago")
        cleaned = lexicon.pattern("layout.ago").sub(lambda match: _blank(match.group()), cleaned)
    assert len(cleaned) == len(text)
    return cleaned
