"""Where an agreement's title begins and ends."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru.extract.agreement_titles import _last_words, complement, premodifiers


class TestLastWords:
    """The words before a document noun are read from a bounded window, never the whole sentence."""

    @given(st.text(st.sampled_from("ab \t\n"), max_size=300), st.integers(0, 300), st.integers(1, 6))
    def test_same_as_splitting_everything_before(self, text: str, end: int, count: int) -> None:
        """The window gives exactly the last words of the whole text before *end*."""
        end = min(end, len(text))
        assert _last_words(text, end, count) == text[:end].split()[-count:]


class TestComplement:
    @pytest.mark.parametrize(
        ("tail", "expected"),
        [
            (" on grain exports between the two countries, the ministry said", " on grain exports"),
            (" on energy between their two states was welcomed", " on energy"),
            (" to build a refinery in Balkanabat.", " to build a refinery in Balkanabat"),
            (" on cultural exchanges that was just signed", " on cultural exchanges"),
            (" on visas expired last year", " on visas"),
        ],
    )
    def test_bounded(self, tail: str, expected: str) -> None:
        """The title stops before 'between the two countries', a verb or a relative clause."""
        assert complement(tail).words == expected

    def test_relative_signing_is_skipped(self) -> None:
        """'that was just signed on X': the subject after the relative clause is the title."""
        assert complement(" that was just signed on mutual protection of investment is valuable").words.strip() == (
            "on mutual protection of investment"
        )

    def test_possessive_countries_kept(self) -> None:
        """'between the two countries' ministries' names who cooperates: it stays."""
        tail = " for cooperation between the two countries' customs services"
        assert complement(tail).words == tail


class TestPremodifiers:
    def test_draft_is_not_part_of_the_name(self) -> None:
        """'the draft agreement': 'draft' marks the stage, not the name."""
        text = "They discussed the draft "
        assert premodifiers(text, len(text)) == []

    def test_words_of_the_name(self) -> None:
        """Noun modifiers before the document noun belong to its name."""
        text = "Both firms confirmed a long-term gas supply "
        assert premodifiers(text, len(text)) == ["long-term", "gas", "supply"]


class TestPartiesAndSums:
    def test_party_list_left_out(self) -> None:
        """'between A, B and C on X': the subject is the title, the parties lie beside it."""
        tail = (
            " between the Ministry of Water of Turkmenistan, Turkmensuw and the A.N. Kosygin Institute for"
            " Hydraulics (VNIIG) on joint studies of the river delta."
        )
        found = complement(tail)
        assert found.words == " on joint studies of the river delta"
        assert found.parties is not None
        assert "Kosygin Institute" in tail[found.parties[0] : found.parties[1]]

    def test_with_a_party_before_the_subject(self) -> None:
        """A second wording: 'a deal with the port authority for dredging the harbour'."""
        found = complement(" with the port authority for dredging the harbour.")
        assert found.words == " for dredging the harbour"

    def test_with_and_no_subject_kept(self) -> None:
        """'a contract with the Turkmengaz company' names no other subject: the party stays."""
        assert complement(" with the rail company, which is planned").words == " with the rail company"

    def test_sum_left_out(self) -> None:
        """'a contract for over $80 million for the supply of pumps': the sum is not the subject."""
        assert complement(" for over $80 million for the supply of pumps.").words == " for the supply of pumps"


class TestLists:
    @pytest.mark.parametrize(
        ("tail", "expected"),
        [
            (" for the repair of schools, clinics and roads.", " for the repair of schools, clinics and roads"),
            (" on sport, tourism, and youth policy.", " on sport, tourism, and youth policy"),
        ],
    )
    def test_list_goes_on(self, tail: str, expected: str) -> None:
        """A list of nouns after a comma stays in the title."""
        assert complement(tail).words == expected

    def test_clause_after_comma_stops(self) -> None:
        """', and discussed trade' is a new clause, not a list item."""
        assert complement(" on education, and discussed trade.").words == " on education"

    def test_short_words_inside_longer_ones(self) -> None:
        """'is' and 'as' end a title as words, not inside 'issue' or 'assistance'."""
        assert complement(" on the issue of technical assistance.").words == " on the issue of technical assistance"


class TestJoinedModifiers:
    def test_and_between_modifiers(self) -> None:
        """'purchase and sale contract': both modifiers belong to the name."""
        text = "They ended the ten-year purchase and sale "
        assert premodifiers(text, len(text)) == ["ten-year", "purchase", "and", "sale"]
