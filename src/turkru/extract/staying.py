"""A guest staying in the host country: "X, who is in Ashgabat on a working visit"."""

from __future__ import annotations

import re

from turkru.extract.document import Document, Sentence
from turkru.extract.participants import other_side, title_side
from turkru.extract.people import resolve_person
from turkru.extract.sides import side_of
from turkru.model.actors import BOTH_SIDES, Person, Place
from turkru.model.dates import PartialDate


def staying_host(sentence: Sentence, document: Document, start: int) -> tuple[str | None, Place | None, int]:
    """The country (and city) a guest is said to be in, right before the visit word at *start*
    ("who is in Ashgabat on a working visit"), and where that clause begins (-1: none)."""
    found = _staying(document).search(sentence.text, 0, start)
    if found is None or found.end() != start:
        return None, None, -1
    if found.group("ours") is not None:  # "who is in our country": the outlet's side, the guest's other
        guest = guest_before(sentence, document, found.start(), None, None)
        host = other_side(guest.country) if guest is not None else None
        return (host, None, found.start()) if host is not None else (None, None, -1)
    low, high = found.start("where"), found.end("where")
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if not low <= local < high or mention.kind not in ("place", "country"):
            continue
        if isinstance(mention.value, Place):
            return mention.value.country, mention.value, found.start()
        if isinstance(mention.value, str):
            return mention.value, None, found.start()
    return None, None, -1


def _staying(document: Document) -> re.Pattern[str]:
    return document.lexicon.pattern("visits.staying_in")


def guest_before(sentence: Sentence, document: Document, clause: int, host: str | None,
                 on: PartialDate | None) -> Person | None:
    """The person named right before the staying clause at *clause* ("Rustam Minnikhanov, who is
    in ..."), when of the side other than *host*."""
    for mention in reversed(sentence.of_kind("person", "office")):
        end = mention.end - sentence.start
        if end > clause or sentence.text[end:clause].strip():
            continue
        person = resolve_person(mention, document, on)
        if person is None:
            return None
        side = side_of(mention, person) or title_side(sentence, mention, document)
        return person if side in BOTH_SIDES and side != host else None
    return None
