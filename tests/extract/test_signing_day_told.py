"""An undated signing takes the day of the encounter told in the sentence just before it, or of the
batch signed just before it: the report of that day goes on (session 11, wording matrix)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement, Stage


def signed_dates(text: str) -> list[str | None]:
    records = parse_article(text, published="2024-05-16").records
    return [
        (r.date.isoformat() if r.date else None)
        for r in records
        if isinstance(r, Agreement) and r.status is Stage.SIGNED
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The prime ministers of Russia and Turkmenistan met in Moscow on Tuesday. Altogether, six documents "
        "were signed.",
        "The Turkmen president visited Kazan on 14 May. In the presence of the leaders of Tatarstan and "
        "Turkmenistan, a memorandum on trade in textiles was signed.",
    ],
)
def test_a_signing_after_a_dated_encounter_takes_its_day(text: str) -> None:
    assert signed_dates(text) == ["2024-05-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkmenistan signed a package of documents on Tuesday. The documents signed include a "
        "memorandum on trade in textiles.",
        "On 14 May a number of documents were signed by Turkmenistan and Russia. Among the documents signed "
        "is an agreement on the exchange of weather data.",
    ],
)
def test_a_member_of_a_batch_signed_just_before_takes_its_day(text: str) -> None:
    assert set(signed_dates(text)) == {"2024-05-14"}


@pytest.mark.parametrize(
    "text",
    [
        # the encounter is dated only to a year: no day to hand on
        "The presidents of Russia and Turkmenistan met in Moscow in 2019. Six documents were signed.",
        # the sentence before tells no encounter
        "Russia and Turkmenistan are close partners since 14 May 1992. Six documents were signed.",
    ],
)
def test_no_day_to_take(text: str) -> None:
    assert signed_dates(text) == [None]
