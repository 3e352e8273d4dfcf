"""Encounters told ahead of time: present-for-future, light verbs, dates after publication."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, CommissionSession, Meeting, Status, Visit


def records_of(text: str, published: str = "2024-03-05") -> tuple[AnyRecord, ...]:
    """The records of *text* published on *published*."""
    return parse_article(text, published=published).records


def only(kind: type[AnyRecord], records: tuple[AnyRecord, ...]) -> list[AnyRecord]:
    return [record for record in records if isinstance(record, kind)]


class TestPresentForFuture:
    @pytest.mark.parametrize(
        "text",
        [
            "Foreign Minister Rashid Meredov leaves for Moscow tomorrow for talks with Sergei Lavrov.",
            "Next week Rashid Meredov travels to Moscow for talks with Sergei Lavrov.",
        ],
    )
    def test_journey_with_a_time_ahead_is_planned(self, text: str) -> None:
        """A present-tense journey with a time still ahead: the visit and its talks are planned."""
        records = records_of(text)
        (visit,) = only(Visit, records)
        assert isinstance(visit, Visit)
        assert (visit.delegation_of, visit.host, visit.status) == (TURKMENISTAN, RUSSIA, Status.PLANNED)
        assert [m.status for m in only(Meeting, records)] == [Status.PLANNED]

    @pytest.mark.parametrize(
        "text",
        [
            "Foreign Minister Rashid Meredov left for Moscow on Monday.",
            "Rashid Meredov departed for Moscow on 4 March 2024.",
        ],
    )
    def test_departure_in_the_past_is_a_held_visit(self, text: str) -> None:
        """'left for', 'departed for' + a city of the other side: a held visit headed by the traveller."""
        (visit,) = only(Visit, records_of(text))
        assert isinstance(visit, Visit)
        assert visit.status is Status.HELD and visit.host == RUSSIA
        assert visit.head is not None and visit.head.surname == "Meredov"

    def test_departure_without_a_destination_is_no_visit(self) -> None:
        """'left for the airport': no city or country of the other side, no visit."""
        assert not only(Visit, records_of("Sergei Lavrov left for the airport on Monday."))


class TestLightVerbsAhead:
    @pytest.mark.parametrize(
        "text",
        [
            "President Serdar Berdimuhamedov will make an official visit to Russia.",
            "Sergei Lavrov will undertake a working visit to Turkmenistan.",
        ],
    )
    def test_will_make_a_visit_is_planned(self, text: str) -> None:
        (visit,) = only(Visit, records_of(text))
        assert visit.status is Status.PLANNED

    def test_made_a_visit_stays_held(self) -> None:
        (visit,) = only(Visit, records_of("Sergei Lavrov made a working visit to Turkmenistan on Monday."))
        assert visit.status is Status.HELD


class TestDatedAhead:
    @pytest.mark.parametrize(
        "text",
        [
            "Sergei Lavrov holds talks with Rashid Meredov in Ashgabat on 12 March 2024.",
            "On 20 March 2024 Sergei Lavrov and Rashid Meredov hold talks in Ashgabat.",
        ],
    )
    def test_talks_dated_after_publication_are_planned(self, text: str) -> None:
        (meeting,) = only(Meeting, records_of(text))
        assert isinstance(meeting, Meeting) and meeting.date is not None
        assert meeting.date > PartialDate(2024, 3, 5)
        assert meeting.status is Status.PLANNED

    def test_sitting_dated_after_publication_is_planned(self) -> None:
        text = (
            "The Intergovernmental Turkmen-Russian Commission on Economic Cooperation holds its "
            "session in Moscow on 2 April 2024."
        )
        (sitting,) = only(CommissionSession, records_of(text))
        assert sitting.status is Status.PLANNED

    def test_talks_on_the_day_of_publication_stay_held(self) -> None:
        (meeting,) = only(Meeting, records_of("Sergei Lavrov held talks with Rashid Meredov on 5 March 2024."))
        assert meeting.status is Status.HELD
