"""Which dates can date an event in a sentence, and what sentences without one carry."""

from __future__ import annotations

import pytest

from turkru import PartialDate
from turkru.extract.document import Document
from turkru.extract.event_dates import event_dates
from turkru.extract.pipeline import build_document
from turkru.gazetteer import Gazetteer
from turkru.model.provenance import Source

PUBLISHED = PartialDate(2021, 9, 14)


def _document(text: str, published: PartialDate | None = PUBLISHED) -> Document:
    return build_document(text, Source(article_id="test", published=published), published, Gazetteer.default())


def _event_values(text: str) -> list[str]:
    return [t.value.isoformat() for s in _document(text).sentences for t in event_dates(s) if t.value is not None]


class TestComparisonBase:
    """The date a figure is compared with is not the figure's date."""

    @pytest.mark.parametrize(
        "text",
        [
            "Exports of cotton reached 40 million dollars in 2020, compared to the same period of 2019.",
            "Exports of cotton reached 40 million dollars in 2020, up 12.5% (or 4 million) from the 2019 level.",
            "Exports of cotton were higher in 2020 than in 2019.",
        ],
    )
    def test_base_year_left_out(self, text: str) -> None:
        """Only the figure's own year dates it."""
        assert _event_values(text) == ["2020"]

    def test_plain_from_still_dates(self) -> None:
        """'from' without a change before it is no comparison ("flights from 2022")."""
        assert _event_values("Regular flights were opened from Kazan in 2022.") == ["2022"]


class TestAnaphoricPeriod:
    """ "In this period" takes the period told just before."""

    @pytest.mark.parametrize(
        "phrase", ["in this period", "over the same period", "During That Period", "FOR THE SAID PERIOD"]
    )
    def test_carries_previous_period(self, phrase: str) -> None:
        """The second figure is dated by the first figure's period."""
        text = (
            "In the first half of 2021, trade between the two countries reached 300 million dollars. "
            f"Imports of vegetables {phrase} grew by 20 percent."
        )
        second = _document(text).sentences[-1]
        assert [t.value for t in second.carried] == [PartialDate(2021)]

    def test_without_the_period_word_nothing_is_carried(self) -> None:
        """The sentence's cue test needs the word 'period': "in this quarter" points back to nothing."""
        text = (
            "In the first half of 2021, trade between the two countries reached 300 million dollars. "
            "Imports of vegetables in this quarter grew by 20 percent."
        )
        assert _document(text).sentences[-1].carried == ()

    def test_period_of_a_year_is_not_anaphoric(self) -> None:
        """'over the same period of 2020' names its own year and carries nothing."""
        text = (
            "In the first half of 2021, trade between the two countries reached 300 million dollars. "
            "Imports of vegetables grew by 20 percent over the same period of 2020."
        )
        assert _document(text).sentences[-1].carried == ()


TRANSCRIPT = (
    "Talks with the Prime Minister\n\n"
    "KAZAN, September 14\n\n"
    "Transcript of the beginning of the talks:\n\n"
    "Rustam Minnikhanov: Dear Mr Berdimuhamedov, welcome to Kazan. We are glad to see you here.\n\n"
    "Serdar Berdimuhamedov: Thank you. Our talks today are a good chance to discuss trade.\n"
)


class TestTranscript:
    """The turns of a transcript are dated by its header."""

    def test_turn_carries_header_day(self) -> None:
        """A speaker's undated sentence carries the header's day."""
        document = _document(TRANSCRIPT)
        turn = next(s for s in document.sentences if s.text.startswith("We are glad"))
        assert [t.value for t in turn.carried] == [PUBLISHED]

    def test_two_speakers_make_a_transcript(self) -> None:
        """Without the word 'transcript', two labelled speakers are enough."""
        text = TRANSCRIPT.replace("Transcript of the beginning of the talks:", "The talks began.")
        turn = next(s for s in _document(text).sentences if s.text.startswith("We are glad"))
        assert [t.value for t in turn.carried] == [PUBLISHED]

    def test_recalled_occasion_not_dated(self) -> None:
        """A speaker recalling an earlier occasion ("we signed there") is not dated by the header."""
        text = TRANSCRIPT.replace("We are glad to see you here.", "We signed a treaty there during my visit.")
        turn = next(s for s in _document(text).sentences if s.text.startswith("We signed"))
        assert turn.carried == ()

    def test_no_header_day_no_date(self) -> None:
        """Without a day to take, nothing is carried."""
        turn = next(s for s in _document(TRANSCRIPT, None).sentences if s.text.startswith("We are glad"))
        assert turn.carried == ()
