"""'Will co-chair the talks', 'will lead the delegation at the talks': a future modal before a
chairing or leading verb makes the encounter planned."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting, Status


@pytest.mark.parametrize(
    "text",
    [
        "5 June 2024\n\nAlexei Overchuk and Rashid Meredov will co-chair talks in Ashgabat later this month.",
        "5 June 2024\n\nRashid Meredov will lead the Turkmen delegation at the talks with Sergey Lavrov in Moscow "
        "in July.",
    ],
)
def test_future_chairing_makes_talks_planned(text: str) -> None:
    meetings = [r for r in parse_article(text).records if isinstance(r, Meeting)]
    assert meetings and all(m.status is Status.PLANNED for m in meetings)


def test_past_chairing_stays_held() -> None:
    text = "5 June 2024\n\nAlexei Overchuk and Rashid Meredov co-chaired talks in Ashgabat on 3 June."
    meetings = [r for r in parse_article(text).records if isinstance(r, Meeting)]
    assert meetings and all(m.status is Status.HELD for m in meetings)
