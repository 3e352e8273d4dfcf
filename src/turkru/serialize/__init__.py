"""Serialization at the edge: the one converter, JSON/JSONL, the JSON Schema and the facts view."""

from turkru.serialize.facts import check_facts, dumps_facts, fact_of, to_facts
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
from turkru.serialize.schema import json_schema

__all__ = [
    "SCHEMA_VERSION",
    "check_facts",
    "dumps",
    "dumps_facts",
    "dumps_jsonl",
    "fact_of",
    "from_document",
    "json_schema",
    "loads",
    "loads_jsonl",
    "structure",
    "to_document",
    "to_facts",
    "unstructure",
]
