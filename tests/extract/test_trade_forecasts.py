"""Turnover forecasts in other words (session 11, wording matrix): a figure verb under a future
auxiliary ("will reach", "will exceed") or after "expect ... trade to" is still to come; told as
still to come over a year already over at publication, it is a figure that happened."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Direction, Status, TradeFlow


def turnovers(text: str, published: str = "2024-05-16") -> list[TradeFlow]:
    records = parse_article(text, published=published).records
    return [r for r in records if isinstance(r, TradeFlow) and r.direction is Direction.TURNOVER]


@pytest.mark.parametrize(
    "text",
    [
        "Turkmen-Russian trade will exceed $1.4 billion in 2024, the Russian trade envoy predicted.",
        "Mutual trade between Russia and Turkmenistan will grow to $1.3 billion this year, officials say.",
    ],
)
def test_a_figure_verb_after_will_is_a_forecast(text: str) -> None:
    (flow,) = turnovers(text)
    assert flow.status is Status.PLANNED and str(flow.date) == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkmenistan expect bilateral trade to top $1.5 billion in 2025.",
        "Turkmenistan and Russia expect their trade to double to $2 billion by 2026.",
    ],
)
def test_expecting_trade_to_reach_a_figure_is_a_forecast(text: str) -> None:
    (flow,) = turnovers(text)
    assert flow.status is Status.PLANNED


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Trade turnover between Russia and Turkmenistan will exceed $1.1 billion in 2021, the ambassador "
         "wrote.", "2021"),
        ("Trade between Turkmenistan and Russia is expected to reach $900 million in 2020, the Turkmen "
         "minister said in the interview.", "2020"),
    ],
)
def test_a_forecast_for_a_year_already_over_is_a_figure(text: str, year: str) -> None:
    (flow,) = turnovers(text, published="2022-03-01")
    assert flow.status is Status.HELD and str(flow.date) == year
