"""The collection: one entry per real event across outlets, its merging, indexes and queries."""

from turkru.chronicle.collection import Chronicle, timeline_key
from turkru.chronicle.entry import ChronicleEntry, Variant
from turkru.chronicle.table import render_table

__all__ = ["Chronicle", "ChronicleEntry", "Variant", "render_table", "timeline_key"]
