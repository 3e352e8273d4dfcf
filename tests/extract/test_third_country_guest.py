"""A planned one-sided encounter whose guest is of a third country ("talks with Kazakh Foreign
Minister X", "talks with the Uzbek government") is no Turkmen-Russian meeting."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting


def meetings_in(text: str) -> list[Meeting]:
    return [r for r in parse_article(text, published="2024-05-13").records if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov will fly on to Astana on Friday for talks with Kazakh Foreign Minister Murat Nurtleu.",
        "Next week the Russian minister Maxim Reshetnikov is expected in Tashkent for talks with the Uzbek government.",
    ],
)
def test_a_third_countrys_guest_is_no_meeting(text: str) -> None:
    assert meetings_in(text) == []


def test_a_turkmen_guest_still_is() -> None:
    text = "Lavrov will fly to Ashgabat on Friday for talks with Turkmen Foreign Minister Rashid Meredov."
    assert [m.participants[-1].surname for m in meetings_in(text)] == ["Meredov"]
