"""Branch gates: an alternation searched in a kept text with only the branches it can match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.lexicon._branches import BranchGated, top_branches
from turkru.lexicon._gate import Gated, forget_texts, keep_text
from turkru.lexicon._start import compile_fast
from turkru.text._casefold import fold


def kept(text: str) -> str:
    keep_text(fold(text), text)
    return text


class TestTopBranches:
    def test_split_at_the_bars_of_the_top_only(self) -> None:
        """Bars inside groups, classes or escaped are not the top alternation's."""
        assert top_branches(r"\bsummit\b|(?:a|b)c|[|x]y|\|z") == [r"\bsummit\b", "(?:a|b)c", "[|x]y", r"\|z"]
        assert top_branches(r"[]|]a|b") == ["[]|]a", "b"]
        assert top_branches(r"[^]|]a|b") == ["[^]|]a", "b"]

    def test_what_is_not_split(self) -> None:
        """One branch, a comment, or brackets that do not balance: no split."""
        assert top_branches(r"\b(?:talks|meeting)\b") is None
        assert top_branches(r"a(?#x|y)|b") is None
        assert top_branches(r"a)|(b") is None
        assert top_branches(r"[ab|c") is None


_RULE = r"\bsummit\s+of\s+\w+\s+states\b|\bbusiness\s+forum\b|\b(?:expo|exhibition)\s+in\s+[A-Z]\w+"


class TestBranchGated:
    def test_a_text_holding_one_branchs_words_finds_what_the_whole_finds(self) -> None:
        """A kept text with the words of one branch only is searched with that branch, and finds
        what the whole pattern finds; a text with none of the words is no match at once."""
        pattern = compile_fast(_RULE, re.IGNORECASE)
        plain = re.compile(_RULE, re.IGNORECASE)
        assert isinstance(pattern, BranchGated)
        for text in (
            "The Business Forum opened, and a business   forum closed.",
            "A summit of Caspian states and an expo in Ashgabat.",
            "The ministers met in Moscow.",
            "An exhibition in Ashgabat followed the business forum.",
        ):
            sample = kept(text)
            assert [m.span() for m in pattern.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
            assert pattern.findall(sample) == plain.findall(sample)
        assert pattern.search(kept("The ministers met in Moscow.")) is None
        assert pattern.search("an expo in Kazan") is not None  # a text not kept: the whole pattern
        forget_texts()

    def test_anchored_searches_from_a_position_agree(self) -> None:
        """``match`` and ``fullmatch`` at a position, and a search of a stretch, give the whole
        pattern's answers in a kept text (the branches left out match nowhere in it)."""
        pattern = compile_fast(_RULE)
        plain = re.compile(_RULE)
        text = kept("Talks: business forum, then an expo in Baku; no summit of the Caspian states yet.")
        for start in range(len(text)):
            assert bool(pattern.match(text, start)) == bool(plain.match(text, start))
            for end in (start + 14, start + 20, len(text)):
                found, expected = pattern.search(text, start, end), plain.search(text, start, end)
                assert (found and found.span()) == (expected and expected.span())
                assert bool(pattern.fullmatch(text, start, end)) == bool(plain.fullmatch(text, start, end))
        forget_texts()

    def test_patterns_with_groups_or_one_gated_branch_are_not_split(self) -> None:
        """An alternation with a group (whose number a variant would change), or with fewer than
        two branches needing words, keeps the whole-pattern gate."""
        assert isinstance(compile_fast(r"\b(?P<what>summit)\b|\bbusiness\s+forum\b"), Gated)
        assert not isinstance(compile_fast(r"\bsummit\b|\d+\s+[a-z]+"), BranchGated)
        assert isinstance(compile_fast(r"\bsummit\b|\bforum\b"), BranchGated)


_BRANCH = st.lists(
    st.sampled_from([r"\b", "talks", "Forum", r"(?:meet|met)", r"\s+", r"\w*", "summit", r"(?!x)", "[Tt]he "]),
    min_size=1,
    max_size=4,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_BRANCH, min_size=2, max_size=5).map("|".join),
    st.text(alphabet="talksmeforumTSFhe \u0130", max_size=40),
    st.booleans(),
)
def test_random_alternations_find_the_same(source: str, text: str, ignore_case: bool) -> None:
    """Random alternations of words: the branch-gated regex finds in kept texts what the plain one finds."""
    flags = re.IGNORECASE if ignore_case else 0
    plain, fast = re.compile(source, flags), compile_fast(source, flags)
    for sample in map(kept, (text, text.upper(), text.lower(), text + " the forum summit")):
        assert [m.span() for m in plain.finditer(sample)] == [m.span() for m in fast.finditer(sample)]
        assert bool(plain.search(sample)) == bool(fast.search(sample))
        assert bool(plain.match(sample)) == bool(fast.match(sample))
        assert plain.findall(sample) == fast.findall(sample)
    forget_texts()
