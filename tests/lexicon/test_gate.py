"""The words a regex's matches need, and the gate that asks them first: the same matches always."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.lexicon._gate import Gated, forget_texts, gated, keep_text
from turkru.lexicon._needed import needed_words
from turkru.lexicon._start import compile_fast
from turkru.text._casefold import fold


def words(source: str, flags: int = 0) -> set[str] | None:
    found = needed_words(source, flags)
    return None if found is None else set(found)


class TestNeededWords:
    def test_an_alternation_needs_one_of_its_words(self) -> None:
        assert words(r"\b(?:will|shall)\s+\w+") == {"will", "shall"}
        assert words(r"\bthey\s+(?:would|could)\s+go\b") == {"would", "could"}

    def test_factored_branches_multiply_out(self) -> None:
        """A trie of phrases holds the phrases themselves."""
        assert words(r"me(?:t|et(?:s|ing)?)") == {"met", "meet"}
        assert words(r"[Tt]alks") == {"talks"}

    def test_literals_join_across_zero_width_items(self) -> None:
        assert words(r"\bsign\b(?=\s)ed|\bink(?!y)ed") == {"signed", "inked"}

    def test_an_optional_or_short_piece_needs_nothing(self) -> None:
        assert words(r"(?:export)?\s+\d+") is None
        assert words(r"(?:at|in)\s+\d") is None
        assert words(r"\w+in") is None
        assert words(r"\w+ing") == {"ing"}

    def test_words_are_lower_case_whatever_the_flags(self) -> None:
        """Words to look for in folded text: a case-exact match holds them there too."""
        assert needed_words(r"\bMoscow\b", re.IGNORECASE) == ("moscow",)
        assert needed_words(r"\bMoscow\b") == ("moscow",)
        assert needed_words(r"(?i:MOSCOW)|Moscow") == ("moscow",)

    def test_what_folding_may_not_agree_on_is_not_read(self) -> None:
        """A cased letter outside ASCII: its other cases are not read."""
        assert words("t\u00fcr", re.IGNORECASE) is None
        assert words("T\u00dcR") is None
        assert words("t\u00fcrkmen", re.IGNORECASE) == {"rkmen"}

    def test_words_holding_another_go(self) -> None:
        assert words(r"\b(?:plan|plans|planned)\b") == {"plan"}


def kept(text: str) -> str:
    keep_text(fold(text), text)
    return text


class TestGate:
    def test_a_kept_text_without_the_words_is_no_match(self) -> None:
        pattern = compile_fast(r"\b(?:will|shall)\s+visit\b", re.IGNORECASE)
        assert isinstance(pattern, Gated) and pattern.words == ("visit",)  # one long word over two
        text = kept("They will tour Ashgabat.")
        assert pattern.search(text) is None and pattern.match(text) is None
        assert list(pattern.finditer(text)) == [] and pattern.findall(text) == []
        found = pattern.search(kept("He WILL visit Ashgabat."))
        assert found is not None and found.group() == "WILL visit"
        assert pattern.search("He will visit it.") is not None  # a text not kept is searched
        forget_texts()

    def test_it_stands_in_for_the_pattern(self) -> None:
        plain = re.compile(r"\bturnover\b", re.IGNORECASE)
        pattern = compile_fast(r"\bturnover\b", re.IGNORECASE)
        assert pattern.flags == plain.flags and pattern.groups == 0 and pattern.pattern.endswith(plain.pattern + ")")
        assert pattern.sub("trade", "Turnover grew") == "trade grew"
        assert pattern.match("turnover, grew", 0, 8) is not None
        assert gated(plain, ("turnover",)) == plain
        assert gated(plain, ("to",)) is plain  # a word too short to gate on: no gate

    def test_a_gate_that_turns_few_away_steps_aside(self) -> None:
        """After its trial a gate that turned away under an eighth of the searches hands them to the pattern."""
        pattern = compile_fast(r"\bexported\b", re.IGNORECASE)
        assert isinstance(pattern, Gated)
        for _ in range(80):
            assert pattern.search("Turkmenistan exported gas.") is not None  # not kept: never turned away
        assert pattern.search == pattern._pattern.search

    def test_folding_agrees_with_ignorecase(self) -> None:
        """Every character IGNORECASE matches with an ASCII letter folds to that letter (so a
        case-blind word is in the folded text wherever the regex matches it)."""
        for letter in "abcdefghijklmnopqrstuvwxyz":
            same_letter = re.compile(letter, re.IGNORECASE)
            for code in range(sys.maxunicode + 1):
                char = chr(code)
                if same_letter.fullmatch(char):
                    assert fold(f"x{char}x") == f"x{letter}x", hex(code)

    def test_default_rules_gate_their_examples_through(self) -> None:
        """The package rules find in kept texts what their plain sources find."""
        from turkru.lexicon import Lexicon

        lexicon = Lexicon.default()
        for name in lexicon.rule_names():
            rule = lexicon.rule(name)
            compiled = lexicon.pattern(name)
            plain = re.compile(lexicon.source(name), compiled.flags)
            for text in (*rule.examples, *rule.counter_examples):
                assert bool(plain.search(text)) == bool(compiled.search(kept(text))), (name, text)
        forget_texts()


_PIECES = st.sampled_from(
    [r"\b", r"(?=b)", "talk", "Talks", r"(?:meet|met)", r"(?:sign)?", r"[Tt]he", r"\s+", r"\w*", "abc", r"(?!x)"]
)
_SOURCE = st.lists(st.lists(_PIECES, min_size=1, max_size=4).map("".join), min_size=1, max_size=3).map("|".join)


@settings(max_examples=300, deadline=None)
@given(_SOURCE, st.text(alphabet="talksmeTSigheb \u0130\u212a", max_size=40), st.booleans())
def test_random_patterns_find_the_same(source: str, text: str, ignore_case: bool) -> None:
    """Random patterns of words: the gated regex finds what the plain one finds."""
    flags = re.IGNORECASE if ignore_case else 0
    plain, fast = re.compile(source, flags), compile_fast(source, flags)
    for sample in map(kept, (text, text.upper(), text.lower())):
        assert [m.span() for m in plain.finditer(sample)] == [m.span() for m in fast.finditer(sample)]
        assert bool(plain.search(sample)) == bool(fast.search(sample))
        assert bool(plain.match(sample)) == bool(fast.match(sample))
        assert bool(plain.fullmatch(sample)) == bool(fast.fullmatch(sample))
        assert plain.findall(sample) == fast.findall(sample)
