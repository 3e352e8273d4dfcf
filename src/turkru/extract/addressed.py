"""Visits a transcript's speaker tells of in the first and second person: "I welcome you to our
land" (the one spoken to is the guest), "thank you for the invitation to visit your country" (the
speaker is)."""

from __future__ import annotations

import re

from turkru.extract.cues import is_planned
from turkru.extract.document import (
    Document,
    Sentence,
    first_place,
    names_third_party,
    nearest_date,
    resolve_person,
    side_of,
    word_filter,
)
from turkru.extract.participants import other_side
from turkru.extract.regions import visit_region
from turkru.model.actors import RUSSIA, TURKMENISTAN, Person
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit
from turkru.text.mentions import Mention

# Runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE.
_VISIT_WORDS = r"(?:pay\s+(?:[a-z-]+\s+){0,3}?visit|visit|come|travel)"
_LAND_NOUNS = r"(?:country|land|capital|city|republic|region|homeland|nation)"
# The one spoken to is the guest, the speaker's side the host.
_GUEST_ADDRESSED = re.compile(
    r"\bwelcome\s+you\b"
    r"|\b(?:our|my)\s+invitation\s+to\s+" + _VISIT_WORDS + r"\b"
    r"|\bthank\s+you\s+for\s+(?:coming|having\s+come|your\s+visit|accepting)\b"
    r"|\byour\s+(?:[a-z-]+\s+){0,2}?visit\s+to\s+(?:our|this)\b"
    r"|\binvite\s+you\s+to\s+" + _VISIT_WORDS + r"\b"
)
# The speaker is the guest, the side spoken to the host.
_SPEAKER_VISITS = re.compile(
    r"\b(?:your|the)\s+invitation\s+to\s+" + _VISIT_WORDS + r"\s+(?:[a-z-]+\s+){0,3}?(?:to\s+)?your\b"
    r"|\bvisit\s+to\s+your\s+(?:[a-z-]+\s+)?" + _LAND_NOUNS + r"\b"
    r"|\b(?:thank|grateful\s+to)\s+you\s+for\s+(?:your\s+|the\s+)?invitation\b"
    r"|\b(?:glad|happy|pleased|delighted)\s+to\s+be\s+(?:here\s+)?(?:in\s+)?(?:your|in\s+your)\b"
)
_THANKS = re.compile(r"\b(?:thank|grateful)\b")  # thanks for an invitation: the visit is under way
# Every match of the two patterns holds one of these (visits.py reads sentences holding any of them).
ADDRESSED_CUES = (
    "welcome you", "invitation", "thank you for", "visit", "invite you", "glad to be", "happy to be", "pleased to be",
    "delighted to be",
)  # fmt: skip
_CUE_WORDS = word_filter(*ADDRESSED_CUES)
_SIDES = (TURKMENISTAN, RUSSIA)


def addressed_visit(sentence: Sentence, document: Document) -> Visit | None:
    """The visit a speaker's turn tells of between the speaker's side and the side spoken to."""
    if sentence.speaker is None or not sentence.has_any(_CUE_WORDS) or names_third_party(sentence):
        return None
    timex = nearest_date(sentence, 0)
    date = timex.value if timex else None
    speaker = _voice(sentence.speaker, document, date)
    if speaker is None:
        return None
    addressee = _voice(sentence.addressee, document, date) if sentence.addressee is not None else None
    guest_match = _GUEST_ADDRESSED.search(sentence.folded)
    speaker_match = None if guest_match else _SPEAKER_VISITS.search(sentence.folded)
    match = guest_match or speaker_match
    if match is None:
        return None
    host = speaker[1] if guest_match else other_side(speaker[1])
    guest_side = other_side(host)
    if host is None or guest_side is None:
        return None
    head: Person | None = speaker[0]
    if guest_match:
        head = addressee[0] if addressee is not None and addressee[1] == guest_side else None
    thanks = _THANKS.search(sentence.folded, 0, match.start() + 1) is not None
    planned = not thanks and is_planned(sentence.text, match.start(), match.end())
    place = first_place(sentence, document.gazetteer)
    if place is not None and place.country != host:
        place = None
    return Visit(
        status=Status.PLANNED if planned else Status.HELD,
        date=None if planned else date,
        end_date=None if planned or timex is None else timex.end_value,
        place=place,
        delegation_of=guest_side,
        host=host,
        head=head,
        region=visit_region(sentence, document, guest_side, host, head, date),
        evidence=document.evidence(sentence),
    )


def _voice(mention: Mention | None, document: Document, on: PartialDate | None) -> tuple[Person, str] | None:
    """A speaker or addressee as a person of one of the two sides."""
    if mention is None:
        return None
    person = resolve_person(mention, document, on)
    side = side_of(mention, person) if person is not None else None
    return (person, side) if person is not None and side in _SIDES else None
