"""Visits: a delegation or an official of one side travelling to the other."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.cue_words import word_filter
from turkru.extract.cues import is_generic, is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.extract.participants import cast_of, other_side
from turkru.extract.people import resolve_person
from turkru.extract.receptions import reception_visit
from turkru.extract.regions import region_of
from turkru.extract.sides import names_third_party, side_of
from turkru.model.actors import SIDES, Party, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit
from turkru.text._casefold import span_text
from turkru.text.mentions import Mention

# Runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE; the words it
# matches are read from the sentence itself.
_VISIT = re.compile(
    r"\b(?:(?P<type>official|working|state|friendly|first|short)\s+)?(?:visit|visits|visited|visiting)\b"
    r"|\barrived?\s+(?:in|at)\b|\barrives\s+(?:in|at)\b|\bwill\s+be\s+in\b|\bwelcome\s+to\b"
    r"|\bdelegation\s+(?:of|from|led\s+by)\b|\b(?:turkmen|russian)\s+delegation\b"
    r"|(?P<travel>\b(?:travel(?:l?ed|s)?|flew|flies|fly|came|comes|went|goes|headed|trip|tour|journey)\s+(?:to|of)\b"
    r"|\b(?:landed|touched\s+down)\s+in\b)"
)
_ANAPHORIC = re.compile(
    r"(?:during|as\s+part\s+of|within\s+the\s+framework\s+of|in\s+the\s+course\s+of|of)\s+"
    r"(?:the|this|that|his|her|their|its)\s+(?:\w+\s+)?$",
    re.I,
)
_TOWARDS = re.compile(r"(?:\bto|\bin|\bat|visiting|visited|visit)\s+(?:the\s+)?$", re.I)
_ADJECTIVE_DELEGATION = re.compile(
    r"\b(?P<adj>Turkmen|Turkmenistan's|Russian|Russia's)\s+(?:[a-z-]+\s+){0,2}delegations?\b"
)
_DELEGATION_OF = re.compile(r"\bdelegations?\s+(?:of|from)\s+(?:the\s+)?", re.I)
_ATTACHED_AFTER = re.compile(
    r"(?:\s*(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:led|headed)\s+by\s+(?:the\s+)?|\s+(?:to\s+\w+\s+)?(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}|\s+(?:of\s+(?:the\s+)?)?delegation\s+led\s+by\s+(?:the\s+)?"
    r"|\s+of\s+(?:the\s+)?delegation\s+(?:led|headed)\s+by\s+(?:the\s+)?)"
)
_ATTACHED_BEFORE = re.compile(
    r"(?:['\u2019]s?\s+(?:[\w-]+\s+){0,2}|,?\s+(?:who\s+)?(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
    r"(?:(?:is|are|was|were|will|has|had)\s+)?(?:be\s+|been\s+)?(?:paying\s+|paid\s+|pays\s+|made\s+|make\s+|on\s+)?"
    r"(?:an?\s+|his\s+|her\s+|the\s+)?(?:[\w-]+\s+){0,2}?)"
)
_VISIT_TYPE = re.compile(r"\b(official|working|state)\s+visit\b", re.I)
_POSSESSIVE = re.compile(r"\b(?:his|her|their|its|my|our)\s+(?:\w+\s+){0,2}$", re.I)
_FIRST_PERSON_POSSESSIVE = re.compile(r"\b(?:my|our)\s+(?:\w+\s+){0,2}$", re.I)
_THIRD_PERSON_POSSESSIVE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CUE_WORDS = word_filter(
    "visit", "arrive", "will be in", "welcome", "delegation", "received", "receives", "travel", "flew", "flies",
    "fly", "came", "comes", "went", "goes", "headed", "trip", "tour", "journey", "landed", "touched down",
)


def extract_visits(document: Document) -> Iterator[Visit]:
    """Yield the visits the sentences report, one per trigger that names a side."""
    for sentence in document.body:
        if not sentence.has_any(_CUE_WORDS) or is_generic(sentence.text):
            continue
        for match in _VISIT.finditer(sentence.folded):
            visit = _visit_at(sentence, document, match)
            if visit is not None:
                yield visit
                yield from _fellow_travellers(sentence, document, visit)
                break
        else:
            received = reception_visit(sentence, document)
            if received is not None:
                yield received


def _host(sentence: Sentence, match: re.Match[str]) -> tuple[str | None, Place | None]:
    """The country (and city) the visit goes to: the first place or country after the trigger."""
    after = match.end()
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if local < after or local > after + 90 or mention.kind not in ("place", "country", "region"):
            continue
        between = sentence.text[match.start() : local]
        if not _TOWARDS.search(between):
            continue
        if mention.kind == "place" and isinstance(mention.value, Place):
            return mention.value.country, mention.value
        if mention.kind == "country" and isinstance(mention.value, str):
            return mention.value, None
        if isinstance(mention.value, Party):
            return mention.value.country, None
    return None, None


def _head(sentence: Sentence, document: Document, match: re.Match[str], host: str | None, on: PartialDate | None
          ) -> Person | None:
    """The person the trigger is about: "visit of X", "X's visit", "X arrived", "delegation led by X"."""
    start, end = match.start(), match.end()
    text = sentence.text
    candidates: list[tuple[int, Mention]] = []
    people = sentence.of_kind("person", "office")
    for index, mention in enumerate(people):
        local, local_end = mention.start - sentence.start, mention.end - sentence.start
        if local >= end and _ATTACHED_AFTER.fullmatch(text[end:local]):
            candidates.append((local - end, mention))
            follower = people[index + 1] if index + 1 < len(people) else None
            if follower is not None and sentence.names_holder(mention, follower):
                candidates.append((local - end, follower))
        elif local_end <= start and _ATTACHED_BEFORE.fullmatch(text[local_end:start]):
            candidates.append((start - local_end, mention))
    for _, mention in sorted(candidates, key=lambda item: item[0]):
        person = resolve_person(mention, document, on)
        if person is not None and side_of(mention, person) in SIDES and side_of(mention, person) != host:
            return person
    return None


def _owner(sentence: Sentence, document: Document, before: int, host: str | None, on: PartialDate | None
           ) -> Person | None:
    """Whose "his visit" it is: the nearest person of a side, other than the host's, named earlier in the sentence."""
    for mention in reversed(sentence.of_kind("person", "office")):
        if mention.end - sentence.start > before:
            continue
        person = resolve_person(mention, document, on)
        side = side_of(mention, person) if person is not None else None
        if person is not None and side in SIDES and side != host:
            return person
    return None


# Between two heads of one visit: "X and Y will visit", "Governor A and the head of B arrived".
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:the\s+)?$")


def _fellow_travellers(sentence: Sentence, document: Document, visit: Visit) -> Iterator[Visit]:
    """One visit more for each person named with the head before the trigger ("X and Y will pay a visit")."""
    if visit.head is None:
        return
    people = sentence.of_kind("person", "office")
    heads = [i for i, mention in enumerate(people) if resolve_person(mention, document, visit.date) == visit.head]
    if not heads:
        return
    first = heads[0]
    if first > 0 and sentence.names_holder(people[first - 1], people[first]):
        first -= 1  # the head's title before the name
    while first > 0 and _AND_BETWEEN.search(sentence.text[: people[first].start - sentence.start]):
        partner = people[first - 1]
        gap = sentence.text[partner.end - sentence.start : people[first].start - sentence.start]
        if not _AND_BETWEEN.fullmatch(gap):
            return
        person = resolve_person(partner, document, visit.date)
        if person is None or side_of(partner, person) != visit.delegation_of or person == visit.head:
            return
        region = region_of(sentence, document, visit.delegation_of, (person,), visit.date)
        yield attrs.evolve(visit, head=person, region=region)
        first -= 1
        if first > 0 and sentence.names_holder(people[first - 1], people[first]):
            first -= 1


def _visit_at(sentence: Sentence, document: Document, match: re.Match[str]) -> Visit | None:
    before = sentence.text[: match.start()]
    trigger = sentence.text[match.start() : match.end()].lower()
    spoken = sentence.speaker is not None and _FIRST_PERSON_POSSESSIVE.search(before) is not None
    host, place = _host(sentence, match)
    timex = nearest_date(sentence, match.start())
    date = timex.value if timex else None
    head = _head(sentence, document, match, host, date)
    if head is None and _THIRD_PERSON_POSSESSIVE.search(before):
        head = _owner(sentence, document, match.start(), host, date)
    if head is None and (_ANAPHORIC.search(before) or _POSSESSIVE.search(before)) and not spoken:
        return None
    if head is None and sentence.speaker is not None and _FIRST_PERSON_POSSESSIVE.search(before):
        head = resolve_person(sentence.speaker, document, date)
    if head is None and trigger.startswith("welcome"):
        cast = cast_of(sentence, document, date)
        guests = [p for p, side in zip(cast.people, cast.sides, strict=True) if side in SIDES and side != host]
        head = guests[0] if guests else None
    delegation_of = _delegation_side(sentence, document) or (head.country if head else None)
    if host is None and match.group("travel"):
        return None  # "came to power", "went to the polls": a journey names where it goes
    if host is None and names_third_party(sentence):
        return None  # bound for a third country or a multilateral meeting, not for the other side
    if host is None:
        host = other_side(delegation_of)
    if delegation_of is None and "delegation" in trigger:
        delegation_of = other_side(host)
    if delegation_of not in SIDES or host not in SIDES or delegation_of == host:
        return None
    if head is not None and head.country not in (None, delegation_of):
        head = None
    planned = is_planned(sentence.text, match.start(), match.end())
    typed = _VISIT_TYPE.search(sentence.text)
    kind = (span_text(sentence.text, match, "type") or (typed.group(1) if typed else "")).lower()
    return Visit(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        delegation_of=delegation_of,
        host=host,
        head=head,
        region=region_of(sentence, document, delegation_of, (head,) if head else (), date),
        visit_type=kind if kind in ("official", "working", "state") else None,
        evidence=document.evidence(sentence),
    )


def _delegation_side(sentence: Sentence, document: Document) -> str | None:
    """The side a delegation comes from: "a Turkmen delegation", "delegation of/from <country, city or region>"."""
    adjective = _ADJECTIVE_DELEGATION.search(sentence.text)
    if adjective is not None:
        return document.gazetteer.country(adjective.group("adj"))
    found = _DELEGATION_OF.search(sentence.text)
    if found is None:
        return None
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if found.end() <= local <= found.end() + 4 and mention.kind in ("country", "place", "region"):
            value = mention.value
            if isinstance(value, str):
                return value
            if isinstance(value, (Place, Party)):
                return value.country
    return None


