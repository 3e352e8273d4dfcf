"""A later item of the stay of a region's head, told of "the delegation of <region>" with no head
named ("Tomorrow the delegation of Tatarstan will visit the port"), is part of that stay."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Status, Visit


@pytest.mark.parametrize(
    "text",
    [
        "The Rais of Tatarstan Rustam Minnikhanov, who is in Ashgabat on a working visit, was received today by "
        "President Serdar Berdimuhamedov. Tomorrow the delegation of Tatarstan will visit the Awaza tourist zone.",
        "The Governor of the Astrakhan region Igor Babushkin, who is in Ashgabat on a working visit, was received "
        "today by Rashid Meredov. On Friday the delegation of the Astrakhan region will visit the port of "
        "Turkmenbashi.",
    ],
)
def test_the_regions_delegation_later_is_the_same_stay(text: str) -> None:
    visits = [r for r in parse_article(text, published="2022-05-31").records if isinstance(r, Visit)]
    assert [v.status for v in visits] == [Status.HELD]
