"""'The Turkmen delegation was headed by ...' after talks told with their date: the delegation's
journey to the talks' city is dated by them."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.dates import PartialDate
from turkru.model.records import Visit


@pytest.mark.parametrize(
    ("text", "sides", "dates"),
    [
        (
            "Consultations between the foreign ministries of Turkmenistan and Russia were held in Moscow on "
            "5 March 2024. The Turkmen delegation was headed by a deputy minister of foreign affairs.",
            (TURKMENISTAN, RUSSIA),
            (PartialDate(2024, 3, 5), None),
        ),
        (
            "Expert-level negotiations of Russia and Turkmenistan took place in Ashgabat on 5-6 November 2024. "
            "The Russian delegation was headed by a director of department of the Ministry of Justice.",
            (RUSSIA, TURKMENISTAN),
            (PartialDate(2024, 11, 5), PartialDate(2024, 11, 6)),
        ),
    ],
)
def test_headed_delegation_takes_the_date_of_the_talks_before(
    text: str, sides: tuple[str, str], dates: tuple[PartialDate, PartialDate | None]
) -> None:
    visits = [r for r in parse_article(text, published="2024-11-07").records if isinstance(r, Visit)]
    assert [((v.delegation_of, v.host), (v.date, v.end_date)) for v in visits] == [(sides, dates)]
