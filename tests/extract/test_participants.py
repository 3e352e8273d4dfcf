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


class TestInstitutionsAreNotTheirHeads:
    """A ministry is an institution: naming it does not make its minister a participant."""

    @pytest.mark.parametrize(
        "text",
        [
            "The foreign ministries of Turkmenistan and Russia held consultations on security in Ashgabat "
            "on 4 April 2023.",
            "Experts of the foreign ministries of the two countries held consultations on migration in "
            "Moscow on 4 April 2023, a statement of the Turkmen side said.",
        ],
        ids=["ministries-of-both", "experts-of-the-ministries"],
    )
    def test_foreign_ministries(self, text: str) -> None:
        found = participants(text, "2023-04-05")
        assert all(not {"Lavrov", "Meredov"} & names for names in found), found

    def test_the_heads_of_the_ministries_are_the_ministers(self) -> None:
        """'The heads of the foreign ministries' are the ministers (the control case)."""
        text = "The heads of the foreign ministries of the two countries met in Moscow on 4 April 2023."
        assert participants(text, "2023-04-05") == [{"Lavrov", "Meredov"}]


class TestQualifiedTitles:
    """A qualified title ("acting", "former", "vice-", "... committee") is not the plain office's holder."""

    @pytest.mark.parametrize(
        "text",
        [
            "The acting Foreign Minister of Turkmenistan held talks with Sergey Lavrov in Moscow on 5 March 2021.",
            "Sergey Lavrov met the former Turkmen Foreign Minister in Moscow on 5 March 2021.",
        ],
        ids=["acting", "former"],
    )
    def test_no_holder_for_a_qualified_title(self, text: str) -> None:
        found = participants(text, "2021-03-06")
        assert found and all("Meredov" not in names for names in found), found
