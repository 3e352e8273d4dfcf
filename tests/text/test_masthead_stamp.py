"""A stamp line whose fields before the date are a masthead of several capitalised words and
section names ("THE DAILY NEWS | Markets | Friday, 4 March 2024") dates the article."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate

BODY = "\n\nTrade rises as business council meets\n\nThe council met in Ashgabat on Thursday, officials said.\n"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("THE CASPIAN BUSINESS DAILY | Markets | Friday, October 25, 2024", PartialDate(2024, 10, 25)),
        ("Central Asia Trade Review / Economy / 04.03.2024", PartialDate(2024, 3, 4)),
        ("Politics | 4 March 2024", PartialDate(2024, 3, 4)),
    ],
)
def test_masthead_and_sections_before_the_stamp(head: str, day: PartialDate) -> None:
    assert parse_article(head + BODY).source.published == day


def test_a_sentence_before_a_bar_is_no_masthead() -> None:
    """Lower-case words before the bar are prose, not a masthead: the date in it is not read as a stamp."""
    text = "Officials said the council would meet | on 25 October 2024" + BODY
    assert parse_article(text).source.published is None
