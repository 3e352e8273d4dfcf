"""An unnamed official of the other side known by a company's title ("held talks with the
Chairman of the State Concern Turkmennebit"): a meeting with that side, the title as a role."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting


@pytest.mark.parametrize(
    ("text", "role_word"),
    [
        ("On Wednesday, Russian Deputy Energy Minister Pavel Sorokin held talks on the sidelines of the conference "
         "with the Chairman of the State Concern Turkmennebit.", "Turkmennebit"),
        ("On Wednesday, Deputy Foreign Minister Vepa Hajiyev held talks in Moscow with the Chairman of the Board "
         "of Gazprom.", "Gazprom"),
    ],
)
def test_a_company_title_names_the_other_side(text: str, role_word: str) -> None:
    meetings = [r for r in parse_article(text, published="2023-10-26").records if isinstance(r, Meeting)]
    assert len(meetings) == 1
    assert any(role_word in role for role in meetings[0].roles)
