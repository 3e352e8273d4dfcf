r"""A rule's regex gets a cheap start test (``\b(?=[...])``) where it holds for every match: the
matches stay the same, only positions where no match can begin are given up sooner."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.lexicon import Lexicon
from turkru.lexicon._start import fast_start

SENTENCES = (
    "The two ministers will meet in the capital next week to sign a plan.",
    "A delegation led by the deputy minister arrived in the city on Monday.",
    "Officials said 12 tonnes of grain were shipped; more may follow.",
    "THE SESSION WAS HELD IN SPRING, AND IT WILL BE HELD AGAIN.",
    "A visitor's visit, re-visited: nothing_to see here - or there.",
)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(*match.span(), match.groupdict()) for match in pattern.finditer(text)]


def same_matches(source: str, flags: int, texts: tuple[str, ...]) -> bool:
    plain, fast = re.compile(source, flags), re.compile(fast_start(source, flags), flags)
    return all(spans(plain, text) == spans(fast, text) for text in texts)


class TestFastStart:
    def test_boundary_alternation_gets_boundary_and_first_letters(self) -> None:
        """Every branch begins at \\b with one of a few letters: both are tested first."""
        source = r"\b(?:will|shall)\s+meet\b|\bvisit(?:ed)?\b|(?P<trip>\btravel)"
        assert fast_start(source, 0) == r"\b(?=[wsvt])(?:" + source + ")"
        assert same_matches(source, 0, SENTENCES)

    def test_a_branch_without_boundary_gets_only_the_lookahead(self) -> None:
        """A variant: one branch may begin inside a word, so no \\b is put in front."""
        source = r"\bmeet|held"
        assert fast_start(source, 0) == "(?=[mh])(?:" + source + ")"
        assert same_matches(source, 0, SENTENCES)

    def test_lookarounds_before_the_first_character_are_looked_through(self) -> None:
        """A lookbehind and a lookahead consume nothing: the first character is read after them."""
        source = r"(?<!\d)(?=\w)(?:\d+|twelve)\s+tonnes"
        assert fast_start(source, 0).startswith(r"(?=[\dt])")
        assert same_matches(source, 0, SENTENCES)

    def test_leading_literal_is_left_to_re(self) -> None:
        """A pattern beginning with a literal is already scanned fast by ``re``: left as it is."""
        assert fast_start("delegation", 0) == "delegation"
        assert fast_start(r"(?:said|says)\b", 0) == r"(?:said|says)\b"

    def test_cased_literal_under_ignorecase_gets_the_lookahead(self) -> None:
        """A variant: under IGNORECASE ``re`` does not scan a cased literal fast, so the test helps."""
        assert fast_start("session", re.IGNORECASE) == "(?=[s])(?:session)"
        assert same_matches("session", re.IGNORECASE, SENTENCES)

    def test_what_it_cannot_read_stays(self) -> None:
        """An empty match, a negated class, any character or a local flag: the pattern is kept."""
        for source in (r"(?:\bmeet)?", r"[^a]b", r".meet", r"(?i:meet)", r"\b(?P<w>x)(?P=w)?|\bq", ""):
            assert fast_start(source, 0) == source or fast_start(source, 0).endswith(f"(?:{source})")
        assert fast_start(r"(?:\bmeet)?", 0) == r"(?:\bmeet)?"
        assert fast_start(r"[^a]b", 0) == r"[^a]b"
        assert fast_start(r".meet", 0) == r".meet"
        assert fast_start(r"(?i:meet)", 0) == r"(?i:meet)"

    def test_global_inline_flag_stays_in_front(self) -> None:
        """A source that begins with a global flag ("(?i)") cannot be wrapped: it is kept."""
        assert fast_start(r"(?i)\bmeet|\bvisit", 0) == r"(?i)\bmeet|\bvisit"

    def test_broad_first_character_keeps_only_the_boundary(self) -> None:
        """When about any character can begin a match, only the \\b (if every branch has it) is added."""
        assert fast_start(r"\b\W*meet|\bx", 0) == r"\b(?:\b\W*meet|\bx)"
        assert fast_start(r"^\W*meet", 0) == r"^\W*meet"

    def test_every_default_rule_matches_as_before(self) -> None:
        """The package rules with their start tests find what their plain sources find."""
        lexicon = Lexicon.default()
        for name in lexicon.rule_names():
            rule = lexicon.rule(name)
            texts = (*rule.examples, *rule.counter_examples, *SENTENCES)
            compiled = lexicon.pattern(name)
            plain = re.compile(lexicon.source(name), compiled.flags)
            assert all(spans(plain, text) == spans(compiled, text) for text in texts), name
            if rule.case == "any":
                folded = lexicon.folded(name)
                plain = re.compile(lexicon.source(name), folded.flags)
                assert all(spans(plain, text.lower()) == spans(folded, text.lower()) for text in texts), name


_PIECES = st.sampled_from(
    [r"\b", r"(?<!a)", r"(?=b)", "ab", "b", "c", r"(?:a|bc)", r"(?:ab)?", r"[bc]", r"\d+", r"\s", r"a*", "(?P<g>c)"]
)
_SEQUENCE = st.lists(_PIECES, min_size=1, max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_SEQUENCE, min_size=1, max_size=3).map("|".join),
    st.text(alphabet="abc1 ", max_size=30),
    st.booleans(),
)
def test_random_patterns_match_as_before(source: str, text: str, ignore_case: bool) -> None:
    """Random small patterns over a small alphabet: the same matches with and without the test."""
    if source.count("(?P<g>") > 1:
        source = source.replace("(?P<g>", "(", source.count("(?P<g>") - 1)
    flags = re.IGNORECASE if ignore_case else 0
    assert same_matches(source, flags, (text, text.upper()))
