"""Blocking for in-article folding: which kept reports a new report can be the same as.

Two reports of one event share a key (:func:`keys`): a person's surname, a title word, a
session number, a commodity, a date. A report is compared only with the kept reports that
share one of its keys (or have no keys to go by), so a long article of distinct documents is
folded in linear time, not by comparing every pair. Each key rule mirrors the sameness test
of its kind in :mod:`turkru.extract.consolidate`: a report that is the same as a kept one
always shares a key with it, so blocking alone never changes what is folded.

A key shared by very many kept reports (a common title word in an article of hundreds of
distinct documents) would bring back comparing all pairs, so a report is compared with at most
the latest ``WINDOW`` kept reports under each of its keys: linear time on any input, at the
cost that two reports of one document more than ``WINDOW`` like-worded documents apart stay two.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import cast

import attrs

from turkru.chronicle.rules import similar
from turkru.model.records import Agreement, AnyRecord, CommissionSession, Event, Meeting, TradeFlow, Visit
from turkru.text.similarity import stems

WINDOW = 16
"""Kept reports under one key that a new report is compared with (the latest ones)."""

ANY = None
"""The keys of a report that may be the same as any report of its bucket."""


def keys(record: AnyRecord) -> frozenset[Hashable] | None:
    """What a report shares with every report it can be folded with; None when that is not known.

    Agreements and events: a content word of the title or name (two titles without one are
    the same only when neither has any). Meetings: a person or the day, unless a named format
    ("consultations") makes any two reports of it one. Visits: the head; sessions: the number;
    trade figures: a commodity (or none on both sides).
    """
    if isinstance(record, (Agreement, Event)):
        words = stems(record.title if isinstance(record, Agreement) else record.name)
        return frozenset(words) if words else frozenset({""})
    if isinstance(record, Meeting):
        if record.occasion is not None:
            return ANY
        found: set[Hashable] = {("person", person.key) for person in record.participants}
        if record.date is not None:
            found.add(("date", record.date))
        return frozenset(found)
    if isinstance(record, Visit):
        return ANY if record.head is None else frozenset({record.head.key})
    if isinstance(record, CommissionSession):
        return ANY if record.session_number is None else frozenset({record.session_number})
    if isinstance(record, TradeFlow):
        return frozenset(record.commodities) if record.commodities else frozenset({""})
    return ANY


def worded(record: AnyRecord) -> bool:
    """Whether a report is keyed by its words (agreements, events): reports the same as it have
    similar words (:func:`turkru.chronicle.rules.similar`), which its block tests before the rest."""
    return isinstance(record, (Agreement, Event))


@attrs.define
class Block:
    """The kept reports of one bucket, found by key; *by_words*: the keys are title or name words."""

    by_words: bool = False
    everyone: list[int] = attrs.field(factory=list)
    unkeyed: list[int] = attrs.field(factory=list)
    by_key: dict[Hashable, list[int]] = attrs.field(factory=dict)
    filed: dict[int, frozenset[Hashable] | None] = attrs.field(factory=dict)

    def candidates(self, found: frozenset[Hashable] | None) -> Iterator[int]:
        """The kept reports (their indexes, in the order kept) that a report with keys *found* may match."""
        if found is ANY:
            yield from self.everyone[-WINDOW:]
            return
        indexes = set(self.unkeyed[-WINDOW:])
        for key in found:
            indexes.update(self.by_key.get(key, ())[-WINDOW:])
        if not self.by_words:
            yield from sorted(indexes)
            return
        words = cast("frozenset[str]", found)  # a worded block's keys are words (a string: no type built per call)
        filed = cast("dict[int, frozenset[str] | None]", self.filed)
        for index in sorted(indexes):
            theirs = filed[index]
            if theirs is not ANY and similar(words, theirs):  # one call, not the rule's
                yield index

    def file(self, index: int, found: frozenset[Hashable] | None) -> None:
        """Record that kept report *index* now has keys *found* (a folded report keeps its old keys too)."""
        before = self.filed.get(index, frozenset())
        if index not in self.filed:
            self.everyone.append(index)
        if before is ANY:
            return
        if found is ANY:
            self.unkeyed.append(index)
            self.filed[index] = ANY
            return
        for key in found - before:
            self.by_key.setdefault(key, []).append(index)
        self.filed[index] = before | found
