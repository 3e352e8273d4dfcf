"""'The meeting was attended by X', told after an encounter, says who else sat in on it: no
meeting of its own; the same words with no encounter before are left to the other rules."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting


def meetings_in(text: str) -> list[Meeting]:
    return [r for r in parse_article(text, published="2019-06-19").records if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    "text",
    [
        "Valentina Matviyenko held a meeting with Gulshat Mammedova in Moscow on Wednesday. They discussed "
        "education. The meeting was attended by the Ambassador of Turkmenistan to Russia Batyr Niyazliev.",
        "Sergei Lavrov held talks with Rashid Meredov on 18 June. The sides spoke about the Caspian. Also present "
        "at the talks were the Russian Ambassador to Turkmenistan Alexander Blokhin and his deputy.",
    ],
)
def test_who_sat_in_is_no_second_meeting(text: str) -> None:
    assert len(meetings_in(text)) == 1
