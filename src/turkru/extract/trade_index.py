"""A trade sentence indexed by position, so that each clause reads only its own mentions and dates
(linear time in the number of clauses; issue 12, Q5)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from turkru.extract.document import Sentence
from turkru.extract.periods import Periods

if TYPE_CHECKING:
    from turkru.extract.trade_cues import TradeCueWords
from turkru.text.mentions import Mention

# Kinds a trade word may stand inside without naming goods (everything else is a name: "Gazprom Export").
_NOT_NAMES = ("commodity",)

_Numbered = tuple[int, Mention]
"""A mention with its place in the sentence's mention order."""


class _Spans:
    """Mentions sorted by one sentence-local offset (their start or their end)."""

    def __init__(self, mentions: list[_Numbered], offset: Callable[[Mention], int]) -> None:
        self._items = sorted(mentions, key=lambda item: (offset(item[1]), item[0]))
        self._keys = [offset(mention) for _, mention in self._items]

    def between(self, low: int, high: int) -> list[_Numbered]:
        """The mentions whose offset is in ``[low, high)``."""
        return self._items[bisect.bisect_left(self._keys, low) : bisect.bisect_left(self._keys, high)]


class TradeIndex:
    """The mentions of one sentence by kind and position, its names' extents and its figure periods.
    Offsets asked are sentence-local, like the clause bounds of the trade extractor."""

    def __init__(self, sentence: Sentence, words: TradeCueWords) -> None:
        self.words = words
        """The lexicon's trade-word rules."""
        self._sentence = sentence
        origin = sentence.start
        self._spans: dict[tuple[tuple[str, ...], bool], _Spans] = {}  # built when first asked
        names = sorted((m.start - origin, m.end - origin) for m in sentence.mentions if m.kind not in _NOT_NAMES)
        self._name_starts = [start for start, _ in names]
        self._name_lengths = [end - start for start, end in names]
        self._name_reach: list[int] = []  # the furthest end of any name starting at or before each start
        for _, end in names:
            self._name_reach.append(max(end, self._name_reach[-1]) if self._name_reach else end)

    def reach(self, start: int, length: int) -> int:
        """The offset *length* characters of text after *start*, each name counted as one character:
        "to the Russian Federation has not yet been resumed" reaches as far as "to Russia has not yet
        been resumed"."""
        end = start + length
        index = bisect.bisect_left(self._name_starts, start)
        while index < len(self._name_starts) and self._name_starts[index] < end:
            end += self._name_lengths[index] - 1
            index += 1
        return end

    @functools.cached_property
    def periods(self) -> Periods:
        """The sentence's period dates, read once when first asked."""
        return Periods(self._sentence, lexicon=self.words.lexicon)

    @functools.cached_property
    def cuts(self) -> list[tuple[int, int]]:
        """Where new subjects start clauses (see :func:`turkru.extract.trade_cues.subject_cuts`), read once."""
        return [cut.span() for cut in self.words.new_subject.finditer(self._sentence.text)]

    def _of(self, kinds: tuple[str, ...], by_end: bool) -> _Spans:
        """The mentions of *kinds* (all when empty) sorted by their start or end, made once."""
        key = (kinds, by_end)
        if key not in self._spans:
            origin = self._sentence.start
            numbered = [item for item in enumerate(self._sentence.mentions) if not kinds or item[1].kind in kinds]
            offset: Callable[[Mention], int] = (lambda m: m.end - origin) if by_end else (lambda m: m.start - origin)
            self._spans[key] = _Spans(numbered, offset)
        return self._spans[key]

    def starting(self, left: int, right: int, *kinds: str) -> list[Mention]:
        """The mentions (of *kinds*, or of any kind) starting in ``[left, right)``, in sentence order."""
        return _in_order(self._of(kinds, False).between(left, right))

    def ending(self, low: int, high: int, *kinds: str) -> list[Mention]:
        """The mentions (of *kinds*, or of any kind) ending in ``[low, high]``, in sentence order."""
        return _in_order(self._of(kinds, True).between(low, high + 1))

    def inside_name(self, local: int) -> bool:
        """Whether a local offset falls inside a named mention (a company, a body)."""
        index = bisect.bisect_right(self._name_starts, local)
        return index > 0 and self._name_reach[index - 1] > local


def _in_order(found: list[_Numbered]) -> list[Mention]:
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]
