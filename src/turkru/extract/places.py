"""Where a sentence says something happened."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon
from turkru.model.actors import Place
from turkru.text.mentions import Mention

if TYPE_CHECKING:
    from turkru.extract.document import Sentence


def places_in(sentence: Sentence) -> list[Mention]:
    """Place mentions of a sentence, in text order."""
    return sentence.of_kind("place")


@attrs.frozen
class _PlaceWords:
    """The lexicon's rules around a place name (data/places.json), compiled once per lexicon."""

    before: re.Pattern[str]  # "in", "arrived in the town of" right before the name
    hosted_after: re.Pattern[str]  # "hosted" right after it

    @classmethod
    def of(cls, lexicon: Lexicon) -> _PlaceWords:
        return cls(lexicon.pattern("places.before_place"), lexicon.pattern("places.hosted_after"))


def first_place(sentence: Sentence, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None) -> Place | None:
    """The place a sentence says something happened in ("in Moscow", "Ashgabat hosted"); given the
    gazetteer, a seat that is also a place counts as that place ("in the Kremlin": Moscow).

    *lexicon* gives the words around the name (None: the default lexicon, for callers that read
    a sentence without its document)."""
    words = (lexicon or Lexicon.default()).derive(_PlaceWords.of)
    for mention in sentence.of_kind("place", "organisation") if gazetteer else places_in(sentence):
        local = mention.start - sentence.start
        before = sentence.text[max(0, local - 40) : local]
        after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 30]
        if not (words.before.search(before) or words.hosted_after.match(after)):
            continue
        if mention.kind == "place":
            return mention.value if isinstance(mention.value, Place) else None
        seat = gazetteer.place(mention.text) if gazetteer else None
        if seat is not None:
            return seat
    return sentence.carried_place
