"""A rate is a rate however it is written: "11%", "11 per cent", "11 percent" or the wires'
"11 pct", in a turnover and in the shares of it that follow ("exports - by 11 per cent")."""

from __future__ import annotations

import pytest

import turkru

SPEAKER = ("Kazan, 5 March 2024\n\nRussian Deputy Prime Minister Marat Khusnullin spoke to reporters after "
           "the talks.\n\n")
SHARES = ("\u201cBy the results of last year, the trade turnover between Russia and Turkmenistan rose by 9{p} and "
          "reached 600 million tons, exports \u2013 by 11{p} (reached 500 million tons), imports \u2013 by 20{p} "
          "(reached 100 million tons),\u201d Khusnullin said.\n")
WIRE = "Moscow, 2 February 2024\n\nTrade between Turkmenistan and Russia grew 14{p} last year to $1.6 billion.\n"


def changes(text: str) -> list[tuple[object, object]]:
    facts = turkru.to_facts(turkru.parse_article(text))["facts"]
    assert isinstance(facts, list)
    return [(fact["direction"], (fact.get("change") or {}).get("percent")) for fact in facts]


@pytest.mark.parametrize("sign", ["%", " per cent", " percent", " pct"])
def test_the_shares_of_a_turnover_keep_their_rates(sign: str) -> None:
    assert changes(SPEAKER + SHARES.format(p=sign)) == [("turnover", 9), ("export", 11), ("export", 20)]


@pytest.mark.parametrize("sign", ["%", " per cent", " pct"])
def test_a_wire_rate_is_a_change(sign: str) -> None:
    assert changes(WIRE.format(p=sign)) == [("turnover", 14)]
