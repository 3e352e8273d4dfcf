"""A day told inside a visit's span ("from 12 to 14 September" ... "on Wednesday" the 13th) is
the same stay, not a second visit; a day outside it is another."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Visit


def visits_in(text: str) -> list[Visit]:
    return [r for r in parse_article(text, published="2023-09-18").records if isinstance(r, Visit)]


@pytest.mark.parametrize(
    "text",
    [
        "An Astrakhan delegation headed by Governor Igor Babushkin paid a working visit to Turkmenistan from "
        "12 to 14 September. On Wednesday, the governor Igor Babushkin held talks in Ashgabat with Rashid Meredov.",
        "A delegation of the Orenburg region led by Governor Denis Pasler visited Turkmenistan on 11-15 September. "
        "On 13 September Denis Pasler held talks in Ashgabat with Rashid Meredov.",
    ],
)
def test_a_day_inside_the_span_is_the_same_stay(text: str) -> None:
    visits = visits_in(text)
    assert len(visits) == 1
    assert visits[0].end_date is not None and visits[0].date is not None and visits[0].date.day in (11, 12)


def test_a_day_outside_the_span_is_another_trip() -> None:
    text = (
        "An Astrakhan delegation headed by Governor Igor Babushkin paid a working visit to Turkmenistan from "
        "12 to 14 September. On 2 May, Igor Babushkin held talks in Ashgabat with Rashid Meredov."
    )
    assert {v.date for v in visits_in(text)} >= {PartialDate(2023, 5, 2)}
