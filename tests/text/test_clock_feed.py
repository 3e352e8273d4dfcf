"""A news feed beside the story, each headline opened by its clock time ("14:48 Ministers meet in
the capital"), is a related-news list: its headlines go, whatever heads them. One line with a clock, or a
clock inside a sentence of the story, stays."""

from __future__ import annotations

import pytest

from turkru.text import clean

STORY = "The two ministers met in the capital on Monday and discussed freight, energy and transport."


def kept(text: str) -> list[str]:
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


@pytest.mark.parametrize(
    "feed",
    [
        "Newest\n16:20 Caspian ports report busier autumn\n15:55 Uzbek and Kyrgyz premiers hold talks\n"
        "15:31 Ferry timetable changes for winter\n",
        "Just in\n\n9:05 Grain prices steady on regional exchange\n\n8:47 \u201cGas talks resume\u201d, says envoy\n",
    ],
)
def test_headlines_opened_by_clock_times_are_a_feed(feed: str) -> None:
    lines = kept(f"{STORY}\n\n{feed}")
    assert lines[0] == STORY
    assert not [line for line in lines if line[:1].isdigit()]  # a one-word heading may stay


def test_one_clocked_line_or_a_clock_in_the_story_stays() -> None:
    lone = "10:30 Delegations gather in the capital"
    assert kept(f"{lone}\n\n{STORY}") == [lone, STORY]
    inside = "At 10:30 the delegations gathered, and at 12:15 Talks began in the main hall."
    assert kept(f"{STORY}\n{inside}") == [STORY, inside]
