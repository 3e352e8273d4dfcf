"""Consultations between the two sides' ministries: meetings, their heads, and the trips they imply."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import AnyRecord, Meeting, Status, Visit

MINISTRIES = "Consultations between the foreign ministries of Turkmenistan and Russia were held in {} on 1 March 2024."
HEADS = (
    "The Russian delegation was headed by Deputy Foreign Minister Andrei Rudenko, the Turkmen one by "
    "Deputy Foreign Minister Vepa Hajiyev."
)


def records_of(text: str) -> tuple[AnyRecord, ...]:
    return parse_article(text, published="2024-03-05").records


def meetings(records: tuple[AnyRecord, ...]) -> list[Meeting]:
    return [record for record in records if isinstance(record, Meeting)]


def visits(records: tuple[AnyRecord, ...]) -> list[Visit]:
    return [record for record in records if isinstance(record, Visit)]


class TestConsultations:
    @pytest.mark.parametrize(
        "text",
        [
            "Political consultations between the foreign ministries of Russia and Turkmenistan took place "
            "in Ashgabat on 1 March 2024.",
            "On 1 March 2024 the foreign ministries of Turkmenistan and Russia held consultations on consular "
            "issues in Moscow.",
        ],
    )
    def test_ministries_are_no_ministers(self, text: str) -> None:
        """Consultations of the ministries, no one named: a meeting with roles, not the two ministers."""
        (meeting,) = meetings(records_of(text))
        assert meeting.participants == ()
        assert meeting.roles and meeting.status is Status.HELD

    @pytest.mark.parametrize(
        "text",
        [
            "Inter-ministerial consultations between Turkmenistan and Russia were held in Ashgabat on 1 March 2024.",
            "Talks between Russia and Turkmenistan took place in Moscow on 1 March 2024.",
        ],
    )
    def test_talks_between_the_two_countries(self, text: str) -> None:
        """Talks 'between' the two countries with no one named are a meeting all the same."""
        (meeting,) = meetings(records_of(text))
        assert meeting.participants == () and meeting.roles

    def test_talks_with_a_third_country_are_no_meeting(self) -> None:
        text = "Consultations between Turkmenistan and Iran were held in Ashgabat on 1 March 2024."
        assert not meetings(records_of(text))

    def test_heads_named_next_sentence(self) -> None:
        text = f"Consultations between Turkmenistan and Russia were held in Ashgabat on 1 March 2024. {HEADS}"
        (meeting,) = meetings(records_of(text))
        assert {person.surname for person in meeting.participants} == {"Rudenko", "Hajiyev"}


class TestDelegationHeadedBy:
    def test_the_side_at_home_made_no_trip(self) -> None:
        """Talks in Moscow: the Russian delegation's head is no visitor; the Turkmen one travelled."""
        text = f"{MINISTRIES.format('Moscow')} {HEADS}"
        found = visits(records_of(text))
        assert [(v.delegation_of, v.host) for v in found] == [(TURKMENISTAN, RUSSIA)]

    def test_the_side_abroad_did(self) -> None:
        """The same talks in Ashgabat: the Russian delegation is the visitor."""
        text = f"{MINISTRIES.format('Ashgabat')} {HEADS}"
        found = visits(records_of(text))
        assert [(v.delegation_of, v.host) for v in found] == [(RUSSIA, TURKMENISTAN)]
