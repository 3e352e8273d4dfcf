r"""A rule compiled with a skip to its first characters (``compile_fast``) finds the same matches as
its plain regex; only the positions passed over in C change."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.lexicon._scan import _OTHER_CASES, compile_scanning
from turkru.lexicon._start import compile_fast, fast_start

TEXTS = (
    "The delegation will visit Ashgabat; the talks were held in Moscow \u2014 as planned.",
    "\u201cWe shall meet again,\u201d he said. SHE SAID SO TOO. \u0130stanbul, \u212aelvin, \u017ftate.",
    "  12 tonnes, 3.5 bcm (about 40%) - and 2024-05-01!",
)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(*match.span(), match.groups()) for match in pattern.finditer(text)]


def matched_at(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    """``match`` at every offset: the program without the start test's lookahead matches the same."""
    return [found.span() if (found := pattern.match(text, offset)) else None for offset in range(len(text) + 1)]


def same(source: str, flags: int, texts: tuple[str, ...]) -> bool:
    plain, scanning = re.compile(source, flags), compile_fast(source, flags)
    return scanning.pattern == fast_start(source, flags) and scanning.flags == plain.flags and all(
        spans(plain, text) == spans(scanning, text)
        and bool(plain.search(text)) == bool(scanning.search(text))
        and matched_at(plain, text) == matched_at(scanning, text)
        for text in texts
    )


class TestCompileScanning:
    def test_boundary_rules_match_as_before(self) -> None:
        """Rules that begin at \\b, after a lookbehind or with a class: the same matches."""
        for source in (
            r"\b(?:will|shall)\s+(?:meet|visit)\b",
            r"(?<![.!?])[.!?](?=\s+[A-Z\u201c])",
            r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:tonnes|bcm|%)",
            r"(?<!\w)(?:talks|meeting)s?\b",
            r"\b(?:will|shall)\s+\bmeet\b|(?P<v>\bvisit(?:ed)?)\b|\b\b(?:\btalks)",  # \b again at the start: once
        ):
            for flags in (0, re.IGNORECASE):
                assert same(source, flags, TEXTS), (source, flags)

    def test_ignore_case_skips_to_every_case_of_a_letter(self) -> None:
        """Under IGNORECASE the skip holds each letter's other cases, the dotted I and the Kelvin sign too."""
        cases = ((r"\bistanbul\b", "\u0130stanbul"), (r"\bkelvin\b", "\u212aelvin"), (r"\bstate", "\u017ftate"))
        for source, text in cases:
            assert compile_fast(source, re.IGNORECASE).search(text) is not None

    def test_every_default_rule_matches_as_before(self) -> None:
        """The package rules, run by search and by match at every offset, as their plain sources."""
        from turkru.lexicon import Lexicon

        lexicon = Lexicon.default()
        for name in lexicon.rule_names():
            rule = lexicon.rule(name)
            texts = tuple(text for text in (*rule.examples, *rule.counter_examples) if len(text) < 400)
            runs = [(lexicon.pattern(name), texts)]
            if rule.case == "any":
                runs.append((lexicon.folded(name), tuple(text.lower() for text in texts)))
            for compiled, cased in runs:
                plain = re.compile(lexicon.source(name), compiled.flags)
                assert all(matched_at(plain, text) == matched_at(compiled, text) for text in cased), name

    def test_a_lookahead_of_the_source_itself_stays(self) -> None:
        """Only the start test's own lookahead is left out of the program, never one the source begins with."""
        assert compile_scanning("(?=ab)a", 0, ("a",)).match("ac") is None

    def test_no_skip_is_plain_compile(self) -> None:
        """No characters, or characters the class syntax cannot hold: the plain regex."""
        assert compile_scanning("a|b", 0, None).pattern == "a|b"
        assert compile_scanning(r"\b\u00e9t\u00e9", re.IGNORECASE, ("\u00e9",)).search("\u00c9T\u00c9") is not None

    def test_other_cases_are_complete(self) -> None:
        """Every character outside ASCII whose simple lower case is an ASCII letter is listed."""
        tolower = pytest.importorskip("_sre").unicode_tolower
        found: dict[int, set[int]] = {}
        for code in range(128, sys.maxunicode + 1):
            lower = tolower(code)
            if lower < 128 and chr(lower).isalpha():
                found.setdefault(lower, set()).add(code)
        assert found == {lower: set(codes) for lower, codes in _OTHER_CASES.items()}


_PIECES = st.sampled_from(
    [r"\b", r"(?<!a)", r"(?=b)", "ab", "b", "C", r"(?:a|bc)", r"(?:ab)?", r"[bc]", r"\d+", r"\s", r"a*", "(?P<g>c)"]
)
_SEQUENCE = st.lists(_PIECES, min_size=1, max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_SEQUENCE, min_size=1, max_size=3).map("|".join),
    st.text(alphabet="abcABC1 \u0130", max_size=30),
    st.booleans(),
)
def test_random_patterns_match_as_before(source: str, text: str, ignore_case: bool) -> None:
    """Random small patterns over a small alphabet: the same matches with and without the skip."""
    if source.count("(?P<g>") > 1:
        source = source.replace("(?P<g>", "(", source.count("(?P<g>") - 1)
    flags = re.IGNORECASE if ignore_case else 0
    assert same(source, flags, (text, text.upper(), text.lower()))
