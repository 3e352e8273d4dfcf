"""Reprints: articles with the same text (the same content hash) are one source.

Before reports are merged, every source is replaced by the one source of its text: the
earliest published of its appearances (then the first by article id), which lists the
others as :class:`~turkru.model.provenance.Reprint`. The choice depends only on the set of
appearances, so folding the reports of many copies, or folding again, gives the same sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from turkru.chronicle.entry import with_evidence
from turkru.model.provenance import Evidence, Reprint, Source
from turkru.model.records import AnyRecord

__all__ = ["appearances", "fold_reprints", "original"]


def appearances(source: Source) -> set[Reprint]:
    """Every place the source's text appeared: the source itself and its known reprints."""
    own = Reprint(article_id=source.article_id, url=source.url, outlet=source.outlet, published=source.published)
    return {own, *source.reprints}


def _order(reprint: Reprint) -> tuple[bool, dt.date, str, str, str]:
    published = reprint.published
    return (
        published is None,
        published.earliest if published is not None else dt.date.max,
        reprint.article_id,
        reprint.url or "",
        reprint.outlet or "",
    )


def original(content_hash: str, found: Iterable[Reprint]) -> Source:
    """The one source of a text that appeared at *found*: the earliest, listing the others."""
    ordered = sorted(set(found), key=_order)
    first = ordered[0]
    return Source(
        article_id=first.article_id,
        url=first.url,
        outlet=first.outlet,
        published=first.published,
        content_hash=content_hash,
        reprints=tuple(ordered[1:]),
    )


def fold_reprints(records: Iterable[AnyRecord]) -> list[AnyRecord]:
    """*records* with each source replaced by the one source of its text (see the module)."""
    records = list(records)
    distinct = {item.source for record in records for item in record.evidence}
    found: dict[str, set[Reprint]] = {}
    for source in distinct:
        if source.content_hash is not None:
            found.setdefault(source.content_hash, set()).update(appearances(source))
    originals = {digest: original(digest, places) for digest, places in found.items()}
    changed = {source: originals[source.content_hash] for source in distinct if source.content_hash is not None}
    changed = {old: new for old, new in changed.items() if old != new}
    if not changed:
        return records
    moved: dict[Evidence, Evidence] = {}
    folded: dict[tuple[AnyRecord, tuple[tuple[Source, int, int, str], ...]], AnyRecord] = {}
    for record in records:
        spans = tuple((changed.get(i.source, i.source), i.start, i.end, i.text) for i in record.evidence)
        if (record, spans) not in folded:  # a copy's report, once credited to the original, is the original's
            folded[record, spans] = _refold(record, changed, moved)
    return list(folded.values())


def _refold(record: AnyRecord, changed: dict[Source, Source], moved: dict[Evidence, Evidence]) -> AnyRecord:
    """*record* with its evidence credited to the changed sources (*moved* remembers each span)."""
    if not any(item.source in changed for item in record.evidence):
        return record
    evidence: dict[Evidence, None] = {}
    for item in record.evidence:
        new = moved.get(item)
        if new is None:
            source = changed.get(item.source)
            new = moved[item] = item if source is None else attrs.evolve(item, source=source)
        evidence[new] = None
    return with_evidence(record, tuple(evidence))
