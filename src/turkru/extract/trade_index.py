"""A trade sentence indexed by position, so that each clause reads only its own mentions and dates
(linear time in the number of clauses; issue 12, Q5)."""

from __future__ import annotations

import bisect
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

    def __init__(
        self, sentence: Sentence, periods: Periods, cuts: list[tuple[int, int]], words: TradeCueWords
    ) -> None:
        self.words = words
        """The lexicon's trade-word rules."""
        self.periods = periods
        """The sentence's period dates, read once."""
        self.cuts = cuts
        """Where new subjects start clauses (see :func:`turkru.extract.trade_cues.subject_cuts`), read once."""
        origin = sentence.start
        numbered = list(enumerate(sentence.mentions))
        kinds = {mention.kind for mention in sentence.mentions}
        self._by_start = {
            kind: _Spans([item for item in numbered if item[1].kind == kind], lambda m: m.start - origin)
            for kind in kinds
        }
        self._by_end = {
            kind: _Spans([item for item in numbered if item[1].kind == kind], lambda m: m.end - origin)
            for kind in kinds
        }
        self._all = _Spans(numbered, lambda m: m.start - origin)
        self._all_by_end = _Spans(numbered, lambda m: m.end - origin)
        names = sorted((m.start - origin, m.end - origin) for m in sentence.mentions if m.kind not in _NOT_NAMES)
        self._name_starts = [start for start, _ in names]
        self._name_reach: list[int] = []  # the furthest end of any name starting at or before each start
        for _, end in names:
            self._name_reach.append(max(end, self._name_reach[-1]) if self._name_reach else end)

    def starting(self, left: int, right: int, *kinds: str) -> list[Mention]:
        """The mentions (of *kinds*, or of any kind) starting in ``[left, right)``, in sentence order."""
        if not kinds:
            return _in_order(self._all.between(left, right))
        spans = [self._by_start[kind] for kind in kinds if kind in self._by_start]
        return _in_order([item for by_start in spans for item in by_start.between(left, right)])

    def ending(self, low: int, high: int, *kinds: str) -> list[Mention]:
        """The mentions (of *kinds*, or of any kind) ending in ``[low, high]``, in sentence order."""
        if not kinds:
            return _in_order(self._all_by_end.between(low, high + 1))
        spans = [self._by_end[kind] for kind in kinds if kind in self._by_end]
        return _in_order([item for by_end in spans for item in by_end.between(low, high + 1)])

    def inside_name(self, local: int) -> bool:
        """Whether a local offset falls inside a named mention (a company, a body)."""
        index = bisect.bisect_right(self._name_starts, local)
        return index > 0 and self._name_reach[index - 1] > local


def _in_order(found: list[_Numbered]) -> list[Mention]:
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]
