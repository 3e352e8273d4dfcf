"""Serialization at the edge: the one converter, JSON/JSONL, the JSON Schema and the facts view."""

from turkru.serialize.jsonio import (
    SCHEMA_VERSION,
    dumps,
    dumps_jsonl,
    from_document,
    loads,
    loads_jsonl,
    structure,
    to_document,
    unstructure,
)

__all__ = [
    "SCHEMA_VERSION",
    "dumps",
    "dumps_jsonl",
    "from_document",
    "loads",
    "loads_jsonl",
    "structure",
    "to_document",
    "unstructure",
]
