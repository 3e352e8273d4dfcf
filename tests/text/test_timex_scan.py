"""Tests for turkru.text._timex_scan: the anchors that the date patterns start from."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru.lexicon import Lexicon
from turkru.text._casefold import fold
from turkru.text._timex_scan import _time_word_starts as _starts

_TIME_WORD_FORMS = frozenset(Lexicon.default().words("TIME_ANCHOR"))
# The time words as one regex alternation: what _time_word_starts must agree with.
_ALTERNATION = re.compile("|".join(sorted(_TIME_WORD_FORMS)))


def _time_word_starts(text: str, folded: str) -> list[int]:
    return _starts(text, folded, _TIME_WORD_FORMS)


def _regex_starts(text: str) -> list[int]:
    return [match.start() for match in _ALTERNATION.finditer(text)]


class TestTimeWordStarts:
    @pytest.mark.parametrize(
        "text",
        [
            "Talks on Monday and today", "DAYear", "dayear", "the YEAR, the Year, the yEAR", "this MORNING",
            "morrow, DAY",
        ],
    )
    def test_same_as_alternation(self, text: str) -> None:
        """The time words start where a regex alternation of their forms finds them."""
        assert _time_word_starts(text, fold(text)) == _regex_starts(text)

    def test_forms_only(self) -> None:
        """A capitalised 'Day' or a mixed-case word is not an anchor."""
        assert _time_word_starts("Day yEar", fold("Day yEar")) == []

    @given(st.text(alphabet="dayYDAtemonhwkrignDEAYR \u0130\u212a", max_size=40))
    def test_any_text(self, text: str) -> None:
        """Overlapping and case-varied words are resolved as the regex does."""
        assert _time_word_starts(text, fold(text)) == _regex_starts(text)
