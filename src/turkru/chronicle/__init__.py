"""The collection: one entry per real event across outlets, its merging, indexes and queries."""

from turkru.chronicle.collection import Chronicle, timeline_key
from turkru.chronicle.entry import ChronicleEntry, Variant

__all__ = ["Chronicle", "ChronicleEntry", "Variant", "timeline_key"]
