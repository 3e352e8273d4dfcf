"""The region a side acts through: a Russian region or a Turkmen velayat named or implied by an office."""

from __future__ import annotations

from collections.abc import Iterable

from turkru.extract.document import Document, Sentence
from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office, Party, PartyKind, Person
from turkru.model.dates import PartialDate

_OF = " of "  # a regional office is titled "<post> of <region>"


def region_of(
    sentence: Sentence,
    document: Document,
    side: str | None,
    people: Iterable[Person] = (),
    on: PartialDate | None = None,
) -> Party | None:
    """The region a side acts through: the region whose office one of *people* holds (on the day,
    when known: the Governor of Astrakhan oblast, the head of Tatarstan), else the first region
    of *side* the sentence names or implies by a regional title."""
    if side is None:
        return None
    when = on or document.published
    for person in people:
        if person.country not in (None, side):
            continue
        for term in document.gazetteer.terms_of(person):
            region = office_region(term.office, document.gazetteer)
            if region is not None and (when is None or term.covers(when)):
                return region
    for mention in sentence.of_kind("region", "office"):
        value: object = mention.value
        if isinstance(value, Office):
            value = office_region(value, document.gazetteer)
        if isinstance(value, Party) and value.kind is PartyKind.REGION and value.country == side:
            return value
    return None


def office_region(office: Office, gazetteer: Gazetteer) -> Party | None:
    """The region a regional office belongs to, read from its title ("Governor of Astrakhan oblast")."""
    if _OF not in office.title:
        return None
    found = gazetteer.party(office.title.rsplit(_OF, 1)[1])
    return found if found is not None and found.kind is PartyKind.REGION else None
