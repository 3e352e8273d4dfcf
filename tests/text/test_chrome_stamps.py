"""A stamp line the page layout reads as chrome (separated fields) still dates the page when it
opens with its date and holds only a few field words beside it ("4 May 2024 | Energy | 2,310
views"), and a byline set off by a comma comes before a date as one set off by a bar does. An
update stamp or prose is still not a publication date."""

from __future__ import annotations

import pytest

from turkru.model.dates import PartialDate
from turkru.text.published import find_published

HEAD = "News | Markets | Regions\n\nCaspian ferry line to carry more freight\n\n"
BODY = "\n\nThe shipping line between the two ports will add a second vessel, its operator said yesterday."


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("4 May 2024 | Energy | 2,310 views", PartialDate(2024, 5, 4)),
        ("June 11, 2023 • Transport • 87 comments", PartialDate(2023, 6, 11)),
        ("By Dmitry Orlov | 9 October 2022 | Business", PartialDate(2022, 10, 9)),
    ],
)
def test_a_date_opening_a_line_of_fields_dates_the_page(stamp: str, date: PartialDate) -> None:
    assert find_published(HEAD + stamp + BODY) == date


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("By Olga Ivanova, 17 February 2021", PartialDate(2021, 2, 17)),
        ("by Staff Correspondent, March 2, 2020", PartialDate(2020, 3, 2)),
    ],
)
def test_a_byline_set_off_by_a_comma_comes_before_the_date(stamp: str, date: PartialDate) -> None:
    assert find_published(HEAD + stamp + BODY) == date


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 4 May 2024 | Energy | 2,310 views",
        "Last modified: June 11, 2023 | Transport",
        "By the end of 9 October 2022 | the line will run | daily ferries | to Baku | and back | twice",
    ],
)
def test_an_update_stamp_or_a_run_of_fields_does_not(stamp: str) -> None:
    assert find_published(HEAD + stamp + BODY) is None
