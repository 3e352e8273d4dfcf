"""Mentions: where a text names people, offices, places, parties, bodies, countries and goods.

The finder works on tokens (see :mod:`turkru.gazetteer.tokens`) in three passes, each a dict
lookup per token, so its cost grows linearly with the text:

1. phrases: at each token, the longest gazetteer phrase starting there (offices, places,
   regions, companies, ministries, bodies, countries, commodities);
2. people: a capitalised word whose folded spelling is a known surname, with the given name
   or initials before it; or an unknown person, a given name (or initials) and a surname,
   or two name-like words right after a role word or an office;
3. selection: the longest candidates win, non-overlapping; a person next to an office
   inherits its side, and an ambiguous surname is resolved by the office and the date.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from turkru.errors import InvalidRecordError, ParseError
from turkru.gazetteer import KINDS, Gazetteer
from turkru.gazetteer.entries import OFFICE, PERSON, PROPER_KINDS, Sense, Value
from turkru.gazetteer.tokens import Token, iter_tokens, phrase_key
from turkru.model.actors import Office, Person
from turkru.model.dates import PartialDate

_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|ilyich|ogly|ogli|kyzy|gyzy)$")
_TWO_LETTER_INITIALS = frozenset({"yu", "ya", "ye", "kh", "sh", "ch", "zh", "ts"})
_APPOSITION = re.compile(r"[\s,:]*")
_UNKNOWN_PERSON_RANK = len(KINDS)
_MAX_INITIALS = 3


def _check_kind(_instance: Any, _attribute: Any, value: Any) -> None:
    if value not in KINDS:
        raise InvalidRecordError(f"kind: {value!r} is not one of {', '.join(KINDS)}")


@attrs.frozen
class Mention:
    """A span of the text naming something the gazetteer knows (or a person it does not).

    ``value`` is a Person, Office, Place, Party, BodyKind, a country code (kind ``country``)
    or a commodity name (kind ``commodity``; ``text`` keeps the words as written).
    ``country`` is the side the thing belongs to, when known.
    """

    start: int
    end: int
    text: str
    kind: str = attrs.field(validator=_check_kind)
    value: Value
    country: str | None = None

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise InvalidRecordError(f"Mention span: {self.start}..{self.end} is not a valid span")


@attrs.frozen
class _Candidate:
    first: int
    last: int
    rank: int
    kind: str
    value: Value
    country: str | None


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _is_word(token: Token) -> bool:
    return token.norm[:1].isalnum()


class _Scanner:
    """One scan of one text: the tokens, the candidates found and the selection."""

    def __init__(self, text: str, tokens: list[Token], gazetteer: Gazetteer, on: PartialDate | None) -> None:
        self.text = text
        self.tokens = tokens
        self.norms = [token.norm for token in tokens]
        self.gazetteer = gazetteer
        self.index = gazetteer.index
        self.on = on
        self.candidates: list[_Candidate] = []
        self.office_ends: set[int] = set()
        self._people: dict[tuple[str, str], Person] = {}

    def _person(self, surname: str, given: str) -> Person:
        """An unknown person, made once per name and scan."""
        key = (surname, given)
        if key not in self._people:
            self._people[key] = Person(surname=surname, given_names=given)
        return self._people[key]

    # pass 1: phrases --------------------------------------------------------------------------

    def phrases(self) -> None:
        index, norms, count = self.index, self.norms, len(self.norms)
        for position, norm in enumerate(norms):
            for length in index.lengths(norm):
                if position + length > count:
                    continue
                key = tuple(norms[position : position + length])
                sense = self._fitting_sense(key, position)
                if sense is None:
                    continue
                last = position + length - 1
                self.candidates.append(
                    _Candidate(position, last, sense.rank, sense.kind, sense.value, sense.country)
                )
                if sense.kind == OFFICE:
                    self.office_ends.add(last)
                break

    def _fitting_sense(self, key: tuple[str, ...], position: int) -> Sense | None:
        for sense in self.index.senses(key):
            if sense.kind not in PROPER_KINDS:
                return sense
            capitals = self.index.capitals(key)
            if all(_is_capitalised(self.tokens[position + offset]) for offset in capitals):
                return sense
        return None

    # pass 2: people ---------------------------------------------------------------------------

    def people(self) -> None:
        for position, token in enumerate(self.tokens):
            if len(token.text) < 2 or not _is_capitalised(token) or not token.text.isalpha():
                continue
            if self.index.surname(token.text):
                self._known(position)
            else:
                self._unknown(position)

    def _initials_before(self, position: int) -> int | None:
        """Where initials (``V.``, ``A.M.``, ``Yu.``) right before *position* start, if any."""
        start = None
        cursor = position - 1
        for _ in range(_MAX_INITIALS):
            if cursor < 1 or self.tokens[cursor].text != "." or not self._is_initial(self.tokens[cursor - 1]):
                break
            start = cursor - 1
            cursor -= 2
        return start

    def _is_initial(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or not text.isalpha():
            return False
        return len(text) == 1 or (len(text) == 2 and token.norm in _TWO_LETTER_INITIALS)

    def _given_before(self, position: int) -> int | None:
        """Where a capitalised given name (with a patronymic after it) before *position* starts."""
        before = position - 1
        if before < 0 or not _is_capitalised(self.tokens[before]) or not self.tokens[before].text.isalpha():
            return None
        if (
            _PATRONYMIC.search(self.norms[before])
            and before >= 1
            and _is_capitalised(self.tokens[before - 1])
        ):
            return before - 1
        return before

    def _known(self, position: int) -> None:
        surname = self.tokens[position].text
        person: Person | None = None
        first = position
        initials = self._initials_before(position)
        given = self._given_before(position)
        if initials is not None:
            letters = self.text[self.tokens[initials].start : self.tokens[position - 1].end]
            person = self.gazetteer.match_person(surname, letters)
            if person is None:
                person = self._person(surname, letters.replace(" ", ""))
            first = initials
        elif given is not None:
            given_text = self.tokens[given].text
            person = self.gazetteer.match_person(surname, given_text)
            if person is not None:
                first = given
            elif self.norms[given] in self.index.given_names:
                person, first = self._person(surname, given_text), given
        if person is None:
            person = self.gazetteer.match_person(surname)
        if person is not None:
            self.candidates.append(_Candidate(first, position, 0, PERSON, person, person.country))

    def _name_like(self, position: int) -> bool:
        token = self.tokens[position]
        return (
            len(token.text) >= 2
            and token.text.isalpha()
            and _is_capitalised(token)
            and not token.text.isupper()
            and token.norm not in self.index.vocabulary
        )

    def _unknown(self, position: int) -> None:
        if position < 1 or not self._name_like(position) or _PATRONYMIC.search(self.norms[position]):
            return
        initials = self._initials_before(position)
        if initials is not None:
            letters = self.text[self.tokens[initials].start : self.tokens[position - 1].end]
            self._add_unknown(initials, position, letters.replace(" ", ""))
            return
        given = self._given_before(position)
        if given is None:
            return
        if self.index.surname(self.tokens[given].text):
            return
        if self.norms[given] in self.index.given_names or (
            self._introduced(given)
            and self._name_like(given)
            and self.index.looks_like_surname(self.tokens[position].text)
        ):
            self._add_unknown(given, position, self.tokens[given].text)

    def _introduced(self, position: int) -> bool:
        """Whether a role word (``Minister``, ``Mr.``) or an office comes right before *position*."""
        before = position - 1
        if before >= 1 and self.norms[before] == ".":
            before -= 1
        return before >= 0 and (self.norms[before] in self.index.roles or before in self.office_ends)

    def _add_unknown(self, first: int, last: int, given: str) -> None:
        person = self._person(self.tokens[last].text, given)
        self.candidates.append(_Candidate(first, last, _UNKNOWN_PERSON_RANK, PERSON, person, None))

    # pass 3: selection ------------------------------------------------------------------------

    def select(self) -> list[_Candidate]:
        tokens = self.tokens
        ordered = sorted(
            self.candidates,
            key=lambda c: (tokens[c.first].start - tokens[c.last].end, c.rank, c.first),
        )
        taken = bytearray(len(tokens))
        chosen: list[_Candidate] = []
        for candidate in ordered:
            span = range(candidate.first, candidate.last + 1)
            if any(taken[i] for i in span):
                continue
            for i in span:
                taken[i] = 1
            chosen.append(candidate)
        chosen.sort(key=lambda c: c.first)
        return [self._with_context(chosen, number) for number in range(len(chosen))]

    def _adjacent(self, left: _Candidate, right: _Candidate) -> bool:
        gap = self.text[self.tokens[left.last].end : self.tokens[right.first].start]
        return _APPOSITION.fullmatch(gap) is not None and "\n" not in gap

    def _with_context(self, chosen: list[_Candidate], number: int) -> _Candidate:
        """A person beside an office takes its side; an ambiguous surname may be resolved by it."""
        candidate = chosen[number]
        if candidate.kind != PERSON or not isinstance(candidate.value, Person):
            return candidate
        neighbours = chosen[max(number - 1, 0) : number] + chosen[number + 1 : number + 2]
        offices = [
            other.value
            for other in neighbours
            if isinstance(other.value, Office)
            and (
                self._adjacent(other, candidate)
                if other.first < candidate.first
                else self._adjacent(candidate, other)
            )
        ]
        person = candidate.value
        if person.given_names is None:
            person = self._resolve(person, offices, candidate.first)
        if person.country is None:
            country = next((office.country for office in offices if office.country), None)
            if country is not None:
                person = attrs.evolve(person, country=country)
        if person is candidate.value:
            return candidate
        return attrs.evolve(candidate, value=person, country=person.country)

    def _resolve(self, person: Person, offices: list[Office], first: int) -> Person:
        """Pick one of several people sharing a surname by the office or role word before them."""
        bearers = self.gazetteer.people_named(person.surname)
        if len(bearers) < 2:
            return person
        for office in offices:
            holders = self.gazetteer.holders(office, self.on) if self.on else ()
            found = [bearer for bearer in bearers if bearer in (holders or self.gazetteer.ever_held(office))]
            if len(found) == 1:
                return found[0]
        role = self.norms[first - 1] if first >= 1 and self.norms[first - 1] in self.index.roles else None
        if role is None or self.on is None:
            return person
        found = [
            bearer
            for bearer in bearers
            if any(
                role in phrase_key(term.office.title) and term.covers(self.on)
                for term in self.gazetteer.terms_of(bearer)
            )
        ]
        return found[0] if len(found) == 1 else person


def find_mentions(
    text: str,
    gazetteer: Gazetteer,
    *,
    start: int = 0,
    end: int | None = None,
    on: PartialDate | None = None,
) -> list[Mention]:
    """The mentions in ``text[start:end]``, in order, non-overlapping, with offsets into *text*.

    Where candidates overlap the longest wins (``Russian Foreign Minister`` over ``Russian``).
    *on*, the date the text speaks of, lets a bare shared surname after an office or role
    word resolve to the person holding it then (``President Berdimuhamedov`` in 2023).
    """
    if not isinstance(text, str):
        raise ParseError(f"find_mentions: expected text as str, got {type(text).__name__}")
    begin, stop, _ = slice(start, end).indices(len(text))
    tokens = list(iter_tokens(text, begin, max(begin, stop)))
    scanner = _Scanner(text, tokens, gazetteer, on)
    scanner.phrases()
    scanner.people()
    mentions = []
    for candidate in scanner.select():
        first, last = tokens[candidate.first].start, tokens[candidate.last].end
        mentions.append(
            Mention(
                start=first,
                end=last,
                text=text[first:last],
                kind=candidate.kind,
                value=candidate.value,
                country=candidate.country,
            )
        )
    return mentions
