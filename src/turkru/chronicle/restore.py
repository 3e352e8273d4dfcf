"""Stored entries read back as written: no merging, but every derived field checked.

An entry is stored as one JSON object (a JSON Lines line, or the ``data`` column of a
SQLite store)::

    {"schema_version": 1, "kind": "chronicle_entry", "id": "meeting-2021-04-01-...",
     "conflicts": ["date"], "sources": ["article-a", "article-b"],
     "record": {...the merged record, without evidence...},
     "variants": [{"sources": ["article-a"], "record": {...with its evidence...}}, ...]}

:func:`restore_entry` rebuilds the :class:`ChronicleEntry` from it without clustering
anything again. What can be derived is checked against what was written: each variant's
sources against its evidence, the entry's sources against its variants', the merged
record and the conflicts against :func:`~turkru.chronicle.combine.combine` of the
variants, the id against the kind and the founding report's date. A file edited by hand or by another program
so that these disagree fails with the JSON path of the first disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

from turkru.chronicle.combine import combine
from turkru.chronicle.entry import ChronicleEntry, Variant, evidence_key, with_evidence
from turkru.errors import SerializationError
from turkru.model.records import AnyRecord

__all__ = ["ENTRY_KIND", "check_ids", "entry_data", "entry_records", "restore_entry"]

ENTRY_KIND = "chronicle_entry"
"""The ``kind`` of a stored entry."""

ENTRY_KEYS = frozenset({"schema_version", "kind", "id", "conflicts", "sources", "record", "variants"})
VARIANT_KEYS = frozenset({"sources", "record"})

_ID_TAIL = re.compile(r"[0-9a-z][0-9a-z_-]*")
"""What follows ``kind-date-`` in an id: the digest (and a ``-n`` suffix where two collide)."""


def entry_data(entry: ChronicleEntry) -> dict[str, Any]:
    """The stored form of *entry* (see the module docstring), through the one converter."""
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


def _fail(path: str, message: str) -> SerializationError:
    return SerializationError(f"{path}: {message}")


def check_keys(data: dict[str, Any], allowed: frozenset[str], path: str) -> None:
    """Fail on a field *data* should not have."""
    extra = sorted(set(data) - allowed)
    if extra:
        names = ", ".join(repr(name) for name in extra)
        raise _fail(path, f"unknown field{'s' if len(extra) > 1 else ''} {names}")


def check_version(data: dict[str, Any]) -> None:
    """Fail unless *data* carries the schema version this turkru reads."""
    from turkru.serialize.converter import show
    from turkru.serialize.jsonio import SCHEMA_VERSION

    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        expected = f"expected {SCHEMA_VERSION}"
        raise _fail("$.schema_version", f"{show(version)} is not a supported schema version ({expected})")


def variant_records(data: dict[str, Any]) -> list[AnyRecord]:
    """The records of an entry's variants, each with its evidence."""
    from turkru.serialize.converter import show
    from turkru.serialize.jsonio import structure

    variants = data.get("variants")
    if not isinstance(variants, list) or not variants:
        raise _fail("$.variants", f"{show(variants)} is not a non-empty array")
    records = []
    for index, variant in enumerate(variants):
        path = f"$.variants[{index}]"
        if not isinstance(variant, dict):
            raise _fail(path, f"{show(variant)} is not an object")
        check_keys(variant, VARIANT_KEYS, path)
        if "record" not in variant:
            raise _fail(f"{path}.record", "required field missing")
        record: Any = structure(variant["record"], cast(type, AnyRecord), path=f"{path}.record")
        records.append(record)
    return records


def entry_records(data: dict[str, Any]) -> list[AnyRecord]:
    """The variants' records of a stored entry, its fields and version checked (nothing else)."""
    check_keys(data, ENTRY_KEYS, "$")
    check_version(data)
    return variant_records(data)


def _required(data: dict[str, Any], name: str) -> Any:
    if name not in data:
        raise _fail(f"$.{name}", "required field missing")
    return data[name]


def _strings(value: Any, path: str) -> list[str]:
    from turkru.serialize.converter import show

    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _fail(path, f"{show(value)} is not an array of strings")
    return value


def _expect(written: Any, derived: Any, path: str, what: str) -> None:
    from turkru.serialize.converter import show

    if written != derived:
        raise _fail(path, f"{show(written)} does not match {what} ({show(derived)})")


def _variants(data: dict[str, Any], records: list[AnyRecord]) -> tuple[Variant, ...]:
    variants = []
    for index, (raw, record) in enumerate(zip(data["variants"], records, strict=True)):
        variant = Variant.of(record)
        path = f"$.variants[{index}]"
        if record.KIND != records[0].KIND:
            _expect(record.KIND, records[0].KIND, f"{path}.record.kind", "the first variant's kind")
        if "sources" not in raw:
            raise _fail(f"{path}.sources", "required field missing")
        written = _strings(raw["sources"], f"{path}.sources")
        _expect(written, [source.article_id for source in variant.sources], f"{path}.sources", "its evidence")
        variants.append(variant)
    return tuple(variants)


def _merged(data: dict[str, Any], variants: tuple[Variant, ...], check: bool) -> tuple[AnyRecord, tuple[str, ...]]:
    from turkru.serialize.jsonio import structure

    written: Any = structure(_required(data, "record"), cast(type, AnyRecord), path="$.record")
    if written.evidence:
        raise _fail("$.record.evidence", "the merged record is stored without evidence (its variants hold it)")
    _expect(written.KIND, variants[0].record.KIND, "$.record.kind", "its variants' kind")
    conflicts = tuple(_strings(_required(data, "conflicts"), "$.conflicts"))
    evidence = tuple(sorted({item for v in variants for item in v.record.evidence}, key=evidence_key))
    if check:
        derived, derived_conflicts = combine(variants)
        if written != derived:
            raise _fail("$.record", "the merged record does not match its variants (edited by hand?)")
        _expect(list(conflicts), list(derived_conflicts), "$.conflicts", "what its variants give")
    return with_evidence(written, evidence), conflicts


def _checked_id(data: dict[str, Any], variants: tuple[Variant, ...], record: AnyRecord) -> str:
    """The written id, if it begins with the kind and the founding report's date (or, as files
    written before ids were founded had it, the merged record's date) and then a digest."""
    from turkru.chronicle.merge import id_prefix
    from turkru.serialize.converter import show

    value = _required(data, "id")
    prefix = id_prefix(variants)
    merged = f"{record.KIND}-{record.date.isoformat() if record.date else 'undated'}-"
    for start in dict.fromkeys((prefix, merged)):
        if isinstance(value, str) and value.startswith(start) and _ID_TAIL.fullmatch(value[len(start):]):
            return value
    raise _fail("$.id", f"{show(value)} is not an id of this entry (expected {prefix!r} and a digest)")


def restore_entry(data: Any, *, check: bool = True) -> ChronicleEntry:
    """The entry stored as *data*, as it was written (see the module docstring).

    With ``check=False`` the merged record and conflicts are taken as written without
    being derived again (cheaper; used when reading a few entries out of a store).
    """
    from turkru.serialize.converter import show

    if not isinstance(data, dict):
        raise _fail("$", f"{show(data)} is not an object")
    check_keys(data, ENTRY_KEYS, "$")
    check_version(data)
    records = variant_records(data)
    variants = _variants(data, records)
    record, conflicts = _merged(data, variants, check)
    entry_id = _checked_id(data, variants, record)
    entry = ChronicleEntry(id=entry_id, record=record, variants=variants, conflicts=conflicts)
    written = _strings(_required(data, "sources"), "$.sources")
    _expect(written, [source.article_id for source in entry.sources], "$.sources", "its variants' sources")
    return entry


def check_ids(entries: Iterable[tuple[str, ChronicleEntry]]) -> None:
    """Fail when two entries (each given with where it was read) share an id."""
    seen: dict[str, str] = {}
    for where, entry in entries:
        first = seen.setdefault(entry.id, where)
        if first != where:
            raise SerializationError(f"{where}: $.id: {entry.id!r} is already the id of {first}")
