"""Events: forums, summits, exhibitions, festivals and multilateral meetings tied to the relations."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.called_off import called_off
from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import dated_by_statement_only, nearest_date
from turkru.extract.places import first_place
from turkru.extract.sides import sides_in
from turkru.lexicon import Lexicon
from turkru.model.actors import RUSSIA, TURKMENISTAN, Place
from turkru.model.dates import DateSpan, PartialDate
from turkru.model.records import Event, Status
from turkru.text._casefold import any_word
from turkru.text.timex import Timex

_TIE_REACH = 1  # sentences either side of an event's own in which both sides must be named


@attrs.frozen
class EventWords:
    """The lexicon's event rules (data/events.json), compiled once per lexicon (``lexicon.derive``)."""

    named: re.Pattern[str]
    common_noun_event: re.Pattern[str]  # "the fourth summit of Caspian states", "the first ... business forum"
    multilateral: re.Pattern[str]
    cis_summit: re.Pattern[str]
    leading_determiner: re.Pattern[str]
    preparation: re.Pattern[str]  # "Preparations for the Days of ...": the event is still ahead
    venue_after: re.Pattern[str]  # "the Ashgabat Expo Center": a place, not an event
    dedicated: re.Pattern[str]  # "a round table dedicated to ...", "the opening ceremony of ..."
    of_phrase: re.Pattern[str]  # "a festival of Russian films", "an exhibition of Turkmen carpets"
    quoted: re.Pattern[str]  # "the international exhibition \u201cInnoprom\u201d"
    # Words one of which every match of a pattern holds: cheap tests before the searches.
    multilateral_hints: tuple[str, ...]
    common_noun_hints: tuple[str, ...]
    named_hints: tuple[str, ...]
    dedicated_hints: tuple[str, ...]
    of_hints: tuple[str, ...]
    quoted_hints: tuple[str, ...]
    cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> EventWords:
        """The bundle of *lexicon*."""
        return cls(
            named=lexicon.pattern("events.named"),
            common_noun_event=lexicon.pattern("events.common_noun_event"),
            multilateral=lexicon.pattern("events.multilateral"),
            cis_summit=lexicon.pattern("events.cis_summit"),
            leading_determiner=lexicon.pattern("events.leading_determiner"),
            preparation=lexicon.pattern("events.preparation"),
            venue_after=lexicon.pattern("events.venue_after"),
            dedicated=lexicon.pattern("events.dedicated"),
            of_phrase=lexicon.pattern("events.of_phrase"),
            quoted=lexicon.pattern("events.quoted"),
            multilateral_hints=lexicon.words("MULTILATERAL_HINT"),
            common_noun_hints=lexicon.words("COMMON_EVENT_HINT"),
            named_hints=lexicon.words("EVENT_NOUN_HINT"),
            dedicated_hints=lexicon.words("DEDICATED_HINT"),
            of_hints=lexicon.words("OF_EVENT_HINT"),
            quoted_hints=lexicon.words("QUOTED_EVENT_HINT"),
            cues=word_filter(*lexicon.words("EVENT_CUE")),
        )


def extract_events(document: Document) -> Iterator[Event]:
    """Yield named forums, summits, exhibitions and multilateral meetings."""
    words = document.lexicon.derive(EventWords.of)
    for sentence in document.body:
        if sentence.asks or not sentence.has_any(words.cues) or not _tied_to_the_two(document, sentence):
            continue
        seen: list[tuple[int, int]] = []
        for pattern in _patterns_for(sentence.text, sentence.folded, words):
            for match in pattern.finditer(sentence.text):
                if any(match.start() < end and start < match.end() for start, end in seen):
                    continue
                if words.venue_after.match(sentence.text, match.end()):
                    continue  # "the Ashgabat Expo Center": where an event is held
                if called_off(sentence.text, match.end(), document.lexicon):
                    continue  # "the exhibition planned for May was postponed": no event
                raw = match.group(0).strip(" -:\u2013").removesuffix(".")
                name = words.leading_determiner.sub("", raw, count=1)
                if len(name.split()) < 2 and "Forum" not in name:
                    continue
                seen.append((match.start(), match.end()))
                timex = None if dated_by_statement_only(sentence) else _own_date(sentence, match)
                planned = (
                    is_planned(
                        sentence.text, match.start(), match.end(), lexicon=document.lexicon, headline=sentence.headline
                    )
                    or words.preparation.match(raw) is not None
                    or _after_publication(timex, document.published)
                )
                yield Event(
                    status=Status.PLANNED if planned else Status.HELD,
                    date=timex.value if timex else None,
                    end_date=timex.end_value if timex else None,
                    place=first_place(sentence, lexicon=document.lexicon),
                    name=name,
                    evidence=document.evidence(sentence),
                )


def _own_date(sentence: Sentence, match: re.Match[str]) -> Timex | None:
    """The event's date: the nearest to its name; else one in a which-clause right after the name
    ("the Forum \"Eurasian Gateway\", which the region will host next month"), read from its end."""
    return nearest_date(sentence, match.start()) or nearest_date(sentence, match.end())


def _after_publication(timex: Timex | None, published: PartialDate | None) -> bool:
    """Whether an event's date lies wholly after the day of the report: it is still to come."""
    if timex is None or timex.value is None or published is None:
        return False
    return DateSpan(timex.value, None).earliest > DateSpan(published, None).latest


def _tied_to_the_two(document: Document, sentence: Sentence) -> bool:
    """Whether both sides are named in the sentence or one next to it: an event only one side
    attends (a CIS meeting a Turkmen delegation flies to) is not tied to the relations."""
    window = document.sentences[max(0, sentence.index - _TIE_REACH) : sentence.index + _TIE_REACH + 1]
    if not {TURKMENISTAN, RUSSIA} <= sides_in(*window):
        return False
    return len({TURKMENISTAN, RUSSIA} & sides_in(sentence)) != 1 or not _in_a_third_country(sentence)


def _in_a_third_country(sentence: Sentence) -> bool:
    """Whether the sentence places what it tells in a third country's city ("the exhibition in
    Dubai"): with one side alone named in it, an event abroad is not the two's."""
    return any(
        isinstance(m.value, Place) and m.value.country not in (None, TURKMENISTAN, RUSSIA)
        for m in sentence.of_kind("place")
    )


def _patterns_for(text: str, folded: str, words: EventWords) -> Iterator[re.Pattern[str]]:
    """The event patterns that can match *text* (*folded*: the same, folded), most specific first."""
    if any_word(folded, words.multilateral_hints):
        yield words.multilateral
    if "CIS" in text:
        yield words.cis_summit
    if any_word(folded, words.dedicated_hints):
        yield words.dedicated
    if any_word(folded, words.quoted_hints):
        yield words.quoted
    if any_word(folded, words.common_noun_hints):
        yield words.common_noun_event
    if any_word(folded, words.of_hints):
        yield words.of_phrase
    if any(noun in text for noun in words.named_hints):
        yield words.named

