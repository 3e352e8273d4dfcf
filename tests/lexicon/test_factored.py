"""A slot of lower-case phrases compiles to a trie of them (``sign(?:ed)?``): the same matches as the
flat longest-first alternation, whatever follows it and whatever the case of the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.lexicon._compile import alternation


def flat(phrases: tuple[str, ...]) -> str:
    """The plain longest-first alternation (ties in data order)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered) + ")"


def found(pattern: str, text: str, flags: int) -> list[tuple[int, int] | None]:
    compiled = re.compile(pattern, flags)
    return [match.span() if (match := compiled.match(text, offset)) else None for offset in range(len(text) + 1)] + [
        match.span() for match in compiled.finditer(text)
    ]


CONTEXTS = ("{}", r"\b{}\b", "{}s?", r"{}\s+to", "(?:{})+", r"{}(?=[a-z])")


class TestFactored:
    def test_news_words(self) -> None:
        """Verb forms and multi-word phrases of the kind the lexicon holds."""
        phrases = ("visit", "visits", "visited", "visiting", "visit to", "arrive", "arrived in", "a", "an", "and")
        text = "He visited and visits, an arrival: arrived in Kazan, a visit to Ashgabat; visiting."
        for context in CONTEXTS:
            for flags in (0, re.IGNORECASE):
                assert found(context.format(alternation(phrases)), text, flags) == found(
                    context.format(flat(phrases)), text, flags
                ), context

    def test_upper_case_phrases_stay_flat(self) -> None:
        """A phrase with a capital (an exact-case rule) keeps the plain alternation."""
        assert alternation(("Ab", "aC")) == flat(("Ab", "aC"))


_PHRASE = st.lists(st.sampled_from(["a", "ab", "b", "ba", "abc", "c"]), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PHRASE, min_size=1, max_size=6).map(tuple),
    st.text(alphabet="abcAB -", max_size=24),
    st.sampled_from(CONTEXTS),
    st.booleans(),
)
def test_random_phrases_match_as_flat(phrases: tuple[str, ...], text: str, context: str, ignore_case: bool) -> None:
    """Random small phrase sets over a small alphabet: the same matches at every offset."""
    flags = re.IGNORECASE if ignore_case else 0
    assert found(context.format(alternation(phrases)), text, flags) == found(context.format(flat(phrases)), text, flags)
