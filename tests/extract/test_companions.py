"""'accompanied by': companions take part in the encounter; the one they came with heads the visit."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import AnyRecord, Meeting, Visit


def records_of(text: str) -> tuple[AnyRecord, ...]:
    return parse_article(text, published="2024-03-05").records


class TestAccompaniedVisit:
    @pytest.mark.parametrize(
        ("text", "head"),
        [
            (
                "Russian Foreign Minister Sergei Lavrov, accompanied by his deputy Andrei Rudenko, "
                "arrived in Ashgabat on 1 March 2024.",
                "Lavrov",
            ),
            (
                "Rustam Minnikhanov, who was accompanied by a deputy prime minister of the republic, "
                "visited Ashgabat on 1 March 2024.",
                "Minnikhanov",
            ),
        ],
    )
    def test_the_one_accompanied_heads_the_visit(self, text: str, head: str) -> None:
        (visit,) = [r for r in records_of(text) if isinstance(r, Visit)]
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == head


class TestAccompaniedMeeting:
    @pytest.mark.parametrize(
        ("second", "added"),
        [
            ("He was accompanied by Deputy Foreign Minister Andrei Rudenko.", {"Rudenko"}),
            ("Sergei Lavrov was also accompanied by Alexey Overchuk and Andrei Rudenko.", {"Overchuk", "Rudenko"}),
        ],
    )
    def test_companions_named_next_take_part(self, second: str, added: set[str]) -> None:
        text = f"Sergei Lavrov held talks with Rashid Meredov in Ashgabat on 1 March 2024. {second}"
        (meeting,) = [r for r in records_of(text) if isinstance(r, Meeting)]
        assert {p.surname for p in meeting.participants} == {"Lavrov", "Meredov"} | added

    def test_companions_of_someone_else_do_not(self) -> None:
        text = (
            "Sergei Lavrov held talks with Rashid Meredov in Ashgabat on 1 March 2024. "
            "Alexey Overchuk was accompanied by Andrei Rudenko."
        )
        (meeting,) = [r for r in records_of(text) if isinstance(r, Meeting)]
        assert {p.surname for p in meeting.participants} == {"Lavrov", "Meredov"}

    def test_turkmen_side_companion(self) -> None:
        text = (
            "President Serdar Berdimuhamedov received Sergei Lavrov in Ashgabat on 1 March 2024. "
            "The President was accompanied by Rashid Meredov."
        )
        (meeting,) = [r for r in records_of(text) if isinstance(r, Meeting)]
        assert "Meredov" in {p.surname for p in meeting.participants}
        assert TURKMENISTAN in {p.country for p in meeting.participants}
