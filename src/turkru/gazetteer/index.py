"""Lookup tables built once per gazetteer: phrases by normal form, people by folded surname."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from turkru.gazetteer.entries import (
    OFFICE,
    PERSON,
    PROPER_KINDS,
    OfficeEntry,
    PersonEntry,
    PhraseEntry,
    Sense,
)
from turkru.gazetteer.tokens import iter_tokens, normalize_word, phrase_key
from turkru.model.actors import fold_name

_fold = functools.lru_cache(maxsize=1 << 16)(fold_name)
"""fold_name, cached: the mention finder folds every capitalised word of a text."""


_MIN_FUZZY = 8
"""Surnames of this many folded letters or more match a spelling with one vowel off."""
_MEMO_LIMIT = 1 << 16
_VOWELS = frozenset("aeiou")
_KEPT_START, _KEPT_END = 2, 3
"""A surname's first two and last three letters are never the vowel off (Orazov, Orazova)."""


def _near_keys(fold: str) -> list[tuple[str, str]]:
    """For each vowel of a folded surname from its third letter to before its last three: the
    surname with that vowel changed (``*`` in its place) and with it left out."""
    return [
        (f"{fold[:index]}*{fold[index + 1 :]}", f"{fold[:index]}{fold[index + 1 :]}")
        for index in range(_KEPT_START, len(fold) - _KEPT_END)
        if fold[index] in _VOWELS
    ]


class PhraseMatch(NamedTuple):
    """How a known phrase met in a text is read: its best sense, unless its capitals are missing.

    ``capitals`` are the token offsets the text must capitalise for ``sense`` (a proper noun);
    when one is not capitalised the phrase means ``fallback``, its best common-noun sense, or
    nothing when it has none.
    """

    sense: Sense
    capitals: tuple[int, ...]
    fallback: Sense | None


class PhraseNode:
    """A step through the phrase trie: the known phrases going on with each next word, and
    how the phrase ending here is read (None when no known phrase ends here)."""

    __slots__ = ("match", "next")

    def __init__(self) -> None:
        self.next: dict[str, PhraseNode] = {}
        self.match: PhraseMatch | None = None


def _capitals(phrase: str) -> frozenset[int]:
    """Positions of the phrase's tokens that start with a capital letter."""
    return frozenset(index for index, token in enumerate(iter_tokens(phrase)) if token.text[:1].isupper())


@functools.lru_cache(maxsize=1 << 12)
def _first_word(name: str) -> str:
    key = phrase_key(name)
    return next((part for part in key if part[:1].isalnum()), "")


class Index:
    """The gazetteer's knowledge arranged for fast lookup; built by :class:`Gazetteer`, read-only."""

    def __init__(
        self,
        people: Iterable[PersonEntry],
        offices: Iterable[OfficeEntry],
        phrases: Iterable[PhraseEntry],
        *,
        given_names: Iterable[str] = (),
        roles: Iterable[str] = (),
        not_names: Iterable[str] = (),
        surname_endings: Iterable[str] = (),
    ) -> None:
        senses: dict[tuple[str, ...], dict[Sense, None]] = defaultdict(dict)
        for office_entry in offices:
            office = office_entry.office
            for phrase in office_entry.phrases:
                senses[phrase_key(phrase)][Sense(OFFICE, office, office.country)] = None
        capitals: dict[tuple[str, ...], frozenset[int]] = {}
        for entry in phrases:
            for phrase in entry.phrases:
                key = phrase_key(phrase)
                senses[key][entry.sense] = None
                if entry.sense.kind in PROPER_KINDS:
                    # a position must be capitalised in the text if every spelling capitalises it
                    capitals[key] = capitals.get(key, _capitals(phrase)) & _capitals(phrase)
        self._capitals = capitals
        self._senses = {
            key: tuple(sorted(found, key=lambda sense: sense.rank)) for key, found in senses.items() if key
        }
        root = PhraseNode()
        for key, found in self._senses.items():
            node = root
            for norm in key:
                node = node.next.get(norm) or node.next.setdefault(norm, PhraseNode())
            node.match = self._match(key, found)
        self.trie: dict[str, PhraseNode] = root.next
        """The known phrases as a trie of normal forms, by their first word (see :class:`PhraseNode`)."""
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self._senses:
            lengths[key[0]].add(len(key))
        self._lengths = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}

        surnames: dict[str, list[PersonEntry]] = defaultdict(list)
        self._given: dict[str, frozenset[str]] = {}
        known_given: set[str] = set()
        for person_entry in people:
            person = person_entry.person
            folds = {fold_name(name) for name in (person.surname, *person.variants)} - {""}
            for fold in folds:
                surnames[fold].append(person_entry)
            firsts = {_first_word(name) for name in person_entry.given_variants} - {""}
            known_given |= firsts
            self._given[person_entry.id] = frozenset(fold_name(name) for name in firsts)
        self._surnames = {key: tuple(entries) for key, entries in surnames.items()}
        self._near: dict[str, dict[str, None]] = defaultdict(dict)
        """Folded surnames by the keys of their one-vowel misspellings (see :meth:`_near_keys`)."""
        for fold in self._surnames:
            if len(fold) >= _MIN_FUZZY:
                for changed, dropped in _near_keys(fold):
                    self._near[changed][fold] = None
                    self._near[dropped][fold] = None
        self._misspelt: dict[str, tuple[PersonEntry, ...]] = {}

        self.given_names: frozenset[str] = frozenset(known_given | {normalize_word(n) for n in given_names})
        """Normal forms of words that are given names (from the list and from known people)."""
        self.roles: frozenset[str] = frozenset(normalize_word(role) for role in roles)
        """Normal forms of words that introduce a name: ``minister``, ``ambassador``, ``mr``."""
        self.surname_endings: tuple[str, ...] = tuple(sorted({normalize_word(e) for e in surname_endings}))
        """Normal forms of endings typical of surnames (``ov``, ``enko``)."""
        vocabulary = {normalize_word(word) for word in not_names} | self.roles
        for key, found in self._senses.items():
            if any(sense.kind != PERSON for sense in found):
                vocabulary.update(part for part in key if part[:1].isalnum())
        self.vocabulary: frozenset[str] = frozenset(vocabulary)
        """Normal forms of words that are never a surname: words of place, office and other names."""

    def _match(self, key: tuple[str, ...], senses: tuple[Sense, ...]) -> PhraseMatch:
        best = senses[0]
        if best.kind not in PROPER_KINDS:
            return PhraseMatch(best, (), None)
        fallback = next((sense for sense in senses if sense.kind not in PROPER_KINDS), None)
        return PhraseMatch(best, tuple(sorted(self.capitals(key))), fallback)

    def looks_like_surname(self, word: str) -> bool:
        """Whether a word ends like a surname (``Elizarov``, ``Rudenko``)."""
        return normalize_word(word).endswith(self.surname_endings) and len(word) > 3

    def senses(self, key: tuple[str, ...]) -> tuple[Sense, ...]:
        """The senses of a phrase given by its normal form, best first; empty when unknown."""
        return self._senses.get(key, ())

    def capitals(self, key: tuple[str, ...]) -> frozenset[int]:
        """Token positions a proper-noun phrase capitalises in every known spelling."""
        return self._capitals.get(key, frozenset())

    def lengths(self, first: str) -> tuple[int, ...]:
        """Token lengths of the known phrases starting with the normal form *first*, longest first."""
        return self._lengths.get(first, ())

    def surname(self, word: str) -> tuple[PersonEntry, ...]:
        """Known people whose surname (or a variant) folds like *word*, or, for a long surname,
        is spelt with one vowel dropped, added or changed inside it ("Berdmuhamedov") when that
        points to one known surname only."""
        folded = _fold(word)
        found = self._surnames.get(folded)
        if found is not None:
            return found
        if len(folded) < _MIN_FUZZY - 1 or not self._near:
            return ()
        known = self._misspelt.get(folded)
        if known is None:
            if len(self._misspelt) >= _MEMO_LIMIT:
                self._misspelt.clear()
            known = self._misspelt[folded] = self._near_surname(folded)
        return known

    def _near_surname(self, folded: str) -> tuple[PersonEntry, ...]:
        """The known people of the one long surname *folded* is a one-vowel misspelling of."""
        folds = dict(self._near.get(folded, {}))  # the text left a vowel out
        for changed, dropped in _near_keys(folded):
            folds.update(self._near.get(changed, {}))  # the text changed a vowel
            if len(dropped) >= _MIN_FUZZY and dropped in self._surnames:
                folds[dropped] = None  # the text added a vowel
        if len(folds) != 1:
            return ()
        (fold,) = folds
        return self._surnames[fold]

    def given_matches(self, entry: PersonEntry, given: str) -> bool:
        """Whether a given name (``'Rasit'``) or an initial (``'R'``, ``'R.'``) fits the person."""
        first = _first_word(given)
        if not first:
            return False
        folds = self._given.get(entry.id, frozenset())
        if len(first) == 1 or (len(first) == 2 and given.rstrip().endswith(".")):
            prefix = _fold(first)
            return bool(prefix) and any(name.startswith(prefix) for name in folds)
        return _fold(first) in folds
