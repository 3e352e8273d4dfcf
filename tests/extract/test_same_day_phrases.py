"""'Earlier in the day', 'later that day', 'in the evening': the day the story last told, as
'on the same day' is; a date written after them still wins ("in the evening of 5 May")."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Meeting


def meeting_dates(text: str) -> list[tuple[PartialDate | None, list[str]]]:
    records = parse_article(text, published="2024-05-06").records
    return [(r.date, [p.surname for p in r.participants]) for r in records if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Rustam Minnikhanov was received by President Serdar Berdimuhamedov today. Earlier in the day, he "
         "held talks with Rashid Meredov.", PartialDate(2024, 5, 6)),
        ("Lavrov and Meredov met in Moscow on 2 May. In the evening, Meredov held talks with Mikhail Mishustin.",
         PartialDate(2024, 5, 2)),
        ("Lavrov and Meredov met in Moscow on 2 May. Later that day, Meredov held talks with Mikhail Mishustin.",
         PartialDate(2024, 5, 2)),
    ],
)
def test_a_same_day_phrase_dates_the_second_meeting(text: str, date: PartialDate) -> None:
    found = meeting_dates(text)
    assert len(found) == 2
    assert found[1][0] == date


def test_a_written_date_after_the_phrase_wins() -> None:
    text = (
        "Lavrov and Meredov met in Moscow on 2 May. In the evening of 5 May, Meredov held talks with "
        "Mikhail Mishustin."
    )
    assert meeting_dates(text)[1][0] == PartialDate(2024, 5, 5)
