"""Synonyms news prose uses for the common verbs: a head of state who "hosted" a guest received
him (a visit as well as a meeting), and a document "to be inked" is still to be signed."""

from __future__ import annotations

import pytest

import turkru

DATELINE = "Ashgabat, 25 September 2023\n\n"


def facts(sentence: str) -> list[dict[str, object]]:
    found = turkru.to_facts(turkru.parse_article(DATELINE + sentence + "\n"))["facts"]
    assert isinstance(found, list)
    return found


@pytest.mark.parametrize(("sentence", "guest"), [
    ("On 12 March 2024, the President of Turkmenistan Serdar Berdimuhamedov hosted the Governor of the Astrakhan "
     "region of the Russian Federation Igor Babushkin.", "Babushkin"),
    ("On 3 June 2023, Turkmenistan's leader Serdar Berdimuhamedov hosts the Head of the Republic of Tatarstan of "
     "the Russian Federation Rustam Minnikhanov.", "Minnikhanov"),
])
def test_a_guest_hosted_is_on_a_visit(sentence: str, guest: str) -> None:
    assert [(f["delegation_of"], f["head"]) for f in facts(sentence) if f["kind"] == "visit"] == [("RU", guest)]


def test_a_city_that_hosted_a_forum_receives_no_guest() -> None:
    assert [f["kind"] for f in facts("Ashgabat hosted the Turkmen-Russian business forum on Tuesday.")] == ["event"]


@pytest.mark.parametrize("verb", ["signed", "inked"])
def test_a_document_to_be_inked_is_planned_as_one_to_be_signed(verb: str) -> None:
    found = facts(f"Vladimir Putin will visit Ashgabat next week. A treaty on strategic partnership is to be {verb} "
                  "during the visit.")
    assert [(f["kind"], f["status"]) for f in found if f["kind"] == "agreement"] == [("agreement", "planned")]
