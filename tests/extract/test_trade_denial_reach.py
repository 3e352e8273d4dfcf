"""A denial after a trade word ("... has not yet been resumed") is read as far from it whatever the
length of the names in between: a long official name counts as one word."""

from __future__ import annotations

import pytest

import turkru

DATELINE = "Ashgabat, 5 March 2019\n\n"


def flows(sentence: str) -> list[dict[str, object]]:
    facts = turkru.to_facts(turkru.parse_article(DATELINE + sentence + "\n"))["facts"]
    assert isinstance(facts, list)
    return [fact for fact in facts if fact["kind"] == "trade_flow"]


@pytest.mark.parametrize(
    "sentence",
    [
        "However, the supply of Turkmen natural gas to the Russian Federation has not yet been resumed.",
        "Shipments of Turkmen cotton fibre to the Republic of Bashkortostan have not been restarted since 2016.",
    ],
)
def test_a_denial_beyond_a_long_name_still_denies(sentence: str) -> None:
    assert flows(sentence) == []


def test_goods_that_did_move_are_still_a_flow() -> None:
    moved = flows("In 2018 the supply of Turkmen natural gas to the Russian Federation grew by 12 percent.")
    assert [(f["exporter"], f["importer"]) for f in moved] == [("TM", "RU")]
