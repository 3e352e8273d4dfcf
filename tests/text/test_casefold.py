"""Tests for turkru.text._casefold: case folding that agrees with re.IGNORECASE."""

from __future__ import annotations

import re

import pytest

from turkru.text._casefold import any_word, fold, span_text


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
