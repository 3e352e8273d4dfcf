"""Indexes over a chronicle's entries, built once on the first query.

Entries are stored in timeline order, so every posting list (a sorted list of entry
positions) is also in date order, and a date range is a range of positions found by
bisecting the entries' first days.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

from turkru.chronicle.args import DateBounds
from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.words import name_key
from turkru.model.actors import Party, Person
from turkru.model.records import Agreement, CommissionSession, Meeting, TradeFlow, Visit

__all__ = ["Index", "countries_of", "parties_of", "people_of"]

_UNDATED = 10**7
"""The first-day ordinal given to undated entries: after every real day (9999-12-31 is 3652059)."""


def parties_of(entry: ChronicleEntry) -> tuple[Party, ...]:
    """The parties an entry names: an agreement's parties, and any region."""
    record = entry.record
    parties: tuple[Party, ...] = record.parties if isinstance(record, Agreement) else ()
    region = getattr(record, "region", None)
    return (*parties, region) if region is not None else parties


def countries_of(entry: ChronicleEntry) -> set[str]:
    """Every country an entry involves: parties' and people's sides, visits' and trade's ends."""
    record = entry.record
    found = {party.country for party in parties_of(entry) if party.country}
    found |= {person.country for person in people_of(entry) if person.country}
    if isinstance(record, Visit):
        found |= {record.delegation_of, record.host}
    if isinstance(record, TradeFlow):
        found |= {code for code in (record.exporter, record.importer) if code}
    return found


def people_of(entry: ChronicleEntry) -> tuple[Person, ...]:
    """The people who took part: participants, the head of a visit, co-chairs, signatories."""
    record = entry.record
    if isinstance(record, Meeting):
        return record.participants
    if isinstance(record, Visit):
        return (record.head,) if record.head is not None else ()
    if isinstance(record, CommissionSession):
        return record.co_chairs
    if isinstance(record, Agreement):
        return record.signatories
    return ()


class Index:
    """Posting lists by kind, country, party-name word and person, and first/last days."""

    def __init__(self, entries: Sequence[ChronicleEntry]) -> None:
        self.entries = entries
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.bounds: list[tuple[int, int] | None] = []
        """First and last day of each entry's reported-by bound (None: no bound)."""
        self.by_kind: dict[str, list[int]] = {}
        self.by_country: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.by_person: dict[str, list[int]] = {}
        self.by_id: dict[str, int] = {}
        self.max_span = 0
        self.dated = 0
        for position, entry in enumerate(entries):
            self._add(position, entry)

    def _add(self, position: int, entry: ChronicleEntry) -> None:
        bound = entry.record.reported_by
        self.bounds.append(None if bound is None else (bound.earliest.toordinal(), bound.latest.toordinal()))
        date = entry.record.date
        if date is None:
            self.starts.append(_UNDATED)
            self.ends.append(_UNDATED)
        else:
            start = date.earliest.toordinal()
            end = (entry.record.end_date or date).latest.toordinal()
            self.starts.append(start)
            self.ends.append(end)
            self.max_span = max(self.max_span, end - start)
            self.dated = position + 1
        self.by_id[entry.id] = position
        self.by_kind.setdefault(entry.kind, []).append(position)
        for code in countries_of(entry):
            self.by_country.setdefault(code, []).append(position)
        words = {word for party in parties_of(entry) for word in name_key(party.name).split()}
        for word in words:
            self.by_word.setdefault(word, []).append(position)
        for key in {person.key for person in people_of(entry)}:
            self.by_person.setdefault(key, []).append(position)

    def window(self, dates: DateBounds) -> tuple[int, int]:
        """The positions ``[lo, hi)`` of dated entries that may fall within *dates* (all when open)."""
        if dates.open:
            return 0, len(self.entries)
        lo = 0 if dates.first is None else bisect.bisect_left(self.starts, dates.first - self.max_span)
        hi = self.dated if dates.last is None else bisect.bisect_right(self.starts, dates.last, hi=self.dated)
        return lo, hi

    def _windows(self, dates: DateBounds) -> list[tuple[int, int]]:
        """The position ranges to walk: the dated window, and the undated entries when asked for."""
        windows = [self.window(dates)]
        if dates.include_undated and not dates.open:
            windows.append((self.dated, len(self.entries)))
        return windows

    def scan(self, postings: Iterable[Sequence[int]], dates: DateBounds) -> Iterator[ChronicleEntry]:
        """Entries in every posting list, within the date window, in date order.

        The shortest list is walked; the others are checked by bisection. The caller still
        tests each entry; the postings only narrow the candidates. Undated entries are
        admitted by their reported-by bound when *dates* include them.
        """
        postings = list(postings)
        for lo, hi in self._windows(dates):
            yield from self._scan_window(postings, dates, lo, hi)

    def _scan_window(
        self, postings: list[Sequence[int]], dates: DateBounds, lo: int, hi: int
    ) -> Iterator[ChronicleEntry]:
        slices = []
        for posting in postings:
            first = bisect.bisect_left(posting, lo)
            slices.append((bisect.bisect_left(posting, hi, lo=first) - first, first, posting))
        slices.sort(key=lambda item: item[0])
        if slices:
            count, first, posting = slices[0]
            candidates: Iterable[int] = (posting[i] for i in range(first, first + count))
        else:
            candidates = range(lo, hi)
        others = [posting for _count, _first, posting in slices[1:]]
        entries, starts, ends, bounds = self.entries, self.starts, self.ends, self.bounds
        for position in candidates:
            if any(not _holds(posting, position) for posting in others):
                continue
            if dates.open:
                yield entries[position]
            elif starts[position] == _UNDATED:
                bound = bounds[position]
                if dates.include_undated and bound is not None and dates.admits(*bound):
                    yield entries[position]
            elif dates.admits(starts[position], ends[position]):
                yield entries[position]


def _holds(posting: Sequence[int], position: int) -> bool:
    """Whether the sorted *posting* list holds *position*."""
    found = bisect.bisect_left(posting, position)
    return found < len(posting) and posting[found] == position
