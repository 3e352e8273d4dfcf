"""Trade figures that follow a bilateral total (session 10, probe set 2): each rule in two wordings."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.dates import PartialDate
from turkru.model.records import Direction, TradeFlow


def flows_in(text: str) -> list[TradeFlow]:
    records = parse_article(text, published="2025-10-14").records
    return [record for record in records if isinstance(record, TradeFlow)]


@pytest.mark.parametrize(
    ("text", "exporter", "goods"),
    [
        (
            "Trade between Turkmenistan and Russia grew 12 percent in January-June 2025 to $700 million. "
            "Russian exports, mostly wheat and timber, accounted for $520 million of the total.",
            RUSSIA,
            "wheat",
        ),
        (
            "Russian-Turkmen trade turnover reached $1.4 billion in 2024, customs data show. "
            "Deliveries of Russian machinery made up about $300 million. "
            "Turkmen shipments of cotton yarn brought in $150 million.",
            TURKMENISTAN,
            "cotton yarn",
        ),
    ],
)
def test_a_share_of_the_bilateral_total_goes_to_the_other_side_and_takes_its_period(
    text: str, exporter: str, goods: str
) -> None:
    exports = [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT and flow.exporter == exporter]
    assert len(exports) == 1
    assert goods in exports[0].commodities
    assert exports[0].importer == ({RUSSIA, TURKMENISTAN} - {exporter}).pop()
    assert exports[0].date is not None and exports[0].date.year in (2024, 2025)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Turkmenistan and Russia grew 12 percent in 2024 to $1.5 billion. "
        "Turkmen exports of gas to China brought in $9 billion.",
        "Turkmenistan's trade with Russia reached $1.5 billion last year. "
        "Kazakhstan's exports of wheat totalled $2 billion.",
    ],
)
def test_a_figure_naming_a_third_country_is_no_share(text: str) -> None:
    assert [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Turkmenistan and Russia rose 18 percent to $1.2 billion in 2025, as Moscow stepped up "
        "grain and food deliveries to the gas-rich state.",
        "Russian-Turkmen trade turnover grew to $1.6 billion in 2024, thanks to higher sales of wheat.",
    ],
)
def test_goods_of_a_reason_or_a_goods_adjective_are_not_the_turnovers(text: str) -> None:
    turnover = [flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER]
    assert len(turnover) == 1
    assert turnover[0].commodities == ()
    assert turnover[0].date in (PartialDate(2025), PartialDate(2024))


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect turnover between Russia and Turkmenistan to exceed $1.3 billion this year if grain "
        "shipments continue.",
        "Economists forecast bilateral trade between Turkmenistan and Russia to reach $2 billion in 2026, "
        "unless cotton prices fall.",
    ],
)
def test_an_expected_turnover_is_planned_and_a_condition_names_none_of_its_goods(text: str) -> None:
    turnover = [flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER]
    assert len(turnover) == 1
    assert turnover[0].status.value == "planned"
    assert turnover[0].commodities == ()


@pytest.mark.parametrize(
    "text",
    [
        "Russia's trade with the five Central Asian republics rose 6.8 percent to $22.4 billion in 2024.",
        "Turkmenistan's trade with the two Caspian states grew to $3 billion in 2024.",
    ],
)
def test_trade_with_a_counted_group_is_no_bilateral_turnover(text: str) -> None:
    assert [flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia's trade with Central Asia rose 6 percent in the first half of 2025, customs data show. "
        "Russian grain made up a third of exports to Turkmenistan in the half-year.",
        "Russian exports to the region grew in the first quarter of 2024. Turkmenistan bought Russian "
        "wheat worth $40 million from Russia in the quarter.",
    ],
)
def test_in_the_half_year_points_back_to_the_period_told_before(text: str) -> None:
    exports = [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT]
    assert exports and all(flow.date is not None and flow.date.year in (2024, 2025) for flow in exports)


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral trade between Turkmenistan and Russia grew by 10 percent in 2023, and last year it "
        "increased by a further 6 percent.",
        "Trade between Russia and Turkmenistan reached $1.5 billion in 2023, while in 2024 the figure "
        "exceeded $1.6 billion.",
    ],
)
def test_a_clause_pointing_back_to_the_turnover_is_a_figure_of_its_own_period(text: str) -> None:
    turnover = [flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER]
    assert sorted(str(flow.date) for flow in turnover) == ["2023", "2024"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("In 2024 trade between Russia and Turkmenistan amounted to 1.57 billion dollars, about 5 percent "
         "more than in 2023, when it stood at one and a half billion.", 1_500_000_000),
        ("Turkmen-Russian trade reached $900 million in 2024, up from 2023, when it totalled 850 million.",
         850_000_000),
    ],
)
def test_a_when_clause_gives_the_figure_of_the_year_it_hangs_on_in_the_heads_unit(text: str, amount: int) -> None:
    turnover = {str(flow.date): flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER}
    assert set(turnover) == {"2023", "2024"}
    assert turnover["2023"].amounts[0].amount == amount
    assert turnover["2023"].amounts[0].unit == "USD"


@pytest.mark.parametrize(
    ("text", "out", "back"),
    [
        ("Trade between Bashkortostan and Turkmenistan reached $47 million in 2024. The republic mainly "
         "supplies polyethylene and caustic soda to Turkmenistan, and buys cotton yarn and fruit.",
         "polyethylene", "cotton yarn"),
        ("Russia ships wheat and timber to Turkmenistan, and in turn imports tomatoes and textiles.",
         "wheat", "tomatoes"),
    ],
)
def test_one_subject_trading_both_ways_gives_a_flow_each_way(text: str, out: str, back: str) -> None:
    exports = [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT]
    outward = [flow for flow in exports if flow.exporter == RUSSIA]
    inward = [flow for flow in exports if flow.exporter == TURKMENISTAN]
    assert len(outward) == 1 and out in outward[0].commodities and back not in outward[0].commodities
    assert len(inward) == 1 and back in inward[0].commodities and out not in inward[0].commodities


@pytest.mark.parametrize(
    "text",
    [
        "Exports from Russia to Turkmenistan grew to $1.05 billion in 2024, and imports to $420 million.",
        "Turkmen exports to Russia totalled $400 million in 2024, and imports $1.2 billion.",
    ],
)
def test_coordinated_exports_and_imports_go_opposite_ways(text: str) -> None:
    exports = {flow.exporter: flow for flow in flows_in(text) if flow.direction is Direction.EXPORT}
    assert set(exports) == {RUSSIA, TURKMENISTAN}
    assert exports[TURKMENISTAN].importer == RUSSIA


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, trade between Turkmenistan and Russia amounted to $1.3 billion, while in 2022 it was "
        "$1.1 billion.",
        "Russian-Turkmen turnover reached $1.6 billion in 2024, whereas in 2021 it was $0.9 billion.",
    ],
)
def test_it_was_in_a_second_clause_is_a_figure_of_its_own_year(text: str) -> None:
    turnover = [flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER]
    assert len({str(flow.date) for flow in turnover}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan imported goods worth $4.4 billion in 2024, of which about a fifth came from Russia.",
        "Russia exported 55 million tonnes of wheat last season, of which Turkmenistan took less than 1 percent.",
        "Deliveries of Turkmen electricity to Russia are not possible because the grids are not connected.",
        "Direct supplies of Russian gas to Turkmenistan remain impossible without a new pipeline.",
    ],
)
def test_a_whole_before_its_part_or_an_impossible_flow_is_no_flow(text: str) -> None:
    assert [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT] == []


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan and Turkmenistan's trade with Russia together exceeded $10 billion in 2024.",
        "Kazakhstan, Turkmenistan and Russia's combined trade turnover grew by 8 percent last year.",
    ],
)
def test_a_group_with_a_third_country_holding_the_trade_is_no_bilateral_turnover(text: str) -> None:
    assert [flow for flow in flows_in(text) if flow.direction is Direction.TURNOVER] == []


def test_one_side_holding_the_trade_is_still_bilateral() -> None:
    flows = flows_in("Turkmenistan's trade with Russia exceeded $1 billion in 2024.")
    assert [flow.direction for flow in flows] == [Direction.TURNOVER]


@pytest.mark.parametrize(
    "text",
    [
        "Lebap velayat supplies cotton to Russian textile factories in Ivanovo.",
        "Turkmenistan ships cotton fibre to Russian textile mills in the Ivanovo region.",
    ],
)
def test_goods_words_naming_a_buyer_are_no_goods_and_no_origin(text: str) -> None:
    exports = [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT]
    assert len(exports) == 1
    assert exports[0].exporter == TURKMENISTAN and exports[0].importer == RUSSIA
    assert "textile" not in exports[0].commodities and "textiles" not in exports[0].commodities


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Turkmenistan and Russia was $1.5 billion in 2024. Turkmen exports reached $10.2 billion, "
        "up 5 percent.",
        "Russian-Turkmen turnover came to $1.4 billion last year. Russian exports of grain totalled $6 billion.",
    ],
)
def test_a_figure_larger_than_the_bilateral_total_is_no_share_of_it(text: str) -> None:
    assert [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia supplies wheat to Turkmenistan, and buys gas from Kazakhstan.",
        "Turkmenistan ships cotton yarn to Russia, and imports machinery from Germany.",
    ],
)
def test_the_other_way_with_a_third_country_is_not_between_the_sides(text: str) -> None:
    exports = [flow for flow in flows_in(text) if flow.direction is Direction.EXPORT]
    assert len(exports) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Turkmenistan and Russia grew by 10 percent in 2024, and in 2026 it is expected to rise "
        "by a further 5 percent.",
        "Russian-Turkmen turnover reached $1.6 billion in 2024, and next year it will exceed $2 billion.",
    ],
)
def test_a_second_clause_still_to_come_is_planned_and_leaves_the_head_held(text: str) -> None:
    turnover = sorted((str(f.date), f.status.value) for f in flows_in(text) if f.direction is Direction.TURNOVER)
    assert turnover == [("2024", "held"), ("2026", "planned")]
