"""An abbreviation's dot inside a document's title ("St. Petersburg", "No. 2") does not end it."""

from __future__ import annotations

import pytest

import turkru

DATELINE = "Ashgabat, 4 May 2020\n\n"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("On Monday Russia and Turkmenistan signed a plan of joint actions between the governments of St. "
         "Petersburg and Turkmenistan for 2020-2025.",
         "plan of joint actions between the governments of St. Petersburg and Turkmenistan for 2020-2025"),
        ("A Turkmen and a Russian university signed a memorandum of cooperation between Magtymguly Turkmen "
         "State University and St. Petersburg State University on Tuesday.",
         "memorandum of cooperation between Magtymguly Turkmen State University and St. Petersburg State "
         "University"),
    ],
)
def test_a_title_runs_past_an_abbreviation(sentence: str, title: str) -> None:
    facts = turkru.to_facts(turkru.parse_article(DATELINE + sentence + "\n"))["facts"]
    assert isinstance(facts, list)
    assert [fact["title"] for fact in facts if fact["kind"] == "agreement"] == [title]
