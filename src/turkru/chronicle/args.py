"""Query arguments: dates, enum values, parties and people, checked with precise errors."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

from turkru.errors import InvalidDateError, InvalidRecordError, QueryError
from turkru.model.actors import Party, PartyKind, Person, fold_name
from turkru.model.dates import PartialDate
from turkru.text.similarity import name_key

__all__ = [
    "COUNTRY_NAMES",
    "DateBounds",
    "PartySpec",
    "as_date",
    "as_enum",
    "as_party",
    "as_people",
    "as_person",
    "bounds",
    "show",
]

E = TypeVar("E", bound=enum.Enum)

COUNTRY_NAMES: dict[str, str] = {
    "turkmenistan": "TM",
    "russia": "RU",
    "russian federation": "RU",
}
"""Country names a query may use instead of the code."""


def show(value: Any) -> str:
    """A short repr of a bad argument for an error message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def as_date(name: str, value: Any) -> PartialDate | None:
    """A partial date from a PartialDate, a date, an ISO string or a year; None stays None."""
    if value is None or isinstance(value, PartialDate):
        return value
    expected = "expected a PartialDate, a date, an ISO date such as '2021-03' or a year"
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return PartialDate(year=value)
        if isinstance(value, str):
            return PartialDate.parse(value)
    except InvalidDateError:
        raise QueryError(f"{name}: {show(value)} is not a date ({expected})") from None
    raise QueryError(f"{name}: {show(value)} is not a date ({expected})")


@attrs.frozen
class DateBounds:
    """The days a query covers, as proleptic ordinals, from ``first`` to ``last`` (either open).

    ``include_undated``: undated records are admitted by their reported-by bound instead
    (the publication day of their earliest report) when it falls within the days.
    """

    first: int | None = None
    last: int | None = None
    include_undated: bool = False

    @property
    def open(self) -> bool:
        """Whether the query has no date bound at all."""
        return self.first is None and self.last is None

    def admits(self, start: int | None, end: int | None) -> bool:
        """Whether a record dated from day *start* to day *end* reaches into the bounds.

        Undated records (None) are admitted only when the query has no bound.
        """
        if self.open:
            return True
        if start is None or end is None:
            return False
        return (self.first is None or end >= self.first) and (self.last is None or start <= self.last)


def bounds(since: Any, until: Any, include_undated: Any = False) -> DateBounds:
    """The bounds of ``since=``/``until=``: records whose dates reach into them (and, with
    ``include_undated``, undated records whose reported-by bound does)."""
    first, last = as_date("since", since), as_date("until", until)
    if first is not None and last is not None and first.earliest > last.latest:
        raise QueryError(f"since: {show(since)} is after until: {show(until)}")
    if not isinstance(include_undated, bool):
        raise QueryError(f"include_undated: {show(include_undated)} is not True or False")
    return DateBounds(
        first.earliest.toordinal() if first else None,
        last.latest.toordinal() if last else None,
        include_undated,
    )


def as_enum(name: str, value: Any, kind: type[E]) -> E | None:
    """A member of *kind* from itself or its value (``'in_person'``, ``'in-person'``, ``'IN PERSON'``)."""
    if value is None or isinstance(value, kind):
        return value
    if isinstance(value, str):
        wanted = value.strip().lower().replace("-", "_").replace(" ", "_")
        for member in kind:
            if member.value == wanted:
                return member
    allowed = ", ".join(repr(member.value) for member in kind)
    raise QueryError(f"{name}: {show(value)} is not one of {allowed}")


@attrs.frozen
class PartySpec:
    """A side of the relations as a query names it: a country code, a name, or a Party.

    A name matches a party whose name has all its ``words``, or all the words of one of the
    ``alternatives`` (the gazetteer's name for it and the query's own wording); ``side`` is
    the country a named party belongs to, where known.
    """

    country: str | None = None
    words: tuple[str, ...] = ()
    party: Party | None = None
    alternatives: tuple[tuple[str, ...], ...] = ()
    side: str | None = None

    @property
    def wordings(self) -> tuple[tuple[str, ...], ...]:
        """Every set of words a matching party's name may have."""
        return self.alternatives or ((self.words,) if self.words else ())

    @property
    def label(self) -> str:
        """How the spec reads in messages and tables."""
        if self.party is not None:
            return self.party.name
        return self.country or " ".join(self.words)

    def matches_party(self, party: Party | None) -> bool:
        """Whether *party* is, or belongs to, this side."""
        if party is None:
            return False
        if self.party is not None:
            if self.party.kind is PartyKind.COUNTRY:
                return party.country == self.party.country
            return name_key(party.name) == name_key(self.party.name) and party.country == self.party.country
        if self.country is not None:
            return party.country == self.country
        if self.side and party.country and party.country != self.side:
            return False
        words = set(name_key(party.name).split())
        return any(set(wording) <= words for wording in self.wordings)

    def matches_country(self, code: str | None) -> bool:
        """Whether a bare country code is this side (names match only through parties)."""
        if code is None:
            return False
        if self.party is not None:
            return self.party.kind is PartyKind.COUNTRY and self.party.country == code
        return self.country == code


def as_party(name: str, value: Any) -> PartySpec:
    """A party spec from a code (``'TM'``), a country, region or organisation name, or a Party."""
    if isinstance(value, Party):
        return PartySpec(party=value, country=value.country if value.kind is PartyKind.COUNTRY else None)
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if len(text) == 2 and text.isalpha():
            return PartySpec(country=text.upper())
        key = name_key(text)
        if key in COUNTRY_NAMES:
            return PartySpec(country=COUNTRY_NAMES[key])
        if key:
            return PartySpec(words=tuple(key.split()))
    raise QueryError(
        f"{name}: {show(value)} is not a party (expected a country code such as 'TM', "
        "a region, organisation or ministry name, or a Party)"
    )


def as_person(name: str, value: Any) -> Person | str:
    """A person to look for: a Person, or a name (``'Lavrov'``, ``'Sergey Lavrov'``) checked to be
    one and returned stripped (:mod:`turkru.chronicle.names` says whom it denotes)."""
    if isinstance(value, Person):
        return value
    if isinstance(value, str) and fold_name(value):
        words = value.split()
        try:
            Person(surname=words[-1], given_names=" ".join(words[:-1]) or None)
        except InvalidRecordError:
            pass
        else:
            return " ".join(words)
    raise QueryError(f"{name}: {show(value)} is not a person's name")


def as_people(name: str, value: Any) -> tuple[tuple[str, Person | str], ...]:
    """One or several people (all of whom must take part), each with the argument that named it."""
    if value is None:
        return ()
    if isinstance(value, (str, Person)):
        return ((name, as_person(name, value)),)
    if isinstance(value, Iterable):
        people = tuple(
            (f"{name}[{index}]", as_person(f"{name}[{index}]", item)) for index, item in enumerate(value)
        )
        if people:
            return people
    raise QueryError(f"{name}: {show(value)} is not a person's name or a list of names")
