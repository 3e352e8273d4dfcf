"""A guest said to be staying in the host country ("X, who is in Ashgabat on a working visit") is
on a visit headed by X; and a passive reception with a day word before "by" ("was received today
by the President") is still a meeting."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Meeting, Status, Visit


def records(text: str, published: str) -> tuple[object, ...]:
    return parse_article(text, published=published).records


@pytest.mark.parametrize(
    ("text", "published", "head", "route", "date"),
    [
        (
            "The Governor of the Astrakhan region Igor Babushkin, who is in Ashgabat on a working visit, "
            "toured the new port terminal on 3 March.",
            "2025-03-04", "Babushkin", ("RU", "TM"), PartialDate(2025, 3, 3),
        ),
        (
            "Deputy Foreign Minister Vepa Hajiyev, who is currently in Russia on an official visit from "
            "October 2 to 4, addressed students of the diplomatic academy.",
            "2024-10-03", "Hajiyev", ("TM", "RU"), PartialDate(2024, 10, 2),
        ),
    ],
)
def test_a_guest_staying_in_the_host_country_is_on_a_visit(
    text: str, published: str, head: str, route: tuple[str, str], date: PartialDate
) -> None:
    visits = [r for r in records(text, published) if isinstance(r, Visit)]
    assert [(v.head.surname if v.head else None, (v.delegation_of, v.host), v.date, v.status) for v in visits] == [
        (head, route, date, Status.HELD)
    ]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Gurbanguly Berdimuhamedov met the Head of Bashkortostan Radiy Khabirov, who is in our country on a "
         "working visit, on 21 November.", ("RU", "TM")),
        ("Vladimir Putin received Rashid Meredov, who is in our country on an official visit, on 21 November.",
         ("TM", "RU")),
    ],
)
def test_our_country_is_the_side_other_than_the_guests(text: str, route: tuple[str, str]) -> None:
    visits = [r for r in records(text, "2023-11-22") if isinstance(r, Visit)]
    assert [(v.delegation_of, v.host) for v in visits] == [route]


def test_a_native_of_the_place_is_no_guest() -> None:
    text = "The minister, who was born in Ashgabat, paid tribute to the city's founders on 3 March."
    assert [r for r in records(text, "2025-03-04") if isinstance(r, Visit)] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Rustam Minnikhanov was received today by President of Turkmenistan Serdar Berdimuhamedov.",
         PartialDate(2025, 3, 4)),
        ("The Turkmen foreign minister Rashid Meredov was received on Monday in the Kremlin by Vladimir Putin.",
         PartialDate(2025, 3, 3)),
    ],
)
def test_a_reception_with_a_day_word_before_the_host(text: str, date: PartialDate) -> None:
    meetings = [r for r in records(text, "2025-03-04") if isinstance(r, Meeting)]
    assert [(m.date, m.status) for m in meetings] == [(date, Status.HELD)]
