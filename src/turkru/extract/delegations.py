"""Whose "the delegation" is: the one an earlier sentence brought, perhaps a third country's."""

from __future__ import annotations

from turkru.extract.document import Document, Sentence
from turkru.extract.people import resolve_person
from turkru.extract.sides import names_third_party, side_of
from turkru.model.actors import Person
from turkru.model.dates import PartialDate


def third_party_delegation(sentence: Sentence, document: Document, guest_side: str | None) -> bool:
    """Whether an unnamed "the delegation" in *sentence* refers back to a third country's: the
    nearest earlier sentence that speaks of a delegation names a third party and not the side
    the guest would be of ("received the Vice Premier of China, who arrived at the head of a
    government delegation. ... the delegation visited the plant")."""
    earlier = [before for before in document.body if before.index < sentence.index]
    for before in reversed(earlier):
        if "delegation" not in before.lower:
            continue
        return names_third_party(before) and guest_side not in before.sides
    return False


def delegation_head(sentence: Sentence, document: Document, host: str | None, on: PartialDate | None
                    ) -> Person | None:
    """The head of the delegation a journey sentence names ("The Turkmen delegation headed by
    Maksat Babayev arrived in ...", "An Astrakhan delegation led by Governor X paid a visit"):
    the person right after "headed by" (titles between allowed), unless of the host's side."""
    found = document.lexicon.pattern("visits.headed_delegation").search(sentence.text)
    if found is None:
        return None
    for mention in sentence.of_kind("person"):
        local = mention.start - sentence.start
        between = sentence.text[found.end() : local]
        if local >= found.end() and (not between.strip() or between.istitle()):
            person = resolve_person(mention, document, on)
            side = side_of(mention, person) if person is not None else None
            return person if side != host else None
    return None
