"""A programme page's "Issue of 14.12.2023" or "Broadcast of ..." after other header fields is
the publication date; a field without such a label is not."""

from __future__ import annotations

import pytest

from turkru.model.dates import PartialDate
from turkru.text.published import find_published

BODY = "\n\nHOST: Good evening. Our guest today is the governor of the region.\nGUEST: Thank you."


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ('Regional TV | Programmes | "Governor\'s Hour" | Issue of 14.12.2023', PartialDate(2023, 12, 14)),
        ("News channel | Morning show | Edition of 3 March 2025", PartialDate(2025, 3, 3)),
    ],
)
def test_an_issue_label_dates_the_page(header: str, date: PartialDate) -> None:
    assert find_published(header + BODY) == date


def test_a_plain_field_before_a_date_in_prose_does_not() -> None:
    text = "Regional TV | Programmes\n\nThe governor said the issue of 14 new schools would be settled by 2025." + BODY
    assert find_published(text) is None
