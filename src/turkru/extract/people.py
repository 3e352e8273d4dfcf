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
            return None
        return document.gazetteer.holder(mention.value, when)
    return None
