"""Tests for turkru.jsontext: strict JSON reading (repeated keys, NaN, depth, huge numbers), safe writing."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru.jsontext import NESTING_LIMIT, JsonTextError, dump_json, load_json

ANY_STRING = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40)
"""Strings over the whole code-point range, lone surrogates included."""


class TestLoad:
    """load_json is json.loads without the silent cases."""

    def test_plain_json(self) -> None:
        """Ordinary JSON reads as json.loads reads it."""
        text = '{"a": [1, 2.5, "x", null, true, {"b": {}}]}'
        assert load_json(text) == json.loads(text)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('{"kind": "meeting", "kind": "visit"}', "$: key 'kind' appears more than once in one object"),
            ('[{}, {"a": {"b": 1, "c": 2, "b": 3}}]', "$[1].a: key 'b' appears more than once in one object"),
            ('{"x": [[{"k": 1, "k": 1}]]}', "$.x[0][0]: key 'k' appears more than once in one object"),
        ],
    )
    def test_repeated_key_named_with_its_path(self, text: str, message: str) -> None:
        """A key given twice in one object is an error naming the object's path and the key."""
        with pytest.raises(JsonTextError) as caught:
            load_json(text)
        assert str(caught.value) == message

    def test_same_key_in_different_objects_is_fine(self) -> None:
        """Keys repeat freely across objects."""
        assert load_json('[{"a": 1}, {"a": 2}]') == [{"a": 1}, {"a": 2}]

    @pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
    def test_constants_refused(self, constant: str) -> None:
        """NaN and the infinities are not JSON numbers."""
        with pytest.raises(JsonTextError, match=f"^{constant} is not a JSON number$"):
            load_json(f"[1, {constant}]")

    def test_deep_nesting_located(self) -> None:
        """Nesting too deep for the parser is an error giving the line and column where it goes too deep."""
        text = "\n[" + "[" * 100_000
        with pytest.raises(JsonTextError) as caught:
            load_json(text)
        column = NESTING_LIMIT + 1
        assert str(caught.value) == f"nested too deeply (more than {NESTING_LIMIT} levels) at line 2, column {column}"

    @pytest.mark.parametrize(("open_", "close"), [("[", "]"), ('{"a": ', "}")])
    def test_limit_holds_below_where_the_parser_gives_up(self, open_: str, close: str) -> None:
        """The limit is the same on every Python version: closed nesting one level past it is refused
        (some parsers read it), nesting at the limit is read."""
        at_limit = open_ * NESTING_LIMIT + "0" + close * NESTING_LIMIT
        assert load_json(at_limit) is not None
        with pytest.raises(JsonTextError, match=r"^nested too deeply \(more than 500 levels\) at line 1, column "):
            load_json(open_ + at_limit + close)

    def test_deep_nesting_reported_before_a_later_syntax_error(self) -> None:
        """Unclosed lists 600 deep report the depth, not the missing value at the end."""
        with pytest.raises(JsonTextError, match=r"^nested too deeply .* at line 1, column 501$"):
            load_json("[" * 600)

    def test_syntax_error_before_deep_nesting_keeps_its_message(self) -> None:
        """A broken place before the nesting goes too deep is the error reported."""
        with pytest.raises(JsonTextError, match=r"^Expecting ':' delimiter: line 1 column 6 "):
            load_json('{"a" 1, "b": ' + "[" * 600 + "]" * 600 + "}")

    def test_brackets_in_strings_do_not_count(self) -> None:
        """Brackets inside strings are not nesting."""
        assert load_json(json.dumps(["[" * 5000])) == ["[" * 5000]

    def test_huge_integer(self) -> None:
        """A 5,000-digit integer is an error, not a bare ValueError."""
        with pytest.raises(JsonTextError, match=r"^a number too long to read \(Exceeds the limit"):
            load_json("[" + "7" * 5000 + "]")

    def test_syntax_error_located(self) -> None:
        """Broken JSON gives the decoder's message with line and column."""
        with pytest.raises(JsonTextError) as caught:
            load_json('{\n "a": }')
        assert str(caught.value) == "Expecting value: line 2 column 7 (char 8)"


class TestDump:
    """dump_json always gives text that encodes as UTF-8 and reads back the same."""

    def test_non_ascii_kept(self) -> None:
        """Letters beyond ASCII are written as themselves."""
        assert dump_json({"name": "Türkmenbaşy"}) == '{"name": "Türkmenbaşy"}'

    def test_lone_surrogate_escaped(self) -> None:
        """A lone surrogate is written as its JSON escape."""
        assert dump_json(["a\ud800b"]) == '["a\\ud800b"]'

    def test_indent(self) -> None:
        """Indentation is passed through."""
        assert dump_json({"a": 1}, indent=2) == '{\n  "a": 1\n}'

    def test_nan_refused(self) -> None:
        """NaN cannot be written."""
        with pytest.raises(ValueError, match="JSON compliant"):
            dump_json([float("nan")])

    @given(value=st.recursive(ANY_STRING, lambda inner: st.lists(inner) | st.dictionaries(ANY_STRING, inner)))
    def test_round_trip_over_all_code_points(self, value: object) -> None:
        """Any strings, surrogates included, survive dump then load, and the text encodes as UTF-8."""
        text = dump_json(value)
        text.encode("utf-8")
        assert load_json(text) == value
