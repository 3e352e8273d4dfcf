"""The article as the extractors see it: sentences with their mentions and dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office, Person, Place
from turkru.model.dates import PartialDate, Precision
from turkru.model.provenance import Evidence, Source
from turkru.text.mentions import Mention
from turkru.text.timex import Timex

PEOPLE_KINDS = frozenset({"person", "office"})


@attrs.frozen
class Sentence:
    """One sentence of the cleaned text, with the mentions and dates found in it."""

    index: int
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]
    timexes: tuple[Timex, ...]

    def of_kind(self, *kinds: str) -> list[Mention]:
        """The mentions of the given kinds, in text order."""
        return [mention for mention in self.mentions if mention.kind in kinds]

    def find(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of *pattern* in the sentence (offsets local to the sentence)."""
        return pattern.finditer(self.text)

    def absolute(self, local: int) -> int:
        """A sentence-local offset as an offset into the article text."""
        return self.start + local

    def dated(self) -> list[Timex]:
        """Timexes with a resolved value, in text order."""
        return [timex for timex in self.timexes if timex.value is not None]


@attrs.frozen
class Document:
    """What every extractor reads: sentences, the publication date, the gazetteer."""

    source: Source
    text: str
    sentences: tuple[Sentence, ...]
    published: PartialDate | None
    gazetteer: Gazetteer
    dateline_place: Place | None = None

    def evidence(self, *sentences: Sentence) -> tuple[Evidence, ...]:
        """Evidence spans for the given sentences."""
        return tuple(
            Evidence(source=self.source, start=s.start, end=s.end, text=s.text) for s in sentences
        )


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


def side_of(mention: Mention, person: Person | None) -> str | None:
    """The country a participant belongs to."""
    if person is not None and person.country:
        return person.country
    return mention.country


def common_date(start: PartialDate, end: PartialDate | None) -> PartialDate:
    """The finest date containing both ends of a span (5-6 February -> February)."""
    if end is None or end == start:
        return start
    for precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        first, last = start.truncate(precision), end.truncate(precision)
        if first == last:
            return first
    return PartialDate(year=start.year)


def nearest_date(sentence: Sentence, local: int) -> Timex | None:
    """The dated timex closest to a sentence-local position, preferring ones after it."""
    best: tuple[int, Timex] | None = None
    for timex in sentence.dated():
        position = timex.start - sentence.start
        distance = position - local if position >= local else (local - position) + 1
        if best is None or distance < best[0]:
            best = (distance, timex)
    return best[1] if best else None


def places_in(sentence: Sentence) -> list[Mention]:
    """Place mentions of a sentence, in text order."""
    return sentence.of_kind("place")


_BEFORE_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:city|capital|resort)\s+of\s+)?$", re.I)
_HOSTED_AFTER = re.compile(r"(?:,\s*[A-Z]\w+,)?\s*hosted\b")


def first_place(sentence: Sentence) -> Place | None:
    """The place a sentence says something happened in ("in Moscow", "Ashgabat hosted")."""
    for mention in places_in(sentence):
        local = mention.start - sentence.start
        before = sentence.text[max(0, local - 40) : local]
        after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 30]
        if _BEFORE_PLACE.search(before) or _HOSTED_AFTER.match(after):
            return mention.value if isinstance(mention.value, Place) else None
    return None
