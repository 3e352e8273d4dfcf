"""Tests for turkru.model.actors: places, parties, people, offices and terms."""

from __future__ import annotations

import pytest
from hypothesis import given

from strategies import people, terms
from turkru.errors import InvalidDateError, InvalidRecordError
from turkru.model.actors import Office, Party, PartyKind, Person, Place, Term, fold_name
from turkru.model.dates import PartialDate


class TestFoldName:
    """fold_name makes one key for the usual Latin spellings of a surname."""

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("Berdimuhamedov", "berdimuhamedov"),
            ("Berdymukhammedov", "berdimuhamedov"),
            ("Berdimuhamedow", "berdimuhamedov"),
            ("Sergey Lavrov", "lavrov"),
            ("Dzhumayev", "jumaiev"),
            ("", ""),
            ("—", ""),
        ],
    )
    def test_examples(self, name: str, key: str) -> None:
        """Spelling variants fold to the same key; the last word is the surname."""
        assert fold_name(name) == key

    def test_accents(self) -> None:
        """Accents are stripped before folding."""
        assert fold_name("Meredów") == fold_name("Meredov")


class TestPlaceAndParty:
    """Names must be text; countries must be ISO alpha-2 codes."""

    def test_bad_country(self) -> None:
        """A lower-case or long code is refused, naming the field."""
        with pytest.raises(InvalidRecordError) as caught:
            Place(name="Ashgabat", country="tm")
        assert str(caught.value) == "country: 'tm' is not an ISO 3166-1 alpha-2 country code"

    def test_blank_name(self) -> None:
        """A blank name is refused."""
        with pytest.raises(InvalidRecordError) as caught:
            Place(name="  ")
        assert str(caught.value) == "name: '  ' is not a non-empty string"

    def test_party_kind_checked(self) -> None:
        """A party's kind must be a PartyKind; the error is ours, naming the allowed values."""
        with pytest.raises(InvalidRecordError) as caught:
            Party(name="Gazprom", kind="company")  # type: ignore[arg-type]
        assert str(caught.value) == (
            "kind: 'company' is not one of 'country', 'region', 'ministry', 'company', 'organisation'"
        )

    def test_of_country(self) -> None:
        """A whole-country party is named by its code and belongs to itself."""
        party = Party.of_country("RU")
        assert (party.name, party.kind, party.country) == ("RU", PartyKind.COUNTRY, "RU")
        assert str(party) == "RU"


class TestPerson:
    """A person is identified by folded surname, given names and country."""

    def test_spelling_ignored(self) -> None:
        """Two spellings of one surname are the same person, variants aside."""
        one = Person(surname="Berdymukhamedov", country="TM", variants=["Berdimuhamedow"])
        other = Person(surname="Berdimuhamedov", country="TM")
        assert one == other
        assert hash(one) == hash(other)

    def test_given_names_distinguish(self) -> None:
        """Father and son with the same surname differ."""
        assert Person(surname="Berdimuhamedov", given_names="Serdar") != Person(
            surname="Berdimuhamedov", given_names="Gurbanguly"
        )

    def test_full_name(self) -> None:
        """full_name puts given names first, when known."""
        assert Person(surname="Meredov", given_names="Rashid").full_name == "Rashid Meredov"
        assert str(Person(surname="Meredov")) == "Meredov"

    @given(people())
    def test_key_is_fold(self, person: Person) -> None:
        """The identity key is the folded surname."""
        assert person.key == fold_name(person.surname)


class TestTerm:
    """A term's end is not before its start, and covers() respects both."""

    office = Office(title="Minister of Foreign Affairs", country="TM")
    person = Person(surname="Meredov", country="TM")

    def test_end_without_start(self) -> None:
        """An end needs a start; the message names the person and the office."""
        with pytest.raises(InvalidDateError) as caught:
            Term(office=self.office, person=self.person, end=PartialDate(2020))
        assert (
            str(caught.value)
            == "Term of Meredov as Minister of Foreign Affairs: end 2020 given without a start"
        )

    def test_end_before_start(self) -> None:
        """An end before the start is refused."""
        with pytest.raises(InvalidDateError):
            Term(office=self.office, person=self.person, start=PartialDate(2001), end=PartialDate(2000))

    def test_covers(self) -> None:
        """covers() is true only for dates wholly inside the term."""
        term = Term(office=self.office, person=self.person, start=PartialDate(2001, 7), end=PartialDate(2020))
        assert term.covers(PartialDate(2010, 5, 1))
        assert not term.covers(PartialDate(2001))
        assert not term.covers(PartialDate(2021, 1))
        assert Term(office=self.office, person=self.person).covers(PartialDate(1990))

    @given(terms())
    def test_generated_terms_cover_their_last_day(self, term: Term) -> None:
        """A term with a start covers the last day it may run to (its end's, or its start's)."""
        if term.start is not None:
            last = (term.end or term.start).latest
            assert term.covers(PartialDate.from_date(last))
