"""One entry of a chronicle: a real event, every report of it, and where the reports disagree."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, cast

import attrs

from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import AnyRecord

__all__ = [
    "ChronicleEntry",
    "Variant",
    "credit",
    "earliest_bound",
    "evidence_key",
    "source_key",
    "with_bound",
    "with_evidence",
]


@functools.lru_cache(maxsize=1 << 20)
def source_key(source: Source) -> tuple[str, str, str, str, str]:
    """A total, stable order on sources: by article id, then the other fields (worked out once per
    source: a merge sorts by it again and again, in phases far apart, so the cache holds every source
    of a merge of 10^6 reports; at 1 << 17 such a merge evicted each key before its next use)."""
    return (
        source.article_id,
        source.url or "",
        source.outlet or "",
        source.published.isoformat() if source.published else "",
        source.content_hash or "",
    )


def evidence_key(item: Evidence) -> tuple[tuple[str, str, str, str, str], int, int, str]:
    """A total, stable order on evidence: by source, then span, then text."""
    return (source_key(item.source), item.start, item.end, item.text)


def credit(record: AnyRecord, source: Source) -> AnyRecord:
    """*record* with *source* among its sources: if no evidence names it, an empty span at 0 does."""
    if source in record.sources:
        return record
    return with_evidence(record, (*record.evidence, Evidence(source=source, start=0, end=0)))


def with_evidence(record: AnyRecord, evidence: tuple[Evidence, ...]) -> AnyRecord:
    """*record* with its evidence replaced."""
    if type(evidence) is tuple and all(isinstance(item, Evidence) for item in evidence):
        return _replaced(record, "evidence", evidence)
    return attrs.evolve(record, evidence=cast(Any, evidence))


_SLOTS: dict[type, tuple[str, ...]] = {}


def _slots_of(cls: type) -> tuple[str, ...]:
    names = _SLOTS.get(cls)
    if names is None:
        found = (name for klass in cls.__mro__ for name in getattr(klass, "__slots__", ()))
        names = _SLOTS[cls] = tuple(dict.fromkeys(name for name in found if name != "__weakref__"))
    return names


def _replaced(record: AnyRecord, name: str, value: object) -> AnyRecord:
    """*record* with field *name* set to *value*, a value of that field's type that no check of
    another field reads (its evidence, or its reported-by bound): what :func:`attrs.evolve` makes,
    without running every converter and validator again. Neither field is in equality, so even
    the cached hash stays right. A record with a ``__dict__`` (not slotted) is evolved."""
    cls = type(record)
    if hasattr(record, "__dict__"):
        return attrs.evolve(record, **{name: cast(Any, value)})
    new = object.__new__(cls)
    put = object.__setattr__
    for slot in _slots_of(cls):
        try:
            put(new, slot, getattr(record, slot))
        except AttributeError:  # a hash not worked out yet
            continue
    put(new, name, value)
    return new


def earliest_bound(records: Iterable[AnyRecord]) -> PartialDate | None:
    """The tightest reported-by bound of several reports of one event: the earliest last day
    (the finer date on a tie); None when none has a bound."""
    bounds = [record.reported_by for record in records if record.reported_by is not None]
    if not bounds:
        return None
    return min(bounds, key=lambda bound: (bound.latest, -bound.precision.rank))


def with_bound(record: AnyRecord, reports: Iterable[AnyRecord]) -> AnyRecord:
    """*record* with the tightest reported-by bound of *reports* (the reports it stands for)."""
    bound = earliest_bound(reports)
    return record if bound == record.reported_by else _replaced(record, "reported_by", bound)


@attrs.frozen
class Variant:
    """One value of the record as one or more sources reported it.

    ``record`` carries the evidence of every source that reported exactly this value;
    ``sources`` lists those sources in a stable order.
    """

    record: AnyRecord
    sources: tuple[Source, ...]

    @classmethod
    def of(cls, record: AnyRecord) -> Variant:
        """The variant of a single record: its sources are its evidence's sources."""
        sources = record.sources  # distinct already
        return cls(record=record, sources=sources if len(sources) < 2 else tuple(sorted(sources, key=source_key)))


@attrs.frozen
class ChronicleEntry:
    """A real event as the chronicle knows it.

    ``record`` is the merged record: agreed values, the union of listed values (people,
    topics, goods, parties) and every evidence span of every report. ``variants`` keeps
    each distinct reported value with its sources, so nothing reported is lost; where
    the variants disagree on a fact, the field is named in ``conflicts`` and ``record``
    holds the value of the best-attested variant.
    """

    id: str
    record: AnyRecord
    variants: tuple[Variant, ...]
    conflicts: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The record kind: ``'meeting'``, ``'visit'``, ``'commission_session'``, ..."""
        return str(self.record.KIND)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source that reported the event, in a stable order."""
        found = {source for variant in self.variants for source in variant.sources}
        return tuple(sorted(found, key=source_key))

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """Every evidence span of every report."""
        return self.record.evidence

    @property
    def date(self) -> PartialDate | None:
        """The merged date (for agreements, that of the latest lifecycle step)."""
        return self.record.date

    @property
    def end_date(self) -> PartialDate | None:
        """The merged end of a span, if any."""
        return self.record.end_date

    @property
    def conflicted(self) -> bool:
        """Whether the sources disagree on any fact."""
        return bool(self.conflicts)

    def values(self, field: str) -> tuple[tuple[Any, tuple[Source, ...]], ...]:
        """Each distinct value of *field* across the variants, with the sources that gave it.

        ``entry.values("date")`` shows a disagreement: ``((2021-05-07, (a,)), (2021-05-08, (b,)))``.
        Values no variant states (None or empty) are left out.
        """
        found: dict[Any, list[Source]] = {}
        for variant in self.variants:
            value = getattr(variant.record, field)
            if value is None or value == ():
                continue
            found.setdefault(value, []).extend(variant.sources)
        return tuple(
            (value, tuple(sorted(set(sources), key=source_key))) for value, sources in found.items()
        )
