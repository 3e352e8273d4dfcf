"""Serialization at the edge: the one converter, JSON/JSONL, the JSON Schema and the facts view."""

from typing import TYPE_CHECKING

from turkru._lazy import lazy_exports

if TYPE_CHECKING:
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

_HOMES = {
    "SCHEMA_VERSION": "turkru.serialize.jsonio",
    "check_facts": "turkru.serialize.facts",
    "dumps": "turkru.serialize.jsonio",
    "dumps_facts": "turkru.serialize.facts",
    "dumps_jsonl": "turkru.serialize.jsonio",
    "fact_of": "turkru.serialize.facts",
    "from_document": "turkru.serialize.jsonio",
    "json_schema": "turkru.serialize.schema",
    "loads": "turkru.serialize.jsonio",
    "loads_jsonl": "turkru.serialize.jsonio",
    "structure": "turkru.serialize.jsonio",
    "to_document": "turkru.serialize.jsonio",
    "to_facts": "turkru.serialize.facts",
    "unstructure": "turkru.serialize.jsonio",
}
"""Each public name and the module it comes from (imported when first used)."""

__getattr__, __dir__ = lazy_exports(__name__, _HOMES)

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
