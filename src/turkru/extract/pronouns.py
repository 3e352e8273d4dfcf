"""Subject pronouns, "the head of state" and "the co-chairs" that point back to people named before."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from turkru.extract.anaphora import titled_people
from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.document import Document, Sentence, revised
from turkru.lexicon import Lexicon
from turkru.model.actors import BOTH_SIDES
from turkru.text.mentions import Mention

_REACH = 2  # sentences back where the person a pronoun stands for may be named
_SUBJECT_REACH = 80  # a sentence's subject is named within its opening characters
_PRESIDENT_REACH = 12  # sentences back where "the head of state" may have been named


@attrs.frozen
class _Rules:
    pronoun: re.Pattern[str]
    head_of_state: re.Pattern[str]
    conjoined: re.Pattern[str]
    president: tuple[str, ...]
    president_before: re.Pattern[str]
    co_chairs: re.Pattern[str]
    object_pronoun: re.Pattern[str]
    cues: CueWords
    co_chair_cues: CueWords
    guest_cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Rules:
        return cls(
            pronoun=lexicon.pattern("participants.back_pronoun"),
            head_of_state=lexicon.pattern("participants.back_head_of_state"),
            conjoined=lexicon.pattern("participants.conjoined_next"),
            president=lexicon.words("HEAD_OF_STATE_TITLE"),
            president_before=lexicon.pattern("participants.president_before"),
            co_chairs=lexicon.pattern("participants.back_co_chairs"),
            object_pronoun=lexicon.pattern("participants.back_object_pronoun"),
            cues=word_filter(*lexicon.cues("participants.back_head_of_state")),
            co_chair_cues=word_filter(*lexicon.cues("participants.back_co_chairs")),
            guest_cues=word_filter(*lexicon.cues("participants.back_object_pronoun")),
        )


def _cast(sentence: Sentence) -> list[Mention]:
    """The people a sentence names (a title naming its holder counts once, as the name)."""
    mentions = sentence.of_kind("person", "office")
    return [
        mention for index, mention in enumerate(mentions)
        if not (index + 1 < len(mentions) and sentence.names_holder(mention, mentions[index + 1]))
    ]


def _subject(sentence: Sentence, rules: _Rules) -> Mention | None:
    """The person a sentence is about: the only one it names, or the first, named at its opening
    and not with another ("X and Y ..." is ambiguous: no one)."""
    cast = _cast(sentence)
    distinct = list({mention.value: mention for mention in cast}.values())
    if len(distinct) <= 1:
        return distinct[0] if distinct else None
    first, second = cast[0], next(m for m in cast if m.value != cast[0].value)
    between = sentence.text[first.end - sentence.start : second.start - sentence.start]
    if first.start - sentence.start > _SUBJECT_REACH or rules.conjoined.match(between):
        return None
    return first


def _antecedent(before: Sequence[Sentence], rules: _Rules) -> Mention | None:
    """The subject of the nearest of the sentences *before* that names anyone (None if ambiguous)."""
    for sentence in reversed(before[-_REACH:]):
        if _cast(sentence):
            return _subject(sentence, rules)
    return None


def _president(before: Sequence[Sentence], rules: _Rules) -> Mention | None:
    """The one president named with his title before (None if none, or two)."""
    named = [
        person for sentence in before for title, person in titled_people(sentence)
        if any(word in title for word in rules.president)
    ]
    named.extend(
        mention for sentence in before for mention in sentence.of_kind("person")
        if rules.president_before.search(sentence.text, max(0, mention.start - sentence.start - 20),
                                         mention.start - sentence.start)
    )
    distinct = {mention.value: mention for mention in named}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def _co_chairs(before: Sequence[Sentence], rules: _Rules) -> list[Mention]:
    """The co-chairs the nearest sentence of *before* that speaks of co-chairs names: its people,
    one of each side at least (none when it names fewer)."""
    for sentence in reversed(before):
        if not sentence.has_any(rules.co_chair_cues):
            continue
        people = list({m.value: m for m in sentence.of_kind("person")}.values())
        return people if {m.country for m in people} >= BOTH_SIDES else []
    return []


def _pointing(sentence: Sentence, start: int, end: int, source: Mention) -> Mention | None:
    """A mention of *source*'s person at ``sentence.text[start:end]``, unless one is there already."""
    at, to = sentence.start + start, sentence.start + end
    if any(m.start < to and at < m.end for m in sentence.mentions):
        return None
    return attrs.evolve(source, start=at, end=to, text=sentence.text[start:end])


def with_back_references(sentence: Sentence, document: Document) -> Sentence:
    """*sentence* with a person mention for its opening "He"/"She" (the person the sentence before
    is about) and for "the head of state" (the one president named not long before). Only the
    meeting and visit extractors ask: the shared mentions stay as the text names them."""
    rules = document.lexicon.derive(_Rules.of)
    pronoun = rules.pronoun.match(sentence.text)
    heads = list(rules.head_of_state.finditer(sentence.text)) if sentence.has_any(rules.cues) else []
    chairs = rules.co_chairs.search(sentence.text) if sentence.has_any(rules.co_chair_cues) else None
    guest = rules.object_pronoun.search(sentence.text) if sentence.has_any(rules.guest_cues) else None
    if pronoun is None and not heads and chairs is None and guest is None:
        return sentence
    position = sentence.index  # its place among the document's sentences
    before = document.sentences[max(0, position - _PRESIDENT_REACH) : position]
    added: list[Mention | None] = []
    source = _antecedent(before, rules) if pronoun is not None else None
    if pronoun is not None and source is not None:
        added.append(_pointing(sentence, *pronoun.span("pronoun"), source))
    president = _president(before, rules) if heads else None
    if president is not None:
        added.extend(_pointing(sentence, *match.span("role"), president) for match in heads)
    guest_source = _antecedent(before, rules) if guest is not None and pronoun is None else None
    if guest is not None and guest_source is not None:
        added.append(_pointing(sentence, *guest.span("pronoun"), guest_source))  # "X received him"
    if chairs is not None:
        added.extend(_pointing(sentence, *chairs.span("role"), chair) for chair in _co_chairs(before, rules))
    found = [mention for mention in added if mention is not None]
    if not found:
        return sentence
    return revised(sentence, mentions=tuple(sorted((*sentence.mentions, *found), key=lambda m: m.start)))
