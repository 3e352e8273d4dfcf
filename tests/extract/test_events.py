"""Events found by parse_article: named forums, summits, festivals, multilateral meetings."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, Event, Status


def events_in(text: str, published: str | None = None) -> list[Event]:
    """The events of *text*, after checking every evidence span of every record."""
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return [record for record in records if isinstance(record, Event)]


class TestEvents:
    def test_summit_with_place_and_day(self) -> None:
        """'The CIS summit was held in Ashgabat on ...'."""
        (event,) = events_in("The CIS summit was held in Ashgabat on 15 October 2021.")
        assert "CIS summit" in event.name
        assert event.status is Status.HELD
        assert event.date == PartialDate(2021, 10, 15)
        assert event.place is not None and event.place.name == "Ashgabat"

    def test_named_forum(self) -> None:
        """A capitalised forum name is kept as the text writes it."""
        (event,) = events_in("The Caspian Economic Forum opened in Moscow on 6 October 2022.")
        assert "Caspian Economic Forum" in event.name
        assert event.date == PartialDate(2022, 10, 6)

    def test_planned_days_of_culture(self) -> None:
        """Days of culture that 'will be held in December 2023' are planned, dated to the month."""
        text = "The Days of Culture of Turkmenistan in Russia will be held in Moscow in December 2023."
        (event,) = events_in(text)
        assert "Days of Culture" in event.name
        assert event.status is Status.PLANNED
        assert event.date == PartialDate(2023, 12)


class TestNoEvent:
    @pytest.mark.parametrize(
        "text",
        [
            "The sides noted the positive dynamics of cooperation.",
            "The ministers discussed preparations for an exhibition.",
            "The weather in Ashgabat was sunny on Tuesday.",
            "Russian Export Centre experts visited Ashgabat.",
        ],
    )
    def test_no_named_event(self, text: str) -> None:
        """Without a named forum, summit or festival there is no event."""
        assert events_in(text) == []
