"""Who took part: the people and offices of a sentence, resolved to persons on a date."""

from __future__ import annotations

import re

import attrs

from turkru.extract.cue_words import word_filter
from turkru.extract.document import Document, Sentence
from turkru.extract.people import resolve_person
from turkru.extract.sides import side_of
from turkru.model.actors import RUSSIA, TURKMENISTAN, Office, Person
from turkru.model.dates import PartialDate
from turkru.text._casefold import span_text
from turkru.text.mentions import Mention

# _COUNTERPART and _OTHER_SIDE_CUE run over the folded sentence (see turkru.text._casefold): lower case,
# no IGNORECASE; the words they match are read from the sentence itself.
_COUNTERPART = re.compile(r"\b(?:(?P<adj>turkmen|russian|turkmenistan's|russia's)\s+)?(?:counterpart|colleague)s?\b")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my)\b")
_FIRST_PERSON_VOICED = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")  # a known speaker's turn may open with "We"
_OTHER_SIDE_CUE = re.compile(
    r"\b(?P<adj>turkmen|russian|turkmenistan|russia|russian federation)\s+"
    r"(?:side|delegation|counterpart|colleague|partners|officials|leader|leadership|president|minister)\b"
)
_BOTH_SIDES = re.compile(
    r"\b(?:Turkmen|Turkmenistan)[-\u2013](?:Russian|Russia)\b|\bRussian?[-\u2013]Turkmen(?:istan)?\b"
)
_PAIR_OF_SIDES = (
    r"(?:the\s+two\s+(?:countries|states|sides)|Turkmenistan\s+and\s+(?:the\s+)?Russia(?:n\s+Federation)?"
    r"|(?:the\s+)?Russia(?:n\s+Federation)?\s+and\s+Turkmenistan)"
)
_ROLE_WORDS = (
    r"(?P<role>presidents|leaders|heads\s+of\s+state|foreign\s+ministers|heads\s+of\s+the\s+foreign\s+ministries"
    r"|foreign\s+ministries|prime\s+ministers|heads\s+of\s+government)"
)
_COLLECTIVE = re.compile(
    r"\b(?:(?:Turkmen|Turkmenistan's)\s+and\s+Russian|Russian\s+and\s+Turkmen|two)\s+" + _ROLE_WORDS + r"\b"
    r"|\b" + _ROLE_WORDS.replace("?P<role>", "?P<role_of>") + r"\s+of\s+" + _PAIR_OF_SIDES,
    re.I,
)
_COLLECTIVE_OFFICES = {
    "president": ("president_tm", "president_ru"),
    "leader": ("president_tm", "president_ru"),
    "heads of state": ("president_tm", "president_ru"),
    "foreign": ("foreign_minister_tm", "foreign_minister_ru"),
    "prime": ("chairman_cabinet_tm", "prime_minister_ru"),
    "heads of government": ("chairman_cabinet_tm", "prime_minister_ru"),
}
_CUE_HINTS = word_filter("turkmen", "russia", "counterpart", "colleague")
_COLLECTIVE_HINTS = word_filter("presidents", "leaders", "heads of", "ministers", "ministries")


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
    for index, mention in enumerate(cast_mentions):
        local = mention.start - sentence.start
        if window is not None and not window[0] <= local < window[1]:
            continue
        person = resolve_person(mention, document, on)
        if person is None:
            named_next = index + 1 < len(cast_mentions) and sentence.names_holder(mention, cast_mentions[index + 1])
            if isinstance(mention.value, Office) and not named_next:
                roles.append(mention.value.title)
                role_sides.append(mention.country or mention.value.country)
            continue
        if person in people:
            continue
        side = side_of(mention, person) or _nationality_before(sentence, mention, document)
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
    if sentence.speaker is not None and speaks_in_first_person(sentence.text, voiced=True):
        for index, voice in enumerate((sentence.speaker, sentence.addressee)):
            person = resolve_person(voice, document, on) if voice is not None else None
            if voice is not None and person is not None and person not in people:
                people.insert(index, person)
                sides.insert(index, side_of(voice, person))
    cast = Cast(people=tuple(people), sides=tuple(sides), roles=tuple(roles), role_sides=tuple(role_sides))
    return _with_counterparts(cast, sentence, document, on)


_NATIONALITY_TITLE = re.compile(
    r"\b(?P<adj>Turkmen|Turkmenistan's|Russian|Russia's)\s+(?:[A-Z][\w-]*\s+){1,4}$"
)


def _nationality_before(sentence: Sentence, mention: Mention, document: Document) -> str | None:
    """The side of a person the gazetteer does not know, from a title before the name ("Russian Ambassador X")."""
    found = _NATIONALITY_TITLE.search(sentence.text[: mention.start - sentence.start])
    return document.gazetteer.country(found.group("adj")) if found else None


def _collective_offices(sentence: Sentence, document: Document) -> list[Office]:
    """The two offices behind "the presidents of Turkmenistan and Russia", "the two foreign ministers"."""
    found: list[Office] = []
    if not sentence.has_any(_COLLECTIVE_HINTS):
        return found
    for match in _COLLECTIVE.finditer(sentence.text):
        role = " ".join((match.group("role") or match.group("role_of")).lower().split())
        for key, ids in _COLLECTIVE_OFFICES.items():
            if role.startswith(key) or key in role:
                found.extend(o for o in map(document.gazetteer.office, ids) if o is not None)
                break
    return found


def _with_counterparts(cast: Cast, sentence: Sentence, document: Document, on: PartialDate | None) -> Cast:
    """Add "his Turkmen counterpart" as the holder of the matching office, and side cues."""
    cued: set[str] = set()
    if not sentence.has_any(_CUE_HINTS):
        return cast
    if _BOTH_SIDES.search(sentence.text):
        cued.update((TURKMENISTAN, RUSSIA))
    for match in _OTHER_SIDE_CUE.finditer(sentence.folded):
        adjective = span_text(sentence.text, match, "adj")
        side = document.gazetteer.country(adjective) if adjective else None
        if side:
            cued.add(side)
    people, sides = list(cast.people), list(cast.sides)
    for match in _COUNTERPART.finditer(sentence.folded):
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
        when = on or document.published
        counterpart = document.gazetteer.counterpart(anchor, target_side, when) if when else None
        if counterpart is not None and counterpart not in people:
            people.append(counterpart)
            sides.append(target_side)
    return attrs.evolve(cast, people=tuple(people), sides=tuple(sides), cued_sides=frozenset(cued))


_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)\s+$")


def _third_country_before(sentence: Sentence, local: int, document: Document) -> bool:
    """Whether the word before *local* names a country other than the two ("Kazakh", "Iranian")."""
    found = _WORD_BEFORE.search(sentence.text, max(0, local - 30), local)
    country = document.gazetteer.country(found.group(1)) if found else None
    return country is not None and country not in (TURKMENISTAN, RUSSIA)


def speaks_in_first_person(text: str, *, voiced: bool = False) -> bool:
    """Whether the sentence has a first-person speaker ("our meeting", "we discussed"); *voiced*:
    the speaker is known (a transcript's turn), so a sentence opening "We ..." counts too."""
    return (_FIRST_PERSON_VOICED if voiced else _FIRST_PERSON).search(text) is not None
