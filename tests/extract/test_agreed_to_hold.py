"""'Agreements were reached to hold a forum in the autumn', 'the sides decided to organise a fair
in March': an event still to come, its season or month looking ahead."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Event, Status

LEAD = "The Rais of Tatarstan Rustam Minnikhanov held talks with Rashid Meredov in Ashgabat today. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (LEAD + "Agreements were reached to hold a Turkmen-Tatarstan business forum in Kazan in the autumn.",
         PartialDate(2022)),
        (LEAD + "The sides decided to organise the Kazan Halal Fair with Turkmen firms in March.",
         PartialDate(2023, 3)),
    ],
)
def test_agreed_to_hold_is_planned(text: str, date: PartialDate) -> None:
    events = [r for r in parse_article(text, published="2022-05-30").records if isinstance(r, Event)]
    assert [(e.status, e.date) for e in events] == [(Status.PLANNED, date)]
