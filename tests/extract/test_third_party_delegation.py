"""An unnamed "the delegation" refers back to the delegation told before: when that one is a
third country's, its programme in the capital is no Turkmen-Russian visit."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Visit


def visits_in(text: str) -> list[Visit]:
    return [r for r in parse_article(text, published="2024-01-09").records if isinstance(r, Visit)]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 January, President of Turkmenistan Serdar Berdimuhamedov received the Vice Premier of the "
        "People's Republic of China, who arrived in Ashgabat at the head of a government delegation. The sides "
        "discussed gas supplies. In the afternoon, the delegation visited the Ashgabat Chemical Plant.",
        "A delegation of the Islamic Republic of Iran led by its trade minister came to Ashgabat on Monday. "
        "Talks focused on the railway. On Tuesday the delegation toured the port of Turkmenbashi.",
    ],
)
def test_a_third_countrys_delegation_is_no_visit(text: str) -> None:
    assert visits_in(text) == []


def test_a_russian_delegation_told_before_still_is() -> None:
    text = (
        "A Russian delegation arrived in Ashgabat on 8 January for talks on transport. The sides discussed "
        "the North-South corridor. In the afternoon, the delegation visited the Ashgabat Chemical Plant."
    )
    assert {(v.delegation_of, v.host) for v in visits_in(text)} == {("RU", "TM")}
