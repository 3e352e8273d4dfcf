"""Talks told again by a definite noun that "were held" ("The negotiations between the delegations
were held in a constructive spirit") are the talks told just before, on their day; what is signed
after them takes that day (session 14, dates14)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement


def signed_dates(text: str) -> list[str | None]:
    records = parse_article(text, published="2024-05-16").records
    return [(r.date.isoformat() if r.date else None) for r in records if isinstance(r, Agreement)]


@pytest.mark.parametrize(
    "text",
    [
        "Rashid Meredov arrived in Moscow on 14 May for a working visit. At the Foreign Ministry he was met by "
        "Sergey Lavrov. The negotiations between the delegations were held in a constructive spirit.\n"
        "After the negotiations, these documents were signed:\n"
        "- Protocol on consultations between the foreign ministries for 2024-2025;\n"
        "- Plan of cooperation in the field of culture.",
        "The state visit of Serdar Berdimuhamedov to Russia began on Tuesday. The Turkmen leader was "
        "greeted in the Kremlin by his host. The talks of the heads of state were held one on one and then "
        "with the delegations.\n"
        "Following the talks, the following documents were signed:\n"
        "1. Agreement on cooperation in the field of sport;\n"
        "2. Memorandum on cooperation in tourism.",
    ],
)
def test_documents_after_talks_held_take_the_day_told_before(text: str) -> None:
    dates = signed_dates(text)
    assert len(dates) >= 2
    assert set(dates) == {"2024-05-14"}


@pytest.mark.parametrize(
    "text",
    [
        # the visit is told by its year only: no day to hand on
        "Rashid Meredov paid a working visit to Moscow in 2019. At the Foreign Ministry he was met by "
        "Sergey Lavrov. The negotiations between the delegations were held in a constructive spirit.\n"
        "After the negotiations, these documents were signed:\n"
        "- Protocol on consultations between the foreign ministries for 2020-2021;\n"
        "- Plan of cooperation in the field of culture.",
        # talks still to come are no talks told before
        "Rashid Meredov will arrive in Moscow on 20 May. The negotiations between the delegations will "
        "be held in Moscow.\n"
        "After the negotiations, these documents are to be signed:\n"
        "- Protocol on consultations between the foreign ministries for 2024-2025;\n"
        "- Plan of cooperation in the field of culture.",
    ],
)
def test_no_day_handed_on(text: str) -> None:
    assert "2024-05-14" not in signed_dates(text)
    assert all(date is None or len(date) < 10 or date == "2024-05-20" for date in signed_dates(text))
