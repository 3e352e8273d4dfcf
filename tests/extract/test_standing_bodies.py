"""Sittings of regional standing bodies the gazetteer does not name: commission sessions of body 'other'."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, BodyKind, CommissionSession, Meeting, Status


def records_of(text: str) -> tuple[AnyRecord, ...]:
    return parse_article(text, published="2024-03-05").records


def sittings(records: tuple[AnyRecord, ...]) -> list[CommissionSession]:
    return [record for record in records if isinstance(record, CommissionSession)]


class TestRegionalBodies:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("The fifth meeting of the Turkmen-Astrakhan working group was held in Ashgabat on 1 March 2024.", 5),
            (
                "A sitting of the joint working group on cooperation between Turkmenistan and the Republic of "
                "Tatarstan took place in Kazan on 1 March 2024.",
                None,
            ),
            ("The Turkmen-Tatarstan working group held its third meeting in Kazan on 1 March 2024.", 3),
        ],
    )
    def test_sitting_of_a_regional_body(self, text: str, number: int | None) -> None:
        """A body named by a Turkmen and a Russian party, one a region or city: a session of 'other'."""
        records = records_of(text)
        (sitting,) = sittings(records)
        assert sitting.commission.body is BodyKind.OTHER
        assert "working group" in sitting.commission.name
        assert sitting.session_number == number
        assert (sitting.status, sitting.date) == (Status.HELD, PartialDate(2024, 3, 1))
        assert not [record for record in records if isinstance(record, Meeting)]  # a session only

    def test_co_chairs_of_a_regional_body(self) -> None:
        text = (
            "The Turkmen-Tatarstan working group held its second meeting in Kazan on 1 March 2024, "
            "co-chaired by Rustam Minnikhanov and Rashid Meredov."
        )
        (sitting,) = sittings(records_of(text))
        assert {person.surname for person in sitting.co_chairs} == {"Minnikhanov", "Meredov"}

    def test_next_sitting_is_planned(self) -> None:
        text = "The next meeting of the Turkmen-Astrakhan working group will be held in Astrakhan."
        (sitting,) = sittings(records_of(text))
        assert sitting.status is Status.PLANNED

    @pytest.mark.parametrize(
        "text",
        [
            "A meeting of the working group was held in Ashgabat on 1 March 2024.",
            "A meeting of the Astrakhan regional council was held on 1 March 2024.",
        ],
    )
    def test_a_body_without_both_sides_is_no_bilateral_sitting(self, text: str) -> None:
        assert not sittings(records_of(text))

    def test_the_commission_the_gazetteer_knows_keeps_its_body(self) -> None:
        text = (
            "The 12th meeting of the Intergovernmental Turkmen-Russian Commission on Economic Cooperation "
            "was held in Moscow on 1 March 2024."
        )
        (sitting,) = sittings(records_of(text))
        assert sitting.commission.body is BodyKind.INTERGOVERNMENTAL_COMMISSION
