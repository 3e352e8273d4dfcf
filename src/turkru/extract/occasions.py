"""Items told on the sidelines of an occasion (a forum, a summit, a sitting) take its dates."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from turkru.extract.document import Document
from turkru.extract.event_dates import common_date
from turkru.lexicon import Lexicon
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, AnyRecord, CommissionSession, Event, Stage, Status, TradeFlow

Occasion = Event | CommissionSession


@attrs.frozen
class _OccasionWords:
    """The lexicon's phrases that tie an item to an occasion (data/event_dates.json)."""

    phrase: re.Pattern[str]  # "on the sidelines of the forum", "on its sidelines", "within the framework of the summit"
    nouns: tuple[str, ...]  # the occasion nouns ("forum", "summit", "session")
    sidelines_nouns: tuple[str, ...]  # nouns of an occasion only after "on the sidelines of" ("meeting")
    sitting_nouns: tuple[str, ...]  # the nouns that name a standing body's sitting

    @classmethod
    def of(cls, lexicon: Lexicon) -> _OccasionWords:
        return cls(
            phrase=lexicon.pattern("event_dates.occasion_phrase"),
            nouns=tuple(word.lower() for word in lexicon.words("GATHERING_NOUN")),
            sidelines_nouns=tuple(word.lower() for word in lexicon.words("SIDELINES_NOUN")),
            sitting_nouns=tuple(word.lower() for word in lexicon.words("SITTING_NOUN")),
        )


def _happened(record: AnyRecord) -> bool:
    return record.status in (Status.HELD, Stage.SIGNED, Stage.RATIFIED, Stage.IN_FORCE)


def _when(occasion: Occasion) -> PartialDate | None:
    """The occasion's date at the precision common to its days; None when they run over a month's end."""
    if occasion.date is None:
        return None
    when = common_date(occasion.date, occasion.end_date)
    if occasion.end_date is not None and when.precision is Precision.YEAR:
        return None
    return when


def _noun(found: re.Match[str], words: _OccasionWords) -> str | None:
    """The first occasion noun named after the phrase ("the St. Petersburg International Economic Forum": forum)."""
    named: str | None = found.group("noun")
    if named:
        return named.lower()
    nouns = (*words.nouns, *words.sidelines_nouns)
    after: str = found.group("of") or ""
    return next((word for word in re.findall(r"[\w-]+", after.lower()) if word in nouns), None)


def _names(occasion: Occasion, noun: str, words: _OccasionWords) -> bool:
    """Whether *noun* names the occasion: a word of the event's name, or a sitting's noun for a sitting."""
    if isinstance(occasion, CommissionSession):
        return noun in words.sitting_nouns
    return noun in re.findall(r"[\w-]+", occasion.name.lower())


def _occasion_of(
    record: AnyRecord, occasions: Sequence[Occasion], words: _OccasionWords
) -> tuple[Occasion, PartialDate] | None:
    """The dated occasion the record's sentence ties it to: one named in that very sentence, else the
    latest one told before it that the phrase's noun names (any, for "on its sidelines")."""
    sentence = record.evidence[0]
    found = words.phrase.search(sentence.text)
    if found is None:
        return None
    noun = _noun(found, words)
    here = [o for o in occasions if o is not record and any(e.start == sentence.start for e in o.evidence)]
    if found.group("of") and here:
        chosen = here[-1]
    else:
        before = [o for o in occasions if o is not record and o.evidence and o.evidence[0].start < sentence.start]
        fitting = [o for o in before if noun is None or _names(o, noun, words)]
        if not fitting:
            return None
        chosen = max(fitting, key=lambda o: max(e.start for e in o.evidence if e.start < sentence.start))
    when = _when(chosen)
    if when is None or _happened(chosen) != _happened(record):
        return None
    return chosen, when


def date_from_occasion(records: Sequence[AnyRecord], document: Document) -> list[AnyRecord]:
    """Undated meetings, visits, sittings and documents told on the sidelines or within the framework of a
    forum, summit or sitting ("On the sidelines of the forum, the ministers held talks", "On its
    sidelines ...") take the occasion's dates, at the precision common to its days, when the text dates
    it elsewhere."""
    words = (document.lexicon or Lexicon.default()).derive(_OccasionWords.of)
    occasions = [r for r in records if isinstance(r, (Event, CommissionSession)) and r.date is not None]
    if not occasions:
        return list(records)
    out: list[AnyRecord] = []
    for record in records:
        if record.date is None and record.evidence and not isinstance(record, (TradeFlow, Event)):
            tied = _occasion_of(record, occasions, words)
            if tied is not None:
                record = redate(record, tied[1])
        out.append(record)
    return out


def redate(record: AnyRecord, when: PartialDate) -> AnyRecord:
    """*record* dated *when* (a document: its latest step)."""
    if isinstance(record, Agreement):
        step = attrs.evolve(record.lifecycle[-1], date=when)
        return attrs.evolve(record, lifecycle=(*record.lifecycle[:-1], step))
    return attrs.evolve(record, date=when)
