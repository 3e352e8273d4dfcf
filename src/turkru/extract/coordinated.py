"""One encounter per date of a coordinated list: "visited Turkmenistan in 2000, 2007 and 2017" tells
three visits, "held talks in Moscow in 2021 and in Ashgabat in 2023" two meetings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from turkru.extract.document import Document, Sentence
from turkru.lexicon import Lexicon
from turkru.model.actors import Place
from turkru.model.records import AnyRecord, Meeting, Status, Visit
from turkru.text.timex import Timex


@attrs.frozen
class _ListWords:
    """The lexicon's gap between two coordinated dates (data/event_dates.json)."""

    gap: re.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _ListWords:
        return cls(gap=lexicon.pattern("event_dates.coordinated_gap"))


def split_coordinated(records: Iterable[AnyRecord], document: Document) -> Iterator[AnyRecord]:
    """Each held meeting or visit dated by the first of a list of coordinated dates, and one copy of
    it for every further date of the list (in the place named before that date, when one is)."""
    words = document.lexicon.derive(_ListWords.of)
    by_start = {sentence.start: sentence for sentence in document.sentences}
    for record in records:
        yield record
        if not isinstance(record, (Meeting, Visit)) or record.status is not Status.HELD or record.date is None:
            continue
        if record.end_date is not None or not record.evidence:
            continue
        sentence = by_start.get(record.evidence[0].start)
        if sentence is None or len(sentence.timexes) < 2:
            continue
        for date, place in _further_dates(sentence, record, words, document):
            copy = _moved(record, place)
            if isinstance(copy, (Meeting, Visit)):
                yield attrs.evolve(copy, date=date.value)


def _further_dates(
    sentence: Sentence, record: AnyRecord, words: _ListWords, document: Document
) -> Iterator[tuple[Timex, Place | None]]:
    """The dates coordinated after the record's own ("in 2000, 2007 and 2017"), each with the place
    named in the gap before it ("and in Ashgabat in 2023")."""
    timexes = [t for t in sentence.timexes if t.value is not None and t.end_value is None]
    first = next((index for index, t in enumerate(timexes) if t.value == record.date), None)
    if first is None:
        return
    seen = {record.date}
    previous = timexes[first]
    for timex in timexes[first + 1 :]:
        gap = sentence.text[previous.end - sentence.start : timex.start - sentence.start]
        if words.gap.fullmatch(gap) is None or timex.value in seen:
            return
        places = [
            m.value
            for m in sentence.of_kind("place")
            if previous.end <= m.start < timex.start and isinstance(m.value, Place)
        ]
        seen.add(timex.value)
        yield timex, places[-1] if places else None
        previous = timex


def _moved(record: Meeting | Visit, place: Place | None) -> Meeting | Visit | None:
    """The record held in *place* (None: where it was); a visit to its own side is none."""
    if place is None:
        return record
    if isinstance(record, Visit):
        if place.country == record.delegation_of or place.country is None:
            return None
        return attrs.evolve(record, place=place, host=place.country)
    return attrs.evolve(record, place=place)
