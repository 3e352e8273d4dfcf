"""'He held talks ...', 'The head of state received ...': the person named just before takes part."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import AnyRecord, Meeting, Visit


def records_of(text: str) -> tuple[AnyRecord, ...]:
    return parse_article(text, published="2024-03-05").records


def meeting_people(text: str) -> list[set[str]]:
    return [{p.surname for p in r.participants} for r in records_of(text) if isinstance(r, Meeting)]


class TestSubjectPronoun:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            (
                "Russian Foreign Minister Sergei Lavrov arrived in Ashgabat on 1 March 2024. "
                "He held talks with Rashid Meredov.",
                {"Lavrov", "Meredov"},
            ),
            (
                "President Serdar Berdimuhamedov paid a visit to Moscow on 1 March 2024. "
                "On the same day, he was received by Vladimir Putin in the Kremlin.",
                {"Berdimuhamedov", "Putin"},
            ),
        ],
    )
    def test_pronoun_stands_for_the_person_named_before(self, text: str, people: set[str]) -> None:
        assert people in meeting_people(text)

    def test_pronoun_after_two_people_named_together_is_no_one(self) -> None:
        """'X and Y ...; He ...' is ambiguous: no one is added."""
        text = (
            "Vladimir Putin and Serdar Berdimuhamedov spoke on 1 March 2024. "
            "He later met the Kazakh minister in Astana."
        )
        assert all(len(people) != 1 for people in meeting_people(text))
        assert not [p for p in meeting_people(text) if p == {"Putin"} or p == {"Berdimuhamedov"}]

    def test_pronoun_of_a_speaker_is_no_participant(self) -> None:
        """'He said that ... talks ...': the speaker tells of talks, he does not join them."""
        text = (
            "Ambassador Ivan Volynkin spoke at the round table on 1 March 2024. He said that the visit of "
            "President Serdar Berdimuhamedov to Russia in 2023 and his talks with Vladimir Putin were fruitful."
        )
        assert all("Volynkin" not in people for people in meeting_people(text))

    def test_pronoun_heads_a_journey(self) -> None:
        text = "Rashid Meredov met students on 1 March 2024. He then flew to Moscow on 2 March 2024."
        visits = [r for r in records_of(text) if isinstance(r, Visit)]
        assert [(v.delegation_of, v.host, v.head.surname if v.head else None) for v in visits] == [
            (TURKMENISTAN, RUSSIA, "Meredov")
        ]


class TestHeadOfState:
    @pytest.mark.parametrize(
        "second",
        [
            "The head of state received Russian Foreign Minister Sergei Lavrov.",
            "Later the head of the state had talks with Sergei Lavrov.",
        ],
    )
    def test_head_of_state_is_the_president_named_before(self, second: str) -> None:
        text = f"President Serdar Berdimuhamedov opened a school on 1 March 2024. {second}"
        assert any({"Berdimuhamedov", "Lavrov"} <= people for people in meeting_people(text))

    def test_head_of_state_after_two_presidents_is_no_one(self) -> None:
        text = (
            "President Vladimir Putin phoned President Serdar Berdimuhamedov on 1 March 2024. "
            "The head of state received the Kazakh minister on 2 March 2024."
        )
        assert len(meeting_people(text)) == 1
