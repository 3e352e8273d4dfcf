"""Who took part: the people a sentence names, resolved with the gazetteer (extract.participants).

Every sentence here is written for the test; the unlisted people are made up.
"""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting


def participants(text: str, published: str) -> list[set[str]]:
    """The participants' surnames of each meeting of *text*."""
    records = parse_article(text, published=published).records
    return [{person.surname for person in record.participants} for record in records if isinstance(record, Meeting)]


class TestNameBesideTitle:
    """An explicit name right after an office title is the participant, not the office's usual holder."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            (
                "Acting Minister of Foreign Affairs of Turkmenistan Aman Karayev held talks with "
                "Russian Foreign Minister Sergey Lavrov in Moscow on 5 March 2021.",
                "2021-03-06",
                {"Karayev", "Lavrov"},
            ),
            (
                "On Tuesday the Turkmen Foreign Minister, Bayram Orazov, met Russia's Deputy Prime Minister "
                "Alexander Novak in Ashgabat.",
                "2022-10-12",
                {"Orazov", "Novak"},
            ),
        ],
        ids=["acting-minister", "title-comma-name"],
    )
    def test_the_named_person_wins(self, text: str, published: str, expected: set[str]) -> None:
        assert participants(text, published) == [expected]
