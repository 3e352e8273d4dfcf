r"""Word tokens with offsets, and the normal form shared by gazetteer phrases and article text.

Gazetteer phrases and running text are compared token by token on a normal form: words are
lower-cased and stripped of accents, dashes are dropped (``Turkmen\u2013Russian`` equals
``Turkmen Russian``), curly apostrophes become ``'``, other punctuation stays a token of
its own, and a line break is a token that no phrase contains, so no match spans lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W_]+|\n|[^\w\s]|_")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_APOSTROPHES = frozenset("'\u2019\u2018`\u00b4\u02bc\u2032")
_LETTERS = str.maketrans(
    {
        "\u0131": "i",
        "\u0142": "l",
        "\u00f8": "o",
        "\u0111": "d",
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u0153": "oe",
    }
)

BREAK = "\n"


class Token(NamedTuple):
    """One token of a text: its span, its text and its normal form (a tuple: millions are made)."""

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        """Whether the token is a word (letters or digits) rather than punctuation."""
        return self.norm[:1].isalnum()


def normalize_word(word: str) -> str:
    """The normal form of one word: lower case, accents stripped (``Türkmenbaşy`` -> ``turkmenbasy``)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered.translate(_LETTERS))
    folded = decomposed.encode("ascii", "ignore").decode()
    return folded or lowered


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of ``text[start:end]``, with offsets into *text*; dashes are skipped."""
    stop = len(text) if end is None else end
    for match in _TOKEN.finditer(text, start, stop):
        piece = match.group()
        if piece in _DASHES:
            continue
        if piece in _APOSTROPHES:
            norm = "'"
        elif piece[0].isalnum():
            norm = normalize_word(piece)
        else:
            norm = piece
        yield Token(match.start(), match.end(), piece, norm)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The normal forms of a phrase's tokens, the key it is looked up by."""
    return tuple(token.norm for token in iter_tokens(phrase) if token.norm != BREAK)
