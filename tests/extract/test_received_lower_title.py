""""Received" takes a guest named by a title in lower case too, as most English outlets write a
title set off from the name ("received the governor of the region, Igor Babushkin"); a letter or
congratulations received are no guest."""

from __future__ import annotations

import pytest

import turkru

DATELINE = "Ashgabat, 25 September 2023\n\n"


def encounters(sentence: str) -> list[tuple[object, object]]:
    facts = turkru.to_facts(turkru.parse_article(DATELINE + sentence + "\n"))["facts"]
    assert isinstance(facts, list)
    return [(f["kind"], tuple(f.get("participants") or [f.get("head")])) for f in facts]


@pytest.mark.parametrize(
    ("sentence", "guest"),
    [
        ("On Monday the president of Turkmenistan, Serdar Berdimuhamedov, received the governor of the Astrakhan "
         "region, Igor Babushkin.", "Babushkin"),
        ("President Serdar Berdimuhamedov on Monday received the head of Chuvashia, Oleg Nikolayev, in Ashgabat.",
         "Nikolayev"),
    ],
)
def test_a_guest_titled_in_lower_case_is_received(sentence: str, guest: str) -> None:
    assert ("meeting", ("Berdimuhamedov", guest)) in encounters(sentence)


def test_a_letter_from_an_official_is_no_reception() -> None:
    assert encounters("On Monday Serdar Berdimuhamedov received a letter from the governor of the Astrakhan "
                      "region, Igor Babushkin.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rustam Minnikhanov, who is in Ashgabat on a working visit, was received on Monday by the president of "
        "Turkmenistan, Serdar Berdimuhamedov.",
        "The head of Tatarstan, Rustam Minnikhanov, was received in Ashgabat by president Serdar Berdimuhamedov.",
    ],
)
def test_a_guest_received_by_a_host_titled_in_lower_case(sentence: str) -> None:
    assert any(kind == "meeting" and "Minnikhanov" in people for kind, people in encounters(sentence))
