"""Who took part: the people and offices of a sentence, resolved to persons on a date."""

from __future__ import annotations

import re

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.document import Document, Sentence
from turkru.extract.people import resolve_person
from turkru.extract.sides import country_of, side_of
from turkru.lexicon import Lexicon
from turkru.model.actors import RUSSIA, TURKMENISTAN, Office, Person
from turkru.model.dates import PartialDate
from turkru.text._casefold import span_text
from turkru.text.mentions import Mention

_TITLE_REACH = 120  # characters before a name its appositive title may start


@attrs.frozen
class ParticipantWords:
    """The lexicon's participant rules (data/participants.json), compiled once per lexicon."""

    counterpart: re.Pattern[str]  # over the folded sentence; the words it matches are read from the sentence
    first_person: re.Pattern[str]
    first_person_voiced: re.Pattern[str]  # a known speaker's turn may open with "We"
    other_side_cue: re.Pattern[str]  # over the folded sentence
    both_sides: re.Pattern[str]
    collective: re.Pattern[str]
    nationality_title: re.Pattern[str]
    word_before: re.Pattern[str]
    appositive_title: re.Pattern[str]  # "the Consul of Turkmenistan, " right before a name
    sender: re.Pattern[str]  # "conveyed greetings from the President": the sender is absent
    side_hints: CueWords
    collective_hints: CueWords
    # The two offices a collective role word stands for ("the two presidents": both presidents).
    collective_offices: tuple[tuple[tuple[str, ...], tuple[str, str]], ...]

    @classmethod
    def of(cls, lexicon: Lexicon) -> ParticipantWords:
        """The bundle of *lexicon*."""
        return cls(
            counterpart=lexicon.folded("participants.counterpart"),
            first_person=lexicon.pattern("participants.first_person"),
            first_person_voiced=lexicon.pattern("participants.first_person_voiced"),
            other_side_cue=lexicon.folded("participants.other_side_cue"),
            both_sides=lexicon.pattern("participants.both_sides"),
            collective=lexicon.pattern("participants.collective"),
            nationality_title=lexicon.pattern("participants.nationality_title"),
            word_before=lexicon.pattern("participants.word_before"),
            appositive_title=lexicon.pattern("participants.appositive_title"),
            sender=lexicon.pattern("participants.sender"),
            side_hints=word_filter(*lexicon.words("SIDE_HINT")),
            collective_hints=word_filter(*lexicon.words("COLLECTIVE_HINT")),
            collective_offices=(
                (lexicon.words("COLLECTIVE_HEAD_OF_STATE"), ("president_tm", "president_ru")),
                (lexicon.words("COLLECTIVE_FOREIGN"), ("foreign_minister_tm", "foreign_minister_ru")),
                (lexicon.words("COLLECTIVE_HEAD_OF_GOVERNMENT"), ("chairman_cabinet_tm", "prime_minister_ru")),
            ),
        )


def _words(document: Document) -> ParticipantWords:
    return document.lexicon.derive(ParticipantWords.of)


def other_side(country: str | None) -> str | None:
    """TM for RU and RU for TM; None otherwise."""
    return {TURKMENISTAN: RUSSIA, RUSSIA: TURKMENISTAN}.get(country or "")


@attrs.frozen
class Cast:
    """The people of a sentence: resolved persons with their sides, and unresolved roles."""

    people: tuple[Person, ...] = ()
    sides: tuple[str | None, ...] = ()
    roles: tuple[str, ...] = ()
    role_sides: tuple[str | None, ...] = ()
    cued_sides: frozenset[str] = frozenset()

    @property
    def covered(self) -> frozenset[str]:
        """The sides (TM, RU) that the cast names or clearly implies."""
        named = {side for side in (*self.sides, *self.role_sides) if side}
        return frozenset(named | self.cued_sides)

    def of_side(self, country: str) -> list[Person]:
        """The persons of one side, in order of mention."""
        return [person for person, side in zip(self.people, self.sides, strict=True) if side == country]


def cast_of(
    sentence: Sentence,
    document: Document,
    on: PartialDate | None,
    *,
    window: tuple[int, int] | None = None,
) -> Cast:
    """Resolve the person and office mentions of a sentence (or a local window of it)."""
    people: list[Person] = []
    sides: list[str | None] = []
    roles: list[str] = []
    role_sides: list[str | None] = []
    cast_mentions = sentence.of_kind("person", "office")
    senders = _sender_spans(sentence, document)
    for index, mention in enumerate(cast_mentions):
        local = mention.start - sentence.start
        if window is not None and not window[0] <= local < window[1]:
            continue
        if any(start <= local < end for start, end in senders):
            continue  # "greetings from the President": who sent them took no part
        named_next = index + 1 < len(cast_mentions) and sentence.names_holder(mention, cast_mentions[index + 1])
        if named_next:
            continue  # "Acting Foreign Minister A. Karayev": the name beside the title wins over its usual holder
        person = resolve_person(mention, document, on)
        if person is None:
            if isinstance(mention.value, Office):
                roles.append(mention.value.title)
                role_sides.append(mention.country or mention.value.country)
            continue
        if person in people:
            continue
        side = side_of(mention, person) or title_side(sentence, mention, document)
        people.append(person)
        sides.append(side)
    for office in _collective_offices(sentence, document):
        holder = document.gazetteer.holder(office, on or document.published)
        if holder is None:
            roles.append(office.title)
            role_sides.append(office.country)
        elif holder not in people:
            people.append(holder)
            sides.append(office.country)
    if sentence.speaker is not None and speaks_in_first_person(sentence.text, voiced=True, lexicon=document.lexicon):
        for index, voice in enumerate((sentence.speaker, sentence.addressee)):
            person = resolve_person(voice, document, on) if voice is not None else None
            if voice is not None and person is not None and person not in people:
                people.insert(index, person)
                sides.insert(index, side_of(voice, person))
    cast = Cast(people=tuple(people), sides=tuple(sides), roles=tuple(roles), role_sides=tuple(role_sides))
    return _with_counterparts(cast, sentence, document, on, window)


def _sender_spans(sentence: Sentence, document: Document) -> list[tuple[int, int]]:
    """Where a sentence names who sent the greetings conveyed ("greetings to X from the President
    and the Prime Minister"), as local offsets."""
    lexicon = document.lexicon
    if not lexicon.has_cue("participants.sender", sentence.folded):
        return []
    return [match.span("sender") for match in _words(document).sender.finditer(sentence.text)]


def title_side(sentence: Sentence, mention: Mention, document: Document) -> str | None:
    """The side of a person the gazetteer does not know, from a title before the name ("Russian
    Ambassador X"), or from the one side's country, city or region its appositive title names
    ("the Consul of Turkmenistan, X", "Astrakhan's Minister of Trade, X")."""
    words = _words(document)
    found = words.nationality_title.search(sentence.text[: mention.start - sentence.start])
    if found:
        return document.gazetteer.country(found.group("adj"))
    local = mention.start - sentence.start
    window = max(0, local - _TITLE_REACH)
    title = words.appositive_title.search(sentence.text[window:local])
    if title is None:
        return None
    start, end = sentence.start + window + title.start("title"), sentence.start + window + title.end("title")
    inside = [m for m in sentence.mentions if start <= m.start and m.end <= end]
    if any(m.kind == "person" for m in inside):
        return None
    sides = {side for m in inside if m.kind in ("country", "place", "region") and (side := country_of(m))}
    return next(iter(sides)) if len(sides) == 1 and sides <= {TURKMENISTAN, RUSSIA} else None


def _collective_offices(sentence: Sentence, document: Document) -> list[Office]:
    """The two offices behind "the presidents of Turkmenistan and Russia", "the two foreign ministers",
    "the summit between Russia and Turkmenistan"."""
    words = _words(document)
    found: list[Office] = []
    if not sentence.has_any(words.collective_hints):
        return found
    for match in words.collective.finditer(sentence.text):
        role = " ".join(next(value for value in match.groupdict().values() if value).lower().split())
        ids = next((ids for keys, ids in words.collective_offices for key in keys if key in role), ())
        found.extend(o for o in map(document.gazetteer.office, ids) if o is not None)
    return found


def _with_counterparts(
    cast: Cast, sentence: Sentence, document: Document, on: PartialDate | None, window: tuple[int, int] | None
) -> Cast:
    """Add "his Turkmen counterpart" as the holder of the matching office (one inside *window*,
    when given), and side cues."""
    words = _words(document)
    cued: set[str] = set()
    if not sentence.has_any(words.side_hints):
        return cast
    if words.both_sides.search(sentence.text):
        cued.update((TURKMENISTAN, RUSSIA))
    for match in words.other_side_cue.finditer(sentence.folded):
        adjective = span_text(sentence.text, match, "adj")
        side = document.gazetteer.country(adjective) if adjective else None
        if side:
            cued.add(side)
    people, sides = list(cast.people), list(cast.sides)
    for match in words.counterpart.finditer(sentence.folded, *(window or (0, len(sentence.folded)))):
        adjective = span_text(sentence.text, match, "adj")
        if adjective is None and _third_country_before(sentence, match.start(), document):
            continue  # "his Kazakh counterpart" is no one of the two sides
        known = [(p, s) for p, s in zip(people, sides, strict=True) if s]
        if not known:
            continue
        anchor, anchor_side = known[0]
        target_side = document.gazetteer.country(adjective) if adjective else other_side(anchor_side)
        if target_side is None or target_side == anchor_side:
            continue
        cued.add(target_side)
        named = sentence.person_right_after(match.end())
        if named is not None:  # "his Turkmen counterpart Rashid Meredov": the name says who, and of which side
            person = resolve_person(named, document, on)
            if person in people and sides[people.index(person)] is None:
                sides[people.index(person)] = target_side
            continue
        when = on or document.published
        counterpart = document.gazetteer.counterpart(anchor, target_side, when) if when else None
        if counterpart is not None and counterpart not in people:
            people.append(counterpart)
            sides.append(target_side)
    return attrs.evolve(cast, people=tuple(people), sides=tuple(sides), cued_sides=frozenset(cued))


def _third_country_before(sentence: Sentence, local: int, document: Document) -> bool:
    """Whether the word before *local* names a country other than the two ("Kazakh", "Iranian")."""
    words = _words(document)
    found = words.word_before.search(sentence.text, max(0, local - 30), local)
    country = document.gazetteer.country(found.group(1)) if found else None
    return country is not None and country not in (TURKMENISTAN, RUSSIA)


def speaks_in_first_person(text: str, *, voiced: bool = False, lexicon: Lexicon | None = None) -> bool:
    """Whether the sentence has a first-person speaker ("our meeting", "we discussed"); *voiced*:
    the speaker is known (a transcript's turn), so a sentence opening "We ..." counts too."""
    words = (lexicon or Lexicon.default()).derive(ParticipantWords.of)
    return (words.first_person_voiced if voiced else words.first_person).search(text) is not None
