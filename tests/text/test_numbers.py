"""The one number-word table: cardinals and ordinals, compounds, and an extra lexicon's words."""

from __future__ import annotations

import pytest

from turkru.errors import LexiconError
from turkru.lexicon import Lexicon
from turkru.text._numbers import cardinal, ordinal


@pytest.mark.parametrize(("word", "value"), [("one", 1), ("Twelve", 12), ("forty", 40), ("twenty-two", 22)])
def test_cardinal(word: str, value: int) -> None:
    """Simple and hyphenated number words, any case."""
    assert cardinal(word) == value


@pytest.mark.parametrize(("word", "value"), [("first", 1), ("twelfth", 12), ("thirtieth", 30), ("twenty-first", 21)])
def test_ordinal(word: str, value: int) -> None:
    """Simple and hyphenated ordinals."""
    assert ordinal(word) == value


@pytest.mark.parametrize("word", ["", "seventh", "twenty-twelve", "forty-", "-one", "dozen"])
def test_not_cardinal(word: str) -> None:
    """Ordinals, impossible compounds and other words are not cardinals."""
    assert cardinal(word) is None


def test_extra_values() -> None:
    """An extra lexicon adds a number word as data."""
    extra = Lexicon.from_data({"values": {"NUMBER_WORD": {"a dozen": 12}}})
    assert cardinal("a dozen", extra) == 12 and cardinal("a dozen") is None
    assert cardinal("seven", extra) == 7


def test_values_errors() -> None:
    """A values slot holds integers, and words cannot be added to it as plain words."""
    with pytest.raises(LexiconError, match=r"values: 'NUMBER_WORD': 'two': '2' is not an integer"):
        Lexicon.from_data({"values": {"NUMBER_WORD": {"two": "2"}}})
    with pytest.raises(LexiconError, match=r"slot NUMBER_WORD of the base has values: add to its 'values'"):
        Lexicon.from_data({"words": {"NUMBER_WORD": ["eleventy"]}})
    with pytest.raises(LexiconError, match=r"slot CHROME_LINE of the base has words: add to its 'words'"):
        Lexicon.from_data({"values": {"CHROME_LINE": {"x": 1}}})
