"""Indexes over a chronicle's entries, built once on the first query.

Entries are stored in timeline order, so every posting list (a sorted list of entry
positions) is also in date order, and a date range is a range of positions found by
bisecting the entries' first days.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from turkru.chronicle.args import DateBounds
from turkru.chronicle.entry import ChronicleEntry
from turkru.model.actors import Party, Person
from turkru.model.records import Agreement, AnyRecord, CommissionSession, Meeting, TradeFlow, Visit
from turkru.text.similarity import name_key

__all__ = [
    "FACETS",
    "FIRST_FACETS",
    "Index",
    "Posting",
    "PostingKey",
    "Scanner",
    "countries_of",
    "parties_of",
    "people_of",
    "postings_of",
    "value_postings",
]

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


PostingKey = tuple[str, str]
"""A posting list's name: a facet (``kind``, ``country``, ``word``, ``person``, ``status``, ...) and a value."""

Posting = tuple[PostingKey, ...]
"""What a query asks for: the union of the posting lists of its keys (none: no entry)."""

FACETS = ("kind", "country", "word", "person", "status", "mode", "body", "doc_type")
"""The facets entries are posted under."""

FIRST_FACETS = FACETS[:4]
"""The facets of stores written before the others were added (their ``meta`` has no ``facets``)."""


def postings_of(entry: ChronicleEntry) -> Iterator[PostingKey]:
    """Every posting list *entry* belongs to: its kind, countries, party-name words and people,
    and the values of the fields queries test for one value (:func:`value_postings`)."""
    yield ("kind", entry.kind)
    for code in sorted(countries_of(entry)):
        yield ("country", code)
    for word in sorted({word for party in parties_of(entry) for word in name_key(party.name).split()}):
        yield ("word", word)
    for key in sorted({person.key for person in people_of(entry)}):
        yield ("person", key)
    yield from value_postings(entry.record)


def value_postings(record: AnyRecord) -> Iterator[PostingKey]:
    """A record's status, and a meeting's mode, a session's body, an agreement's document type."""
    yield ("status", record.status.value)
    if isinstance(record, Meeting):
        yield ("mode", record.mode.value)
    elif isinstance(record, CommissionSession):
        yield ("body", record.commission.body.value)
    elif isinstance(record, Agreement):
        yield ("doc_type", record.doc_type.value)


class Scanner(Protocol):
    """What the queries need of an index: entries by posting lists and dates, and by id."""

    def scan(
        self, postings: Iterable[Posting], dates: DateBounds, kinds: Sequence[str] = ()
    ) -> Iterator[ChronicleEntry]:
        """Entries of *kinds* (any, when empty) in every one of *postings*, within *dates*, in timeline order."""

    def get(self, entry_id: str) -> ChronicleEntry | None:
        """The entry with id *entry_id*, or None."""

    def people_keyed(self, key: str) -> Iterable[Person]:
        """The people with the surname key *key* that the entries name."""

    def people(self) -> Iterable[Person]:
        """Every person the entries name (repeats allowed)."""

    def parties_worded(self, word: str) -> Iterable[Party]:
        """The parties of the entries posted under the party-name word *word*."""

    def parties(self) -> Iterable[Party]:
        """Every party the entries name (repeats allowed)."""

    def has_country(self, code: str) -> bool:
        """Whether some entry involves the country *code*."""


class Index:
    """Posting lists by kind, country, party-name word and person, and first/last days."""

    def __init__(self, entries: Sequence[ChronicleEntry]) -> None:
        self.entries = entries
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.bounds: list[tuple[int, int] | None] = []
        """First and last day of each entry's reported-by bound (None: no bound)."""
        self.postings: dict[PostingKey, list[int]] = {}
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
        for key in postings_of(entry):
            self.postings.setdefault(key, []).append(position)

    def get(self, entry_id: str) -> ChronicleEntry | None:
        """The entry with id *entry_id*, or None."""
        position = self.by_id.get(entry_id)
        return None if position is None else self.entries[position]

    def window(self, dates: DateBounds) -> tuple[int, int]:
        """The positions ``[lo, hi)`` of dated entries that may fall within *dates* (all when open)."""
        if dates.open:
            return 0, len(self.entries)
        lo = 0 if dates.first is None else bisect.bisect_left(self.starts, dates.first - self.max_span)
        hi = self.dated if dates.last is None else bisect.bisect_right(self.starts, dates.last, hi=self.dated)
        return lo, hi

    def people_keyed(self, key: str) -> Iterator[Person]:
        """The people with the surname key *key* that the entries name."""
        for position in self.postings.get(("person", key), ()):
            yield from (person for person in people_of(self.entries[position]) if person.key == key)

    def people(self) -> Iterator[Person]:
        """Every person the entries name (repeats allowed)."""
        for entry in self.entries:
            yield from people_of(entry)

    def parties_worded(self, word: str) -> Iterator[Party]:
        """The parties of the entries posted under the party-name word *word*."""
        for position in self.postings.get(("word", word), ()):
            yield from parties_of(self.entries[position])

    def parties(self) -> Iterator[Party]:
        """Every party the entries name (repeats allowed)."""
        for entry in self.entries:
            yield from parties_of(entry)

    def has_country(self, code: str) -> bool:
        """Whether some entry involves the country *code*."""
        return ("country", code) in self.postings

    def posting(self, keys: Posting) -> Sequence[int]:
        """The positions in the union of the posting lists of *keys*, in order."""
        if len(keys) == 1:
            return self.postings.get(keys[0], [])
        return sorted({position for key in keys for position in self.postings.get(key, ())})

    def _windows(self, dates: DateBounds) -> list[tuple[int, int]]:
        """The position ranges to walk: the dated window, and the undated entries when asked for."""
        windows = [self.window(dates)]
        if dates.include_undated and not dates.open:
            windows.append((self.dated, len(self.entries)))
        return windows

    def scan(
        self, postings: Iterable[Posting], dates: DateBounds, kinds: Sequence[str] = ()
    ) -> Iterator[ChronicleEntry]:
        """Entries of *kinds* (any, when empty) in every one of *postings*, within the date window, in date order.

        The shortest list is walked; the others are checked by bisection. The caller still
        tests each entry; the postings only narrow the candidates. Undated entries are
        admitted by their reported-by bound when *dates* include them.
        """
        lists = [self.posting(keys) for keys in postings]
        for lo, hi in self._windows(dates):
            found = self._scan_window(lists, dates, lo, hi)
            yield from (entry for entry in found if entry.kind in kinds) if kinds else found

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
