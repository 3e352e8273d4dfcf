"""Two wordings name one thing: Jaccard similarity of their content words, or containment."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from turkru.chronicle.rules import CONTAINED_WORDS, SIMILARITY, similar
from turkru.text.similarity import jaccard

WORDS = st.frozensets(st.sampled_from(["gas", "oil", "trade", "culture", "sport", "science", "rail"]), max_size=6)


class TestSimilar:
    @given(WORDS, WORDS)
    def test_as_defined(self, first: frozenset[str], second: frozenset[str]) -> None:
        """similar() is the Jaccard test or the containment test, spelled out with sets."""
        smaller, larger = sorted((first, second), key=len)
        expected = jaccard(first, second) >= SIMILARITY or (len(smaller) >= CONTAINED_WORDS and smaller <= larger)
        assert similar(first, second) is expected

    def test_half_the_words_shared_is_enough_fewer_is_not(self) -> None:
        """Two of four words in all shared: similar; one of three: not; nothing at all: not."""
        assert similar(frozenset({"gas", "oil", "rail"}), frozenset({"gas", "oil", "sport"}))
        assert not similar(frozenset({"gas", "rail"}), frozenset({"gas", "sport"}))
        assert not similar(frozenset(), frozenset())

    def test_three_words_inside_a_longer_title(self) -> None:
        """Three content words all within a title of seven are that title; two within six are not."""
        longer = frozenset({"gas", "oil", "trade", "culture", "sport", "science", "rail"})
        assert similar(frozenset({"gas", "oil", "trade"}), longer)
        assert not similar(frozenset({"gas", "oil"}), longer - {"rail"})
