"""What a query's names denote: people and parties resolved through the gazetteer and the chronicle.

A name the query gives is looked up in the gazetteer first, so every spelling it knows,
given names included, finds the same person (``'Sergei Lavrov'``, ``'Sergey Lavrov'``,
``'Lavrov'``; ``'Rasit Meredow'``). A name the gazetteer does not know is accepted when the
chronicle's own records use it; otherwise the query raises :class:`QueryError` with the
closest known names.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence

import attrs

from turkru.chronicle.args import COUNTRY_NAMES, PartySpec, show
from turkru.chronicle.index import Scanner
from turkru.errors import QueryError
from turkru.gazetteer import Gazetteer
from turkru.gazetteer.entries import COUNTRY, PARTY_KINDS, PLACE, PersonEntry
from turkru.model.actors import Party, PartyKind, Person, fold_name
from turkru.text.similarity import name_key

__all__ = ["SUGGESTIONS", "SUGGESTION_CUTOFF", "Names", "WantedPerson", "did_you_mean"]

SUGGESTIONS = 3
"""How many close known names an error for an unknown name offers."""

SUGGESTION_CUTOFF = 0.7
"""The least similarity (difflib ratio, case-blind) of a suggested name to the unknown one."""

_PARTY_OR_PLACE_KINDS = frozenset({*PARTY_KINDS.values(), PLACE, COUNTRY})
"""Gazetteer kinds whose names a party argument may use."""


def _first_given(given: str | None) -> str:
    """The folded first given name (``'Sergei Viktorovich'`` -> ``'sergei'``), or ''."""
    words = name_key(given).split() if given else []
    return fold_name(words[0]) if words else ""


@attrs.frozen
class WantedPerson:
    """A person a query looks for: the surname keys of every known spelling, the given names
    that fit (folded first names; empty: any), and the side where known."""

    person: Person
    keys: frozenset[str]
    given: frozenset[str] = frozenset()

    @classmethod
    def of(cls, person: Person, entry: PersonEntry | None = None) -> WantedPerson:
        """The person as a query target; a gazetteer *entry* adds its spellings and given names."""
        keys = {person.key}
        given = {_first_given(person.given_names)} if person.given_names else set()
        if entry is not None:
            keys |= {fold_name(variant) for variant in entry.person.variants}
            if person.given_names:
                given |= {_first_given(name) for name in entry.given_variants}
        return cls(person=person, keys=frozenset(keys - {""}), given=frozenset(given - {""}))

    @property
    def key(self) -> str:
        """The folded surname (the key the chronicle's person postings use)."""
        return self.person.key

    def matches(self, other: Person | None) -> bool:
        """Whether *other* may be this person: a known spelling, fitting given names and side."""
        if other is None or other.key not in self.keys:
            return False
        theirs = _first_given(other.given_names)
        if self.given and theirs:
            initial = len(theirs) == 1
            if not any(name.startswith(theirs) if initial else name == theirs for name in self.given):
                return False
        mine = self.person.country
        return not (mine and other.country and mine != other.country)

    def takes_part(self, people: Iterable[Person | None]) -> bool:
        """Whether this person is among *people*."""
        return any(self.matches(person) for person in people)


def did_you_mean(text: str, candidates: Iterable[str | tuple[str, str]], *, first: Iterable[str] = ()) -> str:
    """``'; did you mean 'X' or 'Y'?'`` for the known names closest to *text*, or a note that none is.

    A candidate is a name, or a pair of a spelling and the name to show for it (a region's
    variant and the region's name), so several spellings of one thing are suggested once.
    Names in *first* are suggested before the close ones, however far they are.
    """
    by_fold: dict[str, str] = {}
    for candidate in candidates:
        spelling, shown = (candidate, candidate) if isinstance(candidate, str) else candidate
        by_fold.setdefault(spelling.casefold(), shown)
    close = difflib.get_close_matches(text.casefold(), list(by_fold), n=len(by_fold), cutoff=SUGGESTION_CUTOFF)
    shown_names = list(dict.fromkeys((*first, *(by_fold[fold] for fold in close))))[:SUGGESTIONS]
    if not shown_names:
        return " (no known name is close)"
    names = [repr(name) for name in shown_names]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"
    return f"; did you mean {listed}?"


class Names:
    """Resolves the people and parties a chronicle's queries name (one per chronicle, built lazily)."""

    def __init__(self, gazetteer: Gazetteer, index: Scanner) -> None:
        self.gazetteer = gazetteer
        self.index = index

    # people -----------------------------------------------------------------------------------

    def person(self, argument: str, value: Person | str) -> WantedPerson:
        """The person *value* names; QueryError when neither the gazetteer nor the chronicle knows it."""
        if isinstance(value, Person):
            return WantedPerson.of(value, self._entry(value))
        known = self.gazetteer.person(value)
        words = value.split()
        surname, given = words[-1], " ".join(words[:-1]) or None
        if known is not None:
            wanted = WantedPerson.of(known, self._entry(known))
            return wanted if known.given_names or given is None else WantedPerson.of(
                attrs.evolve(known, given_names=given), None
            )
        if given is None and self.gazetteer.people_named(surname):
            return WantedPerson.of(Person(surname=surname))
        wanted = WantedPerson.of(Person(surname=surname, given_names=given))
        if wanted.takes_part(self.index.people_keyed(wanted.key)):
            return wanted
        raise QueryError(
            f"{argument}: {show(value)} is not a person the gazetteer or the chronicle knows"
            + did_you_mean(value, self._person_names(), first=self._namesakes(wanted))
        )

    def _entry(self, person: Person) -> PersonEntry | None:
        return next((entry for entry in self.gazetteer.people if entry.person == person), None)

    def _namesakes(self, wanted: WantedPerson) -> Iterator[str]:
        """The full names of the known people with the surname of *wanted*."""
        for person in self.gazetteer.people_named(wanted.person.surname):
            yield person.full_name
        for person in self.index.people_keyed(wanted.key):
            yield person.full_name

    def _person_names(self) -> Iterator[str | tuple[str, str]]:
        """Every known name and spelling of a person, to suggest the closest."""
        for entry in self.gazetteer.people:
            yield entry.person.full_name
            yield entry.person.surname
            yield from ((variant, entry.person.surname) for variant in entry.person.variants)
        for person in self.index.people():
            yield person.full_name
            yield person.surname

    # parties ----------------------------------------------------------------------------------

    def party(self, argument: str, value: Party | str) -> PartySpec:
        """The side *value* names: a country (code or word), a region, ministry, company or
        organisation, or a place; QueryError when neither the gazetteer nor the chronicle knows it.
        """
        if isinstance(value, Party):
            return PartySpec(party=value, country=value.country if value.kind is PartyKind.COUNTRY else None)
        text = value.strip()
        key = name_key(text)
        code = COUNTRY_NAMES.get(key) or self.gazetteer.country(text)
        if code is None and len(text) == 2 and text.isalpha() and self._knows_country(text.upper()):
            code = text.upper()
        if code is not None:
            return PartySpec(country=code)
        words = tuple(key.split())
        known = self.gazetteer.party(text)
        place = self.gazetteer.place(text)
        named = known.name if known is not None else place.name if place is not None else None
        if named is not None:
            canonical = tuple(name_key(named).split())
            alternatives = tuple(dict.fromkeys(option for option in (canonical, words) if option))
            side = known.country if known is not None else None
            return PartySpec(words=canonical or words, alternatives=alternatives, side=side)
        if words and self._chronicle_has(words):
            return PartySpec(words=words)
        raise QueryError(
            f"{argument}: {show(value)} is not a country, region, organisation or place "
            "the gazetteer or the chronicle knows" + did_you_mean(text, self._party_names())
        )

    def _knows_country(self, code: str) -> bool:
        if self.index.has_country(code) or code in COUNTRY_NAMES.values():
            return True
        return any(entry.sense.kind == COUNTRY and entry.sense.value == code for entry in self.gazetteer.phrases)

    def _chronicle_has(self, words: Sequence[str]) -> bool:
        wanted = set(words)
        return any(
            wanted <= set(name_key(party.name).split())
            for party in self.index.parties_worded(words[0])
        )

    def _party_names(self) -> Iterator[str | tuple[str, str]]:
        for entry in self.gazetteer.phrases:
            if entry.sense.kind in _PARTY_OR_PLACE_KINDS:
                shown = entry.phrases[0] if entry.sense.kind == COUNTRY else str(entry.sense.value)
                yield shown
                yield from ((phrase, shown) for phrase in entry.phrases)
        for party in self.index.parties():
            yield party.name
