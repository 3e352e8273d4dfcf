"""Mentions: where a text names people, offices, places, parties, bodies, countries and goods.

The finder works on tokens (see :mod:`turkru.gazetteer.tokens`) in three passes, each a few
dict lookups per token, so its cost grows linearly with the text:

1. phrases: at each token that starts a known phrase, a walk down the gazetteer's phrase trie
   gives the longest phrase starting there (offices, places, regions, companies, ministries,
   bodies, countries, commodities) whose capitals fit;
2. people: a capitalised word whose folded spelling is a known surname, with the given name
   or initials before it; or an unknown person, a given name (or initials) and a surname,
   or two name-like words right after a role word or an office;
3. selection: the longest candidates win, non-overlapping; a person next to an office
   inherits its side, and an ambiguous surname is resolved by the office and the date.

What a token's text looks like (capitalised, alphabetic, an initial, a patronymic) is worked
out once per distinct word and kept in a bounded memo, as are the tokens' normal forms.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Any, NamedTuple

import attrs

from turkru.errors import InvalidRecordError, ParseError
from turkru.gazetteer import KINDS, Gazetteer
from turkru.gazetteer.entries import BODY, COMMODITY, KIND_RANK, OFFICE, ORGANISATION, PERSON, Sense, Value
from turkru.gazetteer.index import PhraseMatch
from turkru.gazetteer.tokens import Tokens, phrase_key, token_norm, tokenize
from turkru.lexicon import Lexicon
from turkru.model.actors import Office, Person, fold_name
from turkru.model.dates import PartialDate

_APPOSITION = re.compile(r"[\s,:]*")
_UNKNOWN_PERSON_RANK = len(KINDS)
_MAX_INITIALS = 3
_APPOSED_REACH = 6  # tokens back from an appositive comma to the role word it closes
_MAX_TITLE = 16  # tokens from a name to the place or body its title after it names
_MEMO_LIMIT = 1 << 16

# shape flags of a token's text
_CAPITALISED = 1
_ALPHA = 2
_UPPER = 4
_LONG = 8
_INITIAL = 16
_PATRONYMIC = 32
_NAME = _CAPITALISED | _ALPHA | _LONG
_NAMES = frozenset(shape for shape in range(64) if shape & _NAME == _NAME)
_BARE_NAMES = frozenset(shape for shape in _NAMES if not shape & _UPPER)
"""The shapes of a name-like word not written in capitals (a surname as a name repeats it)."""
"""Shapes of capitalised alphabetic words of two letters or more: where a person may be named."""


def _shape(piece: str, endings: tuple[str, ...], initials: frozenset[str]) -> int:
    shape = 0
    if piece[:1].isupper():
        shape |= _CAPITALISED
    if piece.isalpha():
        shape |= _ALPHA
        norm = token_norm(piece)
        if norm.endswith(endings):
            shape |= _PATRONYMIC
        if shape & _CAPITALISED and (len(piece) == 1 or (len(piece) == 2 and norm in initials)):
            shape |= _INITIAL
    if piece.isupper():
        shape |= _UPPER
    if len(piece) >= 2:
        shape |= _LONG
    return shape


class _Shapes(dict[str, int]):
    """Shape flags by token text, computed once per distinct text; cleared when it grows large.

    One per lexicon (its patronymic endings and two-letter initials, data/mentions.json)."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__()
        self.endings = lexicon.words("PATRONYMIC_ENDING")
        self.initials = frozenset(lexicon.words("TWO_LETTER_INITIAL"))
        self.currency_after = lexicon.pattern("mentions.currency_after")
        self.qualifiers = frozenset(token_norm(word) for word in lexicon.words("OFFICE_QUALIFIER"))
        self.units = frozenset(token_norm(word) for word in lexicon.words("OFFICE_UNIT"))
        self.joiners = frozenset(token_norm(word) for word in lexicon.words("TITLE_JOINER"))

    def __missing__(self, piece: str) -> int:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        shape = self[piece] = _shape(piece, self.endings, self.initials)
        return shape


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


class _Candidate(NamedTuple):
    first: int
    last: int
    rank: int
    kind: str
    value: Value
    country: str | None


class _Scanner:
    """One scan of one text: the tokens, the candidates found and the selection."""

    def __init__(
        self, text: str, tokens: Tokens, gazetteer: Gazetteer, on: PartialDate | None, shapes: _Shapes
    ) -> None:
        self.text = text
        self.starts, self.ends, self.texts, self.norms = tokens
        self.shapes = list(map(shapes.__getitem__, self.texts))
        self.qualifiers, self.units, self.joiners = shapes.qualifiers, shapes.units, shapes.joiners
        self.gazetteer = gazetteer
        self.index = gazetteer.index
        self.on = on
        self.candidates: list[_Candidate] = []
        self.office_ends: set[int] = set()
        self._people: dict[tuple[str, str], Person] = {}

    def _person(self, surname: str, given: str) -> Person:
        """An unknown person, made once per name and scan."""
        key = (surname, given)
        person = self._people.get(key)
        if person is None:
            person = self._people[key] = Person(surname=surname, given_names=given)
        return person

    # pass 1: phrases --------------------------------------------------------------------------

    def phrases(self) -> None:
        """At each token, the longest known phrase starting there whose capitals fit."""
        trie, norms, shapes, count = self.index.trie, self.norms, self.shapes, len(self.norms)
        append = self.candidates.append
        for position in compress(range(count), map(trie.__contains__, norms)):
            node, last = trie[norms[position]], position
            ends: list[tuple[int, PhraseMatch]] = []
            while True:
                if node.match is not None:
                    ends.append((last, node.match))
                last += 1
                following = node.next.get(norms[last]) if last < count else None
                if following is None:
                    break
                node = following
            for last, found in reversed(ends):
                sense: Sense | None = found.sense
                for offset in found.capitals:
                    if not shapes[position + offset] & _CAPITALISED:
                        sense = found.fallback
                        break
                if sense is None:
                    continue
                candidate = _Candidate(position, last, KIND_RANK[sense.kind], sense.kind, sense.value, sense.country)
                if sense.kind == OFFICE:
                    candidate = self._qualified(candidate)
                    self.office_ends.add(candidate.last)
                append(candidate)
                break

    def _qualified(self, candidate: _Candidate) -> _Candidate:
        """An office title made another post by a qualifier before it ("Acting Foreign Minister",
        "Vice-Governor of ...") or a unit after it ("the Chairman of the Mejlis committee"): a post
        of the same side that the gazetteer does not hold, so no holder of the office is read into it."""
        first, last, norms = candidate.first, candidate.last, self.norms
        if first >= 1 and norms[first - 1] in self.qualifiers:
            first -= 1
        if last + 1 < len(norms) and norms[last + 1] in self.units:
            last += 1
        if (first, last) == (candidate.first, candidate.last):
            return candidate
        title = " ".join(self.text[self.starts[first] : self.ends[last]].split())
        return candidate._replace(first=first, last=last, value=Office(title=title, country=candidate.country))

    # pass 2: people ---------------------------------------------------------------------------

    def people(self) -> None:
        """Known surnames (with what names them before), and unknown people by their shape."""
        surname, texts, shapes, norms = self.index.surname, self.texts, self.shapes, self.norms
        vocabulary = self.index.vocabulary
        for position in compress(range(len(texts)), map(_NAMES.__contains__, shapes)):
            if surname(texts[position]):
                self._known(position)
            elif (  # what _unknown tests first, here without a call for every capitalised word
                position >= 1
                and shapes[position] & (_NAME | _UPPER | _PATRONYMIC) == _NAME
                and norms[position] not in vocabulary
            ):
                self._unknown(position)

    def _initials_before(self, position: int) -> int | None:
        """Where initials (``V.``, ``A.M.``, ``Yu.``) right before *position* start, if any."""
        start = None
        cursor = position - 1
        texts, shapes = self.texts, self.shapes
        for _ in range(_MAX_INITIALS):
            if cursor < 1 or texts[cursor] != "." or not shapes[cursor - 1] & _INITIAL:
                break
            start = cursor - 1
            cursor -= 2
        return start

    def _given_before(self, position: int) -> int | None:
        """Where a capitalised given name (with a patronymic after it) before *position* starts."""
        before = position - 1
        if before < 0:
            return None
        shape = self.shapes[before]
        if shape & (_CAPITALISED | _ALPHA) != _CAPITALISED | _ALPHA:
            return None
        if shape & _PATRONYMIC and before >= 1 and self.shapes[before - 1] & _CAPITALISED:
            return before - 1
        return before

    def _known(self, position: int) -> None:
        surname = self.texts[position]
        person: Person | None = None
        first = position
        initials = self._initials_before(position)
        given = self._given_before(position)
        if initials is not None:
            letters = self.text[self.starts[initials] : self.ends[position - 1]]
            person = self.gazetteer.match_person(surname, letters)
            if person is None:
                person = self._person(surname, letters.replace(" ", ""))
            first = initials
        elif given is not None:
            given_text = self.texts[given]
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
        return self.shapes[position] & (_NAME | _UPPER) == _NAME and self.norms[position] not in self.index.vocabulary

    def _unknown(self, position: int) -> None:
        if position < 1 or not self._name_like(position) or self.shapes[position] & _PATRONYMIC:
            return
        initials = self._initials_before(position)
        if initials is not None:
            letters = self.text[self.starts[initials] : self.ends[position - 1]]
            self._add_unknown(initials, position, letters.replace(" ", ""))
            return
        given = self._given_before(position)
        if given is None:
            return
        if self.index.surname(self.texts[given]):
            return
        if self.norms[given] in self.index.given_names or (
            self._introduced(given) and self._name_like(given) and self.index.looks_like_surname(self.texts[position])
        ):
            self._add_unknown(given, position, self.texts[given])

    def _introduced(self, position: int) -> bool:
        """Whether a role word (``Minister``, ``Mr.``) or an office comes right before *position*,
        or a role phrase set off by a comma ("the Consul of Turkmenistan, <Given> <Surname>")."""
        before = position - 1
        if before >= 1 and self.norms[before] == ".":
            before -= 1
        if before < 0:
            return False
        if self.norms[before] in self.index.roles or before in self.office_ends:
            return True
        return self.norms[before] == "," and self._role_before_comma(before)

    def _role_before_comma(self, comma: int) -> bool:
        """Whether a role phrase ends at *comma*: a role word or office, then only capitalised
        words and linking words up to the comma ("Consul of Turkmenistan,", "Ambassador of Russia,")."""
        for cursor in range(comma - 1, max(-1, comma - 1 - _APPOSED_REACH), -1):
            if cursor in self.office_ends or self.norms[cursor] in self.index.roles:
                return True
            if not (self.shapes[cursor] & _CAPITALISED or self.norms[cursor] in self.joiners):
                return False
        return False

    def _add_unknown(self, first: int, last: int, given: str) -> None:
        person = self._person(self.texts[last], given)
        self.candidates.append(_Candidate(first, last, _UNKNOWN_PERSON_RANK, PERSON, person, None))

    # pass 3: selection ------------------------------------------------------------------------

    def select(self) -> list[_Candidate]:
        """The longest candidates first (then by rank and position), never two on one token."""
        starts, ends = self.starts, self.ends
        ordered = sorted(
            self.candidates,
            key=lambda c: (starts[c.first] - ends[c.last], c.rank, c.first),
        )
        taken = bytearray(len(starts))
        chosen: list[_Candidate] = []
        for candidate in ordered:
            first, stop = candidate.first, candidate.last + 1
            if taken.find(1, first, stop) >= 0:
                continue
            taken[first:stop] = b"\x01" * (stop - first)
            chosen.append(candidate)
        chosen.sort(key=lambda c: c.first)
        return [self._with_context(chosen, number) for number in range(len(chosen))]

    def _adjacent(self, left: _Candidate, right: _Candidate) -> bool:
        gap = self.text[self.ends[left.last] : self.starts[right.first]]
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
                self._adjacent(other, candidate) if other.first < candidate.first else self._adjacent(candidate, other)
            )
        ]
        person = candidate.value
        if person.given_names is None:
            person = self._resolve(person, offices, candidate.first)
        elif candidate.rank == _UNKNOWN_PERSON_RANK:
            person = self._former_holder(person, offices)
        if person.country is None:
            country = next((office.country for office in offices if office.country), None)
            if country is None and number + 1 < len(chosen):
                country = self._title_after(candidate, chosen[number + 1])
            if country is None and number >= 1:
                country = self._title_before(chosen[number - 1], candidate) or self._country_title(
                    chosen[:number], candidate
                )
            if country is not None:
                person = attrs.evolve(person, country=country)
        if person is candidate.value:
            return candidate
        return candidate._replace(value=person, country=person.country)

    def _title_after(self, person: _Candidate, following: _Candidate) -> str | None:
        """The side of a title written after a name, up to the place, region, office or body it
        names ("X, Vice-Governor and Chairman of the Government of the Astrakhan Region"): after a
        comma, a role word, then only capitalised words and the small words of titles."""
        first, stop = person.last + 1, following.first
        if following.country is None or not first + 1 < stop <= first + _MAX_TITLE:
            return None
        if self.norms[first] != "," or self.norms[first + 1] not in self.index.roles:
            return None
        for position in range(first + 2, stop):
            norm = self.norms[position]
            if norm not in self.joiners and not (self.shapes[position] & _CAPITALISED and norm[:1].isalpha()):
                return None
        return following.country

    def _title_before(self, body: _Candidate, person: _Candidate) -> str | None:
        """The side of a title written before a name that ends in the body, place or country it
        names ("Chairman of the Chamber of Commerce and Industry of Turkmenistan N. Amannepesov"):
        a role word, "of" or "the", then only capitalised words and the small words of titles."""
        first = body.first
        if body.country is None or body.kind in (PERSON, OFFICE) or not self._adjacent(body, person):
            return None
        if first < 2 or self.norms[first - 1] not in self.joiners:
            return None
        for position in range(first - 2, max(-1, first - 2 - _MAX_TITLE), -1):
            norm = self.norms[position]
            if norm in self.index.roles:
                return body.country
            if norm not in self.joiners and not (self.shapes[position] & _CAPITALISED and norm[:1].isalpha()):
                return None
        return None

    def _country_title(self, before: list[_Candidate], person: _Candidate) -> str | None:
        """The side of a title the gazetteer does not know, opened by a country's name or adjective
        ("Russian Deputy Minister of Energy X", "Turkmenistan's Minister of Textile Industry, X"):
        capitalised words and the small words of titles, a role word among them, up to the name
        (or a comma before it); names of goods or bodies inside the title are part of it."""
        country = next((c for c in reversed(before) if c.kind not in (COMMODITY, BODY, ORGANISATION)), None)
        if country is None or country.kind != "country" or country.country is None:
            return None
        first, stop = country.last + 1, person.first
        if stop > first and self.norms[stop - 1] == ",":
            stop -= 1  # "the Turkmen Deputy Minister of Trade, X"
        if not first < stop <= first + _MAX_TITLE or not self.shapes[first] & _CAPITALISED:
            return None
        if "\n" in self.text[self.ends[country.last] : self.starts[person.first]]:
            return None
        role = False
        for position in range(first, stop):
            norm = self.norms[position]
            if not (self.shapes[position] & _CAPITALISED and norm[:1].isalpha()) and norm not in self.joiners:
                return None
            role = role or norm in self.index.roles
        return country.country if role else None

    def _former_holder(self, person: Person, offices: list[Office]) -> Person:
        """An unknown name beside an office that one of its holders' names begins, given name and
        all ("President Vladimir Putinwith", words run together in a scraped page): that holder."""
        folded = fold_name(person.surname)
        for office in offices:
            for holder in self.gazetteer.ever_held(office):
                spellings = {fold_name(name) for name in (holder.surname, *holder.variants)}
                if any(len(key) >= 4 and folded.startswith(key) for key in spellings) and (
                    self.gazetteer.match_person(holder.surname, person.given_names) == holder
                ):
                    return holder
        return person

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


_last: list[tuple[str, int, int, Tokens]] = []
"""The last text tokenized here, its bounds and its tokens: with_repeated_names reads the text
find_mentions has just read (the tokens are only read, never changed)."""


def _tokens(text: str, begin: int, stop: int) -> Tokens:
    last = _last[-1] if _last else None
    if last is not None and last[0] is text and last[1:3] == (begin, stop):
        return last[3]
    tokens = tokenize(text, begin, stop)
    _last[:] = [(text, begin, stop, tokens)]
    return tokens


def find_mentions(
    text: str,
    gazetteer: Gazetteer,
    *,
    start: int = 0,
    end: int | None = None,
    on: PartialDate | None = None,
    lexicon: Lexicon | None = None,
) -> list[Mention]:
    """The mentions in ``text[start:end]``, in order, non-overlapping, with offsets into *text*.

    Where candidates overlap the longest wins (``Russian Foreign Minister`` over ``Russian``).
    *on*, the date the text speaks of, lets a bare shared surname after an office or role
    word resolve to the person holding it then (``President Berdimuhamedov`` in 2023).
    *lexicon* gives how names are written (None: the default).
    """
    if not isinstance(text, str):
        raise ParseError(f"find_mentions: expected text as str, got {type(text).__name__}")
    begin, stop, _ = slice(start, end).indices(len(text))
    shapes = (lexicon or Lexicon.default()).derive(_Shapes)
    scanner = _Scanner(text, _tokens(text, begin, max(begin, stop)), gazetteer, on, shapes)
    scanner.phrases()
    scanner.people()
    starts, ends = scanner.starts, scanner.ends
    mentions = []
    for candidate in scanner.select():
        first, last = starts[candidate.first], ends[candidate.last]
        if candidate.kind == "country" and shapes.currency_after.match(text, last):
            continue  # "US $ 107 million", "U.S. dollars": a currency, not the country
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


def with_repeated_names(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, lexicon: Lexicon | None = None
) -> list[Mention]:
    """*mentions* of *text* and the bare surnames of the people the gazetteer does not know, named
    in full there ("Denis Afanasyev ... Afanasyev met ..."), each as the person of its full name
    with its side; a surname two such people share names neither. Across lines, unlike
    :func:`find_mentions` (which reads each line on its own)."""
    named: dict[str, Mention | None] = {}
    for mention in mentions:
        person = mention.value
        if mention.kind != PERSON or not isinstance(person, Person) or person.given_names is None:
            continue
        if gazetteer.index.surname(person.surname) or mention.text.strip() == person.surname:
            continue
        key = fold_name(person.surname)
        earlier = named.get(key, mention)
        named[key] = mention if earlier is not None and earlier.value == person else None
    if not any(named.values()):
        return mentions
    shapes = (lexicon or Lexicon.default()).derive(_Shapes)
    starts, ends, texts, norms = _tokens(text, 0, len(text))
    taken = bytearray(len(text) + 1)
    for mention in mentions:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    vocabulary = gazetteer.index.vocabulary
    added = []
    for position in compress(range(len(texts)), map(_BARE_NAMES.__contains__, map(shapes.__getitem__, texts))):
        start, piece = starts[position], texts[position]
        if taken[start] or norms[position] in vocabulary:
            continue
        full = named.get(fold_name(piece))
        if full is not None:
            added.append(attrs.evolve(full, start=start, end=ends[position], text=piece))
    return sorted(mentions + added, key=lambda mention: mention.start) if added else mentions
