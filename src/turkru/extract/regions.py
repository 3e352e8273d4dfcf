"""The region a side acts through: a Russian region or a Turkmen velayat named or implied by an office."""

from __future__ import annotations

from collections.abc import Iterable

from turkru.extract.document import Document, Sentence
from turkru.gazetteer import Gazetteer
from turkru.model.actors import RUSSIA, TURKMENISTAN, Office, Party, PartyKind, Person
from turkru.model.dates import PartialDate

_OF = " of "  # a regional office is titled "<post> of <region>"
# A city that is a region of its own (St Petersburg, Moscow) acts as one when its government or
# delegation is named ("the Government of St. Petersburg", "a delegation from Moscow"): the
# lexicon's participants.city_as_region rule, looked for this far before the city.
_REACH = 40


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
    return held_region(document, side, people, on) or _named_region(sentence, document, side, ("region", "office"))


def visit_region(
    sentence: Sentence, document: Document, guest: str, host: str, head: Person | None, on: PartialDate | None
) -> Party | None:
    """The region a visit is of: the sending side's (see :func:`region_of`), else a region of the
    host the sentence names ("will visit the Astrakhan region")."""
    return region_of(sentence, document, guest, (head,) if head else (), on) or _named_region(
        sentence, document, host, ("region",)
    )


def meeting_region(
    sentence: Sentence, document: Document, people: Iterable[Person], on: PartialDate | None = None
) -> Party | None:
    """The region a meeting's participants act for: a regional office one of them holds, or one
    the sentence names by its title ("the Governor of Astrakhan oblast"); a Russian region before
    a velayat. A region only named in passing ("supplies to Tatarstan") is none."""
    held = _held_regions(document, people, on)
    for side in (RUSSIA, TURKMENISTAN):  # a Russian region first, then a velayat
        found = held.get(side) or _named_region(sentence, document, side, ("office",))
        if found is not None:
            return found
    return None


def _held_regions(document: Document, people: Iterable[Person], on: PartialDate | None) -> dict[str | None, Party]:
    """The first region each side's people hold an office of on the day, by the region's side."""
    when = on or document.published
    found: dict[str | None, Party] = {}
    for person in people:
        for term in document.gazetteer.terms_of(person):
            if when is not None and not term.covers(when):
                continue
            region = office_region(term.office, document.gazetteer)
            if region is not None and person.country in (None, region.country):
                found.setdefault(region.country, region)
    return found


def held_region(
    document: Document, side: str | None, people: Iterable[Person], on: PartialDate | None
) -> Party | None:
    """The region whose office one of *people* (of *side*, or of either side for None) holds on the
    day (or the publication day)."""
    when = on or document.published
    for person in people:
        if side is not None and person.country not in (None, side):
            continue
        for term in document.gazetteer.terms_of(person):
            if when is not None and not term.covers(when):
                continue
            region = office_region(term.office, document.gazetteer)
            if region is not None:
                return region
    return None


def _named_region(sentence: Sentence, document: Document, side: str, kinds: tuple[str, ...]) -> Party | None:
    """The first region of *side* the sentence names (a region mention, a city acting as a region)
    or implies (a regional office)."""
    for mention in sentence.of_kind(*kinds, "place"):
        value: object = mention.value
        if isinstance(value, Office):
            value = office_region(value, document.gazetteer)
        elif mention.kind == "place":
            local = mention.start - sentence.start
            city_as_region = document.lexicon.pattern("participants.city_as_region")
            acting = city_as_region.search(sentence.text, max(0, local - _REACH), local) is not None
            value = document.gazetteer.party(mention.text) if acting else None
        if isinstance(value, Party) and value.kind is PartyKind.REGION and value.country == side:
            return value
    return None


def office_region(office: Office, gazetteer: Gazetteer) -> Party | None:
    """The region a regional office belongs to, read from its title ("Governor of Astrakhan oblast")."""
    if _OF not in office.title:
        return None
    found = gazetteer.party(office.title.rsplit(_OF, 1)[1])
    return found if found is not None and found.kind is PartyKind.REGION else None
