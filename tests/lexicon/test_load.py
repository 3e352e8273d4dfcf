"""Tests for reading lexicon data: the one-line errors naming source, entry and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from turkru.errors import LexiconError
from turkru.lexicon import Lexicon

EMPTY = Lexicon.from_data(base=Lexicon(slots={}, rules={}))


def _error(*documents: Any) -> str:
    with pytest.raises(LexiconError) as caught:
        Lexicon.from_data(*documents, base=EMPTY)
    return str(caught.value)


class TestErrors:
    def test_not_an_object(self) -> None:
        """A document that is not an object names the sections it may have."""
        assert _error([]) == "<data 0>: expected a JSON object with sections description, note, words, values, rules"

    def test_unknown_section(self) -> None:
        """An unknown top-level key is named with the allowed ones."""
        assert _error({"word": {}}) == (
            "<data 0>: unknown section 'word' (allowed: description, note, words, values, rules)"
        )

    def test_slot_name(self) -> None:
        """Slot names are UPPER_SNAKE."""
        assert _error({"words": {"sign_verb": ["signed"]}}) == (
            "<data 0>: words: 'sign_verb': a slot name is UPPER_SNAKE, such as 'SIGN_VERB'"
        )

    def test_phrase_not_a_string(self) -> None:
        """A phrase that is not a non-empty string is named by its index."""
        assert _error({"words": {"SIGN_VERB": ["signed", 3]}}) == (
            "<data 0>: words: 'SIGN_VERB'[1]: 3 is not a non-empty string"
        )

    def test_bad_template(self) -> None:
        """An unbalanced template is a located error."""
        message = _error({"words": {"SIGN_VERB": ["sign{ed"]}})
        assert message.startswith("<data 0>: words: 'SIGN_VERB'[0]: unclosed '{'")

    def test_slot_defined_twice(self) -> None:
        """The same slot in two documents of one set is a word list kept in two places."""
        assert _error({"words": {"A_B": ["x"]}}, {"words": {"A_B": ["y"]}}) == (
            "<data 1>: words: 'A_B': slot already defined in <data 0>: words: 'A_B'"
        )

    def test_rule_name(self) -> None:
        """Rule names are '<area>.<what>'."""
        assert _error({"rules": {"Signed": {"pattern": "x"}}}) == (
            "<data 0>: rules: 'Signed': a rule name is '<area>.<what>' in lower case, such as 'layout.photo_credit'"
        )

    def test_unknown_field(self) -> None:
        """A misspelt rule field is named with the allowed ones."""
        assert _error({"rules": {"a.b": {"pattern": "x", "example": []}}}) == (
            "<data 0>: rules: 'a.b': unknown field 'example' (allowed: pattern, cue, case, spaces, flags, examples,"
            " counter_examples, note)"
        )

    def test_missing_pattern(self) -> None:
        """A rule without a pattern says so."""
        assert _error({"rules": {"a.b": {}}}) == (
            "<data 0>: rules: 'a.b': pattern: expected a non-empty string, got None"
        )

    def test_unknown_slot(self) -> None:
        """A pattern naming a slot nobody defines is an error naming the slot."""
        assert _error({"rules": {"a.b": {"pattern": "{SIGN_VERB}"}}}) == (
            "<data 0>: rules: 'a.b': pattern: unknown slot {SIGN_VERB}"
        )

    def test_upper_case_in_any_case_pattern(self) -> None:
        """An upper-case literal in an any-case pattern is refused (one case dialect)."""
        assert _error({"rules": {"a.b": {"pattern": r"\bSigned\b"}}}) == (
            "<data 0>: rules: 'a.b': pattern: upper-case 'S' at offset 2 in an any-case pattern"
            ' (write it in lower case, or set "case": "exact")'
        )

    def test_upper_case_phrase_in_any_case_rule(self) -> None:
        """A slot with capitals cannot feed an any-case rule."""
        assert _error({"words": {"V": ["Signed"]}, "rules": {"a.b": {"pattern": "{V}"}}}) == (
            "<data 0>: rules: 'a.b': pattern: slot V has the upper-case phrase 'Signed' (an any-case rule)"
        )

    def test_bad_case(self) -> None:
        """case is any or exact."""
        assert _error({"rules": {"a.b": {"pattern": "x", "case": "lower"}}}) == (
            "<data 0>: rules: 'a.b': case: 'lower' is not one of any, exact"
        )

    def test_bad_flag(self) -> None:
        """Only the named flags are allowed."""
        assert _error({"rules": {"a.b": {"pattern": "x", "flags": ["ascii"]}}}) == (
            "<data 0>: rules: 'a.b': flags[0]: 'ascii' is not one of multiline, dotall, verbose"
        )

    def test_cue_not_in_pattern(self) -> None:
        """A cue slot the pattern does not use would filter on the wrong words."""
        assert _error({"words": {"A": ["a"], "B": ["b"]}, "rules": {"a.b": {"pattern": "{A}", "cue": ["B"]}}}) == (
            "<data 0>: rules: 'a.b': cue[0]: slot B does not occur in the pattern"
        )

    def test_invalid_regex(self) -> None:
        """A pattern that does not compile names the regex error."""
        assert _error({"rules": {"a.b": {"pattern": "(x"}}}) == (
            "<data 0>: rules: 'a.b': pattern: not a valid regex once its slots are filled in"
            " (missing ), unterminated subpattern at position 0)"
        )

    def test_invalid_json_file(self, tmp_path: Path) -> None:
        """A file that is not JSON is named, with where the JSON breaks."""
        path = tmp_path / "extra.json"
        path.write_text('{"words": ', encoding="utf-8")
        with pytest.raises(LexiconError, match=r"extra\.json: invalid JSON: "):
            Lexicon.from_file(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that cannot be read is named."""
        with pytest.raises(LexiconError, match=r"nothing\.json: cannot read lexicon data"):
            Lexicon.from_file(tmp_path / "nothing.json")

    def test_exact_case_allows_capitals(self) -> None:
        """An exact-case rule keeps its capitals and matches case-sensitively."""
        lexicon = Lexicon.from_data({"rules": {"a.b": {"pattern": r"\bMay\b", "case": "exact"}}}, base=EMPTY)
        assert lexicon.pattern("a.b").search("in May") and not lexicon.pattern("a.b").search("it may")
        with pytest.raises(LexiconError, match="exact-case"):
            lexicon.folded("a.b")


class TestBoundedSpaces:
    """``"spaces": "bounded"``: whitespace in the pattern and its phrases is a few spaces, one line break at most."""

    def test_bounded_rule(self) -> None:
        lexicon = Lexicon.from_data({
            "words": {"TEST_PHRASE": ["the same day"]},
            "rules": {"test.bounded": {"pattern": "{TEST_PHRASE}\\s+again", "spaces": "bounded", "examples": ["x"]}},
        })  # fmt: skip
        pattern = lexicon.pattern("test.bounded")
        assert pattern.search("on the same\nday again")
        assert not pattern.search("on the same\n\nday again")
        assert not pattern.search("the same day" + " " * 9 + "again")

    def test_unbounded_by_default(self) -> None:
        lexicon = Lexicon.from_data({"rules": {"test.loose": {"pattern": "same\\s+day", "examples": ["x"]}}})
        assert lexicon.pattern("test.loose").search("same\n\n\n      day")

    def test_bad_value(self) -> None:
        assert "spaces: 'tight' is not one of any, bounded" in _error(
            {"rules": {"a.b": {"pattern": "x", "spaces": "tight"}}}
        )
