"""'No date has yet been set for a visit', 'the dates are yet to be agreed': a visit still to
come, undated, not one that took place."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Status, Visit


@pytest.mark.parametrize(
    "text",
    [
        "5 June 2024\n\nNo date has yet been set for a visit by Vladimir Putin to Ashgabat.",
        "5 June 2024\n\nThe dates of Sergey Lavrov's visit to Ashgabat are yet to be agreed.",
    ],
)
def test_visit_without_a_date_set_is_planned(text: str) -> None:
    visits = [r for r in parse_article(text).records if isinstance(r, Visit)]
    assert [(v.status, v.date) for v in visits] == [(Status.PLANNED, None)]
