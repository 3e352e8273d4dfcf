"""Invariants of the shipped gazetteer data: consistent terms, people and vocabulary."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

import pytest

from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office, Term, fold_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


class TestTerms:
    """Terms of single offices follow one another; every holder has a side."""

    def test_single_offices_do_not_overlap(self, gaz: Gazetteer) -> None:
        """Sorted by start, each term ends no later than the next one starts (sharing only the edge)."""
        single = {entry.office for entry in gaz.offices if entry.single}
        by_office: dict[Office, list[Term]] = defaultdict(list)
        for term in gaz.terms:
            if term.office in single:
                by_office[term.office].append(term)
        for office, terms in by_office.items():
            starts = {term: term.start for term in terms if term.start is not None}
            assert len(starts) == len(terms), f"{office}: a term has no start"
            terms.sort(key=lambda term: starts[term].earliest)
            for before, after in pairwise(terms):
                assert before.end is not None, (
                    f"{office}: {before.person} has no end but {after.person} follows"
                )
                assert before.end.earliest <= starts[after].latest, (
                    f"{office}: {before.person} overlaps {after.person}"
                )

    def test_holders_have_a_country(self, gaz: Gazetteer) -> None:
        """Every person holding an office belongs to a side."""
        assert all(term.person.country for term in gaz.terms)

    def test_every_office_is_named_by_its_title(self, gaz: Gazetteer) -> None:
        """office(title) finds each office, and its id finds it too."""
        for entry in gaz.offices:
            assert gaz.office(entry.office.title) == entry.office
            assert gaz.office(entry.id) == entry.office


class TestPeople:
    """People's names do not collide with the rest of the vocabulary."""

    def test_surnames_are_not_vocabulary(self, gaz: Gazetteer) -> None:
        """No known surname is a word of a place, office, party or other phrase."""
        vocabulary = {fold_name(word) for word in gaz.index.vocabulary}
        clashes = {
            entry.person.surname for entry in gaz.people if fold_name(entry.person.surname) in vocabulary
        }
        assert clashes == set()

    def test_ids_unique(self, gaz: Gazetteer) -> None:
        """Person and office ids are unique."""
        assert len({entry.id for entry in gaz.people}) == len(gaz.people)
        assert len({entry.id for entry in gaz.offices}) == len(gaz.offices)

    def test_given_names_resolve(self, gaz: Gazetteer) -> None:
        """Every person with a given name is found by given name and surname."""
        for entry in gaz.people:
            if entry.person.given_names:
                assert gaz.person(entry.person.full_name) == entry.person
