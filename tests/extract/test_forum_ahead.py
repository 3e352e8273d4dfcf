"""A forum dated in a which-clause right after its name ("..., which the region will host next
month"); "the September forum" is a reference back, not a name; a delegation that "will come to
the forum" is dated by the forum told just before."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Event, Visit

PUBLISHED = "2024-08-20"


def records(text: str) -> tuple[object, ...]:
    return parse_article(text, published=PUBLISHED).records


@pytest.mark.parametrize(
    "text",
    [
        "Governor Denis Pasler and the Turkmen ambassador discussed the participation of Turkmen and Russian "
        "companies in the Interregional Forum \"Eurasian Gateway\", which the Orenburg region will host next month.",
        "Russian and Turkmen officials spoke about the International Caspian Forum, which Astrakhan will host "
        "next month.",
    ],
)
def test_a_which_clause_dates_the_forum(text: str) -> None:
    events = [r for r in records(text) if isinstance(r, Event)]
    assert [e.date for e in events] == [PartialDate(2024, 9)]


@pytest.mark.parametrize("month", ["September", "October"])
def test_the_month_forum_is_no_name(month: str) -> None:
    text = f"The Turkmen and Russian regions prepared an agreement. It is expected to be signed at the {month} forum."
    assert [r for r in records(text) if isinstance(r, Event)] == []


@pytest.mark.parametrize("noun", ["forum", "exhibition"])
def test_coming_to_the_forum_takes_its_date(noun: str) -> None:
    text = (
        f"Russian and Turkmen officials discussed the Eurasian Gateway {noun.title()}, which Orenburg will host "
        f"on 12 September. A delegation of the Lebap velayat will come to the {noun}, the ambassador said."
    )
    visits = [r for r in records(text) if isinstance(r, Visit)]
    assert [(v.delegation_of, v.host, v.date) for v in visits] == [("TM", "RU", PartialDate(2024, 9, 12))]
