"""The entries a gazetteer holds: people, offices and named things with the phrases naming them."""

from __future__ import annotations

from typing import Any, Final, TypeAlias

import attrs

from turkru.errors import InvalidRecordError
from turkru.model.actors import Office, Party, PartyKind, Person, Place, check_country
from turkru.model.records import BodyKind

PERSON: Final = "person"
OFFICE: Final = "office"
BODY: Final = "body"
MINISTRY: Final = "ministry"
COMPANY: Final = "company"
ORGANISATION: Final = "organisation"
PLACE: Final = "place"
REGION: Final = "region"
COUNTRY: Final = "country"
COMMODITY: Final = "commodity"

KINDS: Final = (PERSON, OFFICE, BODY, MINISTRY, COMPANY, ORGANISATION, PLACE, REGION, COUNTRY, COMMODITY)
"""Mention kinds, in the order that breaks ties between senses of one phrase (a city before its region)."""
KIND_RANK: Final = {kind: rank for rank, kind in enumerate(KINDS)}
"""A kind's place in KINDS (lower wins a tie)."""

PROPER_KINDS: Final = frozenset({PERSON, MINISTRY, COMPANY, ORGANISATION, PLACE, REGION, COUNTRY})
"""Kinds named by proper nouns: their capitalised words must be capitalised in the text too."""

PARTY_KINDS: Final = {
    PartyKind.REGION: REGION,
    PartyKind.MINISTRY: MINISTRY,
    PartyKind.COMPANY: COMPANY,
    PartyKind.ORGANISATION: ORGANISATION,
}
"""The mention kind of a party of each PartyKind (countries are named by their code instead)."""

Value: TypeAlias = Person | Office | Place | Party | BodyKind | str
"""What a phrase can denote: a person, an office, a place, a party, a standing body, or a code/word."""

SECTORS: Final = ("GOV", "LEG", "JUD", "MIL", "COP", "BUS", "IGO", "NGO", "MED", "EDU", "ELI")
"""CAMEO actor role codes an entry may carry as ``sector``: government, legislature, judiciary,
military, police, business, intergovernmental and non-governmental organisations, media,
education, elites."""


@attrs.frozen
class Codes:
    """Codes other datasets use for an entry; each is absent unless a source made for it gives it.

    ``sector`` is a CAMEO role code (:data:`SECTORS`); ``iso_alpha3`` the ISO 3166-1 alpha-3 code
    of a country; ``iso_3166_2`` the subdivision code of a region; ``geonames_id``, ``latitude``
    and ``longitude`` (WGS84 degrees) locate a place.
    """

    sector: str | None = None
    iso_alpha3: str | None = None
    iso_3166_2: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def empty(self) -> bool:
        """Whether no code is known."""
        return self == NO_CODES


NO_CODES: Final = Codes()
"""The codes of an entry nothing is known about."""


def _check_kind(_instance: Any, _attribute: Any, value: Any) -> None:
    if value not in KINDS:
        raise InvalidRecordError(f"kind: {value!r} is not one of {', '.join(KINDS)}")


@attrs.frozen
class Sense:
    """One meaning of a phrase: the mention kind, the value it denotes and the side it belongs to."""

    kind: str = attrs.field(validator=_check_kind)
    value: Value
    country: str | None = attrs.field(default=None, validator=check_country)

    @property
    def rank(self) -> int:
        """Position of the kind in :data:`KINDS`; the lower wins a tie."""
        return KINDS.index(self.kind)


@attrs.frozen
class PersonEntry:
    """A known person, the given names that identify them, and whether a bare surname suffices.

    ``bare`` is False for common surnames (``Ivanov``): the person is then recognised only
    with a given name or initial.
    """

    id: str
    person: Person
    given_variants: tuple[str, ...] = ()
    bare: bool = True


@attrs.frozen
class OfficeEntry:
    """An office, the phrases that name it, whether one person holds it at a time, its counterparts."""

    id: str
    office: Office
    phrases: tuple[str, ...] = ()
    single: bool = True
    counterparts: tuple[str, ...] = ()
    """Ids of the offices whose holders are this office-holder's counterparts on the other side."""
    codes: Codes = NO_CODES
    """The office's sector (``LEG`` for a parliament's chair); absent: the default of its kind."""


@attrs.frozen
class PhraseEntry:
    """A place, party, body, country or commodity and the phrases that name it."""

    sense: Sense
    phrases: tuple[str, ...]
    codes: Codes = NO_CODES
    """Identifiers and sector of the thing named, where the data gives them."""
