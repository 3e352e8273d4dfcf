"""The Gazetteer: immutable knowledge of people, offices, places, parties, bodies and goods."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

import attrs

from turkru.errors import GazetteerError, InvalidRecordError
from turkru.gazetteer._arguments import items_of, pairs_of
from turkru.gazetteer._load import Parsed, parse_data, parse_file, parse_text
from turkru.gazetteer.entries import (
    BODY,
    COMMODITY,
    COUNTRY,
    NO_CODES,
    OFFICE,
    PARTY_KINDS,
    PERSON,
    PLACE,
    Codes,
    OfficeEntry,
    PersonEntry,
    PhraseEntry,
    Sense,
    Value,
)
from turkru.gazetteer.index import Index
from turkru.gazetteer.templates import TemplateError, expand
from turkru.gazetteer.tokens import iter_tokens, phrase_key
from turkru.model.actors import Office, Party, PartyKind, Person, Place, Term
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind

_PARTY_MENTION_KINDS = frozenset(PARTY_KINDS.values())
_MEMO_LIMIT = 1 << 14


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", " ".join(phrase_key(text))).strip("_") or "entry"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    taken.add(candidate)
    return candidate


def _phrases(templates: Iterable[str], where: str) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for template in templates:
        try:
            found.update(dict.fromkeys(expand(template)))
        except TemplateError as error:
            raise GazetteerError(f"{where}: {error}") from None
    for phrase in found:
        if not any(part[:1].isalnum() for part in phrase_key(phrase)):
            raise GazetteerError(f"{where}: {phrase!r} contains no word")
    return tuple(found)


def _unique(people: Iterable[Person]) -> tuple[Person, ...]:
    return tuple(dict.fromkeys(people))


@attrs.frozen
class Gazetteer:
    """What turkru knows about the world, injected into the mention finder and the extractors.

    Build one with :meth:`default` (the package data), :meth:`from_files` or :meth:`extend`;
    it never changes once built, and the lookup tables are made once, at construction.
    """

    people: tuple[PersonEntry, ...] = ()
    offices: tuple[OfficeEntry, ...] = ()
    terms: tuple[Term, ...] = ()
    phrases: tuple[PhraseEntry, ...] = ()
    given_names: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()
    surname_endings: tuple[str, ...] = ()
    sources: tuple[str, ...] = attrs.field(default=(), eq=False)
    index: Index = attrs.field(init=False, eq=False, repr=False)
    _by_office: dict[Office, tuple[Term, ...]] = attrs.field(init=False, eq=False, repr=False)
    _by_person: dict[Person, tuple[Term, ...]] = attrs.field(init=False, eq=False, repr=False)
    _office_entries: dict[Office, OfficeEntry] = attrs.field(init=False, eq=False, repr=False)
    _codes: dict[tuple[str, object], Codes] = attrs.field(init=False, eq=False, repr=False)
    _matched: dict[tuple[str, str | None], tuple[Person | None]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    """match_person's answers so far (the finder asks the same names over and over)."""
    _senses: dict[str, tuple[Sense, ...]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _persons: dict[str, tuple[Person | None]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    """person's answers so far, by name (asked once per participant of every record)."""
    """senses' answers so far, by phrase (the extractors look the same names up again and again)."""

    @index.default
    def _build_index(self) -> Index:
        return Index(
            self.people,
            self.offices,
            self.phrases,
            given_names=self.given_names,
            roles=self.roles,
            not_names=self.not_names,
            surname_endings=self.surname_endings,
        )

    @_by_office.default
    def _build_terms(self) -> dict[Office, tuple[Term, ...]]:
        grouped: dict[Office, list[Term]] = defaultdict(list)
        for term in self.terms:
            grouped[term.office].append(term)
        return {office: tuple(terms) for office, terms in grouped.items()}

    @_by_person.default
    def _build_person_terms(self) -> dict[Person, tuple[Term, ...]]:
        grouped: dict[Person, list[Term]] = defaultdict(list)
        for term in self.terms:
            grouped[term.person].append(term)
        return {person: tuple(terms) for person, terms in grouped.items()}

    @_office_entries.default
    def _build_office_entries(self) -> dict[Office, OfficeEntry]:
        found: dict[Office, OfficeEntry] = {}
        for entry in self.offices:
            found.setdefault(entry.office, entry)  # the first entry of an office, as a scan finds it
        return found

    @_codes.default
    def _build_codes(self) -> dict[tuple[str, object], Codes]:
        found: dict[tuple[str, object], Codes] = {}
        for entry in self.phrases:
            if not entry.codes.empty:
                found.setdefault((entry.sense.kind, entry.sense.value), entry.codes)
        for office in self.offices:
            if not office.codes.empty:
                found.setdefault((OFFICE, office.office), office.codes)
        return found

    # construction -----------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the package data files, loaded once and shared (it is immutable)."""
        return _default()

    @classmethod
    def from_files(cls, *paths: str | Path, base: Gazetteer | None = None) -> Gazetteer:
        """A gazetteer from JSON data files, optionally on top of *base* (whose ids terms may use)."""
        parsed = cls._parsed(base)
        for path in paths:
            parse_file(Path(path), parsed)
        return cls._assemble(parsed, base)

    @classmethod
    def from_data(cls, *documents: Mapping[str, object], base: Gazetteer | None = None) -> Gazetteer:
        """A gazetteer from already-parsed JSON documents (same format as the files)."""
        parsed = cls._parsed(base)
        for number, document in enumerate(documents):
            parse_data(document, f"<data {number}>", parsed)
        return cls._assemble(parsed, base)

    @staticmethod
    def _parsed(base: Gazetteer | None) -> Parsed:
        parsed = Parsed()
        if base is not None:
            parsed.person_ids.update(entry.id for entry in base.people)
            parsed.office_ids.update(entry.id for entry in base.offices)
        return parsed

    @classmethod
    def _assemble(cls, parsed: Parsed, base: Gazetteer | None) -> Gazetteer:
        people = (*(base.people if base else ()), *parsed.people)
        offices = (*(base.offices if base else ()), *parsed.offices)
        person_by_id = {entry.id: entry.person for entry in people}
        office_by_id = {entry.id: entry.office for entry in offices}
        for where, other in parsed.counterpart_refs:
            if other not in office_by_id:
                raise GazetteerError(f"{where}: unknown office id {other!r}")
        terms = list(base.terms if base else ())
        for raw in parsed.terms:
            if raw.office not in office_by_id:
                raise GazetteerError(f"{raw.where}: office: unknown office id {raw.office!r}")
            if raw.person not in person_by_id:
                raise GazetteerError(f"{raw.where}: person: unknown person id {raw.person!r}")
            try:
                terms.append(Term(office_by_id[raw.office], person_by_id[raw.person], raw.start, raw.end))
            except InvalidRecordError as error:
                raise GazetteerError(f"{raw.where}: {error}") from None
        return cls(
            people=people,
            offices=offices,
            terms=tuple(terms),
            phrases=(*(base.phrases if base else ()), *parsed.phrases),
            given_names=(*(base.given_names if base else ()), *parsed.given_names),
            roles=(*(base.roles if base else ()), *parsed.roles),
            not_names=(*(base.not_names if base else ()), *parsed.not_names),
            surname_endings=(*(base.surname_endings if base else ()), *parsed.surname_endings),
            sources=(*(base.sources if base else ()), *parsed.sources),
        )

    def extend(
        self,
        *,
        people: Iterable[Person] = (),
        offices: Iterable[Office] = (),
        terms: Iterable[Term] = (),
        places: Iterable[Place] = (),
        parties: Iterable[Party] = (),
        bodies: Mapping[str, BodyKind] | None = None,
        countries: Mapping[str, str] | None = None,
        commodities: Iterable[str] = (),
        aliases: Mapping[str, Person | Office | Place | Party] | None = None,
        given_names: Iterable[str] = (),
        roles: Iterable[str] = (),
    ) -> Gazetteer:
        """A new gazetteer with more knowledge; this one is left as it was.

        People equal to a known person add their spelling variants to that person. Offices
        and people named by *terms* are added when new. *bodies* and *countries* map a
        phrase to what it names; *aliases* add phrases (templates allowed) for a person,
        an office, a place or a party.
        """
        person_entries = {entry.person: entry for entry in self.people}
        person_ids = {entry.id for entry in self.people}
        office_entries = {entry.office: entry for entry in self.offices}
        office_ids = {entry.id for entry in self.offices}
        added: list[PhraseEntry] = []

        def add_person(person: Person) -> None:
            known = person_entries.get(person)
            if known is not None:
                variants = tuple(dict.fromkeys((*known.person.variants, *person.variants)))
                person_entries[person] = attrs.evolve(
                    known, person=attrs.evolve(known.person, variants=variants)
                )
                return
            given = (person.given_names,) if person.given_names else ()
            person_entries[person] = PersonEntry(_slug(person.full_name, person_ids), person, given)

        def add_office(office: Office, phrases: tuple[str, ...] = ()) -> None:
            known = office_entries.get(office)
            if known is None:
                known = OfficeEntry(_slug(office.title, office_ids), office, (office.title,))
            office_entries[office] = attrs.evolve(
                known, phrases=tuple(dict.fromkeys((*known.phrases, *phrases)))
            )

        def add_phrase(sense: Sense, phrases: Iterable[str], where: str) -> None:
            added.append(PhraseEntry(sense, _phrases(phrases, where)))

        for person in items_of("people", people, Person):
            add_person(person)
        for office in items_of("offices", offices, Office):
            add_office(office)
        new_terms = items_of("terms", terms, Term)
        for term in new_terms:
            add_office(term.office)
            if term.person not in person_entries:
                add_person(term.person)
        for place in items_of("places", places, Place):
            add_phrase(Sense(PLACE, place, place.country), (place.name,), "extend(places)")
        for party in items_of("parties", parties, Party):
            if party.kind is PartyKind.COUNTRY:
                raise GazetteerError(f"extend(parties): {party.name!r} is a country; pass it in countries=")
            add_phrase(Sense(PARTY_KINDS[party.kind], party, party.country), (party.name,), "extend(parties)")
        for phrase, body in pairs_of("bodies", bodies, BodyKind):
            add_phrase(Sense(BODY, body, None), (phrase,), "extend(bodies)")
        for word, code in pairs_of("countries", countries, str):
            try:
                sense = Sense(COUNTRY, code, code)
            except InvalidRecordError as error:
                raise GazetteerError(f"extend(countries): {word!r}: {error}") from None
            add_phrase(sense, (word,), "extend(countries)")
        for commodity in items_of("commodities", commodities, str):
            add_phrase(Sense(COMMODITY, commodity.lower(), None), (commodity,), "extend(commodities)")
        named: list[tuple[str, Person | Office | Place | Party]] = pairs_of(
            "aliases", aliases, (Person, Office, Place, Party)
        )
        for phrase, value in named:
            where = f"extend(aliases): {phrase!r}"
            if isinstance(value, Office):
                add_office(value, _phrases((phrase,), where))
            elif isinstance(value, Person):
                add_person(value)
                add_phrase(Sense(PERSON, value, value.country), (phrase,), where)
            elif isinstance(value, Place):
                add_phrase(Sense(PLACE, value, value.country), (phrase,), where)
            elif value.kind is not PartyKind.COUNTRY:
                add_phrase(Sense(PARTY_KINDS[value.kind], value, value.country), (phrase,), where)
            else:
                raise GazetteerError(
                    f"{where}: {value!r} is not a Person, Office, Place or non-country Party"
                )
        new_given_names = items_of("given_names", given_names, str)
        new_roles = items_of("roles", roles, str)
        return attrs.evolve(
            self,
            people=tuple(person_entries.values()),
            offices=tuple(office_entries.values()),
            terms=(*self.terms, *new_terms),
            phrases=(*self.phrases, *added),
            given_names=(*self.given_names, *new_given_names),
            roles=(*self.roles, *new_roles),
        )

    # people ----------------------------------------------------------------------------------

    def person(self, name: str) -> Person | None:
        """The person a name denotes (``'Rasit Meredow'``, ``'V. Hajiyev'``, ``'Lavrov'``), or None.

        A bare surname shared by several known people (``'Berdimuhamedov'``) gives a person
        with that surname and no given names: the name is known, the individual is not.
        """
        known = self._persons.get(name)
        if known is None:
            if len(self._persons) >= _MEMO_LIMIT:
                self._persons.clear()
            known = self._persons[name] = (self._person(name),)
        return known[0]

    def _person(self, name: str) -> Person | None:
        senses = [sense for sense in self.senses(name) if sense.kind == PERSON]
        if senses and isinstance(senses[0].value, Person):
            return senses[0].value
        words = [token.text for token in iter_tokens(name) if token.is_word]
        if not words:
            return None
        return self.match_person(words[-1], words[0] if len(words) > 1 else None)

    def match_person(self, surname: str, given: str | None = None) -> Person | None:
        """The known person with this surname and given name (or initial); see :meth:`person`.

        None when the surname is unknown, when *given* fits none of its bearers, or when a
        bare surname is too common to name anyone (entries with ``bare`` false).
        """
        key = (surname, given)
        known = self._matched.get(key)
        if known is None:
            if len(self._matched) >= _MEMO_LIMIT:
                self._matched.clear()
            known = self._matched[key] = (self._match_person(surname, given),)
        return known[0]

    def _match_person(self, surname: str, given: str | None) -> Person | None:
        entries = self.index.surname(surname)
        if given is not None:
            entries = tuple(entry for entry in entries if self.index.given_matches(entry, given))
        else:
            entries = tuple(entry for entry in entries if entry.bare)
        found = _unique(entry.person for entry in entries)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        countries = {person.country for person in found}
        variants = tuple(dict.fromkeys(variant for person in found for variant in person.variants))
        return Person(
            surname=found[0].surname,
            given_names=None,
            country=countries.pop() if len(countries) == 1 else None,
            variants=variants,
        )

    def people_named(self, surname: str) -> tuple[Person, ...]:
        """Every known person whose surname folds like *surname*."""
        return _unique(entry.person for entry in self.index.surname(surname))

    def person_id(self, person: Person) -> str | None:
        """The data id of a known person, or None."""
        return next((entry.id for entry in self.people if entry.person == person), None)

    # offices and terms ------------------------------------------------------------------------

    def office(self, name: str) -> Office | None:
        """An office by id (``'president_tm'``), title or any phrase naming it."""
        for entry in self.offices:
            if entry.id == name:
                return entry.office
        for sense in self.senses(name):
            if sense.kind == OFFICE and isinstance(sense.value, Office):
                return sense.value
        return None

    def office_id(self, office: Office) -> str | None:
        """The data id of a known office, or None."""
        return next((entry.id for entry in self.offices if entry.office == office), None)

    def _office(self, office: Office | str) -> OfficeEntry | None:
        found = self.office(office) if isinstance(office, str) else office
        return None if found is None else self._office_entries.get(found)

    def holders(self, office: Office | str, on: PartialDate | None) -> tuple[Person, ...]:
        """Everyone known to hold the office on every day of *on* (empty without a date)."""
        entry = self._office(office)
        if entry is None or on is None:
            return ()
        terms = self._by_office.get(entry.office, ())
        return _unique(term.person for term in terms if term.covers(on))

    def holder(self, office: Office | str, on: PartialDate | None) -> Person | None:
        """The one holder of an office on a date; None when unknown, ambiguous or undated.

        Offices held by several people at once (deputy prime ministers) give None; use
        :meth:`holders`. A date straddling a change of holder gives None too.
        """
        entry = self._office(office)
        if entry is None or not entry.single:
            return None
        found = self.holders(entry.office, on)
        return found[0] if len(found) == 1 else None

    def ever_held(self, office: Office | str) -> tuple[Person, ...]:
        """Everyone known to have held the office at some time."""
        entry = self._office(office)
        if entry is None:
            return ()
        return _unique(term.person for term in self._by_office.get(entry.office, ()))

    def counterparts(self, office: Office | str) -> tuple[Office, ...]:
        """The offices whose holders are this office-holder's counterparts (Lavrov's: Meredov's)."""
        entry = self._office(office)
        if entry is None:
            return ()
        return tuple(other.office for other in self.offices if other.id in entry.counterparts)

    def counterpart(self, person: Person, country: str, on: PartialDate | None) -> Person | None:
        """The holder, on *country*'s side, of the office matching one *person* holds on *on*.

        "Lavrov and his Turkmen counterpart" in 2019: Meredov. None without a date, when the
        person holds no office with a counterpart then, or when the answer is not unique.
        """
        if on is None:
            return None
        found: dict[Person, None] = {}
        for term in self.terms_of(person):
            if not term.covers(on):
                continue
            for office in self.counterparts(term.office):
                holder = self.holder(office, on) if office.country == country else None
                if holder is not None and holder != person:
                    found[holder] = None
        return next(iter(found)) if len(found) == 1 else None

    def terms_of(self, person: Person) -> tuple[Term, ...]:
        """The known terms of office of a person, in data order."""
        return self._by_person.get(person, ())

    # places, parties and words ----------------------------------------------------------------

    def senses(self, phrase: str) -> tuple[Sense, ...]:
        """Every meaning of a phrase, best first (``'Saint Petersburg'``: the city, then the region).

        A leading ``the`` is ignored when the phrase is not known with it.
        """
        known = self._senses.get(phrase)
        if known is not None:
            return known
        key = phrase_key(phrase)
        found = self.index.senses(key)
        if not found and key[:1] == ("the",):
            found = self.index.senses(key[1:])
        if len(self._senses) >= _MEMO_LIMIT:
            self._senses.clear()
        self._senses[phrase] = found
        return found

    def _first(self, phrase: str, kinds: frozenset[str] | set[str]) -> Value | None:
        return next((sense.value for sense in self.senses(phrase) if sense.kind in kinds), None)

    def place(self, name: str) -> Place | None:
        """The city or place a name denotes (``'Ashkhabad'`` -> Ashgabat)."""
        found = self._first(name, {PLACE})
        return found if isinstance(found, Place) else None

    def party(self, name: str) -> Party | None:
        """The region, ministry, company or organisation a name denotes; a country word gives the country."""
        found = self._first(name, _PARTY_MENTION_KINDS)
        if isinstance(found, Party):
            return found
        code = self.country(name)
        return Party.of_country(code) if code else None

    def country(self, word: str) -> str | None:
        """The country code a word denotes: ``'Turkmen'`` -> ``'TM'``, ``"Russia's"`` -> ``'RU'``."""
        found = self._first(word, {COUNTRY})
        return found if isinstance(found, str) else None

    def body(self, name: str) -> BodyKind | None:
        """The standing bilateral body a name denotes (``'IGC'`` -> the intergovernmental commission)."""
        found = self._first(name, {BODY})
        return found if isinstance(found, BodyKind) else None

    def codes(self, value: Place | Party | Office | str) -> Codes:
        """The identifiers and sector the data gives for a place, party, office or country code.

        ``gaz.codes("TM").iso_alpha3`` is ``'TKM'``; a country party gives its country's codes.
        Nothing known: every code None.
        """
        if isinstance(value, str):
            return self._codes.get((COUNTRY, value), NO_CODES)
        if isinstance(value, Place):
            return self._codes.get((PLACE, value), NO_CODES)
        if isinstance(value, Office):
            return self._codes.get((OFFICE, value), NO_CODES)
        if value.kind is PartyKind.COUNTRY:
            return self._codes.get((COUNTRY, value.country), NO_CODES)
        return self._codes.get((PARTY_KINDS[value.kind], value), NO_CODES)

    def commodity(self, word: str) -> str | None:
        """The commodity entry a word belongs to (``'natural gas'``), or None."""
        found = self._first(word, {COMMODITY})
        return found if isinstance(found, str) else None


def _data_files() -> list[tuple[str, str]]:
    folder = resources.files("turkru.gazetteer").joinpath("data")
    files = sorted((item for item in folder.iterdir() if item.name.endswith(".json")), key=lambda i: i.name)
    return [(f"turkru/gazetteer/data/{item.name}", item.read_text(encoding="utf-8")) for item in files]


@functools.lru_cache(maxsize=1)
def _default() -> Gazetteer:
    parsed = Parsed()
    for name, text in _data_files():
        parse_text(text, name, parsed)
    return Gazetteer._assemble(parsed, None)
