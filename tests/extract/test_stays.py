"""A guest already on a visit: 'is expected to be received by X on Tuesday' is a planned talk
with X, not a visit of X, nor a second visit of the guest; a plan of consultations is no encounter."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting, Status, Visit

STAYS = [
    (
        "MOSCOW, 9 October 2023 - Turkmen Foreign Minister Rashid Meredov arrived in Moscow on Sunday on a "
        "working visit. He is expected to be received by Prime Minister Mikhail Mishustin on Tuesday.",
        {"Meredov", "Mishustin"},
    ),
    (
        "ASHGABAT, 4 March 2024 - Russian Foreign Minister Sergey Lavrov arrived in Ashgabat on Monday for a "
        "three-day visit. On Wednesday he will be received by President Serdar Berdimuhamedov.",
        {"Lavrov", "Berdimuhamedov"},
    ),
]


@pytest.mark.parametrize(("text", "people"), STAYS)
def test_later_reception_on_a_stay_is_a_planned_talk(text: str, people: set[str]) -> None:
    records = parse_article(text).records
    planned = [r for r in records if isinstance(r, Meeting) and r.status is Status.PLANNED]
    assert [{p.surname for p in r.participants} for r in planned] == [people]


@pytest.mark.parametrize(("text", "people"), STAYS)
def test_later_reception_on_a_stay_is_no_visit_of_its_own(text: str, people: set[str]) -> None:
    visits = [r for r in parse_article(text).records if isinstance(r, Visit)]
    assert [v.status for v in visits] == [Status.HELD]


def test_reception_a_week_after_the_arrival_is_a_visit_of_its_own() -> None:
    """Beyond the days a stay is taken to last, a planned reception is another journey."""
    text = (
        "MOSCOW, 9 October 2023 - Turkmen Foreign Minister Rashid Meredov arrived in Moscow on 1 October "
        "on a working visit. He is expected to be received by President Vladimir Putin on 20 October."
    )
    visits = [r for r in parse_article(text).records if isinstance(r, Visit)]
    assert Status.PLANNED in {v.status for v in visits}


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, 9 October 2023 - Sergey Lavrov held talks with Rashid Meredov in Moscow on Monday. "
        "Lavrov said after the talks that the two ministers had signed a plan of consultations for 2024-2025.",
        "ASHGABAT, 4 March 2024 - Rashid Meredov met Sergey Lavrov in Ashgabat on Monday. "
        "After the meeting, Meredov said that a programme of consultations between the ministries was signed.",
    ],
)
def test_plan_of_consultations_does_not_make_another_encounter(text: str) -> None:
    meetings = [r for r in parse_article(text).records if isinstance(r, Meeting)]
    assert len(meetings) == 1
    assert meetings[0].occasion is None
