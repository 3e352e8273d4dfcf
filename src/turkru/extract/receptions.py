"""Visits implied by a reception: a host of one side receiving a guest of the other."""

from __future__ import annotations

import re

from turkru.extract.cue_words import word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.extract.people import resolve_person
from turkru.extract.places import first_place
from turkru.extract.regions import region_of
from turkru.extract.sides import side_of
from turkru.model.actors import SIDES, Office, Person
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit
from turkru.text.mentions import Mention

# Runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE.
_RECEPTION = re.compile(r"\b(?:received|receives|welcomed|welcomes)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
# What may stand between "received" and the person received: an article and capitalised title words.
_GAP_AFTER = re.compile(r"\s+(?:by\s+)?(?:(?:the|a|an|his|her)\s+)?(?:[A-Z][\w.'\u2019-]*,?\s+){0,6}")
_NOT_A_VISITOR_WORDS = ("ambassador", "charge d'affaires", "envoy", "consul")  # resident diplomats do not visit
_ELSEWHERE = re.compile(r"\b(?:on\s+the\s+(?:sidelines|margins)|in\s+the\s+framework\s+of\s+the\s+summit)\b", re.I)
_CUE_WORDS = word_filter("received", "receives", "welcomed", "welcomes")


def reception_visit(sentence: Sentence, document: Document) -> Visit | None:
    """A visit of the guest's side to the host's when a sentence tells of a reception."""
    if not sentence.has_any(_CUE_WORDS) or _ELSEWHERE.search(sentence.text):
        return None
    match = _RECEPTION.search(sentence.folded)
    if match is None:
        return None
    timex = nearest_date(sentence, match.start())
    date = timex.value if timex else None
    people = _sided(sentence, document, date)
    before = [item for item in people if item[0].end - sentence.start <= match.start()]
    after = [item for item in people if _follows(sentence, match.end(), item[0])]
    passive = _PASSIVE_BEFORE.search(sentence.folded, 0, match.start()) is not None
    if passive and _BY_AFTER.match(sentence.folded, match.end()):
        guests, hosts = before[::-1], after
    else:
        hosts, guests = before[::-1], after
    if not hosts:
        return None
    host = hosts[0][2]
    guest = next((item for item in guests if item[2] not in (None, host)), None)
    if guest is None or guest[2] not in SIDES or _resident_diplomat(sentence, guest[0]):
        return None
    place = first_place(sentence, document.gazetteer)
    if place is not None and place.country != host:
        return None
    return Visit(
        status=Status.PLANNED if is_planned(sentence.text, match.start(), match.end()) else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        delegation_of=guest[2],
        host=host,
        head=guest[1],
        region=region_of(sentence, document, guest[2], (guest[1],), date),
        evidence=document.evidence(sentence),
    )


def _follows(sentence: Sentence, end: int, mention: Mention) -> bool:
    """Whether *mention* is what the verb ending at *end* takes: only an article and title words between."""
    return _GAP_AFTER.fullmatch(sentence.text, end, mention.start - sentence.start) is not None


def _sided(sentence: Sentence, document: Document, on: PartialDate | None) -> list[tuple[Mention, Person, str]]:
    """The people of a sentence resolved to persons of one of the two sides, in text order."""
    found: list[tuple[Mention, Person, str]] = []
    for mention in sentence.of_kind("person", "office"):
        person = resolve_person(mention, document, on)
        side = side_of(mention, person) if person is not None else None
        if person is not None and side in SIDES:
            found.append((mention, person, side or ""))
    return found


def _resident_diplomat(sentence: Sentence, guest: Mention) -> bool:
    """Whether the guest is introduced as an ambassador or envoy (they reside, they do not visit)."""
    title = guest.value.title if isinstance(guest.value, Office) else ""
    lead_in = sentence.lower[max(0, guest.start - sentence.start - 60) : guest.start - sentence.start]
    return any(word in title.lower() or word in lead_in for word in _NOT_A_VISITOR_WORDS)
