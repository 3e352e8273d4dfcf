"""Visits: a delegation or an official of one side travelling to the other."""

from __future__ import annotations

import re
from collections.abc import Iterator

from turkru.extract.cues import is_generic, is_planned
from turkru.extract.document import Document, Sentence, nearest_date
from turkru.extract.participants import cast_of, other_side
from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, Place
from turkru.model.records import Status, Visit

_VISIT = re.compile(
    r"\b(?:(?P<type>official|working|state|friendly|first|short)\s+)?(?:visit|visits|visited|visiting)\b"
    r"|\barrived?\s+(?:in|at)\b|\barrives\s+(?:in|at)\b|\bwill\s+be\s+in\b|\bwelcome\s+to\b"
    r"|\bdelegation\s+(?:of|from|led\s+by)\b",
    re.I,
)
_ANAPHORIC = re.compile(
    r"(?:during|as\s+part\s+of|within\s+the\s+framework\s+of|in\s+the\s+course\s+of|of)\s+"
    r"(?:the|this|that|his|her|their|its)\s+(?:\w+\s+)?$",
    re.I,
)
_DESTINATION = re.compile(r"^(?:\s+(?:the\s+)?)?|\s+(?:to|in)\s+(?:the\s+)?$", re.I)
_DELEGATION_OF = re.compile(r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?P<who>[A-Z][\w ]+)", re.I)
_SIDES = (TURKMENISTAN, RUSSIA)


def extract_visits(document: Document) -> Iterator[Visit]:
    """Yield the visits the sentences report, one per trigger that names a side."""
    for sentence in document.sentences:
        if is_generic(sentence.text):
            continue
        for match in _VISIT.finditer(sentence.text):
            visit = _visit_at(sentence, document, match)
            if visit is not None:
                yield visit
                break


def _host(sentence: Sentence, document: Document, after: int) -> tuple[str | None, Place | None]:
    """The country (and city) the visit goes to: the first place or country after the trigger."""
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if local < after or local > after + 90 or mention.kind not in ("place", "country", "region"):
            continue
        between = sentence.text[after:local]
        if not re.search(r"(?:\bto|\bin|\bat|visiting|visited|visit)\s+(?:the\s+)?$", between, re.I):
            continue
        if mention.kind == "place" and isinstance(mention.value, Place):
            return mention.value.country, mention.value
        if mention.kind == "country" and isinstance(mention.value, str):
            return mention.value, None
        if isinstance(mention.value, Party):
            return mention.value.country, None
    return None, None


def _visit_at(sentence: Sentence, document: Document, match: re.Match[str]) -> Visit | None:
    if _ANAPHORIC.search(sentence.text[: match.start()]) and not sentence.of_kind("person"):
        return None
    host, place = _host(sentence, document, match.end())
    timex = nearest_date(sentence, match.start())
    date = timex.value if timex else None
    cast = cast_of(sentence, document, date)
    guests = [p for p, side in zip(cast.people, cast.sides, strict=True) if side in _SIDES and side != host]
    delegation_of = _delegation_side(sentence, document)
    head = guests[0] if guests else None
    if head is not None:
        delegation_of = delegation_of or head.country
    if delegation_of is None and head is not None:
        delegation_of = cast.sides[cast.people.index(head)]
    if host is None:
        host = other_side(delegation_of)
    if delegation_of is None:
        delegation_of = other_side(host) if "delegation" in match.group(0).lower() else None
    if delegation_of not in _SIDES or host not in _SIDES or delegation_of == host:
        return None
    if head is not None and head.country not in (None, delegation_of):
        head = None
    planned = is_planned(sentence.text, match.start(), match.end())
    kind = (match.group("type") or "").lower()
    return Visit(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        delegation_of=delegation_of,
        host=host,
        head=head,
        region=_region(sentence, delegation_of),
        visit_type=kind if kind in ("official", "working", "state") else None,
        evidence=document.evidence(sentence),
    )


def _delegation_side(sentence: Sentence, document: Document) -> str | None:
    found = _DELEGATION_OF.search(sentence.text)
    if found is None:
        return None
    return document.gazetteer.country(found.group("who").split()[0])


def _region(sentence: Sentence, side: str) -> Party | None:
    for mention in sentence.of_kind("region"):
        if isinstance(mention.value, Party) and mention.value.country == side:
            return mention.value
    return None
