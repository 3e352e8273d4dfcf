"""A chronicle as JSON Lines: one entry per line, readable back into the same chronicle.

An entry line::

    {"schema_version": 1, "kind": "chronicle_entry", "id": "meeting-2021-04-01-...",
     "conflicts": ["date"], "sources": ["article-a", "article-b"],
     "record": {...the merged record, without evidence...},
     "variants": [{"sources": ["article-a"], "record": {...with its evidence...}}, ...]}

Only the variants' records are read back: id, conflicts, sources and the merged record
are derived from them, so a file always loads into a consistent chronicle. Lines may also
hold articles or records as :func:`turkru.serialize.dumps_jsonl` writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from turkru.chronicle.entry import ChronicleEntry, credit, with_evidence
from turkru.errors import SerializationError
from turkru.jsontext import JsonTextError, dump_json, load_json
from turkru.model.article import Article
from turkru.model.records import AnyRecord

__all__ = ["ENTRY_KIND", "read_jsonl", "write_jsonl"]

ENTRY_KIND = "chronicle_entry"
"""The ``kind`` of an entry line."""

_ENTRY_KEYS = frozenset({"schema_version", "kind", "id", "conflicts", "sources", "record", "variants"})
_VARIANT_KEYS = frozenset({"sources", "record"})


def _entry_data(entry: ChronicleEntry) -> dict[str, Any]:
    from turkru.serialize.jsonio import SCHEMA_VERSION, unstructure

    return {
        "schema_version": SCHEMA_VERSION,
        "kind": ENTRY_KIND,
        "id": entry.id,
        "conflicts": list(entry.conflicts),
        "sources": [source.article_id for source in entry.sources],
        "record": unstructure(with_evidence(entry.record, ())),
        "variants": [
            {
                "sources": [source.article_id for source in variant.sources],
                "record": unstructure(variant.record),
            }
            for variant in entry.variants
        ],
    }


def write_jsonl(entries: Iterable[ChronicleEntry]) -> str:
    """One JSON object per entry, one per line."""
    return "".join(dump_json(_entry_data(entry)) + "\n" for entry in entries)


def _fail(path: str, message: str) -> SerializationError:
    return SerializationError(f"{path}: {message}")


def _check_keys(data: dict[str, Any], allowed: frozenset[str], path: str) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        names = ", ".join(repr(name) for name in extra)
        raise _fail(path, f"unknown field{'s' if len(extra) > 1 else ''} {names}")


def _entry_records(data: dict[str, Any]) -> list[AnyRecord]:
    from turkru.serialize.converter import show
    from turkru.serialize.jsonio import SCHEMA_VERSION, structure

    _check_keys(data, _ENTRY_KEYS, "$")
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        expected = f"expected {SCHEMA_VERSION}"
        raise _fail("$.schema_version", f"{show(version)} is not a supported schema version ({expected})")
    variants = data.get("variants")
    if not isinstance(variants, list) or not variants:
        raise _fail("$.variants", f"{show(variants)} is not a non-empty array")
    records = []
    for index, variant in enumerate(variants):
        path = f"$.variants[{index}]"
        if not isinstance(variant, dict):
            raise _fail(path, f"{show(variant)} is not an object")
        _check_keys(variant, _VARIANT_KEYS, path)
        if "record" not in variant:
            raise _fail(f"{path}.record", "required field missing")
        record: Any = structure(variant["record"], cast(type, AnyRecord), path=f"{path}.record")
        records.append(record)
    return records


def _line_records(data: Any) -> list[AnyRecord]:
    from turkru.serialize.jsonio import from_document

    if isinstance(data, dict) and data.get("kind") == ENTRY_KIND:
        return _entry_records(data)
    document = from_document(data)
    if isinstance(document, Article):
        return [credit(record, document.source) for record in document.records]
    return [document]


def read_jsonl(text: str | bytes) -> list[AnyRecord]:
    """Every reported record in JSON Lines of entries, articles or records; errors name the line."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SerializationError(f"invalid JSON Lines: not UTF-8 ({error})") from None
    if not isinstance(text, str):
        raise SerializationError(f"invalid JSON Lines: {text!r:.60} is not a string")
    records: list[AnyRecord] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.extend(_line_records(load_json(line)))
        except SerializationError as error:
            raise SerializationError(f"line {number}: {error}") from None
        except JsonTextError as error:
            raise SerializationError(f"line {number}: invalid JSON: {error}") from None
    return records
