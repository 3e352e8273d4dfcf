"""Tests for turkru.extract.trade_index: a trade sentence's mentions looked up by position."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from turkru.extract.document import Sentence
from turkru.extract.trade_cues import trade_cue_words
from turkru.extract.trade_index import TradeIndex
from turkru.text.mentions import Mention

ORIGIN = 100
"""Where the invented sentence starts in its article (offsets asked are local to it)."""

_KINDS = ("commodity", "country", "company", "region")


@st.composite
def sentences(draw: st.DrawFn) -> Sentence:
    """A sentence of filler text with overlapping, unordered mentions of a few kinds."""
    mentions = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, 50))
        end = start + draw(st.integers(0, 10))
        mentions.append(Mention(ORIGIN + start, ORIGIN + end, "x" * (end - start), draw(st.sampled_from(_KINDS)), "v"))
    return Sentence(index=0, start=ORIGIN, end=ORIGIN + 60, text="x" * 60, mentions=tuple(mentions), timexes=())


def index_of(sentence: Sentence) -> TradeIndex:
    return TradeIndex(sentence, trade_cue_words())


class TestTradeIndex:
    @given(sentences(), st.integers(0, 60), st.integers(0, 60), st.sampled_from([(), ("commodity",), _KINDS[1:3]]))
    def test_starting_agrees_with_filtering_every_mention(
        self, sentence: Sentence, left: int, right: int, kinds: tuple[str, ...]
    ) -> None:
        """The mentions starting in a clause, of some kinds, in sentence order, as a full scan finds them."""
        naive = [
            m for m in sentence.mentions if left <= m.start - ORIGIN < right and (not kinds or m.kind in kinds)
        ]
        assert index_of(sentence).starting(left, right, *kinds) == naive

    @given(sentences(), st.integers(0, 60), st.integers(0, 20), st.sampled_from([(), ("country",)]))
    def test_ending_agrees_with_filtering_every_mention(
        self, sentence: Sentence, high: int, reach: int, kinds: tuple[str, ...]
    ) -> None:
        """The mentions ending in a window before an offset, as a full scan finds them."""
        naive = [
            m for m in sentence.mentions if high - reach <= m.end - ORIGIN <= high and (not kinds or m.kind in kinds)
        ]
        assert index_of(sentence).ending(high - reach, high, *kinds) == naive

    @given(sentences(), st.integers(0, 60))
    def test_inside_name_agrees_with_every_name(self, sentence: Sentence, local: int) -> None:
        """Whether an offset is inside a name (any mention but goods), nested names included."""
        naive = any(m.start <= ORIGIN + local < m.end for m in sentence.mentions if m.kind != "commodity")
        assert index_of(sentence).inside_name(local) == naive
