"""The programme of a visit: its stops are no new visits, its encounters are meetings."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import AnyRecord, Meeting, Visit

ARRIVAL = "Rustam Minnikhanov arrived in Ashgabat on 1 March 2024. "


def records_of(text: str) -> tuple[AnyRecord, ...]:
    return parse_article(text, published="2024-03-05").records


def visits(text: str) -> list[Visit]:
    return [r for r in records_of(text) if isinstance(r, Visit)]


class TestProgrammeStops:
    @pytest.mark.parametrize(
        "stop",
        [
            "On 2 March the delegation visited the Ahal velayat.",
            "The guests also visited the Mary velayat on 2 March 2024.",
        ],
    )
    def test_a_stop_of_the_delegation_is_no_new_visit(self, stop: str) -> None:
        found = visits(ARRIVAL + stop)
        assert [(v.delegation_of, v.host) for v in found] == [(RUSSIA, TURKMENISTAN)]
        assert found[0].head is not None and found[0].head.surname == "Minnikhanov"

    def test_the_same_words_with_no_visit_before_are_a_visit(self) -> None:
        found = visits("On 2 March 2024 the Russian delegation visited the Ahal velayat.")
        assert [(v.delegation_of, v.host) for v in found] == [(RUSSIA, TURKMENISTAN)]


class TestProgrammeEncounters:
    @pytest.mark.parametrize(
        "second",
        [
            "The programme of the visit also included a meeting with President Serdar Berdimuhamedov.",
            "During his stay in the Turkmen capital, a meeting with President Serdar Berdimuhamedov took place.",
        ],
    )
    def test_an_encounter_of_the_programme_is_a_meeting(self, second: str) -> None:
        text = f"Russian Foreign Minister Sergei Lavrov paid an official visit to Ashgabat on 1 March 2024. {second}"
        records = records_of(text)
        meetings = [r for r in records if isinstance(r, Meeting)]
        assert any("Berdimuhamedov" in {p.surname for p in m.participants} for m in meetings)
        assert len([r for r in records if isinstance(r, Visit)]) == 1


class TestDatedByTheEventAttended:
    @pytest.mark.parametrize(
        "text",
        [
            "The inauguration of the new head of Tatarstan took place in Kazan on 25 March 2023. "
            "A large delegation of Turkmenistan took part in the celebrations.",
            "A business forum opened in Moscow on 25 March 2023. Rashid Meredov travelled to Moscow to attend it.",
        ],
    )
    def test_journey_to_an_event_takes_its_date(self, text: str) -> None:
        (visit,) = visits(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.date is not None and visit.date.isoformat() == "2023-03-25"

    def test_a_journey_not_to_an_event_stays_undated(self) -> None:
        text = "A business forum opened in Moscow on 25 March 2023. Rashid Meredov travelled to Moscow."
        (visit,) = visits(text)
        assert visit.date is None

    def test_two_dates_before_give_none(self) -> None:
        text = (
            "A forum opened on 25 March 2023 and a fair on 2 April 2023 in Moscow. "
            "Rashid Meredov travelled to Moscow to attend them."
        )
        (visit,) = visits(text)
        assert visit.date is None
