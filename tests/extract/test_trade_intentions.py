"""A trade flow still to come whose point is growing the trade ("ready to increase supplies of",
"to deliver more"), with neither a figure nor a time, is a general statement and no fact (session
11, wording matrix); with a figure or a time, or as a plain offer, it stays."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Status, TradeFlow


def flows(text: str) -> list[TradeFlow]:
    records = parse_article(text, published="2024-05-16").records
    return [r for r in records if isinstance(r, TradeFlow)]


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan is ready to boost exports of cotton yarn to Russia, the Turkmen minister said.",
        "The Russian governor proposed to increase deliveries of trucks and tractors to the Turkmen market.",
        "Turkmen farmers will be able to sell more melons to Russia.",
    ],
)
def test_an_offer_with_no_figure_and_no_time_is_no_flow(text: str) -> None:
    assert flows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan is ready to export 20,000 tonnes of cotton yarn to Russia.",
        "Russia plans to boost deliveries of trucks and tractors to Turkmenistan in 2025.",
        "Russia offered to supply wheat to Turkmenistan.",
    ],
)
def test_a_plan_with_a_figure_or_a_time_stays(text: str) -> None:
    (flow,) = flows(text)
    assert flow.status is Status.PLANNED
