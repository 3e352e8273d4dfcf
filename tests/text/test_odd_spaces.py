"""Pages write dates and sums with no-break and thin spaces ("14\u00a0March", "1.2\u202fbillion"):
the text reads them as plain spaces, so an article says the same with either, and the evidence
still quotes the page as written."""

from __future__ import annotations

import pytest

import turkru
from turkru.text.clean import page_text

TALKS = (
    "Ashgabat, 14 March 2024\n\n"
    "Foreign Minister of Turkmenistan Rashid Meredov held talks with Russian Foreign Minister "
    "Sergei Lavrov in Ashgabat on 13 March. The ministers discussed transport and energy.\n"
)
TRADE = (
    "Moscow, 2 February 2024\n\n"
    "Trade between Russia and Turkmenistan reached 1.2 billion dollars in 2023, the Russian "
    "trade mission said on Friday.\n"
)


def facts(text: str) -> dict[str, object]:
    return turkru.to_facts(turkru.parse_article(text, article_id="spaces"))


@pytest.mark.parametrize(("text", "space"), [(TALKS, "\u00a0"), (TRADE, "\u202f"), (TRADE, "\u2009")])
def test_a_typographic_space_beside_a_number_reads_as_a_plain_one(text: str, space: str) -> None:
    odd = text.replace(" 1", f"{space}1").replace("4 M", f"4{space}M").replace(" billion", f"{space}billion")
    assert odd != text
    assert facts(odd) == facts(text)
    assert facts(text)["facts"]


def test_the_evidence_quotes_the_page_with_its_own_spaces() -> None:
    odd = TALKS.replace("13 March", "13\u00a0March")
    article = turkru.parse_article(odd, article_id="spaces")
    quoted = [span.text for record in article.records for span in record.evidence]
    assert any("13\u00a0March" in text for text in quoted)


def test_the_page_keeps_the_length_of_the_text() -> None:
    odd = "On 14\u00a0March\u3000the\u2009sides met."
    assert page_text(odd) == "On 14 March the sides met."
