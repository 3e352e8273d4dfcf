"""A bare plural of sittings before a standing body ("at meetings of the working group", "during
regular sessions of the commission") speaks of sittings in general: no sitting is reported. One
sitting told with its article ("at the meeting of the commission") still is."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import CommissionSession

LEAD = "ASHGABAT, 3 June 2024. "


def sittings(text: str) -> list[CommissionSession]:
    return [record for record in parse_article(LEAD + text).records if isinstance(record, CommissionSession)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Freight tariffs come up every year, and we raise them with Russian partners at meetings of the "
        "intergovernmental commission.",
        "Customs questions are usually settled during regular sessions of the Turkmen-Russian working group "
        "on trade and investment.",
        "Such proposals were also heard in previous sittings of the intergovernmental commission of "
        "Turkmenistan and Russia.",
    ],
)
def test_sittings_in_general_report_none(sentence: str) -> None:
    assert sittings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Freight tariffs were discussed at the meeting of the intergovernmental commission of Turkmenistan "
        "and Russia in Moscow on 21 May 2024.",
        "The co-chairs opened the regular session of the Turkmen-Russian intergovernmental commission on "
        "economic cooperation in Ashgabat yesterday.",
    ],
)
def test_one_sitting_told_with_its_article_is_reported(sentence: str) -> None:
    assert len(sittings(sentence)) == 1
