"""Tests for turkru.serialize.schema: the generated JSON Schema accepts what we write."""

from __future__ import annotations

import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from strategies import any_record, articles
from turkru.model.article import Article
from turkru.model.records import RECORD_TYPES, AnyRecord
from turkru.serialize import dumps, json_schema

_VALIDATOR = jsonschema.Draft202012Validator(json_schema())
_SLOW = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _valid(document: Any) -> bool:
    return _VALIDATOR.is_valid(document)


def _meeting(**fields: Any) -> dict[str, Any]:
    return {"schema_version": 1, "kind": "meeting", **fields}


class TestSchemaDocument:
    """The schema itself."""

    def test_is_draft_2020_12(self) -> None:
        """The schema is a valid draft 2020-12 schema."""
        schema = json_schema()
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_every_kind_in_record_union(self) -> None:
        """The Record union names every record kind by its tag."""
        defs = json_schema()["$defs"]
        tags = [
            defs[ref["$ref"].rsplit("/", 1)[1]]["properties"]["kind"]["const"]
            for ref in defs["Record"]["oneOf"]
        ]
        assert tags == [cls.KIND for cls in RECORD_TYPES]

    @pytest.mark.parametrize("cls", [*RECORD_TYPES, Article])
    def test_follows_model_fields(self, cls: type[Any]) -> None:
        """Each class's properties are its init fields (plus kind), required exactly when without default."""
        definition = json_schema()["$defs"][cls.__name__]
        fields = [field for field in attrs.fields(cls) if field.init]
        assert list(definition["properties"]) == ["kind", *[field.name for field in fields]]
        assert definition["required"] == ["kind", *[f.name for f in fields if f.default is attrs.NOTHING]]
        assert definition["additionalProperties"] is False


class TestAccepts:
    """Everything dumps() writes validates."""

    @_SLOW
    @given(any_record())
    def test_records(self, record: AnyRecord) -> None:
        """Every generated record, serialized, is valid."""
        _VALIDATOR.validate(json.loads(dumps(record)))

    @_SLOW
    @given(articles())
    def test_articles_and_lists(self, article: Article) -> None:
        """Every generated article, alone or in a list, is valid."""
        _VALIDATOR.validate(json.loads(dumps(article)))
        _VALIDATOR.validate(json.loads(dumps([article, *article.records])))


class TestRejects:
    """Documents with the wrong shape do not validate."""

    @pytest.mark.parametrize(
        "document",
        [
            {"kind": "meeting"},
            {"schema_version": 2, "kind": "meeting"},
            {"schema_version": 1, "kind": "meting"},
            _meeting(extra=1),
            _meeting(date="March 2021"),
            _meeting(date=2021),
            _meeting(mode="zoom"),
            _meeting(participants=[{"surname": "  "}]),
            _meeting(place={"name": "Ashgabat", "country": "tm"}),
            {"schema_version": 1, "kind": "visit", "delegation_of": "TM"},
            {
                "schema_version": 1,
                "kind": "trade_flow",
                "direction": "turnover",
                "amounts": [{"amount": 1.5, "unit": "t"}],
            },
            {
                "schema_version": 1,
                "kind": "agreement",
                "doc_type": "treaty",
                "lifecycle": [],
                "period": [2021],
            },
            {
                "schema_version": 1,
                "kind": "article",
                "source": {"article_id": "a"},
                "records": [{"kind": "x"}],
            },
            {"schema_version": 1, "kind": "article", "source": {"article_id": "a"}, "records": [_meeting()]},
            [{"kind": "event", "name": "Forum"}],
        ],
    )
    def test_invalid(self, document: Any) -> None:
        """Missing version, unknown kind or field, wrong patterns, types, arity, nested version."""
        assert not _valid(document)

    def test_minimal_valid(self) -> None:
        """The smallest documents with every required field are valid (the invalid ones are not vacuous)."""
        assert _valid(_meeting())
        assert _valid({"schema_version": 1, "kind": "article", "source": {"article_id": "a"}})
        assert _valid([{"schema_version": 1, "kind": "event", "name": "Forum"}])
