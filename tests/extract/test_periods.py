"""The period a trade figure covers, as parse_article dates it (turkru.extract.periods)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru import parse_article
from turkru.extract.periods import nearest_position, nearest_position_by_scan
from turkru.lexicon import Lexicon
from turkru.model.dates import PartialDate
from turkru.model.records import TradeFlow

LEAD = "Turkmenistan and Russia continue to develop their partnership.\n\n"


def flows_in(text: str, published: str | None = None) -> list[TradeFlow]:
    """The trade flows of *text* after a lead naming both sides."""
    records = parse_article(LEAD + text, published=published).records
    return [record for record in records if isinstance(record, TradeFlow)]


class TestComparisonBase:
    @pytest.mark.parametrize(
        "text",
        [
            "Trade turnover grew by 20% to $500 million in the first half of 2023 compared to the same period of 2022.",
            "In January-May 2023 trade turnover reached $410 million, which is 9 percent more than in 2022.",
        ],
        ids=["compared-to-same-period", "more-than-in"],
    )
    def test_the_base_year_is_not_the_period(self, text: str) -> None:
        """The year a figure is compared with is its base, not its period."""
        (flow,) = flows_in(text)
        assert flow.date == PartialDate(2023)

    def test_a_figure_with_only_a_base_takes_the_running_period(self) -> None:
        """'Up 30% from the H1 2019', after a figure for H1 2020, covers H1 2020: dated 2020."""
        text = (
            "In the first half of 2020 trade turnover reached $600 million. "
            "Turkmen exports to Russia amounted to $250 million, up 30% from the H1 2019."
        )
        total, exports = flows_in(text)
        assert total.date == exports.date == PartialDate(2020)


class TestRunningPeriod:
    @pytest.mark.parametrize("phrase", ["in this period", "over the same period"])
    def test_this_period_points_back(self, phrase: str) -> None:
        """'In this period' takes the period of the figure before."""
        text = (
            "In January-March 2024 trade turnover reached $300 million. "
            f"Russian exports to Turkmenistan {phrase} amounted to $200 million."
        )
        total, exports = flows_in(text)
        assert exports.date == total.date == PartialDate(2024)

    def test_since_the_beginning_of_a_year(self) -> None:
        """'Since the beginning of 2025' is the figure's own year."""
        (flow,) = flows_in("Since the beginning of 2025 trade turnover has grown by 10%.", published="2025-06-01")
        assert flow.date == PartialDate(2025)


class TestPrecision:
    @pytest.mark.parametrize(
        "text",
        [
            "On 5 March 2022 the customs service reported that trade turnover had reached $1.1 billion.",
            "Turkmenistan exported 40,000 tonnes of cotton yarn to Russia in March 2022.",
        ],
        ids=["day-of-report", "month"],
    )
    def test_a_figure_is_dated_by_its_year(self, text: str) -> None:
        """A day or month beside a figure dates the report, not a period: the figure takes the year."""
        (flow,) = flows_in(text)
        assert flow.date == PartialDate(2022)

    @pytest.mark.parametrize(
        "text",
        [
            "A Russian-built helicopter was delivered to Turkmenistan on 12 May 2021.",
            "Twelve trucks were shipped to Turkmenistan from Russia on 12 May 2021.",
        ],
        ids=["delivered", "shipped"],
    )
    def test_a_single_delivery_keeps_its_day(self, text: str) -> None:
        """A one-off shipment is dated by its day."""
        (flow,) = flows_in(text)
        assert flow.date == PartialDate(2021, 5, 12)


class TestNearestPosition:
    @given(
        st.lists(st.integers(0, 80), max_size=12).map(sorted),
        st.integers(0, 80),
        st.none() | st.integers(0, 90),
    )
    def test_agrees_with_reading_every_date(self, starts: list[int], local: int, until: int | None) -> None:
        """The bisecting look-up picks the date that reading every date in order picks."""
        assert nearest_position(starts, local, until) == nearest_position_by_scan(starts, local, until)

    def test_a_date_after_wins_an_even_distance(self) -> None:
        """Two dates at the same distance: the one after the figure is its period."""
        assert nearest_position([10, 30], 20) == 1

    def test_the_own_stretch_comes_first(self) -> None:
        """With *until*, a date in the figure's own stretch wins over a nearer one before it."""
        assert nearest_position([18, 40], 20, until=50) == 1
        assert nearest_position([18, 40], 20, until=30) == 0


class TestInjectedLexicon:
    def test_an_added_signing_verb_marks_a_document_date(self) -> None:
        """A DOCUMENT_VERB added by an injected lexicon makes its date a document's, not the flow's period."""
        text = LEAD + "Turkmenistan sold cotton to Russia under a deal penned in 2015."
        extra = Lexicon.from_data({"words": {"DOCUMENT_VERB": ["penned"]}})
        (plain,) = [r for r in parse_article(text).records if isinstance(r, TradeFlow)]
        (injected,) = [r for r in parse_article(text, lexicon=extra).records if isinstance(r, TradeFlow)]
        assert (plain.date, injected.date) == (PartialDate(2015), None)
