"""Goods a document is about (its title, or what a relative clause says it will do) are no flow
that happened: "a deal to supply 20 locomotives", "an agreement ..., which will ease the export
of ..." (session 11, wording matrix). A document that only frames a clause with a subject of its
own ("under the deal X is to supply") still lets that clause's flow through."""

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
        "A Russian shipyard and Turkmen Railways clinched a deal on Tuesday to deliver 12 locomotives.",
        "Turkmenistan and Russia sealed a deal on supplies of Turkmen cotton last week.",
        "The ministers signed an accord on rail freight, which will ease the export of Russian timber to "
        "Turkmenistan.",
        "Russia and Turkmenistan concluded a treaty on customs, that would speed up imports of Turkmen fruit.",
    ],
)
def test_goods_a_document_is_about_are_no_flow(text: str) -> None:
    assert flows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the contract, Russia will deliver 120 trucks to Turkmenistan next year.",
        "In line with the agreement, Turkmenistan is to supply 2 bcm of gas to Russia in 2025.",
    ],
)
def test_a_framing_document_keeps_the_flow_it_frames(text: str) -> None:
    (flow,) = flows(text)
    assert flow.status is Status.PLANNED
