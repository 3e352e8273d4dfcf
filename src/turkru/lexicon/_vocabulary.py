"""One vocabulary of cue words, each with its bit, and the bits of the words a text holds.

The extractors' word filters (:mod:`turkru.extract.cue_words`) and the rules' gates
(:mod:`turkru.lexicon._gate`) put their words here; a sentence is read for all of them in one
pass (once, when the document is built) and each filter or gate then costs an AND of bits.

A word without white space lies inside one white-space-delimited piece of a text, so the pieces
are read one by one, each distinct piece only once (the news repeats its words), by one regex of
every word factored on common beginnings; the few words with a space in them are looked for in
the whole text. The vocabulary only grows: the pieces read before a word joined are read again.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable

_MEMO_LIMIT = 1 << 16


class _Pieces(dict[str, int]):
    """The bits of the words in each piece met so far (read on a miss; cleared when it grows large)."""

    def __init__(self, read: Callable[[str], int]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, piece: str) -> int:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        found = self[piece] = self.read(piece)
        return found


class _Reader:
    """Reads texts for the first ``size`` words of a vocabulary (a new one when words join, so a
    text read at the same time by an older one keeps that one's answers apart)."""

    def __init__(self, words: list[str], bits: dict[str, int]) -> None:
        from turkru.lexicon._compile import _factored

        self.size = len(words)
        spaced = {word for word in words if any(char.isspace() for char in word)}
        solid = [word for word in words if word not in spaced]
        self.spaced = tuple((word, bits[word]) for word in words if word in spaced)
        self.prefixes = {  # each word's bit and those of the words it begins with
            word: functools.reduce(operator.or_, (bits.get(word[:end], 0) for end in range(1, len(word) + 1)))
            for word in solid
        }
        self.pattern = re.compile(_factored(tuple(solid)) if solid else "(?!)")  # at a place, the longest word there
        self.pieces = _Pieces(self.read)

    def read(self, piece: str) -> int:
        """The bits of the words in one piece: at each place the longest word there and those it begins with."""
        pattern, prefixes = self.pattern, self.prefixes
        found = 0
        match = pattern.search(piece)
        while match is not None:
            found |= prefixes[match.group()]
            match = pattern.search(piece, match.start() + 1)
        return found

    def mask(self, lower: str) -> int:
        """The bits of the words in the lower-case text *lower*."""
        # most pieces hold no word: their zero bits are dropped in C before any OR of big ints
        found: int = functools.reduce(operator.or_, filter(None, map(self.pieces.__getitem__, lower.split())), 0)
        for word, bit in self.spaced:
            if word in lower:
                found |= bit
        return found


class Vocabulary:
    """Words in the order they joined, each with its bit (1 shifted by its place)."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.bits: dict[str, int] = {}
        self.grown: list[Callable[[], None]] = []
        """What to call when words join (those keeping bits read before forget them)."""
        self._reader: _Reader | None = None

    @property
    def size(self) -> int:
        """How many words the vocabulary holds."""
        return len(self.words)

    def add(self, words: Iterable[str]) -> int:
        """The bits of *words* (lower case), each joining the vocabulary if new."""
        wanted = tuple(dict.fromkeys(words))
        fresh = [word for word in wanted if word not in self.bits]
        for word in fresh:
            self.bits[word] = 1 << len(self.words)
            self.words.append(word)
        if fresh:
            self._reader = None
            for forget in self.grown:
                forget()
        return functools.reduce(operator.or_, map(self.bits.__getitem__, wanted), 0)

    def read(self, lower: str) -> tuple[int, int]:
        """How many words the lower-case text *lower* was read for (the first ones of the
        vocabulary: all of them unless some joined meanwhile), and the bits of those it holds."""
        reader = self._reader
        if reader is None:
            reader = self._reader = _Reader(list(self.words), dict(self.bits))
        return reader.size, reader.mask(lower)

    def mask(self, lower: str) -> int:
        """The bits of the vocabulary words in the lower-case text *lower*."""
        return self.read(lower)[1]

    def scan(self, lower: str) -> frozenset[str]:
        """The vocabulary words in *lower*, each looked for in the whole text (what :meth:`mask`
        finds piece by piece)."""
        return frozenset(word for word in self.words if word in lower)

    def find(self, lower: str) -> frozenset[str]:
        """The vocabulary words in *lower*, from :meth:`mask`."""
        found = self.mask(lower)
        return frozenset(word for word, bit in self.bits.items() if found & bit)


VOCABULARY = Vocabulary()
"""The one vocabulary of the package's word filters and gates."""
