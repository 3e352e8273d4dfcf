"""'An informal summit of CIS leaders', 'the Innoprom exhibition': multilateral and named events."""

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



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkmen companies will take part in the Innoprom exhibition in Yekaterinburg in July, Russia's trade "
         "mission in Ashgabat said.", "Innoprom exhibition"),
        ("Russian firms showed their goods at the Turkmen Construction exhibition in Ashgabat on Tuesday.",
         "Turkmen Construction exhibition"),
    ],
)
def test_a_name_before_a_plain_event_noun_is_an_event(text: str, name: str) -> None:
    """'The Innoprom exhibition': a capitalised name right before the noun, no adjective between."""
    assert name in event_names(text)


def test_a_sentence_opening_is_no_name() -> None:
    """'The forum of the Russian regions' opens with the determiner: no name 'The forum'."""
    assert not any(name.startswith("The") for name in event_names("The forum of the Russian regions was held."))
