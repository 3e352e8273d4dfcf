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


class TestNextClause:
    @pytest.mark.parametrize(
        ("tail", "expected"),
        [
            (" on veterinary control and discussed grain shipments.", " on veterinary control"),
            (" on water resources and exchanged views on the Aral Sea.", " on water resources"),
            (" on youth exchanges and also agreed to meet in autumn.", " on youth exchanges"),
        ],
    )
    def test_and_a_new_verb_ends_the_title(self, tail: str, expected: str) -> None:
        """'and discussed ...', 'and exchanged views ...': what the sides did next is no part of the title."""
        assert complement(tail).words == expected

    def test_and_between_subjects_stays(self) -> None:
        """'and' joining two subjects of the document is kept: no verb of a new clause follows it."""
        assert complement(" on trade and investment protection.").words == " on trade and investment protection"


class TestPassiveParties:
    def test_two_governments_add_nothing(self) -> None:
        """'was signed between the two governments in 2015': nothing of it joins the title."""
        found = complement(" on labour migration was signed between the two governments in ")
        assert found.words == " on labour migration"

    def test_named_parties_join_the_title(self) -> None:
        """A variant naming the signers: 'was signed between the port of Turkmenbashi and Ust-Luga'."""
        found = complement(" on ferry traffic was signed between the port of Turkmenbashi and Ust-Luga in ")
        assert found.words == " on ferry traffic between the port of Turkmenbashi and Ust-Luga"

    def test_governments_of_named_states_stay(self) -> None:
        """'between the governments of A and B' names who signs: it is no empty phrase."""
        tail = " for cooperation between the governments of Turkmenistan and the Russian Federation."
        assert complement(tail).words == tail.rstrip(".")


class TestTrailingParty:
    def test_party_after_the_subject_left_out(self) -> None:
        """'on the offshore block with the Turkmen government': who it was made with is no part of the title."""
        found = complement(" on the offshore block with the Turkmen government in ")
        assert found.words == " on the offshore block"
        assert found.parties is not None

    def test_named_company_left_out(self) -> None:
        """A variant: a company named after the subject ('on well repairs with Turkmennebit')."""
        assert complement(" on well repairs with Turkmennebit.").words == " on well repairs"

    def test_common_noun_after_with_stays(self) -> None:
        """'cooperation with third countries' is the subject itself, not a party."""
        tail = " on cooperation with neighbouring countries."
        assert complement(tail).words == tail.rstrip(".")


class TestOtherBounds:
    def test_at_the_level_stays(self) -> None:
        """'at the school level' names the scope; 'at the' ends a title only before an occasion."""
        assert complement(" on direct contacts at the school level.").words == " on direct contacts at the school level"

    def test_at_the_meeting_ends(self) -> None:
        """The negative: 'at the meeting' is where it was signed."""
        assert complement(" on direct contacts at the meeting.").words == " on direct contacts"

    def test_dash_before_a_new_clause(self) -> None:
        """A dash followed by 'in Ashgabat it will ...' starts a new clause."""
        assert complement(" on sister schools \u2013 in Mary it will be a lyceum").words == " on sister schools"

    def test_reduced_relative_clause(self) -> None:
        """'... a locomotive built by the plant': the maker is no part of the title."""
        assert complement(" for the supply of a shunting locomotive built by a Russian plant").words == (
            " for the supply of a shunting locomotive"
        )
