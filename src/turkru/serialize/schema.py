"""The JSON Schema (draft 2020-12) of the wire format, generated from the attrs classes.

Nothing here is written per class: the schema is derived by walking the fields of the
model, so it follows the model. It checks the shape of a document (types, enums, tags,
required and unknown fields); invariants across fields (an end after its start, an
ordered lifecycle) are checked when loading.
"""

from __future__ import annotations

import enum
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from turkru.model.actors import check_country, check_text
from turkru.model.dates import MonthDay, PartialDate
from turkru.serialize.converter import (
    CONVERTER,
    DECIMAL_PATTERN,
    KINDS,
    MONTH_DAY_PATTERN,
    PARTIAL_DATE_PATTERN,
    RECORD_KINDS,
    TAG,
    kind_of,
)
from turkru.serialize.jsonio import SCHEMA_VERSION, VERSION_KEY
from turkru.serialize.view_schema import view_defs

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = f"https://turkru.invalid/schema/v{SCHEMA_VERSION}.json"
"""The ``$id`` of the schema (a name, not a downloadable address)."""

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_VALIDATOR_SCHEMAS: dict[Any, dict[str, Any]] = {
    check_country: {"pattern": "^[A-Z]{2}$"},
    check_text: {"pattern": r"\S"},
}
"""Model validators that have a JSON Schema equivalent, refining a string's schema."""


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _first_line(doc: str | None) -> str | None:
    return doc.strip().splitlines()[0] if doc and doc.strip() else None


class _Builder:
    """Walks types, collecting one ``$defs`` entry per attrs class and enum."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def type_schema(self, type_: Any) -> dict[str, Any]:
        """The schema of a value of *type_* on the wire."""
        if type_ is type(None) or type_ is None:
            return {"type": "null"}
        if type_ is str:
            return {"type": "string"}
        if type_ is int:
            return {"type": "integer"}
        if type_ is float:
            return {"type": "number"}
        if type_ is Decimal:
            return {"type": "string", "pattern": f"^{DECIMAL_PATTERN}$"}
        if type_ is PartialDate:
            return {"type": "string", "pattern": f"^{PARTIAL_DATE_PATTERN}$"}
        if type_ is MonthDay:
            return {"type": "string", "pattern": f"^{MONTH_DAY_PATTERN}$"}
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            return self._enum(type_)
        if attrs.has(type_):
            return self._class(type_)
        origin = typing.get_origin(type_)
        if origin is typing.Union or origin is types.UnionType:
            return self._union(typing.get_args(type_))
        if origin is tuple:
            return self._tuple(typing.get_args(type_))
        raise TypeError(f"no JSON Schema for {type_!r}")

    def _enum(self, type_: type[enum.Enum]) -> dict[str, Any]:
        if type_.__name__ not in self.defs:
            entry: dict[str, Any] = {"enum": [member.value for member in type_]}
            if description := _first_line(type_.__doc__):
                entry["description"] = description
            self.defs[type_.__name__] = entry
        return _ref(type_.__name__)

    def _union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        members = [arg for arg in args if arg is not type(None)]
        if len(members) > 1 and all(member in RECORD_KINDS.values() for member in members):
            if "Record" not in self.defs:
                self.defs["Record"] = {
                    "description": "A record of any kind, told apart by its kind tag.",
                    "oneOf": [self.type_schema(member) for member in members],
                }
            schema = _ref("Record")
        elif len(members) == 1:
            schema = self.type_schema(members[0])
        else:
            schema = {"anyOf": [self.type_schema(member) for member in members]}
        if len(members) < len(args):
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _tuple(self, args: tuple[Any, ...]) -> dict[str, Any]:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(args[0])}
        return {
            "type": "array",
            "prefixItems": [self.type_schema(arg) for arg in args],
            "items": False,
            "minItems": len(args),
        }

    def _class(self, cls: type[Any]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: classes may refer to themselves
            self.defs[name] = self.object_schema(cls)
        return _ref(name)

    def object_schema(self, cls: type[Any]) -> dict[str, Any]:
        """The object schema of an attrs class: its init fields, plus ``kind`` if tagged."""
        attrs.resolve_types(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls in KINDS.values():
            properties[TAG] = {"const": kind_of(cls)}
            required.append(TAG)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            properties[field.name] = self._field(field)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: dict[str, Any] = {"type": "object"}
        if description := _first_line(cls.__doc__):
            schema["description"] = description
        schema |= {"properties": properties, "required": required, "additionalProperties": False}
        return schema

    def _field(self, field: attrs.Attribute[Any]) -> dict[str, Any]:
        schema = self.type_schema(field.type)
        refinement = _VALIDATOR_SCHEMAS.get(field.validator)
        if refinement is not None:
            schema = self._refine(schema, refinement)
        if field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            schema = {**schema, "default": CONVERTER.unstructure(field.default, unstructure_as=field.type)}
        return schema

    @staticmethod
    def _refine(schema: dict[str, Any], refinement: dict[str, Any]) -> dict[str, Any]:
        """Apply a string refinement to a string schema, or to the string branch of an optional."""
        if schema.get("type") == "string":
            return schema | refinement
        branches = schema.get("anyOf")
        if branches is not None:
            return {**schema, "anyOf": [_Builder._refine(branch, refinement) for branch in branches]}
        return schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema of everything turkru writes: one tagged article, record or chronicle
    entry, or an array of them (``json``/``jsonl`` output of every command), one line of a
    facts view (an article's, or a chronicle entry's), or one line of the POLECAT export.

    Each top-level document (but the facts and POLECAT lines) carries ``schema_version``
    and ``kind``; ``$defs`` holds one entry per class, per enum, the ``Record`` union, a
    ``<Class>Document`` per kind, the
    ``ChronicleEntryDocument``, the facts views (``FactsArticle``, ``EntryFact``) and
    ``PolecatEvent`` (see :mod:`turkru.serialize.view_schema`).
    """
    builder = _Builder()
    documents = []
    for kind, cls in KINDS.items():
        body = builder.object_schema(cls)
        builder.type_schema(cls)
        name = f"{cls.__name__}Document"
        builder.defs[name] = {
            **body,
            "description": f"A top-level {kind!r} object.",
            "properties": {VERSION_KEY: {"const": SCHEMA_VERSION}, **body["properties"]},
            "required": [VERSION_KEY, *body["required"]],
        }
        documents.append(_ref(name))
    builder.defs.update(view_defs())
    documents.append(_ref("ChronicleEntryDocument"))
    builder.defs["Document"] = {"oneOf": documents}
    return {
        "$schema": _DIALECT,
        "$id": SCHEMA_ID,
        "title": f"turkru document, schema version {SCHEMA_VERSION}",
        "oneOf": [
            _ref("Document"),
            {"type": "array", "items": _ref("Document")},
            _ref("FactsArticle"),
            _ref("EntryFact"),
            _ref("PolecatEvent"),
        ],
        "$defs": dict(sorted(builder.defs.items())),
    }
