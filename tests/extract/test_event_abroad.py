"""An event in a third country's city, in a sentence that names one side only ("the Russian
delegation to the exhibition in Dubai"), is not tied to the two, though both are named near by;
with both named in the sentence it still is ("a CIS summit in Bishkek" of the two presidents)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Event

LEAD = "Rustam Minnikhanov was received by President of Turkmenistan Serdar Berdimuhamedov in Ashgabat today. "


def events_in(text: str) -> list[Event]:
    return [r for r in parse_article(text, published="2022-05-30").records if isinstance(r, Event)]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Earlier this month, Minnikhanov headed the Russian delegation to the Arab Health Exhibition in Dubai.",
        LEAD + "In April the Russian minister opened the Russian Industry Week in Tashkent.",
    ],
)
def test_an_event_abroad_of_one_side_is_not_the_twos(text: str) -> None:
    assert events_in(text) == []


def test_an_event_abroad_of_both_sides_is() -> None:
    text = LEAD + "Putin and Berdimuhamedov discussed the CIS summit to be held in Bishkek on 13 October."
    assert [e.name for e in events_in(text)] == ["CIS summit"]
