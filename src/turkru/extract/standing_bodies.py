"""Standing bodies the gazetteer does not name: a region's working group or commission with the other side."""

from __future__ import annotations

import re

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.document import Document, Sentence
from turkru.extract.sides import country_of
from turkru.lexicon import Lexicon
from turkru.model.actors import BOTH_SIDES


@attrs.frozen
class _Words:
    sitting: re.Pattern[str]
    named: re.Pattern[str]
    complement: re.Pattern[str]
    national: re.Pattern[str]  # "working group", "subcommission": a body of the two countries' own
    cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Words:
        return cls(
            sitting=lexicon.pattern("sessions.standing_sitting"),
            named=lexicon.pattern("sessions.standing_named"),
            complement=lexicon.pattern("sessions.standing_complement"),
            national=lexicon.pattern("sessions.standing_national"),
            cues=word_filter(*(word.split()[-1] for word in lexicon.words("STANDING_BODY_NOUN"))),
        )


@attrs.frozen
class StandingBody:
    """A body's name as the sentence gives it, with its local offsets."""

    name: str
    start: int
    end: int



def standing_body(sentence: Sentence, document: Document) -> StandingBody | None:
    """The standing body of a Turkmen and a Russian party, one of them a city or region (or of the two
    countries, when it is a working group or subcommission, not a loosely named commission), whose
    sitting the sentence reports ("the fifth meeting of the Turkmen-Astrakhan working group",
    "the working group on cooperation between Turkmenistan and Tatarstan met"); None if the
    sentence names a body the gazetteer knows, or the name does not hold both sides."""
    words = document.lexicon.derive(_Words.of)
    if not sentence.has_any(words.cues) or sentence.of_kind("body"):
        return None
    text = sentence.text
    for pattern in (words.sitting, words.named):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if pattern is words.sitting:
                found = words.complement.match(text[end:])
                end += len(found.group(0)) if found else 0
            inside = [
                m for m in sentence.of_kind("country", "place", "region")
                if start <= m.start - sentence.start and m.end - sentence.start <= end
            ]
            sides = {country_of(m) for m in inside}
            local = any(m.kind in ("place", "region") for m in inside)  # a city's or region's body
            if sides >= BOTH_SIDES and (local or words.national.search(text, start, end)):
                return StandingBody(name=text[start:end].strip(), start=start, end=end)
    return None
