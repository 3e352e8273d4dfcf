"""'Discussed the preparation of the visit ... in May': what is being prepared lies ahead, so the
visit is planned and a year-less month falls after the publication date."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit


@pytest.mark.parametrize(
    "text",
    [
        "The sides discussed the preparation of the visit of a Turkmen delegation to Kazan in May.",
        "The minister and the ambassador reviewed preparations for the visit of the Turkmen delegation to "
        "Moscow in May.",
    ],
)
def test_prepared_visit_is_planned_in_the_coming_month(text: str) -> None:
    visits = [r for r in parse_article(text, published="2024-03-20").records if isinstance(r, Visit)]
    assert [(v.status, v.date) for v in visits] == [(Status.PLANNED, PartialDate(2024, 5))]


def test_held_visit_in_a_past_month_stays_past() -> None:
    """No preparation told: 'visited Kazan in May' is the May before the publication date."""
    text = "A Turkmen delegation visited Kazan in May."
    visits = [r for r in parse_article(text, published="2024-03-20").records if isinstance(r, Visit)]
    assert [(v.status, v.date) for v in visits] == [(Status.HELD, PartialDate(2023, 5))]
