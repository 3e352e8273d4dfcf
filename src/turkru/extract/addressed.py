"""Visits a transcript's speaker tells of in the first and second person: "I welcome you to our
land" (the one spoken to is the guest), "thank you for the invitation to visit your country" (the
speaker is)."""

from __future__ import annotations

import re

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.extract.participants import other_side
from turkru.extract.people import resolve_person
from turkru.extract.places import first_place
from turkru.extract.regions import visit_region
from turkru.extract.sides import names_third_party, side_of
from turkru.lexicon import Lexicon
from turkru.model.actors import BOTH_SIDES, Person
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit
from turkru.text.mentions import Mention


@attrs.frozen
class AddressedWords:
    """The lexicon's rules for visits told in the first and second person (data/visits.json)."""

    guest_addressed: re.Pattern[str]  # over the folded sentence: the one spoken to is the guest
    speaker_visits: re.Pattern[str]  # over the folded sentence: the speaker is the guest
    thanks: re.Pattern[str]  # thanks for an invitation: the visit is under way
    cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> AddressedWords:
        """The bundle of *lexicon*."""
        return cls(
            guest_addressed=lexicon.folded("visits.guest_addressed"),
            speaker_visits=lexicon.folded("visits.speaker_visits"),
            thanks=lexicon.folded("visits.thanks"),
            cues=word_filter(*addressed_cues(lexicon)),
        )


def addressed_cues(lexicon: Lexicon) -> tuple[str, ...]:
    """The words a visit told in the first or second person needs: its rules' cues, derived."""
    return (*lexicon.cues("visits.guest_addressed"), *lexicon.cues("visits.speaker_visits"))


def addressed_visit(sentence: Sentence, document: Document) -> Visit | None:
    """The visit a speaker's turn tells of between the speaker's side and the side spoken to."""
    words = document.lexicon.derive(AddressedWords.of)
    if sentence.speaker is None or not sentence.has_any(words.cues) or names_third_party(sentence):
        return None
    timex = nearest_date(sentence, 0)
    date = timex.value if timex else None
    speaker = _voice(sentence.speaker, document, date)
    if speaker is None:
        return None
    addressee = _voice(sentence.addressee, document, date) if sentence.addressee is not None else None
    guest_match = words.guest_addressed.search(sentence.folded)
    speaker_match = None if guest_match else words.speaker_visits.search(sentence.folded)
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
    thanks = words.thanks.search(sentence.folded, 0, match.start() + 1) is not None
    planned = not thanks and is_planned(sentence.text, match.start(), match.end(), lexicon=document.lexicon)
    place = first_place(sentence, document.gazetteer, document.lexicon)
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
    return (person, side) if person is not None and side in BOTH_SIDES else None
