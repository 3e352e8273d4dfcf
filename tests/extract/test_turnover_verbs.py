"""More verbs that report a turnover figure (session 11, wording matrix): "came to", the headline
present ("exceeds", "tops"), "hit", "slipped", "halved"."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Direction, TradeFlow


def turnovers(text: str) -> list[TradeFlow]:
    records = parse_article(text, published="2024-05-16").records
    return [r for r in records if isinstance(r, TradeFlow)]


@pytest.mark.parametrize(
    "text",
    [
        "Turkmen-Russian trade came to $820 million in 2022.",
        "Russia-Turkmenistan trade exceeds $1 billion a year, customs data for 2023 show.",
        "Russian-Turkmen trade halved to $700 million in 2021.",
    ],
)
def test_a_figure_verb_reports_the_turnover(text: str) -> None:
    (flow,) = turnovers(text)
    assert flow.direction is Direction.TURNOVER and flow.amounts
