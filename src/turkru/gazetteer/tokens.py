r"""Word tokens with offsets, and the normal form shared by gazetteer phrases and article text.

Gazetteer phrases and running text are compared token by token on a normal form: words are
lower-cased and stripped of accents, dashes are dropped (``Turkmen\u2013Russian`` equals
``Turkmen Russian``), curly apostrophes become ``'``, other punctuation stays a token of
its own, and a line break is a token that no phrase contains, so no match spans lines.

:func:`tokenize` does the work in a few C-level passes (one ``re.split``, running sums of the
piece lengths, a memoised normal form per distinct word), so a long text costs little more
per token than the regular expression itself; :func:`iter_tokens` wraps it for convenience.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import accumulate
from typing import NamedTuple

from turkru.lexicon._scan import compile_scanning

_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASHES = frozenset(_DASH_CHARS)
_APOSTROPHES = frozenset("'\u2019\u2018`\u00b4\u02bc\u2032")
_SPLIT = compile_scanning(rf"((?:[A-Za-z0-9]++[^\W_]*+|[^\W_]++)|\n|[^\s{re.escape(_DASH_CHARS)}])", 0, ("\\S", "\n"))
"""A token (a run of letters and digits, a line break, one other character); dashes, being
single characters that never join a longer token, fall in the gaps between tokens with spaces.
(The run is possessive, and "other" is what is neither white space nor a dash: at a letter or
digit the run has already matched. Both make the split about a tenth faster. A run read first
as ASCII letters and digits, then any other letters and digits, is the same run (the same tokens),
found another tenth faster: a bitmap test per character instead of a Unicode category look-up.
Every token begins with a character that is not white space, or with a line break: the search
skips in C over the other white space, without entering the matcher (a third faster again).)"""
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
_MEMO_LIMIT = 1 << 16

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


class Tokens(NamedTuple):
    """The tokens of a text as parallel lists: token *i* is ``texts[i]`` at ``starts[i]:ends[i]``."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    norms: list[str]


def normalize_word(word: str) -> str:
    """The normal form of one word: lower case, accents stripped (``Türkmenbaşy`` -> ``turkmenbasy``)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered.translate(_LETTERS))
    folded = decomposed.encode("ascii", "ignore").decode()
    return folded or lowered


def _token_norm(piece: str) -> str:
    if piece in _APOSTROPHES:
        return "'"
    if piece[0].isalnum():
        return normalize_word(piece)
    return piece


class _Norms(dict[str, str]):
    """Normal forms by token text, computed once per distinct text; cleared when it grows large."""

    def __missing__(self, piece: str) -> str:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        norm = self[piece] = _token_norm(piece)
        return norm


_NORMS = _Norms()


def token_norm(piece: str) -> str:
    """The normal form of one token's text (memoised: texts repeat the same words)."""
    return _NORMS[piece]


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """The tokens of ``text[start:end]`` (bounds clamped like ``re`` does), offsets into *text*."""
    size = len(text)
    begin = min(max(start, 0), size)
    stop = size if end is None else min(max(end, 0), size)
    if stop <= begin:
        return Tokens([], [], [], [])
    pieces = _SPLIT.split(text[begin:stop] if begin or stop < size else text)
    offsets = list(accumulate(map(len, pieces), initial=begin))
    texts = pieces[1::2]
    return Tokens(offsets[1:-1:2], offsets[2::2], texts, list(map(_NORMS.__getitem__, texts)))


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of ``text[start:end]``, with offsets into *text*; dashes are skipped."""
    yield from map(Token, *tokenize(text, start, end))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The normal forms of a phrase's tokens, the key it is looked up by."""
    return tuple(norm for norm in tokenize(phrase).norms if norm != BREAK)
