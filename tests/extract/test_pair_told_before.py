"""A sentence that opens on a pair it names no one of ("The two ministers agreed to meet again",
"Both leaders will meet in Astana") tells an encounter of the two people named just before."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Meeting, Status

_CALL = "MOSCOW, 14 March 2024 - Vladimir Putin and Serdar Berdimuhamedov spoke by telephone on Thursday. "
_TALKS = (
    "ASHGABAT, 14 March 2024 - Russian Deputy Minister of Energy Pavel Korotkov held talks with Turkmen "
    "Minister of Energy Batyr Orazov on Thursday. "
)


def _planned(text: str) -> list[Meeting]:
    records = parse_article(text, published="2024-03-14").records
    return [r for r in records if isinstance(r, Meeting) and r.status is Status.PLANNED]


@pytest.mark.parametrize(
    ("text", "keys", "place"),
    [
        (_CALL + "The leaders agreed to meet in Astana next month.", {"putin", "berdimuhamedov"}, "Astana"),
        (_CALL + "Both heads of state will meet in Dushanbe next month.", {"putin", "berdimuhamedov"}, "Dushanbe"),
        (_TALKS + "The two ministers agreed to meet again in Moscow next month.", {"korotkov", "orazov"}, "Moscow"),
    ],
    ids=["the-leaders", "both-heads-of-state", "the-two-ministers"],
)
def test_the_pair_named_before_meets_again(text: str, keys: set[str], place: str) -> None:
    (meeting,) = _planned(text)
    assert {p.key for p in meeting.participants} == {k for k in keys}
    assert meeting.date == PartialDate(2024, 4)
    assert meeting.place is not None and meeting.place.name == place


@pytest.mark.parametrize(
    "text",
    [
        _TALKS + "The interlocutors discussed the schedule of consultations planned in Moscow next month.",
        _TALKS + "The heads and representatives of several ministries will attend the meeting in Moscow next month.",
        "MOSCOW, 14 March 2024 - Vladimir Putin spoke to reporters on Thursday. The leaders will meet in Astana "
        "next month.",
        _TALKS + "Kazakh Prime Minister Olzhas Bektenov came later. The two ministers will meet in Moscow next month.",
    ],
    ids=["an-encounter-spoken-of", "heads-and-representatives", "one-side-named-before", "someone-else-between"],
)
def test_no_encounter_of_the_pair_without_them(text: str) -> None:
    """The pair is the encounter's subject, right before its verb; the sentences before name one
    person of each side and no third party."""
    assert _planned(text) == []
