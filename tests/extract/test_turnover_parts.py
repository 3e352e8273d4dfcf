"""A turnover's parts that name their own side ("with Russian exports at ...", "of which imports
from Turkmenistan ...") are each a flow of that side (session 11, wording matrix); a part that
names no side stays part of the total."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import Direction, TradeFlow


def parts(text: str) -> set[tuple[str | None, float]]:
    records = parse_article(text, published="2024-05-16").records
    return {
        (r.exporter, float(r.amounts[0].amount))
        for r in records
        if isinstance(r, TradeFlow) and r.direction is Direction.EXPORT and r.amounts
    }


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral trade between Russia and Turkmenistan totalled $820 million in 2022, with Turkmen exports at "
        "$170 million and imports from Russia at $650 million.",
        "Turkmen-Russian trade amounted to $820 million in 2022, of which Russia's exports made up $650 "
        "million and Turkmenistan's exports $170 million.",
    ],
)
def test_each_part_is_its_sides_flow(text: str) -> None:
    assert parts(text) == {(TURKMENISTAN, 170e6), (RUSSIA, 650e6)}


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Russia and Turkmenistan totalled $820 million in 2022, with exports at $650 million.",
        "Turkmen-Russian trade amounted to $820 million in 2022, of which exports made up $650 million.",
    ],
)
def test_a_part_with_no_side_is_no_flow_of_its_own(text: str) -> None:
    assert parts(text) == set()
