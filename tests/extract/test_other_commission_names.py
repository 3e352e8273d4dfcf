"""A bilateral commission for another field than the economy is a body of its own ("other"),
however long the countries' names before its field."""

from __future__ import annotations

import pytest

import turkru


@pytest.mark.parametrize("sides", ["the Russian Federation and Turkmenistan",
                                   "Turkmenistan and the Russian Federation"])
def test_a_field_after_long_names_makes_another_body(sides: str) -> None:
    text = (f"Ashgabat, 4 May 2022\n\nA meeting of the Intergovernmental Commission of {sides} in the field of "
            "culture and tourism was held in Ashgabat on Wednesday.\n")
    facts = turkru.to_facts(turkru.parse_article(text))["facts"]
    assert isinstance(facts, list)
    assert [(f["kind"], f["body"]) for f in facts] == [("commission_session", "other")]
