"""A weekday in a title line whose predicate is an infinitive looks ahead ("Putin to visit
Turkmenistan on Friday"), and a source before a colon does not hide the infinitive."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit

BODY = "\n\nMOSCOW, 7 October 2024 - The press service gave no further details."


@pytest.mark.parametrize(
    ("headline", "kind", "date"),
    [
        ("Peskov: Putin to visit Turkmenistan on Friday", Visit, PartialDate(2024, 10, 11)),
        ("Russian Deputy Prime Minister Overchuk to travel to Ashgabat on Wednesday", Visit, PartialDate(2024, 10, 9)),
    ],
)
def test_a_planned_title_looks_ahead(headline: str, kind: type, date: PartialDate) -> None:
    records = [r for r in parse_article(headline + BODY).records if isinstance(r, kind)]
    assert [(r.status, r.date) for r in records] == [(Status.PLANNED, date)]


def test_a_finite_title_still_looks_back() -> None:
    records = parse_article("Russian Deputy Prime Minister Overchuk arrived in Ashgabat on Friday" + BODY).records
    assert [(r.status, r.date) for r in records if isinstance(r, Visit)] == [(Status.HELD, PartialDate(2024, 10, 4))]
