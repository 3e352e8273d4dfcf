"""A document a side proposes, suggests or offers to sign is still to come (session 11, wording
matrix): "proposed concluding an agreement", "offered to sign a treaty"."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement, Stage


def stages(text: str) -> list[Stage]:
    records = parse_article(text, published="2024-05-16").records
    return [r.status for r in records if isinstance(r, Agreement)]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow suggested concluding a memorandum with Ashgabat on cooperation in civil aviation.",
        "The Turkmen side offered to sign an agreement with Russia on the mutual recognition of diplomas.",
        "The Russian minister called for the signing of a protocol with Turkmenistan on phytosanitary control.",
    ],
)
def test_a_proposed_signing_is_planned(text: str) -> None:
    assert stages(text) == [Stage.PLANNED]


def test_a_signing_is_still_signed() -> None:
    assert stages("Moscow and Ashgabat concluded a memorandum on cooperation in civil aviation on Tuesday.") == [
        Stage.SIGNED
    ]
