"""The actors of coded events: people, parties and countries with their country and sector codes."""

from __future__ import annotations

from typing import Final

import attrs

from turkru.gazetteer import Gazetteer
from turkru.gazetteer.entries import COUNTRY
from turkru.interop.codebook import OFFICE_SECTOR, PARTY_SECTORS
from turkru.model.actors import Party, PartyKind, Person
from turkru.model.dates import PartialDate

PERSON_KIND: Final = "person"
"""The kind of an actor that is a person; the others are :class:`PartyKind` values."""


@attrs.frozen(kw_only=True)
class Actor:
    """One side of a coded event: who acted, their side, sector and the office they held.

    ``country`` is turkru's ISO 3166-1 alpha-2 code, ``country_alpha3`` the alpha-3 code
    event datasets use (CAMEO, POLECAT); ``sector`` a CAMEO role code (``GOV``, ``BUS``, ...).
    """

    name: str
    kind: str
    country: str | None = None
    country_alpha3: str | None = None
    sector: str | None = None
    title: str | None = None

    @property
    def cameo_code(self) -> str:
        """The CAMEO actor code: country and role (``RUSGOV``), either alone, or empty."""
        return f"{self.country_alpha3 or ''}{self.sector or ''}"


class ActorMaker:
    """Builds actors from people, parties and country codes with what a gazetteer knows."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.country_names = {
            entry.sense.value: entry.phrases[0]
            for entry in reversed(gazetteer.phrases)
            if entry.sense.kind == COUNTRY and isinstance(entry.sense.value, str) and entry.phrases
        }

    def alpha3(self, country: str | None) -> str | None:
        """The alpha-3 code of a country the gazetteer knows, or None."""
        return None if country is None else self.gazetteer.codes(country).iso_alpha3

    def country(self, code: str, sector: str | None = None) -> Actor:
        """A whole country (optionally in one role, as a government at a commission)."""
        return Actor(
            name=self.country_names.get(code, code),
            kind=PartyKind.COUNTRY.value,
            country=code,
            country_alpha3=self.alpha3(code),
            sector=sector,
        )

    def party(self, party: Party) -> Actor:
        """A region, ministry, company or organisation (a country party: the country)."""
        if party.kind is PartyKind.COUNTRY and party.country is not None:
            return self.country(party.country)
        sector = self.gazetteer.codes(party).sector or PARTY_SECTORS[party.kind]
        return Actor(
            name=party.name,
            kind=party.kind.value,
            country=party.country,
            country_alpha3=self.alpha3(party.country),
            sector=sector,
        )

    def person(self, person: Person, on: PartialDate | None) -> Actor:
        """A person, with the office they held on *on* as title and its sector.

        Undated, every office they ever held counts. Several offices: the first in the
        gazetteer's order of terms is the title, and the sector is given only when all of
        them share it; none known: neither.
        """
        terms = self.gazetteer.terms_of(person)
        if on is not None:
            terms = tuple(term for term in terms if term.covers(on))
        offices = tuple(dict.fromkeys(term.office for term in terms))
        office = offices[0] if offices else None
        sectors = {self.gazetteer.codes(held).sector or OFFICE_SECTOR for held in offices}
        sector = sectors.pop() if len(sectors) == 1 else None
        return Actor(
            name=person.full_name,
            kind=PERSON_KIND,
            country=person.country,
            country_alpha3=self.alpha3(person.country),
            sector=sector,
            title=office.title if office else None,
        )
