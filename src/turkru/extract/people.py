"""Who a person or office mention denotes, with the gazetteer's help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from turkru.model.actors import Office, Person
from turkru.model.dates import PartialDate
from turkru.text.mentions import Mention

if TYPE_CHECKING:
    from turkru.extract.document import Document


def resolve_person(mention: Mention, document: Document, on: PartialDate | None) -> Person | None:
    """The person a person or office mention denotes on a date, when the gazetteer knows."""
    if isinstance(mention.value, Person):
        known = document.gazetteer.person(mention.value.surname)
        if known is not None and mention.value.given_names is None:
            return known
        return mention.value
    if isinstance(mention.value, Office):
        when = on or document.published
        if when is None:
            return _named_holder(mention.value, document)
        return document.gazetteer.holder(mention.value, when)
    return None


def _named_holder(office: Office, document: Document) -> Person | None:
    """Undated, an office stands for the one of its holders the article names by name ("the leader
    of Turkmenistan" beside "President Gurbanguly Berdimuhamedov"), when there is just one."""
    holders = document.gazetteer.ever_held(office)
    if not holders:
        return None
    named = [
        person
        for sentence in document.sentences
        for person in (resolve_person(mention, document, None) for mention in sentence.of_kind("person"))
        if person is not None
    ]
    for full in (True, False):  # a full name first: a bare surname may fit two holders (father and son)
        found = [h for h in holders if any(_same(h, p) for p in named if p.given_names is not None or not full)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _same(a: Person, b: Person) -> bool:
    return a.key == b.key and (a.given_names is None or b.given_names is None or a.given_names == b.given_names)
