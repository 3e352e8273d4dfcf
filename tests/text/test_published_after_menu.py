"""A year-less dateline is the page's date however long the site's menu above it: the lines of
chrome before the story do not count toward the opening lines where a dateline is looked for."""

from __future__ import annotations

import pytest

from turkru import PartialDate
from turkru.text import find_published

MENU = "\n".join(["Main", "World", "Politics", "Business", "Energy", "Regions", "Opinion", "Video",
                  "Photo", "Podcasts", "Subscribe", "Log in", "Search"]) + "\n\n"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Turkmen gas deal may be signed this autumn\n\nASHGABAT, June 12. /Agency/. A new gas contract "
         "could be signed in the third quarter of 2019, a Russian official told reporters.\n",
         PartialDate(2019, 6, 12)),
        ("Ministers talk ferries\n\nBy A. Writer\nMonday, October 5\nThe two transport ministers met "
         "in Moscow to discuss Caspian ferries, a month after the 2020 harvest deal.\n",
         PartialDate(2020, 10, 5)),
    ],
)
def test_a_long_menu_does_not_hide_the_dateline(story: str, expected: PartialDate) -> None:
    assert find_published(story) == expected
    assert find_published(MENU + story) == expected
