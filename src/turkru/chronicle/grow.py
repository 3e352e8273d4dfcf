"""Growing a chronicle: new reports re-merged with only the entries they can touch.

Merging clusters the variants in a canonical order, and a variant only ever looks at the
groups that registered one of its probe keys (:func:`~turkru.chronicle.merge.merge_keys`).
So the variants fall into parts that never see each other: two variants are linked when
one's probe keys meet the other's registered keys, and a part is everything linked to it,
step by step. Merging a part alone gives the groups that merging everything gives there.

To add reports, :func:`grow` takes the entries sharing a content hash with them (their
sources fold into one, see :mod:`turkru.chronicle.reprints`), then every entry linked to
those or to the new reports, until no new entry is linked; it merges their reports with
the new ones, and assigns ids together with the entries whose founding-report ids the new
or removed entries share. Everything else stays as it is. The result equals merging every
report from scratch (a property test checks it), but costs the size of the part touched.

Keys are kept as 32-bit CRCs of their text, the lowest bit telling a probe key (0) from
a registered one (1). Two keys with one CRC only link more entries than needed, which
costs time but never changes the result.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Protocol

from turkru.chronicle.entry import ChronicleEntry, Variant
from turkru.chronicle.merge import base_id, cluster, draft, draft_of, finish, merge_keys, reports_of, variants_of
from turkru.chronicle.reprints import fold_reprints
from turkru.model.records import AnyRecord

__all__ = ["Grown", "Known", "MemoryKnown", "entry_keys", "grow", "key_code"]

PROBE, REGISTER = 0, 1
"""The lowest bit of a key code: a key looked up by, or a key to be found by."""


@functools.lru_cache(maxsize=1 << 18)
def key_code(key: Hashable, role: int) -> int:
    """The stored code of *key* in *role* (a 31-bit CRC and the role bit); keys recur, so cached."""
    return (zlib.crc32(repr(key).encode("utf-8")) & 0x7FFFFFFF) << 1 | role


def _value_codes(record: AnyRecord, articles: Iterable[str]) -> set[int]:
    """Links equal records of one article, which become one variant before any key is looked at
    (by kind, dates and article: coarser than equality, which only links a little more)."""
    codes = set()
    for article in articles:
        value = ("value", record.KIND, record.date, record.end_date, article)
        codes |= {key_code(value, PROBE), key_code(value, REGISTER)}
    return codes


def variant_codes(variant: Variant) -> set[int]:
    """The key codes of one variant: its probe and registered keys, and its value per article.

    The merge keys depend on the record alone, so a variant of several articles has the keys
    of each per-article variant it is made of.
    """
    probe, register = merge_keys(variant)
    codes = {key_code(key, PROBE) for key in probe} | {key_code(key, REGISTER) for key in register}
    return codes | _value_codes(variant.record, {source.article_id for source in variant.sources})


def entry_keys(entry: ChronicleEntry) -> set[int]:
    """The key codes of every variant of *entry*."""
    codes: set[int] = set()
    for variant in entry.variants:
        codes |= variant_codes(variant)
    return codes


def partners(codes: Iterable[int]) -> set[int]:
    """The codes another entry must hold to be linked to one holding *codes*: probe meets registered."""
    return {code ^ 1 for code in codes}


class Known(Protocol):
    """What :func:`grow` asks of a chronicle, in memory or in a store; entries are named by a handle."""

    def holding(self, codes: set[int]) -> set[int]:
        """The handles of the entries holding any of the key *codes*."""

    def keys(self, handles: set[int]) -> set[int]:
        """Every key code of the entries *handles*."""

    def with_content(self, hashes: set[str]) -> set[int]:
        """The handles of the entries with a source of one of the content *hashes*."""

    def with_base_ids(self, ids: set[str]) -> set[int]:
        """The handles of the entries whose plain id (:func:`~turkru.chronicle.merge.base_id`) is one of *ids*."""

    def entries(self, handles: set[int]) -> dict[int, ChronicleEntry]:
        """The entries *handles*."""


class Grown:
    """What adding reports changed: the entries to drop (by handle) and the entries to put in."""

    __slots__ = ("added", "removed")

    def __init__(self, removed: set[int], added: list[ChronicleEntry]) -> None:
        self.removed = removed
        self.added = added


def _content_hashes(records: Iterable[AnyRecord]) -> set[str]:
    return {item.source.content_hash for record in records for item in record.evidence if item.source.content_hash}


def _part(known: Known, seeds: set[int], codes: set[int]) -> set[int]:
    """Every entry linked, step by step, to the *seeds* or to the key *codes* of the new reports."""
    part = set(seeds)
    pending = codes | known.keys(seeds)
    while pending:
        found = known.holding(partners(pending)) - part
        part |= found
        pending = known.keys(found) if found else set()
    return part


def _reports(entries: Iterable[ChronicleEntry]) -> Iterator[AnyRecord]:
    for entry in entries:
        for variant in entry.variants:
            yield from reports_of(variant)


def grow(known: Known, records: Sequence[AnyRecord]) -> Grown:
    """The change to a chronicle that merging *records* into it makes (see the module)."""
    if not records:
        return Grown(set(), [])
    seeds = known.with_content(_content_hashes(records))
    seeded = known.entries(seeds)
    folded = fold_reprints([*_reports(seeded.values()), *records])
    codes: set[int] = set()
    for variant in variants_of(folded):
        codes |= variant_codes(variant)
    part = _part(known, seeds, codes)
    touched = known.entries(part - seeds)
    groups = cluster(fold_reprints([*folded, *_reports(touched.values())]))
    drafts = [draft(group) for group in groups]
    removed = {**seeded, **touched}
    shared = {d.base for d in drafts} | {base_id(entry) for entry in removed.values()}
    neighbours = known.entries(known.with_base_ids(shared) - part)
    drafts += [draft_of(entry) for entry in neighbours.values()]
    return Grown(part | set(neighbours), finish(drafts))


class MemoryKnown:
    """:class:`Known` over entries in memory (handles are positions), its tables built once."""

    def __init__(self, entries: Sequence[ChronicleEntry]) -> None:
        self._entries = entries
        self._keys: list[set[int]] = []
        self._holders: dict[int, list[int]] = {}
        self._content: dict[str, list[int]] = {}
        self._base: dict[str, list[int]] = {}
        for position, entry in enumerate(entries):
            codes = entry_keys(entry)
            self._keys.append(codes)
            for code in codes:
                self._holders.setdefault(code, []).append(position)
            for source in entry.sources:
                if source.content_hash:
                    self._content.setdefault(source.content_hash, []).append(position)
            self._base.setdefault(base_id(entry), []).append(position)

    def holding(self, codes: set[int]) -> set[int]:
        """The positions of the entries holding any of the key *codes*."""
        return {position for code in codes for position in self._holders.get(code, ())}

    def keys(self, handles: set[int]) -> set[int]:
        """Every key code of the entries at *handles*."""
        return {code for handle in handles for code in self._keys[handle]}

    def with_content(self, hashes: set[str]) -> set[int]:
        """The positions of the entries with a source of one of the content *hashes*."""
        return {position for digest in hashes for position in self._content.get(digest, ())}

    def with_base_ids(self, ids: set[str]) -> set[int]:
        """The positions of the entries whose plain id is one of *ids*."""
        return {position for value in ids for position in self._base.get(value, ())}

    def entries(self, handles: set[int]) -> dict[int, ChronicleEntry]:
        """The entries at *handles*."""
        return {handle: self._entries[handle] for handle in handles}
