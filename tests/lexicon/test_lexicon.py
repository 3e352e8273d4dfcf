"""Tests for the Lexicon: slots compiled into patterns, extension on a base, cues, derived bundles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru.errors import LexiconError
from turkru.lexicon import Lexicon
from turkru.lexicon._compile import alternation
from turkru.text._casefold import fold

SIGNING = {
    "words": {"SIGN_VERB": ["sign{ed|s}", "inked"], "DOC_NOUN": ["agreement", "memorandum of understanding"]},
    "rules": {
        "agreement.signed": {
            "pattern": r"\b{SIGN_VERB}\s+(?:an?\s+|the\s+)?{DOC_NOUN}\b",
            "cue": ["SIGN_VERB"],
            "examples": ["the sides signed an agreement"],
        }
    },
}
EMPTY = Lexicon(slots={}, rules={})


class TestCompile:
    def test_longest_phrase_first_and_spaces(self) -> None:
        """A slot is one alternation, longest phrase first, a space standing for any whitespace."""
        assert alternation(("Sign", "signed", "in ked")) == r"(?:signed|in\s+ked|Sign)"

    def test_lower_case_phrases_factored(self) -> None:
        """Lower-case phrases share their beginnings, the longer tried first (tests/lexicon/test_factored.py)."""
        assert alternation(("sign", "signed", "in ked")) == r"(?:(?:sign(?:ed)?|in\s+ked))"

    def test_phrases_are_escaped(self) -> None:
        """Regex characters in a phrase are literal."""
        assert re.fullmatch(alternation(("a.b", "c+")), "a.b") and not re.fullmatch(alternation(("a.b",)), "axb")

    def test_slots_filled_in(self) -> None:
        """A rule's pattern matches its slots' phrases, case-insensitively for an any-case rule."""
        lexicon = Lexicon.from_data(SIGNING, base=EMPTY)
        assert lexicon.pattern("agreement.signed").search("They Inked a Memorandum of\nUnderstanding.")
        assert not lexicon.pattern("agreement.signed").search("they discussed an agreement")

    def test_words_expanded(self) -> None:
        """words() gives the slot's phrases with templates expanded, in data order."""
        assert Lexicon.from_data(SIGNING, base=EMPTY).words("SIGN_VERB") == ("signed", "signs", "inked")

    def test_unknown_names(self) -> None:
        """Asking for a slot or rule that does not exist is a LexiconError, not a KeyError."""
        lexicon = Lexicon.from_data(SIGNING, base=EMPTY)
        with pytest.raises(LexiconError, match="unknown slot 'NOPE'"):
            lexicon.words("NOPE")
        with pytest.raises(LexiconError, match=r"unknown rule 'a\.nope'"):
            lexicon.pattern("a.nope")


class TestExtend:
    def test_extra_words_add_to_base_slot(self) -> None:
        """An extra document's words join the base slot, and the base's rules use them."""
        base = Lexicon.from_data(SIGNING, base=EMPTY)
        extended = Lexicon.from_data({"words": {"SIGN_VERB": ["initialled", "inked"]}}, base=base)
        assert extended.words("SIGN_VERB") == ("signed", "signs", "inked", "initialled")
        assert extended.pattern("agreement.signed").search("they initialled an agreement")
        assert not base.pattern("agreement.signed").search("they initialled an agreement")

    def test_extra_rules_replace(self) -> None:
        """An extra rule of the same name replaces the base's."""
        base = Lexicon.from_data(SIGNING, base=EMPTY)
        extended = Lexicon.from_data({"rules": {"agreement.signed": {"pattern": "xyz"}}}, base=base)
        assert extended.source("agreement.signed") == "xyz"
        assert extended.rule_names() == ("agreement.signed",)

    def test_from_file_on_default(self, tmp_path: Path) -> None:
        """from_file builds on the default lexicon unless told otherwise, and records its source."""
        path = tmp_path / "extra.json"
        path.write_text(json.dumps({"words": {"PROMO_PHRASE": ["an invented promo"]}}), encoding="utf-8")
        lexicon = Lexicon.from_file(path)
        assert "an invented promo" in lexicon.words("PROMO_PHRASE")
        assert lexicon.sources[-1] == str(path)
        assert set(Lexicon.default().rule_names()) <= set(lexicon.rule_names())

    def test_default_is_shared(self) -> None:
        """default() loads once."""
        assert Lexicon.default() is Lexicon.default()


class TestCues:
    def test_cues_from_cue_slots(self) -> None:
        """A rule's cue words are the longest word of each phrase of its cue slots."""
        lexicon = Lexicon.from_data(SIGNING, base=EMPTY)
        assert lexicon.cues("agreement.signed") == ("signed", "signs", "inked")
        assert lexicon.has_cue("agreement.signed", "they signed") and not lexicon.has_cue("agreement.signed", "met")

    def test_no_cue_slots_always_pass(self) -> None:
        """A rule without cue slots has no pre-filter."""
        lexicon = Lexicon.from_data({"rules": {"a.b": {"pattern": "x"}}}, base=EMPTY)
        assert lexicon.cues("a.b") == () and lexicon.has_cue("a.b", "anything")

    def test_derive_once(self) -> None:
        """derive() builds a bundle once per lexicon."""
        calls: list[Lexicon] = []

        def build(lexicon: Lexicon) -> int:
            calls.append(lexicon)
            return len(calls)

        lexicon = Lexicon.from_data(SIGNING, base=EMPTY)
        assert lexicon.derive(build) == lexicon.derive(build) == 1
        assert Lexicon.default().derive(build) == 2


@given(st.text(alphabet="aA iIS\u0130\u0131\u017fsgnedk\n.", max_size=40))
def test_any_case_same_on_raw_and_folded(text: str) -> None:
    """An any-case rule finds the same spans in the raw text and (its folded form) in the folded text."""
    lexicon = Lexicon.from_data(
        {"words": {"V": ["signed", "ink"]}, "rules": {"a.b": {"pattern": r"{V}\s*is"}}}, base=EMPTY
    )
    raw = [match.span() for match in lexicon.pattern("a.b").finditer(text)]
    assert raw == [match.span() for match in lexicon.pattern("a.b").finditer(fold(text))]
    assert raw == [match.span() for match in lexicon.folded("a.b").finditer(fold(text))]
