"""An invitation is a plan whoever it names: "invited Turkmenistan's leader to visit" as much as
"invited the Turkmen leader to visit" (a possessive or hyphenated word is a word of the guest)."""

from __future__ import annotations

import pytest

import turkru

RECEPTION = ("Ufa, 25 April 2024\n\nOn 22 April, Radiy Khabirov, head of Bashkortostan, was received in Ashgabat by "
             "President of Turkmenistan Serdar Berdimuhamedov. {invitation}\n")
TALKS = ("Moscow, 9 June 2023\n\nSerdar Berdimuhamedov held talks with Vladimir Putin in the Kremlin on Friday. "
         "{invitation}\n")


def visits(text: str) -> list[tuple[object, object, object]]:
    facts = turkru.to_facts(turkru.parse_article(text))["facts"]
    assert isinstance(facts, list)
    return [(f["delegation_of"], f["host"], f["status"]) for f in facts if f["kind"] == "visit"]


@pytest.mark.parametrize("invitation", [
    "Khabirov invited Turkmenistan\u2019s leader to visit Ufa.",
    "Khabirov invited Turkmenistan's President to pay a visit to Ufa.",
])
def test_a_guest_invited_by_a_possessive_title_is_a_planned_visit(invitation: str) -> None:
    assert ("TM", "RU", "planned") in visits(RECEPTION.format(invitation=invitation))


def test_the_other_way_round() -> None:
    found = visits(TALKS.format(invitation="The Turkmen leader invited Russia\u2019s President to come to Ashgabat."))
    assert ("RU", "TM", "planned") in found
    assert ("RU", "TM", "held") not in found
