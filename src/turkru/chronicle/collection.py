"""The chronicle: an immutable collection of entries, one per real event, with queries."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from turkru.chronicle.entry import ChronicleEntry, credit
from turkru.chronicle.index import Index
from turkru.chronicle.merge import build_entries, collector_paused, reports_of
from turkru.chronicle.names import Names
from turkru.chronicle.query import Queries
from turkru.chronicle.reprints import fold_reprints
from turkru.errors import InvalidRecordError, SerializationError, StoreError
from turkru.gazetteer import Gazetteer
from turkru.model.article import Article
from turkru.model.records import RECORD_TYPES, AnyRecord

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from turkru.chronicle.grow import MemoryKnown

__all__ = ["Chronicle", "timeline_key"]


def timeline_key(entry: ChronicleEntry) -> tuple[int, dt.date, int, str, str]:
    """Date order: by first day, coarser date first, then kind and id; undated last."""
    date = entry.record.date
    if date is None:
        return (1, dt.date.max, 0, entry.kind, entry.id)
    return (0, date.earliest, date.precision.rank, entry.kind, entry.id)


class _Lazy:
    """The chronicle's index, built on the first query (the chronicle itself never changes)."""

    __slots__ = ("index", "known", "names")

    def __init__(self) -> None:
        self.index: Index | None = None
        self.names: Names | None = None
        self.known: MemoryKnown | None = None


def _sorted_entries(entries: Iterable[ChronicleEntry]) -> tuple[ChronicleEntry, ...]:
    return tuple(sorted(entries, key=timeline_key))


def _check_record(record: Any, where: str) -> AnyRecord:
    if type(record) not in RECORD_TYPES:
        raise InvalidRecordError(f"{where}: {record!r:.60} is not a record")
    return record  # type: ignore[no-any-return]


@attrs.frozen
class Chronicle(Queries):
    """Every reported event once, with all its sources; build it with the named constructors.

    ``Chronicle.from_articles(articles)`` merges the records of many articles: reports of
    one real event become one :class:`ChronicleEntry`. Adding or merging returns a new
    chronicle; merging is commutative, associative and idempotent. Iterating yields the
    entries in timeline order.
    """

    entries: tuple[ChronicleEntry, ...] = attrs.field(default=(), converter=_sorted_entries)
    _lazy: _Lazy = attrs.field(factory=_Lazy, init=False, eq=False, repr=False)

    @classmethod
    def from_records(cls, records: Iterable[AnyRecord]) -> Chronicle:
        """Merge *records* (each with its evidence, hence its sources) into a chronicle.

        Sources with the same text (content hash) are one source first: see
        :mod:`turkru.chronicle.reprints`.
        """
        checked = [_check_record(record, f"records[{index}]") for index, record in enumerate(records)]
        with collector_paused():
            return cls(entries=build_entries(fold_reprints(checked)))

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> Chronicle:
        """Merge the records of *articles*; each record is credited to its article."""
        records: list[AnyRecord] = []
        for index, article in enumerate(articles):
            if not isinstance(article, Article):
                raise InvalidRecordError(f"articles[{index}]: {article!r:.60} is not an Article")
            records.extend(credit(record, article.source) for record in article.records)
        return cls.from_records(records)

    @classmethod
    def from_jsonl(cls, text: str | bytes) -> Chronicle:
        """A chronicle from JSON Lines of entries (as :meth:`to_jsonl` writes), articles or records.

        Entry lines are restored as written, without merging again (and checked); the records
        of article or record lines are then merged in.
        """
        from turkru.chronicle.jsonl import read_jsonl_entries

        entries, records = read_jsonl_entries(text)
        chronicle = cls(entries=entries)
        return chronicle.add(*records) if records else chronicle

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Chronicle:
        """A saved chronicle, restored as written: a SQLite store (read lazily, see
        :class:`~turkru.chronicle.store.StoredChronicle`) or a JSON Lines file."""
        from turkru.chronicle.store import StoredChronicle, is_store

        if is_store(path):
            return StoredChronicle(path)
        try:
            text = Path(path).read_bytes()
        except OSError as error:
            raise StoreError(f"{os.fspath(path)}: cannot read ({error.strerror})") from None
        try:
            return cls.from_jsonl(text)
        except SerializationError as error:
            raise SerializationError(f"{os.fspath(path)}: {error}") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the chronicle to *path*: a SQLite store for ``.sqlite``, ``.sqlite3`` and ``.db``
        files, JSON Lines otherwise."""
        from turkru.chronicle.store import is_store_path, write_store

        if is_store_path(path):
            write_store(self.entries, path)
            return
        try:
            Path(path).write_text(self.to_jsonl(), encoding="utf-8")
        except OSError as error:
            raise StoreError(f"{os.fspath(path)}: cannot write ({error.strerror})") from None

    def to_jsonl(self) -> str:
        """JSON Lines, one entry per line, in timeline order (see docs/chronicle.md)."""
        from turkru.chronicle.jsonl import write_jsonl

        return write_jsonl(self.entries)

    def reports(self) -> Iterator[AnyRecord]:
        """The reports merged into the chronicle: per variant, each article's record with its evidence."""
        for entry in self.entries:
            for variant in entry.variants:
                yield from reports_of(variant)

    def add(self, *items: AnyRecord | Article | ChronicleEntry | Chronicle) -> Chronicle:
        """A new chronicle with *items* (records, articles, entries or chronicles) merged in.

        Only the entries the new reports can join are merged again (see
        :mod:`turkru.chronicle.grow`); the result is what merging every report from scratch gives.
        """
        from turkru.chronicle.grow import grow

        records: list[AnyRecord] = []
        for index, item in enumerate(items):
            if isinstance(item, Article):
                records.extend(credit(record, item.source) for record in item.records)
            elif isinstance(item, Chronicle):
                records.extend(item.reports())
            elif isinstance(item, ChronicleEntry):
                records.extend(Chronicle(entries=[item]).reports())
            else:
                records.append(_check_record(item, f"items[{index}]"))
        if not records:
            return self
        grown = grow(self._known(), records)
        kept = [entry for position, entry in enumerate(self.entries) if position not in grown.removed]
        return Chronicle(entries=[*kept, *grown.added])

    def merge(self, other: Chronicle) -> Chronicle:
        """The chronicle of both: the smaller one's reports merged into the larger."""
        if not isinstance(other, Chronicle):
            raise InvalidRecordError(f"other: {other!r:.60} is not a Chronicle")
        larger, smaller = (self, other) if len(self) >= len(other) else (other, self)
        return larger.add(smaller)

    def _known(self) -> MemoryKnown:
        from turkru.chronicle.grow import MemoryKnown

        if self._lazy.known is None:
            self._lazy.known = MemoryKnown(self.entries)
        return self._lazy.known

    @property
    def records(self) -> tuple[AnyRecord, ...]:
        """The merged record of each entry, in timeline order."""
        return tuple(entry.record for entry in self.entries)

    def get(self, entry_id: str) -> ChronicleEntry | None:
        """The entry with id *entry_id*, or None."""
        return self._query_index().get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ChronicleEntry]:
        return iter(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def _query_index(self) -> Index:
        if self._lazy.index is None:
            self._lazy.index = Index(self.entries)
        return self._lazy.index

    def _query_names(self) -> Names:
        if self._lazy.names is None:
            self._lazy.names = Names(Gazetteer.default(), self._query_index())
        return self._lazy.names

    def to_csv(self, file: str | os.PathLike[str] | Any = None) -> str:
        """Flat CSV, one row per entry; see :func:`turkru.serialize.csv.to_csv`."""
        from turkru.serialize.csv import to_csv

        return to_csv(self, file)

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per entry (needs the ``pandas`` extra)."""
        from turkru.serialize.dataframe import to_dataframe

        return to_dataframe(self)

    def plot_timeline(self, path: str | os.PathLike[str] | None = None, **options: Any) -> Figure:
        """Draw events per year by level and return the matplotlib Figure (needs the ``plot``
        extra), written to *path* when given; see :func:`turkru.chronicle.plot.plot_timeline`."""
        from turkru.chronicle.plot import plot_timeline

        return plot_timeline(self, path, **options)
