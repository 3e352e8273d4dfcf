"""People the gazetteer does not know, introduced with a side ("Russia's Deputy Minister of Energy
X"), keep that side when the article names them again by surname: their later encounters are
meetings of the two sides, and the people on each side stay apart."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting


def _meetings(text: str) -> list[Meeting]:
    article = parse_article(text, published="2024-05-16")
    return [r for r in article.records if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    "text",
    [
        "ASHGABAT, 16 May 2024 - Russian Deputy Minister of Energy Pavel Korotkov held talks with Turkmen "
        "Minister of Energy Batyr Orazov today. Korotkov also met Deputy Chairman of the Cabinet of Ministers "
        "Hojamyrat Geldimyradov.",
        "ASHGABAT, 16 May 2024 - Turkmenistan's Minister of Textile Industry Begench Hallyev received a delegation "
        "headed by Russia's Deputy Minister of Industry and Trade Vasily Osmakov today. Later in the day Osmakov "
        "had a meeting with Deputy Chairman of the Cabinet of Ministers Hojamyrat Geldimyradov.",
    ],
    ids=["also-met", "later-in-the-day"],
)
def test_a_surname_keeps_the_side_its_title_gave(text: str) -> None:
    keys = [sorted(p.key for p in m.participants) for m in _meetings(text)]
    assert len(keys) == 2
    assert any("geldimiradov" in k for k in keys)
    people = {p.key: p.country for m in _meetings(text) for p in m.participants}
    assert set(people.values()) == {"RU", "TM"}


@pytest.mark.parametrize(
    "text",
    [
        "ASHGABAT, 16 May 2024 - Korotkov, a Russian engineer, spoke to students today. Korotkov also met "
        "Deputy Chairman of the Cabinet of Ministers Hojamyrat Geldimyradov.",
        "ASHGABAT, 16 May 2024 - Pavel Korotkov wrote about Russian gas. Korotkov also met Deputy Chairman of the "
        "Cabinet of Ministers Hojamyrat Geldimyradov.",
    ],
    ids=["no-title-before-the-name", "an-adjective-elsewhere"],
)
def test_no_side_without_a_title(text: str) -> None:
    """A country word near a name that is not its title gives no side: no encounter of the two sides."""
    assert _meetings(text) == []
