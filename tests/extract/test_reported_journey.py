"""'X confirmed that he would pay a visit to Y': the journey told in a reported clause whose
subject is a pronoun is X's."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import Status, Visit


@pytest.mark.parametrize(
    ("text", "head", "sides"),
    [
        ("Sergey Lavrov confirmed that he would pay a visit to Ashgabat in the autumn.", "Lavrov",
         (RUSSIA, TURKMENISTAN)),
        ("Rashid Meredov announced that he will travel to Moscow in November for talks.", "Meredov",
         (TURKMENISTAN, RUSSIA)),
    ],
)
def test_reported_pronoun_journey_has_the_reporter_as_head(text: str, head: str, sides: tuple[str, str]) -> None:
    visits = [r for r in parse_article(text, published="2024-04-13").records if isinstance(r, Visit)]
    assert [(v.status, v.head.surname if v.head else None, (v.delegation_of, v.host)) for v in visits] == [
        (Status.PLANNED, head, sides)
    ]


def test_journey_of_a_third_party_reported_is_not_the_reporters() -> None:
    """The pronoun is the reporter's; a third country's leader reporting his own trip makes no visit."""
    text = "Kazakh President Kassym-Jomart Tokayev said that he would pay a visit to Ashgabat in the autumn."
    visits = [r for r in parse_article(text, published="2024-04-13").records if isinstance(r, Visit)]
    assert visits == []
