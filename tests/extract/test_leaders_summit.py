"""'An informal summit of CIS leaders': a summit of a group's leaders is a multilateral event."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Event


def event_names(text: str) -> list[str]:
    return [r.name for r in parse_article(text, published="2024-12-26").records if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vladimir Putin met Serdar Berdimuhamedov on the sidelines of an informal summit of Commonwealth of "
         "Independent States leaders in St. Petersburg on Thursday.",
         "informal summit of Commonwealth of Independent States leaders"),
        ("Vladimir Putin and Serdar Berdimuhamedov talked at the summit of Caspian leaders in Ashgabat on "
         "29 June 2022.", "summit of Caspian leaders"),
    ],
)
def test_summit_of_a_groups_leaders_is_an_event(text: str, name: str) -> None:
    assert name in event_names(text)

