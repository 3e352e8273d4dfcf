"""When two reports describe the same real event: the sameness rule of each record kind.

A rule says which fields must be equal (``identity``), whether the rest fits
(``fit``), what a strong match is (``strong``: the fields that, all equal, identify the
event even without a date) and which words narrow the search (``anchors``). The date
test is shared and lives in :mod:`turkru.chronicle.merge`. See docs/chronicle.md.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable
from typing import Any

import attrs

from turkru.model.actors import Party, Person, Place
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    TradeFlow,
    Visit,
)
from turkru.text.similarity import has_year, jaccard, name_key, stems, stems_of

__all__ = [
    "CONTAINED_WORDS",
    "RULES",
    "SIMILARITY",
    "Fit",
    "Rule",
    "compatible_people",
    "person_compatible",
    "person_pairs",
    "rule_of",
    "sides",
    "similar",
]

SIMILARITY = 0.5
"""Least content-word Jaccard similarity of two titles, names or lists of goods."""

CONTAINED_WORDS = 3
"""A title whose content words (at least this many) all recur in a longer title is that title."""


def similar(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two wordings name one thing: Jaccard at least SIMILARITY, or one's content words
    (three or more) all within the other's (a title that runs on into the next clause)."""
    shared = len(first & second)
    union = len(first) + len(second) - shared
    if union and shared / union >= SIMILARITY:  # the Jaccard similarity, without building the union
        return True
    return min(len(first), len(second)) >= CONTAINED_WORDS and shared == min(len(first), len(second))


@attrs.frozen
class Fit:
    """How two reports that agree apart from their dates must agree on dates.

    ``date_free``: the dates need not agree (equal session numbers identify a session);
    ``needs_day``: overlapping dates count only when both are known to the day.
    """

    date_free: bool = False
    needs_day: bool = False


FIT = Fit()


def _fold_given(person: Person) -> str | None:
    return name_key(person.given_names).split(" ")[0] if person.given_names else None


def person_compatible(first: Person, second: Person) -> bool:
    """Whether two people may be one: same folded surname, given names and side where known."""
    if first.key != second.key:
        return False
    given_first, given_second = _fold_given(first), _fold_given(second)
    if given_first and given_second and given_first != given_second:
        return False
    return not (first.country and second.country and first.country != second.country)


def _covered(smaller: tuple[Person, ...], larger: tuple[Person, ...]) -> bool:
    """Whether each person of *smaller* matches a different person of *larger*."""
    free = list(larger)
    for person in smaller:
        match = next((other for other in free if person_compatible(person, other)), None)
        if match is None:
            return False
        free.remove(match)
    return True


def compatible_people(first: tuple[Person, ...], second: tuple[Person, ...], *, least: int = 2) -> bool:
    """Whether two lists name the same people, or one names a subset of at least *least*."""
    return _compatible_people(first, second, least)


@functools.lru_cache(maxsize=1 << 16)
def _compatible_people(first: tuple[Person, ...], second: tuple[Person, ...], least: int) -> bool:
    """:func:`compatible_people`, kept per pair of lists: :func:`person_compatible` reads only what
    people compare equal by (folded surname, given names, side), so equal lists give equal answers,
    and a merge compares the same few lists of names again and again."""
    smaller, larger = sorted((first, second), key=len)
    if len(smaller) < len(larger) and len(smaller) < least:
        return False
    return _covered(smaller, larger)


def _person_keys(people: Iterable[Person]) -> frozenset[str]:
    return frozenset(person.key for person in people)


def person_pairs(people: tuple[Person, ...]) -> tuple[Hashable, ...]:
    """The anchors :meth:`MeetingRule.narrow_anchors` gives a list of people: one person's name
    alone; for two or more, each pair of their names in sorted order (a name borne twice paired
    with itself)."""
    if len(people) == 1:
        return (people[0].key,)
    names = sorted(person.key for person in people)
    pairs = {(names[i], names[j]) for i in range(len(names)) for j in range(i + 1, len(names))}
    return tuple(sorted(pairs))


def word_pairs(words: frozenset[str]) -> tuple[Hashable, ...]:
    """The anchors of a title's or a name's content words under :func:`similar`, finer than the
    words: two sets of two or more words that are similar share at least two (a Jaccard of
    SIMILARITY = 1/2 needs 3 * shared >= both sizes together, and a contained set has at least
    CONTAINED_WORDS), so they share a pair; a single word is similar only to itself and to a
    pair holding it. So: a single word stands for itself, two words give both words and their
    pair, three or more every pair (in sorted order)."""
    names = sorted(words)
    if len(names) <= 1:
        return tuple(names)
    pairs = [(names[i], names[j]) for i in range(len(names)) for j in range(i + 1, len(names))]
    return (*names, *pairs) if len(names) == 2 else tuple(pairs)


def _place_key(place: Place | None) -> str | None:
    return name_key(place.name) if place is not None else None


def _places_fit(first: Place | None, second: Place | None) -> bool:
    return first is None or second is None or _place_key(first) == _place_key(second)


def _party_key(party: Party | None) -> str | None:
    return name_key(party.name) if party is not None else None


def _regions_fit(first: Party | None, second: Party | None) -> bool:
    return first is None or second is None or _party_key(first) == _party_key(second)


def sides(parties: Iterable[Party | None]) -> frozenset[str]:
    """The countries the parties belong to (a Russian region or company counts for RU)."""
    return frozenset(party.country for party in parties if party is not None and party.country)


class Rule:
    """The sameness rule of one record kind; subclasses override what differs."""

    exact_dates = False
    """Dates must be equal, not merely overlapping (a trade figure's period)."""

    def identity(self, record: Any) -> tuple[Hashable, ...]:
        """Fields that must be equal for two reports to be one event."""
        return (record.status,)

    def fit(self, first: Any, second: Any) -> Fit | None:
        """Whether everything but the date fits, and how the dates must agree; None if not."""
        raise NotImplementedError

    def strong(self, record: Any) -> Hashable | None:
        """The fields that, equal in two reports, let them match without agreeing dates."""
        return None

    def anchored(self, record: Any) -> bool:
        """Whether the strong fields pin the event in time on their own (a session number)."""
        return False

    def anchors(self, record: Any) -> Iterable[Hashable]:
        """Words two matching reports share at least one of (used to find candidates)."""
        return ("*",)

    def narrow_anchors(self, record: Any) -> Iterable[Hashable]:
        """Finer anchors with the same promise as :meth:`anchors` (two reports whose fields fit
        share one), so fewer reports that cannot fit share one; by default the anchors."""
        return self.anchors(record)

    def free_keys(self, record: Any) -> Iterable[Hashable]:
        """Keys that find a match whatever the dates (for ``date_free`` fits)."""
        return ()

    def loose(self, record: Any) -> bool:
        """Whether the record lacks its anchor (names nobody), so only its day can match it."""
        return False


class MeetingRule(Rule):
    """Same mode and status; the same named people (or day, place agree when names are missing)."""

    def identity(self, record: Meeting) -> tuple[Hashable, ...]:
        return (record.status, record.mode)

    def fit(self, first: Meeting, second: Meeting) -> Fit | None:
        if not _regions_fit(first.region, second.region):
            return None
        if first.participants and second.participants:
            if not compatible_people(first.participants, second.participants):
                return None
            return FIT if _places_fit(first.place, second.place) else None
        if first.place is None or _place_key(first.place) != _place_key(second.place):
            return None
        return Fit(needs_day=True)

    def strong(self, record: Meeting) -> Hashable | None:
        if len(record.participants) < 2 or record.place is None:
            return None
        return (_person_keys(record.participants), _place_key(record.place))

    def anchors(self, record: Meeting) -> Iterable[Hashable]:
        return _person_keys(record.participants) or ("",)

    def narrow_anchors(self, record: Meeting) -> Iterable[Hashable]:
        """Pairs of people rather than people: two lists of two or more fit only when each person of
        the shorter matches a different person of the longer by name (:func:`compatible_people`), so
        they share every pair of the shorter's names (a name twice is a pair of its own); a single
        person fits only a single person. Without names, the anchor of :meth:`anchors`."""
        return person_pairs(record.participants) or ("",)

    def loose(self, record: Meeting) -> bool:
        return not record.participants


class VisitRule(Rule):
    """Same sides and status; the same head (or, without one, overlapping days)."""

    def identity(self, record: Visit) -> tuple[Hashable, ...]:
        return (record.status, record.delegation_of, record.host)

    def fit(self, first: Visit, second: Visit) -> Fit | None:
        if not (_regions_fit(first.region, second.region) and _places_fit(first.place, second.place)):
            return None
        if first.head is not None and second.head is not None:
            return FIT if person_compatible(first.head, second.head) else None
        return Fit(needs_day=True)

    def strong(self, record: Visit) -> Hashable | None:
        if record.head is None or record.place is None:
            return None
        return (record.head.key, _place_key(record.place))

    def anchors(self, record: Visit) -> Iterable[Hashable]:
        return (record.head.key if record.head else "",)

    def loose(self, record: Visit) -> bool:
        return record.head is None


class SessionRule(Rule):
    """Same body, format and status; equal numbers, or agreeing co-chairs, place and dates."""

    def identity(self, record: CommissionSession) -> tuple[Hashable, ...]:
        return (record.status, record.commission.body, record.format)

    def fit(self, first: CommissionSession, second: CommissionSession) -> Fit | None:
        if first.session_number is not None and second.session_number is not None:
            return Fit(date_free=True) if first.session_number == second.session_number else None
        if first.co_chairs and second.co_chairs and not compatible_people(
            first.co_chairs, second.co_chairs, least=1
        ):
            return None
        return FIT if _places_fit(first.place, second.place) else None

    def strong(self, record: CommissionSession) -> Hashable | None:
        if record.session_number is not None:
            return ("number", record.session_number)
        if record.place is None or not record.co_chairs:
            return None
        return (_place_key(record.place), _person_keys(record.co_chairs))

    def anchored(self, record: CommissionSession) -> bool:
        return record.session_number is not None

    def free_keys(self, record: CommissionSession) -> Iterable[Hashable]:
        return () if record.session_number is None else (("number", record.session_number),)


class AgreementRule(Rule):
    """Same type and stage; similar titles (or equal counts for batches), agreeing sides."""

    def identity(self, record: Agreement) -> tuple[Hashable, ...]:
        return (record.status, record.doc_type)

    def fit(self, first: Agreement, second: Agreement) -> Fit | None:
        if first.period and second.period and first.period != second.period:
            return None
        words_first, words_second = stems(first.title), stems(second.title)
        titled = bool(words_first or words_second)
        if titled and not similar(words_first, words_second):
            return None  # tested before the sides: the cheaper test that fails more often
        sides_first = sides((*first.parties, first.region))
        sides_second = sides((*second.parties, second.region))
        if sides_first and sides_second and not (sides_first <= sides_second or sides_second <= sides_first):
            return None
        if titled:
            return FIT
        if first.count is not None and second.count is not None:
            return FIT if first.count == second.count else None
        return Fit(needs_day=True)

    def strong(self, record: Agreement) -> Hashable | None:
        words = stems(record.title)
        if words:
            return ("title", words, record.period)
        return None if record.count is None else ("count", record.count)

    def anchored(self, record: Agreement) -> bool:
        return record.period is not None or has_year(stems(record.title))

    def anchors(self, record: Agreement) -> Iterable[Hashable]:
        return stems(record.title) or ("",)

    def narrow_anchors(self, record: Agreement) -> Iterable[Hashable]:
        """Pairs of title words (:func:`word_pairs`): titled agreements fit only with similar titles."""
        return word_pairs(stems(record.title)) or ("",)

    def loose(self, record: Agreement) -> bool:
        return not stems(record.title) and record.count is None


class TradeRule(Rule):
    """Same direction, sides, region and period; similar goods (or both totals)."""

    exact_dates = True

    def identity(self, record: TradeFlow) -> tuple[Hashable, ...]:
        return (record.status, record.direction, record.exporter, record.importer, _party_key(record.region))

    def fit(self, first: TradeFlow, second: TradeFlow) -> Fit | None:
        goods_first, goods_second = stems_of(first.commodities), stems_of(second.commodities)
        if not goods_first and not goods_second:
            return FIT
        return FIT if jaccard(goods_first, goods_second) >= SIMILARITY else None

    def strong(self, record: TradeFlow) -> Hashable | None:
        if not record.amounts:
            return None
        return (stems_of(record.commodities), record.amounts)

    def anchors(self, record: TradeFlow) -> Iterable[Hashable]:
        return stems_of(record.commodities) or ("",)


class EventRule(Rule):
    """Same status; similar names; agreeing places and dates."""

    def fit(self, first: Event, second: Event) -> Fit | None:
        if not _places_fit(first.place, second.place):
            return None
        return FIT if similar(stems(first.name), stems(second.name)) else None

    def strong(self, record: Event) -> Hashable | None:
        return stems(record.name) or None

    def anchors(self, record: Event) -> Iterable[Hashable]:
        return stems(record.name) or ("",)

    def narrow_anchors(self, record: Event) -> Iterable[Hashable]:
        """Pairs of name words (:func:`word_pairs`): events fit only with similar names."""
        return word_pairs(stems(record.name)) or ("",)


RULES: dict[str, Rule] = {
    Meeting.KIND: MeetingRule(),
    Visit.KIND: VisitRule(),
    CommissionSession.KIND: SessionRule(),
    Agreement.KIND: AgreementRule(),
    TradeFlow.KIND: TradeRule(),
    Event.KIND: EventRule(),
}
"""The rule of each record kind, by ``KIND``."""


def rule_of(record: AnyRecord) -> Rule:
    """The sameness rule for *record*'s kind."""
    return RULES[record.KIND]

