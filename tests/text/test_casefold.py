"""Tests for turkru.text._casefold: case folding that agrees with re.IGNORECASE."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru.text import _casefold
from turkru.text._casefold import any_word, fold, forget_lowered, lowered, span_text


class TestFold:
    @pytest.mark.parametrize(
        "text",
        ["Talks in ASHGABAT", "\u201cQuoted\u201d text", "D\u0131plomats", "\u0130stanbul", "Cla\u017fs",
         "\u212aelvin"],
    )
    def test_same_length(self, text: str) -> None:
        """Offsets into the folded text are offsets into the text."""
        assert len(fold(text)) == len(text)

    @pytest.mark.parametrize(
        ("text", "word"),
        [("The VISIT", "visit"), ("a v\u0131s\u0131t", "visit"), ("\u0130N FORCE", "in force"),
         ("u\u017fually", "usually"), ("\u212ayiv", "kyiv")],
    )
    def test_finds_what_ignorecase_finds(self, text: str, word: str) -> None:
        """A word is in the folded text wherever a case-insensitive regex finds it."""
        assert re.search(word, text, re.IGNORECASE) is not None
        assert word in fold(text)

    def test_all_three_letters_in_one_text(self) -> None:
        """Dotted and dotless I and the long s together, beside other accented letters."""
        assert fold("\u0130ZM\u0130R d\u0131plomats cla\u017fs T\u00fcrkmenba\u015fy") == (
            "izmir diplomats class t\u00fcrkmenba\u015fy"
        )

    @pytest.mark.parametrize("text", ["Talks in ASHGABAT", "D\u0131plomats", "\u0130stanbul", "\u201cQuoted\u201d"])
    def test_given_lower_case_is_used_only_when_it_is_the_answer(self, text: str) -> None:
        """A caller's ``text.lower()`` gives the same folded text (it is not used where it differs)."""
        assert fold(text, text.lower()) == fold(text)

    def test_other_letters_stay(self) -> None:
        """Letters IGNORECASE does not equate with ASCII ones stay apart."""
        assert re.search("e", "\u00e9", re.IGNORECASE) is None
        assert "e" not in fold("\u00c9t\u00e9")


class TestLowered:
    """The lower-cased texts kept for a text outside ASCII are str.lower's, kept per article."""

    @given(st.text())
    def test_same_as_str_lower(self, text: str) -> None:
        """Asked once or twice, of the text or of an equal copy, the answer is ``str.lower``'s."""
        assert lowered(text) == text.lower()
        assert lowered("".join(list(text))) == text.lower()

    def test_kept_for_a_text_outside_ascii(self) -> None:
        """An equal text met again gets the answer kept, not a second walk through the tables."""
        forget_lowered()
        first = lowered("\u201cTalks\u201d in ASHGABAT")
        again = lowered("".join(["\u201cTalks\u201d", " in ASHGABAT"]))
        assert again is first

    def test_forgotten_between_articles(self) -> None:
        """``forget_lowered`` starts afresh (parse_article calls it for each article)."""
        lowered("Caf\u00e9 TALKS")
        forget_lowered()
        assert not _casefold._LOWERED
        assert _casefold._LOWERED.chars == 0

    def test_budget_of_characters(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Past the budget the texts kept are dropped and the count starts again."""
        forget_lowered()
        monkeypatch.setattr(_casefold, "_KEPT_CHARS", 10)
        lowered("\u00c9t\u00c9 ONE")
        lowered("\u00c9t\u00c9 TWO")
        assert list(_casefold._LOWERED) == ["\u00c9t\u00c9 TWO"]
        assert _casefold._LOWERED.chars == 7
        forget_lowered()

    def test_folded_the_same_in_another_case(self) -> None:
        """A differently written text outside ASCII (dotted capital I) folds as before."""
        forget_lowered()
        assert fold("\u0130STANBUL \u201cTALKS\u201d") == "istanbul \u201ctalks\u201d"
        assert fold("\u0130STANBUL \u201cTALKS\u201d") == "istanbul \u201ctalks\u201d"


class TestAnyWord:
    def test_within_bounds(self) -> None:
        """Only words wholly inside the given stretch count."""
        folded = fold("They will meet in May.")
        assert any_word(folded, ("meet",), 5, 14)
        assert not any_word(folded, ("meet",), 12, 22)
        assert not any_word(folded, ("visit", "june"))


class TestFoldedPatterns:
    @pytest.mark.parametrize(
        "text", ["The Presidents MET in Moscow.", "They me\u0131 ag\u0131an", "Talks \u0130N Ashgabat", "No meeting"]
    )
    def test_lower_case_pattern_on_folded_text(self, text: str) -> None:
        """A lower-case pattern finds in the folded text the spans IGNORECASE finds in the text."""
        pattern = r"\b(?:met|meeting|talks?)\s+in\b|\bag[a-z]+"
        expected = [match.span() for match in re.finditer(pattern, text, re.IGNORECASE)]
        assert [match.span() for match in re.finditer(pattern, fold(text))] == expected


class TestSpanText:
    def test_reads_the_original_words(self) -> None:
        """Matched words come from the text, with their case; a group that took no part is None."""
        text = "Talks with RUSSIAN colleagues"
        match = re.search(r"(?P<adj>russian|turkmen)\s+(?P<noun>colleagues?)|(?P<other>partners)", fold(text))
        assert match is not None
        assert span_text(text, match, "adj") == "RUSSIAN"
        assert span_text(text, match) == "RUSSIAN colleagues"
        assert span_text(text, match, "other") is None
