"""'A Russian-Turkmen meeting at the level of deputy prime ministers is planned': the two
nationalities joined right before 'meeting' make it an encounter of the two sides, no one named."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting, Status


def meetings_of(text: str) -> list[Meeting]:
    return [r for r in parse_article(text, published="2024-06-14").records if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A Russian-Turkmen meeting at the level of deputy prime ministers is planned in Moscow in August.",
         Status.PLANNED),
        ("A Turkmen-Russian meeting of deputy foreign ministers took place in Ashgabat on 3 June 2024.", Status.HELD),
    ],
)
def test_paired_nationalities_before_meeting(text: str, status: Status) -> None:
    assert [m.status for m in meetings_of(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "A Turkmen-Iranian meeting of deputy ministers took place in Ashgabat on 3 June 2024.",
        "A Turkmen-Russian business meeting of students took place in Ashgabat on 3 June 2024.",
    ],
)
def test_other_pairs_or_qualified_meetings_are_not_bilateral_talks(text: str) -> None:
    assert meetings_of(text) == []
