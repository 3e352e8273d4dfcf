"""Where a sentence says something happened."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from turkru.gazetteer import Gazetteer
from turkru.model.actors import Place
from turkru.text.mentions import Mention

if TYPE_CHECKING:
    from turkru.extract.document import Sentence


def places_in(sentence: Sentence) -> list[Mention]:
    """Place mentions of a sentence, in text order."""
    return sentence.of_kind("place")


_SETTLEMENT_NOUNS = ("city", "town", "capital", "resort", "port", "village")  # "in the town of X"
_BEFORE_PLACE = re.compile(
    r"\b(?:in|at|visiting|visited|arrived\s+in)\s+(?:(?:the|our|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:(?:" + "|".join(_SETTLEMENT_NOUNS) + r")\s+of\s+)?)?$",
    re.I,
)
_HOSTED_AFTER = re.compile(r"(?:,\s*[A-Z]\w+,)?\s*hosted\b")


def first_place(sentence: Sentence, gazetteer: Gazetteer | None = None) -> Place | None:
    """The place a sentence says something happened in ("in Moscow", "Ashgabat hosted"); given the
    gazetteer, a seat that is also a place counts as that place ("in the Kremlin": Moscow)."""
    for mention in sentence.of_kind("place", "organisation") if gazetteer else places_in(sentence):
        local = mention.start - sentence.start
        before = sentence.text[max(0, local - 40) : local]
        after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 30]
        if not (_BEFORE_PLACE.search(before) or _HOSTED_AFTER.match(after)):
            continue
        if mention.kind == "place":
            return mention.value if isinstance(mention.value, Place) else None
        seat = gazetteer.place(mention.text) if gazetteer else None
        if seat is not None:
            return seat
    return sentence.carried_place
