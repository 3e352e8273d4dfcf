"""The cue-word registry: cheap pre-filters an extractor asks before reading a sentence closely.

Every filter's words join one shared vocabulary; a sentence is scanned for all of them in one
pass (a trie-factored regex) the first time any filter asks, and the answer is memoised.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Sequence

import attrs


@attrs.define
class _Vocabulary:
    """Every cue word of every word filter, in the order the filters were made: each sentence
    looks for all of them in one pass (see CueWords and CueMemo.contains)."""

    words: list[str] = attrs.field(factory=list)


_VOCABULARY = _Vocabulary()


@attrs.frozen
class CueWords:
    """Lower-case words, any of which a sentence must contain for an extractor to read it closely.

    ``known`` is how many words the shared vocabulary held once these were added: a sentence
    scanned for at least that many words has looked for all of them.
    """

    words: frozenset[str]
    known: int
    mask: int = 0
    """One bit per word, at the word's place in the shared vocabulary (see :meth:`_CueScanner.mask`)."""


def word_filter(*words: str) -> CueWords:
    """A cheap pre-filter: any of the lower-case *words* anywhere in a sentence (see :meth:`Sentence.has_any`)."""
    vocabulary = _VOCABULARY.words
    vocabulary.extend(word for word in dict.fromkeys(words) if word not in vocabulary)
    mask = sum(1 << vocabulary.index(word) for word in frozenset(words))
    return CueWords(words=frozenset(words), known=len(vocabulary), mask=mask)


_Trie = dict[str, "_Trie"]  # next character -> subtree; the key "" marks the end of a word


def _trie_pattern(words: Sequence[str]) -> str:
    """One regex for *words*, factored on common prefixes (much faster to scan than a flat
    alternation); at a position it matches the longest of the words found there."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


_MEMO_LIMIT = 1 << 16
_NONE: frozenset[str] = frozenset()


class _Pieces(dict[str, int]):
    """The vocabulary words in each piece met so far, as bits (scanned on a miss; cleared when it grows large)."""

    def __init__(self, scan: Callable[[str], int]) -> None:
        super().__init__()
        self.scan = scan

    def __missing__(self, piece: str) -> int:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        found = self[piece] = self.scan(piece)
        return found


@attrs.frozen
class _CueScanner:
    """Finds which words of a vocabulary a lower-case text contains, overlaps included.

    A word without white space lies inside one white-space-delimited piece of the text, so the
    pieces are scanned one by one and each distinct piece only once (``_pieces``: the news
    repeats its words); the few words with a space in them are looked for in the whole text.
    """

    size: int
    pattern: re.Pattern[str]
    prefixes: dict[str, frozenset[str]]
    spaced: tuple[str, ...] = ()
    bits: dict[str, int] = attrs.field(factory=dict)
    """Each word's bit: 1 shifted by its place in the vocabulary."""
    _pieces: _Pieces = attrs.field(init=False, eq=False, repr=False)

    @_pieces.default
    def _new_pieces(self) -> _Pieces:
        return _Pieces(self._piece_mask)

    def _piece_mask(self, piece: str) -> int:
        bits = self.bits
        return sum(bits[word] for word in self.scan(piece))

    def scan(self, lower: str) -> frozenset[str]:
        """The vocabulary words in *lower*: at each position the longest one and its prefixes."""
        found: set[str] = set()
        match = self.pattern.search(lower) if self.prefixes else None
        while match is not None:
            found |= self.prefixes[match.group()]
            match = self.pattern.search(lower, match.start() + 1)
        return frozenset(found) if found else _NONE

    def find(self, lower: str) -> frozenset[str]:
        """The vocabulary words in *lower* (the same as :meth:`scan`, piece by piece)."""
        mask = self.mask(lower)
        return frozenset(word for word, bit in self.bits.items() if mask & bit)

    def mask(self, lower: str) -> int:
        """The bits of the vocabulary words in *lower*: each distinct piece of it scanned once (a
        word without a space lies inside one piece), the words with a space in the whole text."""
        # most pieces hold no word: their zero bits are dropped in C before any OR of big ints
        found: int = functools.reduce(operator.or_, filter(None, map(self._pieces.__getitem__, lower.split())), 0)
        for word in self.spaced:
            if word in lower:
                found |= self.bits[word]
        return found


@functools.lru_cache(maxsize=1)
def _cue_scanner(size: int) -> _CueScanner:
    """The scanner for the first *size* words of the vocabulary (which only grows: only the
    scanner for its current size is kept)."""
    words = _VOCABULARY.words[:size]
    prefixes = {word: frozenset(other for other in words if word.startswith(other)) for word in words}
    spaced = tuple(word for word in words if any(char.isspace() for char in word))
    bits = {word: 1 << place for place, word in enumerate(words)}
    return _CueScanner(
        size=size, pattern=re.compile(_trie_pattern(words)), prefixes=prefixes, spaced=spaced, bits=bits
    )


@attrs.define
class CueMemo:
    """The cue words a sentence contains, out of the first ``known`` words of the vocabulary
    (filled on the first question, redone if a filter made since asks)."""

    known: int = -1
    found: int = 0
    """The bits of the vocabulary words the sentence contains (see :attr:`CueWords.mask`)."""

    def contains(self, lower: str, cues: CueWords) -> bool:
        """Whether the lower-case text *lower* (the memo's sentence) contains any word of *cues*."""
        if self.known < cues.known:  # not scanned yet, or not for the words of a filter made since
            scanner = _cue_scanner(len(_VOCABULARY.words))
            self.known, self.found = scanner.size, scanner.mask(lower)
        return bool(self.found & cues.mask)
