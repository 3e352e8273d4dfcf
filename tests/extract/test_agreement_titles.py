"""Where an agreement's title begins and ends."""

from __future__ import annotations

import pytest

from turkru.extract.agreement_titles import complement, premodifiers


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
        assert complement(tail) == expected

    def test_relative_signing_is_skipped(self) -> None:
        """'that was just signed on X': the subject after the relative clause is the title."""
        assert complement(" that was just signed on mutual protection of investment is valuable").strip() == (
            "on mutual protection of investment"
        )

    def test_possessive_countries_kept(self) -> None:
        """'between the two countries' ministries' names who cooperates: it stays."""
        tail = " for cooperation between the two countries' customs services"
        assert complement(tail) == tail


class TestPremodifiers:
    def test_draft_is_not_part_of_the_name(self) -> None:
        """'the draft agreement': 'draft' marks the stage, not the name."""
        text = "They discussed the draft "
        assert premodifiers(text, len(text)) == []

    def test_words_of_the_name(self) -> None:
        """Noun modifiers before the document noun belong to its name."""
        text = "Both firms confirmed a long-term gas supply "
        assert premodifiers(text, len(text)) == ["long-term", "gas", "supply"]
