"""'Led by Governor <Name> ... the governor met ...': a lower-case definite title points back to
the name a bare title word introduced; a resident trade representative meets without visiting."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting, Visit


def records_of(text: str) -> tuple[object, ...]:
    return parse_article(text, published="2024-04-05").records


def meeting_people(text: str) -> list[set[str]]:
    return [{p.surname for p in r.participants} for r in records_of(text) if isinstance(r, Meeting)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "A delegation led by Governor Igor Babushkin arrived in Ashgabat on 3 April 2024. "
            "On the same day the governor held talks with Deputy Chairman of the Cabinet of Ministers "
            "of Turkmenistan Kerim Orazov.",
            {"Babushkin", "Orazov"},
        ),
        (
            "Moscow officials headed by Mayor Sergey Sobyanin came to Ashgabat on 2 April 2024. "
            "There the mayor met Turkmen Deputy Foreign Minister Vepa Hajiyev.",
            {"Sobyanin", "Hajiyev"},
        ),
    ],
)
def test_lower_case_title_points_back_to_the_bare_titled_name(text: str, people: set[str]) -> None:
    assert people in meeting_people(text)


def test_lower_case_title_of_two_bare_titled_names_is_no_one() -> None:
    """Two governors introduced: 'the governor' is ambiguous and stands for neither."""
    text = (
        "Governor Igor Babushkin and Governor Alexander Zhilkin arrived in Ashgabat on 3 April 2024. "
        "The governor held talks with Deputy Chairman of the Cabinet of Ministers of Turkmenistan Kerim Orazov."
    )
    assert all(not people & {"Babushkin", "Zhilkin"} for people in meeting_people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ashgabat, 4 April 2024. Acting Trade Representative of the Russian Federation in Turkmenistan "
        "Dmitry Kolesov today met Chairman of the Chamber of Commerce and Industry of Turkmenistan "
        "Nurmuhammet Amannepesov.",
        "Ashgabat, 4 April 2024. The Russian trade representative in Turkmenistan, Pavel Orlov, today held "
        "talks with Turkmen Deputy Foreign Minister Vepa Hajiyev in Ashgabat.",
    ],
)
def test_resident_trade_representative_meets_without_a_visit(text: str) -> None:
    records = records_of(text)
    assert any(isinstance(r, Meeting) for r in records)
    assert not any(isinstance(r, Visit) for r in records)
