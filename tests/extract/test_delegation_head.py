"""The head of "the Turkmen delegation headed by X" is X even when the gazetteer does not know X's
side; so the arrival and a later day's talks of X are one stay."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Visit


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The Turkmen delegation headed by Maksat Babayev arrived in St. Petersburg on Tuesday for consultations.",
         "Babayev"),
        ("An Astrakhan delegation led by Governor Igor Babushkin paid a working visit to Turkmenistan on 12 "
         "September.", "Babushkin"),
    ],
)
def test_the_person_after_headed_by_is_the_head(text: str, head: str) -> None:
    visits = [r for r in parse_article(text, published="2023-09-14").records if isinstance(r, Visit)]
    assert [v.head.surname if v.head else None for v in visits] == [head]


def test_arrival_and_talks_are_one_stay() -> None:
    text = (
        "The Turkmen delegation headed by Maksat Babayev arrived in St. Petersburg on Tuesday for consultations. "
        "Today, Alexey Miller and Maksat Babayev held a working meeting in St. Petersburg."
    )
    visits = [r for r in parse_article(text, published="2019-09-12").records if isinstance(r, Visit)]
    assert len(visits) == 1
