"""Event names that run on: "the Days of Culture of Turkmenistan in Russia" (three of-tails), "a
summit of Caspian Sea states" (a two-word region); "an Exhibition and Scientific Conference" is
one event, not an exhibition beside a conference."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Event


def names(text: str) -> list[str]:
    return [r.name for r in parse_article(text, published="2023-10-26").records if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Putin and Berdimuhamedov backed the Days of Culture of Turkmenistan in Russia planned for 2024.",
         "Days of Culture of Turkmenistan in Russia"),
        ("Putin travelled to Ashgabat in June for a summit of Caspian Sea states, where he met Serdar Berdimuhamedov.",
         "summit of Caspian Sea states"),
    ],
)
def test_the_whole_name_is_kept(text: str, name: str) -> None:
    assert name in names(text)



def test_an_exhibition_and_conference_is_one_event() -> None:
    text = (
        "ASHGABAT, 26 October 2023 - The 28th International Exhibition and Scientific Conference \"Oil and Gas of "
        "Turkmenistan - OGT 2023\", which opened on 25 October, drew Russian companies and Turkmen officials."
    )
    assert len(names(text)) == 1
