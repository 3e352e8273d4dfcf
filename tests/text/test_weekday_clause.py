"""A weekday in a sentence that reports a past act and then a future one looks back: the tense is
the one of the marker nearest the weekday, not any future word somewhere in the sentence."""

from __future__ import annotations

import pytest

from turkru.model.dates import PartialDate
from turkru.text._tense import Tense, tense_near
from turkru.text.sentences import split_sentences
from turkru.text.timex import find_timexes

THURSDAY = PartialDate.parse("2024-05-16")


def _weekday_value(text: str, weekday: str) -> str | None:
    (found,) = [t for t in find_timexes(text, split_sentences(text), THURSDAY) if t.text.endswith(weekday)]
    return found.value.isoformat() if found.value else None


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed a protocol on customs on Tuesday, which will speed up border checks.",
        "On Tuesday the two banks opened a credit line and discussed preparations for the next forum.",
    ],
)
def test_a_past_report_with_a_future_clause_looks_back(text: str) -> None:
    assert _weekday_value(text, "Tuesday") == "2024-05-14"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy arrived on Sunday and is expected to be received by the president on Tuesday.",
        "The minister, who was in Baku last month, will visit Ashgabat on Tuesday.",
    ],
)
def test_a_future_clause_still_looks_ahead(text: str) -> None:
    assert _weekday_value(text, "Tuesday") == "2024-05-21"


def test_the_nearest_marker_decides() -> None:
    text = "They met on Monday and will sign it"
    assert tense_near(text, text.index("Monday")) is Tense.PAST
    assert tense_near(text, text.index("sign")) is Tense.FUTURE
    assert tense_near("no marker here", 3) is Tense.UNKNOWN
