"""'Reached an agreement to <verb> ...' is an understanding to act, not a document (session 11,
wording matrix); an agreement reached on a subject is still one."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement


def agreements(text: str) -> list[Agreement]:
    records = parse_article(text, published="2024-05-16").records
    return [r for r in records if isinstance(r, Agreement)]


@pytest.mark.parametrize(
    "text",
    [
        "The Turkmen and Russian ministers reached an agreement to open a trade house in Kazan.",
        "Russia and Turkmenistan came to a mutual agreement to resume direct flights between the capitals.",
    ],
)
def test_an_agreement_to_act_is_no_document(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom and Turkmengaz reached an agreement on gas prices for 2025.",
        "On Tuesday Russia and Turkmenistan signed an agreement on the opening of a trade house in Kazan.",
    ],
)
def test_an_agreement_on_a_subject_stays(text: str) -> None:
    assert len(agreements(text)) == 1
