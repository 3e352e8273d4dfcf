"""Errors of turkru.serialize: one SerializationError, with the JSON path, for every bad input."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import any_record, articles, json_values
from turkru.errors import SerializationError
from turkru.model.records import Meeting
from turkru.serialize import dumps, dumps_jsonl, loads, loads_jsonl, structure

_KINDS = "'meeting', 'visit', 'commission_session', 'agreement', 'trade_flow', 'event'"


def _error(text: str | bytes) -> str:
    with pytest.raises(SerializationError) as caught:
        loads(text)
    return str(caught.value)


def _doc(**fields: Any) -> str:
    return json.dumps({"schema_version": 1, **fields})


def _article(*records: Any) -> str:
    return _doc(kind="article", source={"article_id": "a"}, records=list(records))


class TestDocumentErrors:
    """Problems with the top-level object: JSON syntax, version, kind."""

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                "{",
                "invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
            ),
            ('{"a": NaN}', "invalid JSON: NaN is not a JSON number"),
            (
                '{"schema_version": 1, "kind": "meeting", "kind": "visit"}',
                "invalid JSON: $: key 'kind' appears more than once in one object",
            ),
            (
                '{"schema_version": 1, "kind": "article", "source": {"article_id": "a", "article_id": "b"}}',
                "invalid JSON: $.source: key 'article_id' appears more than once in one object",
            ),
            (
                '{"schema_version": 1, "kind": "article", "records": [' + "[" * 3000 + "]" * 3000 + "]}",
                "invalid JSON: nested too deeply (more than 500 levels) at line 1, column 552",
            ),
            ("5", "$: 5 is not an object or an array"),
            ('[{"schema_version": 1, "kind": "event", "name": "Forum"}, 5]', "$[1]: 5 is not an object"),
            ('{"kind": "meeting"}', "$.schema_version: required field missing (expected 1)"),
            (
                '{"schema_version": 2, "kind": "meeting"}',
                "$.schema_version: 2 is not a supported schema version (expected 1)",
            ),
            (
                '{"schema_version": true}',
                "$.schema_version: True is not a supported schema version (expected 1)",
            ),
            ('{"schema_version": 1}', f"$.kind: required field missing (one of {_KINDS}, 'article')"),
            (
                '{"schema_version": 1, "kind": "meting"}',
                f"$.kind: 'meting' is not one of {_KINDS}, 'article'",
            ),
            (
                b"\xff",
                "invalid JSON: not UTF-8 "
                "('utf-8' codec can't decode byte 0xff in position 0: invalid start byte)",
            ),
        ],
    )
    def test_pinned(self, text: str, message: str) -> None:
        """Each problem has one exact message."""
        assert _error(text) == message


class TestFieldErrors:
    """Problems inside an object are located by JSON path, all of them at once."""

    def test_several_fields(self) -> None:
        """Wrong values, a blank surname and an unknown field, each with its path."""
        text = _doc(kind="meeting", date="2021-13", mode="zoom", participants=[{"surname": ""}], extra=1)
        assert _error(text) == (
            "$.date: Invalid partial date: '2021-13' (month: 13 is not between 1 and 12); "
            "$.mode: 'zoom' is not one of 'in_person', 'video', 'phone'; "
            "$.participants[0]: surname: '' is not a non-empty string; "
            "$: unknown field 'extra'"
        )

    def test_missing_field(self) -> None:
        """A required field that is absent."""
        assert _error(_doc(kind="visit", delegation_of="TM")) == "$.host: required field missing"

    def test_model_invariant_at_top(self) -> None:
        """A broken model invariant is reported at the object that breaks it."""
        text = _doc(kind="visit", delegation_of="TM", host="TM")
        assert _error(text) == "$: Visit.host: 'TM' is the same country as delegation_of"

    def test_records_in_article(self) -> None:
        """Records inside an article are located by index; unknown kinds at their kind key."""
        text = _article(
            {"kind": "event", "name": "Forum", "date": "2021", "end_date": "2020"},
            {"kind": "trade_flow", "direction": "export", "amounts": [{"amount": 1.5, "unit": "USD"}]},
            {
                "kind": "agreement",
                "doc_type": "treaty",
                "lifecycle": [{"stage": "signed"}, {"stage": "planned"}],
            },
            "x",
            {"kind": "x"},
        )
        assert _error(text) == (
            "$.records[0]: Event.end_date: end 2020 is before start 2021; "
            "$.records[1].amounts[0].amount: 1.5 is a number, not a decimal number in a string; "
            "$.records[2]: Agreement.lifecycle: 'planned' comes after 'signed', out of order; "
            "$.records[3]: 'x' is a string, not an object; "
            f"$.records[4].kind: 'x' is not one of {_KINDS}"
        )

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"session_number": "11"}, "$.session_number: '11' is a string, not an integer"),
            ({"session_number": 11.0}, "$.session_number: 11.0 is a number, not an integer"),
            ({"session_number": True}, "$.session_number: True is a boolean, not an integer"),
            ({"co_chairs": "Meredov"}, "$.co_chairs: 'Meredov' is a string, not an array"),
            ({"date": 2021}, "$.date: 2021 is a number, not a partial date in a string"),
            (
                {"date": " 2021"},
                "$.date: Invalid partial date: ' 2021' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            ),
            (
                {"commission": {"body": "igc"}},
                "$.commission.body: 'igc' is not one of "
                "'intergovernmental_commission', 'business_council', 'trade_investment_group', 'other'",
            ),
            ({"commission": []}, "$.commission: [] is an array, not an object"),
        ],
    )
    def test_wrong_types(self, fields: dict[str, Any], message: str) -> None:
        """Values are never coerced: each wrong type is named with its path."""
        base = {"kind": "commission_session", "commission": {"body": "other"}}
        assert _error(_doc(**{**base, **fields})) == message

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"period": [2023, 2021]}, "$: Agreement.period: (2023, 2021) is not a (first, last) year pair"),
            ({"period": [2021, 2022, 2023]}, "$.period: [2021, 2022, 2023] has 3 items, not 2"),
            ({"period": ["2021", 2022]}, "$.period[0]: '2021' is a string, not an integer"),
            ({"lifecycle": []}, "$: Agreement.lifecycle: () has no step"),
        ],
    )
    def test_agreement(self, fields: dict[str, Any], message: str) -> None:
        """Agreement periods and lifecycles."""
        base = {"kind": "agreement", "doc_type": "treaty", "lifecycle": [{"stage": "signed"}]}
        assert _error(_doc(**{**base, **fields})) == message

    def test_decimal_text(self) -> None:
        """Decimals are strings of digits: no NaN, no words, no spaces."""
        text = _doc(kind="trade_flow", direction="turnover", change_percent="NaN")
        assert _error(text) == "$.change_percent: 'NaN' is not a decimal number such as '1.5' or '-2E+9'"


class TestJsonLines:
    """JSON Lines errors name the line."""

    def test_line_number(self) -> None:
        """Blank lines count; the path is within the line's object."""
        text = _doc(kind="event", name="Forum") + "\n\n\n" + _article({"kind": "x"})
        with pytest.raises(SerializationError) as caught:
            loads_jsonl(text)
        assert str(caught.value) == f"line 4: $.records[0].kind: 'x' is not one of {_KINDS}"

    def test_bad_json_line(self) -> None:
        """A line that is not JSON."""
        with pytest.raises(SerializationError) as caught:
            loads_jsonl(_doc(kind="event", name="Forum") + "\n[")
        assert str(caught.value).startswith("line 2: invalid JSON: ")

    def test_not_text(self) -> None:
        """Only str or UTF-8 bytes are read."""
        with pytest.raises(SerializationError) as caught:
            loads_jsonl(42)  # type: ignore[arg-type]
        assert str(caught.value) == "invalid JSON Lines: 42 is not a string"


class TestWriting:
    """Only articles and records (or lists of them) are written."""

    def test_dumps_other(self) -> None:
        """Writing something else is our error, not a TypeError."""
        with pytest.raises(SerializationError) as caught:
            dumps(42)  # type: ignore[arg-type]
        assert str(caught.value) == "$: 42 is not an Article, a record or a list of them"

    def test_dumps_jsonl_other(self) -> None:
        """Each item of a JSON Lines list must be an article or a record."""
        with pytest.raises(SerializationError):
            dumps_jsonl(["x"])  # type: ignore[list-item]

    def test_structure_wrong_kind(self) -> None:
        """structure() to a record class checks the kind tag."""
        with pytest.raises(SerializationError) as caught:
            structure({"kind": "event", "name": "Forum"}, Meeting)
        assert str(caught.value) == "$.kind: 'event' is not 'meeting'"


def _mutate(data: Any, path: list[int], value: Any) -> Any:
    """Replace the node reached by following *path* (indices into children) with *value*."""
    if not path or not isinstance(data, (dict, list)) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[key] = _mutate(data[key], path[1:], value)  # type: ignore[index]
    return copy


class TestOnlyOurError:
    """Whatever JSON comes in, loading returns or raises SerializationError, nothing else."""

    @settings(max_examples=300)
    @given(json_values())
    def test_random_json(self, value: Any) -> None:
        """Arbitrary JSON values, bare or as the fields of a versioned object."""
        for data in (value, {"schema_version": 1, "kind": "article", "source": value, "records": value}):
            with contextlib.suppress(SerializationError):
                loads(json.dumps(data))

    @settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(articles() | any_record(), st.lists(st.integers(0, 50), max_size=6), json_values())
    def test_mutated_documents(self, obj: Any, path: list[int], value: Any) -> None:
        """A valid document with one node replaced by random JSON: loaded, or refused with our error."""
        text = json.dumps(_mutate(json.loads(dumps(obj)), path, value))
        try:
            loads(text)
            loads_jsonl(text.replace("\n", " "))
        except SerializationError as error:
            assert str(error)

    @given(st.binary(max_size=30) | st.text(max_size=30))
    def test_random_text(self, text: str | bytes) -> None:
        """Random text and bytes."""
        for load in (loads, loads_jsonl):
            with contextlib.suppress(SerializationError):
                load(text)
