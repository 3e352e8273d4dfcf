""""His Turkmen counterpart Batyr Amanov" names the counterpart: the gazetteer's holder of the
matching office is not added beside him (a new minister the gazetteer does not know yet), while
a counterpart left unnamed is still its holder."""

from __future__ import annotations

import pytest

import turkru


def participants(text: str) -> list[list[object]]:
    facts = turkru.to_facts(turkru.parse_article(text))["facts"]
    assert isinstance(facts, list)
    return [list(f["participants"]) for f in facts if f["kind"] == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow, 2 April 2021\n\nRussian Foreign Minister Sergey Lavrov held talks with his Turkmen counterpart "
     "Batyr Amanov in Moscow on Thursday.\n", ["Lavrov", "Amanov"]),
    ("Ashgabat, 9 June 2022\n\nTurkmen Foreign Minister Rashid Meredov on Wednesday met his Russian counterpart, "
     "Ivan Petrovsky, in Ashgabat.\n", ["Meredov", "Petrovsky"]),
])
def test_a_named_counterpart_is_the_one_named(text: str, expected: list[str]) -> None:
    assert participants(text) == [expected]


def test_an_unnamed_counterpart_is_the_office_holder() -> None:
    found = participants("Moscow, 2 April 2021\n\nRussian Foreign Minister Sergey Lavrov held talks with his "
                         "Turkmen counterpart in Moscow on Thursday.\n")
    assert found == [["Lavrov", "Meredov"]]
