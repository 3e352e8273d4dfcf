"""A wire dateline may give the day before the month ("ASHGABAT. 4 April (Agency) -"): its city is
the story's place as it is in "ASHGABAT. April 4 (Agency) -"."""

from __future__ import annotations

import pytest

import turkru
from turkru.text._dateline import datelines

STORY = ("Russian Foreign Minister Sergei Lavrov said at the start of his talks with Turkmen Foreign Minister "
         "Rashid Meredov that Moscow values the partnership.\n")


@pytest.mark.parametrize("dateline", ["ASHGABAT. 4 April (Interfax) - ", "ASHGABAT, 4 April 2019 /Agency/. "])
def test_a_day_first_dateline_places_the_story(dateline: str) -> None:
    assert datelines().dateline.match(dateline) is not None
    facts = turkru.to_facts(turkru.parse_article(dateline + STORY, published="2019-04-04"))["facts"]
    assert isinstance(facts, list)
    assert {fact["place"] for fact in facts if fact["kind"] == "meeting"} == {"Ashgabat"}
