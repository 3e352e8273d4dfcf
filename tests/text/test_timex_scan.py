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


def _every_step(text: str) -> list[object]:
    """What scan finds with every step run, anchors present or not (the steps scan skips)."""
    from turkru.text import _timex_scan as ts

    words = Lexicon.default().derive(ts._Words.of)
    scanner = ts._Scanner(text, words)
    for step in words.steps:
        scanner.run(step)
    mentions = sorted(scanner.mentions, key=lambda mention: mention.start)
    ts._share_coordinated_years(text, mentions, words)
    return list(ts._join_weekday_weeks(text, ts._with_listed_years(text, ts._join_spans(text, mentions, words))))

class TestStepsWithoutAnchors:
    @pytest.mark.parametrize(
        "text",
        [
            "The talks were held in 2021 and went on through 2022.",  # years only
            "They met on 14 March and again yesterday, at 10:30.",  # a month, a time word, a clock
            "No date at all is written here.",
            "Last week the delegation arrived; the next day it left.",  # time words only
        ],
    )
    def test_skipping_steps_finds_what_every_step_finds(self, text: str) -> None:
        """A step whose anchor kinds the text lacks is not run, and the mentions are those of running all."""
        from turkru.text._timex_scan import scan

        assert scan(text) == _every_step(text)

    def test_one_kind_of_anchor_reads_its_own_list(self) -> None:
        """The starts of one anchor kind are that kind's own list (in order, distinct); of several,
        their union in order."""
        from turkru.text._timex_scan import _Scanner, _Words

        words = Lexicon.default().derive(_Words.of)
        scanner = _Scanner("In 2019 and 2020, yesterday and in May 2021, at 09:15.", words)
        years = scanner.starts(("year",))
        assert years is scanner.anchors["year"] and years == sorted(set(years)) and len(years) == 3
        both = scanner.starts(("year", "word"))
        assert both == sorted(set(years) | set(scanner.anchors["word"])) and len(both) > len(years)


class TestYearStarts:
    @given(st.text(alphabet=st.sampled_from([*"0123456789 -/ab", "\u0660", "\u0969", "\uff11"]), max_size=40))
    def test_same_as_the_year_anchor_pattern(self, text: str) -> None:
        """The years found by looking up their centuries are those the anchor pattern finds."""
        from turkru.text._timex_scan import _YEAR_ANCHOR, _year_starts

        assert _year_starts(text) == [match.start() for match in _YEAR_ANCHOR.finditer(text)]

    def test_runs_of_digits_and_other_scripts_digits(self) -> None:
        """In a run of digits the leftmost year wins and the next starts after it; a century needs
        two more decimal digits of any script, as the pattern's digit class reads them."""
        from turkru.text._timex_scan import _year_starts

        assert _year_starts("201920 18991 2") == [0, 7]
        assert _year_starts("In 19\u0661\u0662 and 20x1, 1700 or 18") == [3]
        assert _year_starts("") == [] and _year_starts("190") == []
