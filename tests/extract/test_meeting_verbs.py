"""More of news prose's encounter verbs: 'conferred with', 'telephoned', and 'hosted' or
'welcomed' with a guest after them (not 'hosted a forum', 'welcomed the decision')."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting, MeetingMode


def meetings_of(text: str) -> list[tuple[MeetingMode, set[str]]]:
    records = parse_article(text, published="2024-06-05").records
    return [(r.mode, {p.surname for p in r.participants}) for r in records if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    ("text", "mode", "people"),
    [
        ("On 3 June 2024 Deputy Prime Minister Alexei Overchuk conferred with Rashid Meredov in Ashgabat.",
         MeetingMode.IN_PERSON, {"Overchuk", "Meredov"}),
        ("Sergey Lavrov will confer with Rashid Meredov in Moscow next week.", MeetingMode.IN_PERSON,
         {"Lavrov", "Meredov"}),
        ("Vladimir Putin telephoned Serdar Berdimuhamedov on 3 June 2024 to wish him a happy birthday.",
         MeetingMode.PHONE, {"Putin", "Berdimuhamedov"}),
        ("On 3 June 2024 Rashid Meredov phoned Sergey Lavrov.", MeetingMode.PHONE, {"Meredov", "Lavrov"}),
        ("Vladimir Putin hosted Serdar Berdimuhamedov at his country residence on 3 June 2024.",
         MeetingMode.IN_PERSON, {"Putin", "Berdimuhamedov"}),
        ("President Serdar Berdimuhamedov welcomed Prime Minister Mikhail Mishustin in Ashgabat on 3 June 2024.",
         MeetingMode.IN_PERSON, {"Berdimuhamedov", "Mishustin"}),
    ],
)
def test_encounter_verbs(text: str, mode: MeetingMode, people: set[str]) -> None:
    assert (mode, people) in meetings_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Serdar Berdimuhamedov hosted a forum on 3 June 2024 and welcomed the decision of Russia.",
        "Vladimir Putin hosted the summit in St. Petersburg on 3 June 2024, which Sergey Lavrov welcomed.",
    ],
)
def test_hosting_and_welcoming_things_are_no_encounters(text: str) -> None:
    assert meetings_of(text) == []
