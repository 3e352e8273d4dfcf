"""Trade flows found by parse_article: direction, sides, goods, amounts, change and period."""

from __future__ import annotations

from decimal import Decimal

import pytest

from turkru import parse_article
from turkru.lexicon import Lexicon
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, Direction, Quantity, Status, TradeFlow

LEAD = "Turkmenistan and Russia continue to develop their partnership.\n\n"


def flows_in(text: str, published: str | None = None, *, lead: str = LEAD) -> list[TradeFlow]:
    """The trade flows of *text* after a *lead* naming both sides, checking every evidence span."""
    text = lead + text
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return [record for record in records if isinstance(record, TradeFlow)]


class TestTurnover:
    def test_amount_growth_and_year(self) -> None:
        """'Amounted to $1.2 billion in 2022, up 15 percent'."""
        text = (
            "Trade turnover between Russia and Turkmenistan amounted to $1.2 billion in 2022, "
            "up 15 percent."
        )
        (flow,) = flows_in(text, lead="")
        assert flow.direction is Direction.TURNOVER
        assert (flow.exporter, flow.importer) == (None, None)
        assert flow.commodities == ()
        assert flow.amounts == (Quantity(amount=Decimal(1_200_000_000), unit="USD"),)
        assert flow.change_percent == Decimal(15)
        assert flow.date == PartialDate(2022)
        assert flow.status is Status.HELD

    def test_last_year(self) -> None:
        """'Last year' is the year before publication."""
        text = "Trade between Turkmenistan and Russia reached $1.5 billion last year."
        (flow,) = flows_in(text, published="2023-05-12", lead="")
        assert flow.date == PartialDate(2022)
        assert flow.amounts == (Quantity(amount=Decimal(1_500_000_000), unit="USD"),)

    def test_part_year_is_dated_by_its_year(self) -> None:
        """A growth rate over a quarter is dated by the year, with no amount."""
        (flow,) = flows_in("Trade turnover grew by 13% in the first quarter of 2024.")
        assert flow.direction is Direction.TURNOVER
        assert flow.change_percent == Decimal(13)
        assert flow.amounts == ()
        assert flow.date == PartialDate(2024)

    def test_expected_figure_is_planned(self) -> None:
        """A figure the turnover 'is expected to reach' is planned."""
        text = "Trade turnover between the two countries is expected to reach $2 billion in 2025."
        (flow,) = flows_in(text)
        assert flow.status is Status.PLANNED
        assert flow.date == PartialDate(2025)


class TestExports:
    def test_tonnes_of_wheat(self) -> None:
        """'Russia exported 32,000 tonnes of wheat to Turkmenistan in 2021'."""
        (flow,) = flows_in("Russia exported 32,000 tonnes of wheat to Turkmenistan in 2021.", lead="")
        assert flow.direction is Direction.EXPORT
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)
        assert flow.commodities == ("wheat",)
        assert flow.amounts == (Quantity(amount=Decimal(32000), unit="t"),)
        assert flow.date == PartialDate(2021)

    def test_supplies_without_figures_or_date(self) -> None:
        """A habitual supply in the present with goods is a flow with no amount and no date."""
        (flow,) = flows_in("Turkmenistan supplies cotton yarn to Russia.", lead="")
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)
        assert flow.commodities == ("cotton yarn",)
        assert flow.amounts == ()
        assert flow.date is None

    def test_import_reverses_the_direction(self) -> None:
        """'Turkmenistan imported ... from Russia' is an export from Russia to Turkmenistan."""
        text = "Turkmenistan imported 20,000 tonnes of sunflower oil from Russia in 2020."
        (flow,) = flows_in(text, lead="")
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)
        assert flow.commodities == ("sunflower oil",)
        assert flow.amounts == (Quantity(amount=Decimal(20000), unit="t"),)

    def test_money_value_over_part_of_a_year(self) -> None:
        """'In January-June 2023 ... worth $50 million': dated by the year, valued in USD."""
        text = "In January-June 2023, Turkmenistan exported textiles worth $50 million to Russia."
        (flow,) = flows_in(text, lead="")
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)
        assert flow.amounts == (Quantity(amount=Decimal(50_000_000), unit="USD"),)
        assert flow.date == PartialDate(2023)

    def test_counted_vehicles_last_year(self) -> None:
        """'500 KAMAZ trucks' is 500 units; 'last year' the year before publication."""
        text = "Russia supplied 500 KAMAZ trucks to Turkmenistan last year."
        (flow,) = flows_in(text, published="2024-02-01", lead="")
        assert flow.commodities == ("trucks",)
        assert flow.amounts == (Quantity(amount=Decimal(500), unit="units"),)
        assert flow.date == PartialDate(2023)

    def test_region_and_roubles(self) -> None:
        """A Russian region exporting: RU to TM, the region kept, roubles as RUB."""
        text = "Astrakhan region exported grain to Turkmenistan worth 1.2 billion rubles in 2021."
        (flow,) = flows_in(text, lead="")
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)
        assert flow.region is not None and "Astrakhan" in flow.region.name
        assert flow.amounts == (Quantity(amount=Decimal(1_200_000_000), unit="RUB"),)


class TestWeaknesses:
    def test_export_total_without_goods(self) -> None:
        """'Russian exports to Turkmenistan grew by 20% to $800 million' is an export total."""
        (flow,) = flows_in("Russian exports to Turkmenistan grew by 20% to $800 million in 2022.")
        assert flow.direction is Direction.EXPORT
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)
        assert flow.commodities == ()
        assert flow.change_percent == Decimal(20)
        assert flow.amounts == (Quantity(amount=Decimal(800_000_000), unit="USD"),)

    @pytest.mark.parametrize("lead", ["", LEAD], ids=["alone", "after-bilateral-lead"])
    def test_third_country_turnover(self, lead: str) -> None:
        """Trade between Kazakhstan and Uzbekistan is not a Turkmen-Russian flow."""
        text = "Trade between Kazakhstan and Uzbekistan reached $3 billion in 2022."
        assert flows_in(text, lead=lead) == []


class TestNoFlow:
    @pytest.mark.parametrize(
        "text",
        [
            "The sides noted the growth of mutual trade.",
            "Mutual trade between the two countries is growing.",
            "Turkmenistan exports natural gas to China.",
            "The sides noted the positive dynamics of cooperation.",
        ],
    )
    def test_statements_without_figures_or_third_countries(self, text: str) -> None:
        """General remarks on trade and trade with other countries are not flows."""
        assert flows_in(text) == []


class TestWhatIsNotAFlow:
    @pytest.mark.parametrize(
        "text",
        [
            "In 2019 Moscow stopped its purchases of Turkmen cotton.",
            "The Russian side announced a ban on imports of Turkmen melons last spring.",
            "Officials blamed the pause in the procurement of Turkmen cotton on the weather.",
        ],
        ids=["stopped", "ban-on", "pause-in"],
    )
    def test_a_halt_is_not_a_flow(self, text: str) -> None:
        """Goods that stop moving are not a flow of goods."""
        assert flows_in(text) == []

    def test_goods_resumed_after_a_halt_still_flow(self) -> None:
        """Only the halted trade word is dropped: 'halted ... and resumed purchases' keeps the second."""
        text = "Russia halted imports in 2015 and resumed purchases of Turkmen cotton in 2018."
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)
        assert flow.commodities == ("cotton",)

    @pytest.mark.parametrize(
        "text",
        [
            "The Russian buyer and the Turkmen seller disputed a cotton supply contract.",
            "Turkmen cotton export prices fell sharply in Russia.",
            "Both firms renewed their grain purchase-and-sale contracts with Russia.",
        ],
        ids=["supply-contract", "export-prices", "purchase-and-sale"],
    )
    def test_a_trade_word_in_a_compound_is_not_a_flow(self, text: str) -> None:
        """'Supply contract', 'export prices': the trade word names a document or a price."""
        assert flows_in(text) == []

    def test_a_trade_word_inside_a_company_name_is_not_a_verb(self) -> None:
        """'Gazprom Export' names a company; it exports nothing by itself."""
        text = "Turkmen wheat growers met representatives of Gazprom Export in Ashgabat."
        assert flows_in(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Cotton yarn made up 40% of Russia's total imports from Turkmenistan.",
            "Wheat holds the largest share of Russian exports to Turkmenistan.",
        ],
        ids=["percent-of", "share-of"],
    )
    def test_a_share_of_trade_is_not_a_flow(self, text: str) -> None:
        """A share of the goods in the total is a structure, not a flow of its own."""
        assert flows_in(text) == []


class TestWhoSells:
    @pytest.mark.parametrize(
        "text",
        [
            "Rosneft bought Turkmen oil worth $20 million in 2019.",
            "A Russian trading house purchased Turkmen cotton in 2019.",
        ],
        ids=["company-buys", "adjective-before-goods"],
    )
    def test_a_country_adjective_before_the_goods_names_their_origin(self, text: str) -> None:
        """'Turkmen oil' comes from Turkmenistan, whoever buys it."""
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)

    def test_a_possessive_names_the_trader(self) -> None:
        """'Turkmenistan's cotton exports' are exports from Turkmenistan, whoever is the subject."""
        text = "Russia now takes most of Turkmenistan's cotton exports."
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)

    def test_a_goods_word_modifying_a_noun_is_no_origin(self) -> None:
        """'The Russian gas giant' names a company, not Russian gas: the goods come from Turkmenistan."""
        text = "The Russian gas giant imported natural gas from Turkmenistan in 2012."
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)


class TestExpected:
    @pytest.mark.parametrize(
        "text",
        [
            "Three Turkmen farms will be able to export melons to Russia.",
            "Kazan is interested in importing Turkmen cotton.",
            "The new railway will make it possible to supply Russian grain to Turkmenistan.",
            "Gazprom said it would sharply reduce its imports of Turkmen gas.",
            "The contract envisages purchases of Turkmen cotton by a Russian mill.",
        ],
        ids=["will-be-able", "interested-in", "make-it-possible", "would-reduce", "envisages"],
    )
    def test_a_flow_still_to_come_is_planned(self, text: str) -> None:
        """Abilities, interests, aims to change a volume and documents that provide for supplies are planned."""
        (flow,) = flows_in(text)
        assert flow.status is Status.PLANNED

    @pytest.mark.parametrize(
        "text",
        [
            "Today Turkmenistan exports cotton to Russia, and we will start deliveries to Iran next year.",
            "Russian mills managed to increase purchases of Turkmen cotton in 2021.",
        ],
        ids=["later-clause", "managed-to"],
    )
    def test_a_flow_under_way_is_held(self, text: str) -> None:
        """A future in a later clause with its own subject, or a past achievement, is not a plan."""
        (flow,) = flows_in(text)
        assert flow.status is Status.HELD


class TestFutureAndTargets:
    """A trade verb under a future auxiliary, and a target or forecast, speak of a flow to come."""

    @pytest.mark.parametrize(
        "text",
        [
            "The Russian concern will buy 8 bcm of Turkmen gas under the new terms.",
            "Officials said Moscow would import 40,000 tonnes of Turkmen cotton.",
            "Under the deal Turkmenistan is to supply 3 million tonnes of oil to Russia.",
        ],
        ids=["will-buy", "would-import", "is-to-supply"],
    )
    def test_a_future_trade_verb_is_planned(self, text: str) -> None:
        """'will buy', 'would import' and 'is to supply' are plans, not deliveries made."""
        (flow,) = flows_in(text, published="2025-04-02")
        assert flow.status is Status.PLANNED

    @pytest.mark.parametrize(
        "text",
        [
            "The ministers set the goal of bringing bilateral trade to $2.5 billion.",
            "Russian-Turkmen trade turnover for 2026 is forecast at $1.9 billion.",
        ],
        ids=["goal-of-bringing", "forecast-at"],
    )
    def test_a_target_or_forecast_is_planned(self, text: str) -> None:
        """A goal the sides set for the turnover, or a forecast of it, is no figure reached."""
        (flow,) = flows_in(text, published="2025-04-02")
        assert flow.direction is Direction.TURNOVER
        assert flow.status is Status.PLANNED

    def test_the_same_verbs_in_the_past_are_held(self) -> None:
        """Without the auxiliary the purchase happened."""
        (flow,) = flows_in("Last year the Russian concern bought 8 bcm of Turkmen gas.", published="2025-04-02")
        assert flow.status is Status.HELD


class TestContinuedFigure:
    @pytest.mark.parametrize(
        ("second", "year"),
        [
            ("It already reached $900 million in the first half of 2022.", 2022),
            ("Last year this volume grew by 18%.", 2022),
        ],
        ids=["it-reached", "this-volume-grew"],
    )
    def test_a_figure_pointing_back_to_trade_is_a_turnover(self, second: str, year: int) -> None:
        """'It reached ...' after a sentence on the two countries' trade is a turnover figure of its own."""
        text = "In 2021, bilateral trade between Russia and Turkmenistan came to $1.4 billion. " + second
        _first, flow = flows_in(text, published="2023-03-01", lead="")
        assert flow.direction is Direction.TURNOVER
        assert flow.date == PartialDate(year)

    def test_it_without_trade_before_is_nothing(self) -> None:
        """'It reached $5 million' after a sentence on something else is no trade figure."""
        text = "Turkmenistan and Russia opened a new school in Ashgabat. Its budget reached $5 million in 2022."
        assert flows_in(text, lead="") == []


class TestSeveralFigures:
    @pytest.mark.parametrize(
        "text",
        [
            "The Russian buyer said it would limit its purchases of Turkmen cotton to 20,000 tonnes this year, "
            "far below its imports of 55,000 tonnes in 2019.",
            "Russian mills plan to buy 20,000 tonnes of Turkmen cotton this year, against levels seen in 2019 "
            "when they bought 55,000 tonnes.",
        ],
        ids=["far-below-its-imports", "when-they-bought"],
    )
    def test_each_trade_word_with_its_own_figure_is_a_flow(self, text: str) -> None:
        """A plan for this year and an earlier figure in one clause are two flows, each with its year."""
        plan, past = flows_in(text, published="2021-06-01")
        assert (plan.status, plan.date, plan.amounts[0].amount) == (Status.PLANNED, PartialDate(2021), 20000)
        assert (past.status, past.date, past.amounts[0].amount) == (Status.HELD, PartialDate(2019), 55000)

    def test_one_figure_is_one_flow(self) -> None:
        """A second trade word without a figure of its own adds no flow."""
        (flow,) = flows_in("Turkmenistan exported 9,000 tonnes of cotton yarn to Russia in 2020 for further supplies.")
        assert flow.amounts == (Quantity(amount=Decimal(9000), unit="t"),)


class TestLongSentences:
    """Bounded windows and clause breaks in long trade sentences (issue 12), with the output unchanged."""

    FILLER = (
        "according to figures that the ministry of trade and foreign economic relations released in its annual "
        "review of the textile sector, which covered spinning mills, dyeing plants, garment workshops and the "
        "sale of finished fabrics to buyers across Europe and Asia"
    )

    def test_a_future_word_far_from_the_trade_word_does_not_make_it_planned(self) -> None:
        """A cue of the future some 250 characters after the sale speaks of something else."""
        text = f"Turkmenistan sold 5,000 tonnes of cotton to Russia in 2023, {self.FILLER}, before an upcoming fair."
        (flow,) = flows_in(text, lead="")
        assert flow.status is Status.HELD

    def test_the_same_far_from_an_import(self) -> None:
        """The same with an import and another future cue ('scheduled to') at the far end."""
        text = f"Russia bought 300 tonnes of silk from Turkmenistan last year, {self.FILLER}, a fair scheduled to come."
        (flow,) = flows_in(text, published="2024-05-01", lead="")
        assert (flow.exporter, flow.status) == (TURKMENISTAN, Status.HELD)

    def test_while_after_a_long_white_space_still_splits_the_clauses(self) -> None:
        """'... to Turkmenistan <many spaces> while Turkmenistan sold ...' is two flows, one each way."""
        text = "Russia supplied wheat to Turkmenistan" + " " * 300 + "while Turkmenistan sold cotton to Russia."
        wheat, cotton = flows_in(text, lead="")
        assert (wheat.exporter, wheat.commodities) == (RUSSIA, ("wheat",))
        assert (cotton.exporter, cotton.commodities) == (TURKMENISTAN, ("cotton",))

    def test_many_clauses_each_with_its_own_goods(self) -> None:
        """Each clause of a long list keeps its own goods and figure, however many clauses there are."""
        goods = ("wheat", "sugar", "timber", "steel") * 10
        clauses = [f"Russia exported {item} worth ${n + 1} million to Turkmenistan" for n, item in enumerate(goods)]
        text = "; ".join(clauses)
        flows = flows_in(text + " in 2022.", lead="")
        assert [flow.commodities for flow in flows] == [(item,) for item in goods]
        assert [flow.amounts[0].amount for flow in flows] == [Decimal((n + 1) * 1_000_000) for n in range(40)]


class TestNotAFlowOfGoods:
    """Named rejections: control and rivalry, denials and capacities move no goods."""

    @pytest.mark.parametrize(
        "text",
        [
            "Moscow long controlled most of Turkmenistan's gas exports.",
            "China and Russia compete for Turkmen gas supplies in Central Asia.",
            "Gazprom tightened its grip on Turkmen gas exports in the 1990s.",
        ],
        ids=["controlled", "compete-for", "grip-on"],
    )
    def test_control_or_rivalry(self, text: str) -> None:
        """Who controls or competes for a trade is no movement of goods."""
        assert flows_in(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "The supply of Turkmen cotton to Russia has not yet been resumed.",
            "Russia did not import Turkmen wheat last year.",
            "Deliveries of Russian trucks to Turkmenistan were never completed.",
        ],
        ids=["not-yet-resumed", "did-not-import", "never-completed"],
    )
    def test_denied(self, text: str) -> None:
        """A trade word the sentence denies is no flow."""
        assert flows_in(text, published="2023-03-01") == []

    @pytest.mark.parametrize(
        "text",
        [
            "The transit of Turkmen gas exports across Russian territory is falling.",
            "Russia transits Turkmen gas supplies westwards.",
        ],
        ids=["transit-of", "transits"],
    )
    def test_transit(self, text: str) -> None:
        """Goods passing through a side on their way elsewhere are no flow between the two."""
        assert flows_in(text) == []

    def test_a_delivery_not_denied_is_a_flow(self) -> None:
        """The same shape without a denial stays a flow."""
        (flow,) = flows_in("Deliveries of Russian trucks to Turkmenistan were completed in May 2022.")
        assert (flow.exporter, flow.commodities) == (RUSSIA, ("trucks",))

    @pytest.mark.parametrize(
        "text",
        [
            "The new terminal can be used to ship Turkmen fertilizers to Russia.",
            "The pipeline is capable of delivering 30 bcm of Turkmen gas to Russia a year.",
        ],
        ids=["can-be-used-to", "capable-of"],
    )
    def test_capacity(self, text: str) -> None:
        """What a terminal or a pipe could carry is a capacity, not a flow."""
        assert flows_in(text) == []


class TestNotBetweenTheTwo:
    """Named rejection checks: figures that mention a side but move nothing between the two."""

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmen cotton deliveries to Russia were halted in March 2015 after a dispute over payment.",
            "Supplies of Russian wheat to Turkmenistan have been suspended since the autumn.",
            "Exports of Turkmen gas to Russia stopped completely in 2016.",
        ],
        ids=["were-halted", "have-been-suspended", "stopped"],
    )
    def test_a_halted_flow(self, text: str) -> None:
        """A trade word whose own predicate is a halt ("deliveries ... were halted") is a halt."""
        assert flows_in(text) == []

    def test_a_flow_that_grew_is_still_a_flow(self) -> None:
        """The same shape with a figure verb stays a flow."""
        (flow,) = flows_in("Turkmen cotton deliveries to Russia grew by 20 percent in 2015.")
        assert (flow.exporter, flow.importer, flow.commodities) == (TURKMENISTAN, RUSSIA, ("cotton",))

    @pytest.mark.parametrize(
        "text",
        [
            "Gazprom exported 150 bcm of gas to Europe in 2019.",
            "Russian oil companies sell most of their crude on world markets.",
            "Turkmenistan ships its cotton fibre abroad, mainly by rail.",
        ],
        ids=["to-europe", "on-world-markets", "abroad"],
    )
    def test_a_destination_beyond_the_two(self, text: str) -> None:
        """Goods sent to Europe, world markets or abroad are not goods sent to the other side."""
        assert flows_in(text) == []

    def test_a_named_side_as_destination_stays(self) -> None:
        """With the other side named as destination, the flow stands."""
        (flow,) = flows_in("Gazprom exported 150 bcm of gas to Turkmenistan in 2019.")
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmenistan's foreign trade turnover reached $15 billion in 2023.",
            "Russia's external trade rose 5 percent to $700 billion last year.",
            "The turnover of foreign trade of the republic exceeded $12 billion in 2022.",
        ],
        ids=["foreign-trade-turnover", "external-trade-rose", "turnover-of-foreign-trade"],
    )
    def test_one_countrys_trade_with_the_world(self, text: str) -> None:
        """A country's foreign trade is its trade with everyone, not the two sides' trade."""
        assert flows_in(text, published="2024-02-01") == []

    def test_foreign_trade_with_the_other_side_is_bilateral(self) -> None:
        """A partner named right after the words makes it a bilateral figure again."""
        (flow,) = flows_in("Turkmenistan's foreign trade turnover with Russia reached $1.5 billion in 2023.")
        assert flow.direction is Direction.TURNOVER
        assert flow.amounts == (Quantity(amount=Decimal(1_500_000_000), unit="USD"),)

    @pytest.mark.parametrize(
        ("text", "exporter"),
        [
            ("In May Russia bought Turkmen tomatoes worth $5 million.", TURKMENISTAN),
            ("Last year Turkmenistan purchased grain from Russia.", RUSSIA),
        ],
        ids=["russia-bought", "turkmenistan-purchased"],
    )
    def test_the_buyer_is_not_the_origin(self, text: str, exporter: str) -> None:
        """A country before a buying verb is the buyer, never the origin of the goods that follow."""
        (flow,) = flows_in(text, published="2023-09-01")
        assert flow.exporter == exporter

    def test_a_buyer_with_goods_from_a_third_country(self) -> None:
        """"Russia bought tomatoes from Turkey" moves nothing from Turkmenistan."""
        assert flows_in("In May Russia bought tomatoes from Turkey.", published="2023-09-01") == []


class TestThirdPartyBuyersAndGroups:
    """Named rejection checks: a third country buying one side's goods, and one side's trade with a group."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ukraine imported 36 bcm of Turkmen gas in 2005, shipped across Russia.",
            "In 2022 Iran purchased 5 million tonnes of Russian wheat, carried by rail across Turkmenistan.",
        ],
        ids=["ukraine-imported-turkmen-gas", "iran-purchased-russian-wheat"],
    )
    def test_a_third_country_buyer(self, text: str) -> None:
        """A buyer beyond the two sides takes goods of named origin out of the relations."""
        assert flows_in(text, published="2023-01-10") == []

    def test_a_side_as_buyer_of_goods_of_named_origin(self) -> None:
        """With the other side as buyer the flow stands."""
        (flow,) = flows_in("Russia imported 36 bcm of Turkmen gas in 2005.", published="2023-01-10")
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)

    @pytest.mark.parametrize(
        "text",
        [
            "Trade turnover between Russia and the Central Asian states reached $40 billion in 2023.",
            "Russia's trade turnover with CIS countries grew by 5 percent last year.",
        ],
        ids=["between-russia-and-central-asia", "with-cis-countries"],
    )
    def test_turnover_with_a_group_of_countries(self, text: str) -> None:
        """One side's turnover with a group of countries is not the two sides' turnover."""
        assert flows_in(text, published="2024-03-01") == []

    def test_a_group_named_later_leaves_the_bilateral_figure(self) -> None:
        """A group named after the bilateral partner ("the highest among ...") keeps the figure."""
        text = "Trade turnover between Russia and Turkmenistan reached $1.5 billion, the highest among CIS countries."
        (flow,) = flows_in(text, published="2024-03-01")
        assert flow.direction is Direction.TURNOVER

    @pytest.mark.parametrize(
        "text",
        [
            "Russian exporters shipped 2 million tonnes of grain to Central Asia last year.",
            "Turkmen textiles are sold to CIS countries and to the Middle East.",
        ],
        ids=["grain-to-central-asia", "textiles-to-cis-countries"],
    )
    def test_exports_to_a_group_of_countries(self, text: str) -> None:
        """Goods sent to a group of countries are not goods sent to the other side."""
        assert flows_in(text, published="2024-03-01") == []


class TestOneTotalToldTwice:
    """A period's turnover told rounded and then exactly is one figure."""

    @pytest.mark.parametrize(
        "text",
        [
            "Turnover between Russia and Turkmenistan exceeded $2 billion in 2023. "
            "Bilateral trade in 2023 reached $2.14 billion, the ministry said.",
            "In the first half of 2024 mutual trade totalled 812.5 million dollars. "
            "Trade turnover between the two countries in January-June 2024 was over 800 million dollars.",
        ],
        ids=["rounded-first", "exact-first"],
    )
    def test_rounded_and_exact_reports_fold(self, text: str) -> None:
        """The rounded and the exact report of one period's total make one flow."""
        (flow,) = flows_in(text, published="2024-09-01")
        assert flow.direction is Direction.TURNOVER

    def test_different_totals_of_one_year_stay_apart(self) -> None:
        """Totals far apart are two figures, even for one year."""
        text = (
            "Trade turnover between Russia and Turkmenistan reached $1.2 billion in 2023. "
            "By other estimates, bilateral trade in 2023 reached $1.6 billion."
        )
        assert len(flows_in(text, published="2024-09-01")) == 2


class TestExportsToAllMarkets:
    """Named rejection check: an export figure with no destination, whose markets the next sentence lists."""

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmen farmers exported 48,000 tonnes of melons in 2023. "
            "Most of them were sold to Kazakhstan, Russia and Afghanistan.",
            "Russian mills shipped 900,000 tonnes of flour last year. "
            "Uzbekistan and Turkmenistan imported the largest share.",
        ],
        ids=["melons-then-markets", "flour-then-importers"],
    )
    def test_a_figure_for_every_market(self, text: str) -> None:
        """The figure is one side's exports to the world, not to the other side."""
        assert [flow for flow in flows_in(text, published="2024-02-01") if flow.amounts] == []

    def test_a_figure_with_the_destination_named_stays(self) -> None:
        """Naming the other side as destination keeps the figure, whatever follows."""
        text = (
            "Turkmen farmers exported 48,000 tonnes of melons to Russia in 2023. "
            "Most of the rest was sold to Kazakhstan and Afghanistan."
        )
        (flow, *_) = flows_in(text, published="2024-02-01")
        assert flow.amounts == (Quantity(amount=Decimal(48_000), unit="t"),)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)


class TestTotalsGivenInWords:
    """One side's total exports with a growth rate spelled 'percent' or 'per cent'."""

    @pytest.mark.parametrize(
        ("text", "change", "exporter"),
        [
            ("Turkmenistan's exports to Russia rose by 20 percent in 2023.", Decimal(20), TURKMENISTAN),
            ("Russian imports from Turkmenistan fell 12 per cent in 2023.", Decimal(-12), TURKMENISTAN),
        ],
        ids=["percent", "per-cent-fell"],
    )
    def test_a_total_with_a_spelled_rate(self, text: str, change: Decimal, exporter: str) -> None:
        """The rate alone makes the exports a total flow with that change."""
        (flow,) = flows_in(text, published="2024-02-01")
        assert flow.direction is Direction.EXPORT
        assert flow.exporter == exporter
        assert flow.commodities == ()
        assert flow.change_percent == change


class TestWorldTotalsAndRegionalGoods:
    """Named rejection checks: a country's total trade, and goods whose origin is a whole region."""

    @pytest.mark.parametrize(
        "text",
        [
            "Russia's total trade turnover reached $700 billion in 2023.",
            "Turkmenistan's overall trade grew by 8 percent to $16 billion in 2023.",
        ],
        ids=["total-trade-turnover", "overall-trade"],
    )
    def test_a_countrys_total_trade(self, text: str) -> None:
        """'Russia's total trade turnover' is its trade with the world."""
        assert flows_in(text, published="2024-02-01") == []

    def test_a_total_with_the_partner_named_stays(self) -> None:
        """A partner after the words makes the total the two sides' again."""
        (flow,) = flows_in("Russia's total trade turnover with Turkmenistan reached $1.7 billion in 2023.")
        assert flow.direction is Direction.TURNOVER

    @pytest.mark.parametrize(
        "text",
        [
            "Gazprom bought 60 bcm of Central Asian gas in 2008.",
            "Turkmenistan imports European machinery worth $2 billion a year, partly through Russia.",
        ],
        ids=["central-asian-gas", "european-machinery"],
    )
    def test_goods_from_a_whole_region(self, text: str) -> None:
        """Goods of a region beyond the two sides are no flow between them."""
        assert flows_in(text, published="2024-02-01") == []


class TestPossibleFigures:
    @pytest.mark.parametrize(
        "text",
        [
            "Turkmen textile exports to Russia could reach $100 million, the minister said.",
            "Russian grain supplies to Turkmenistan may exceed one million tonnes next season.",
        ],
        ids=["could-reach", "may-exceed"],
    )
    def test_a_figure_that_could_be_reached_is_planned(self, text: str) -> None:
        """A figure a flow 'could reach' or 'may exceed' is expected, not held."""
        (flow,) = flows_in(text, published="2024-02-01")
        assert flow.status is Status.PLANNED

    def test_a_figure_reached_is_held(self) -> None:
        """The same figure reported as reached is held."""
        (flow,) = flows_in("Turkmen textile exports to Russia reached $100 million in 2023.", published="2024-02-01")
        assert flow.status is Status.HELD


class TestSupplyWith:
    @pytest.mark.parametrize(
        ("text", "exporter"),
        [
            ("Russian companies supply Turkmenistan with trucks and aircraft.", RUSSIA),
            ("Turkmen farms supplied Russia with tomatoes and cucumbers last winter.", TURKMENISTAN),
        ],
        ids=["supply-with", "supplied-with"],
    )
    def test_the_one_supplied_is_the_importer(self, text: str, exporter: str) -> None:
        """In 'A supplies B with goods' B receives them: a preposition is never part of an origin adjective."""
        flows = flows_in(text)
        assert flows and all(flow.exporter == exporter for flow in flows)


class TestQuestions:
    @pytest.mark.parametrize(
        "text",
        [
            "Has trade between Russia and Turkmenistan grown by 10 percent this year?",
            "Will Turkmen gas supplies to Russia reach 10 bcm in 2025?",
        ],
        ids=["has-grown", "will-reach"],
    )
    def test_a_question_gives_no_figure(self, text: str) -> None:
        """A question asks; it reports no flow."""
        assert flows_in(text, published="2024-09-01") == []

    def test_the_answer_does(self) -> None:
        """The answer after it is a statement with its figure."""
        text = "Has trade grown this year?\nYes, trade between Russia and Turkmenistan grew by 10 percent in 2024."
        (flow,) = flows_in(text, published="2024-09-01")
        assert flow.change_percent == Decimal(10)


class TestPeriodsOfFigures:
    def test_a_signing_date_is_not_the_period(self) -> None:
        """'under an agreement concluded in 2015': 2015 dates the document, not the sale."""
        (flow,) = flows_in("Turkmenistan sold cotton to Russia under an agreement concluded in 2015.")
        assert flow.date is None

    def test_a_signing_date_said_otherwise(self) -> None:
        """'Under a deal signed back in 2008' is the same: the flow has no period of its own."""
        (flow,) = flows_in("Under a deal signed back in 2008, Russian firms bought Turkmen wool.")
        assert (flow.exporter, flow.date) == (TURKMENISTAN, None)

    def test_a_year_without_a_document_is_the_period(self) -> None:
        """Without a signing verb the year dates the flow."""
        (flow,) = flows_in("Turkmenistan sold cotton to Russia in 2015.")
        assert flow.date == PartialDate(2015)

    @pytest.mark.parametrize(
        "text",
        [
            "In 2022 Russia bought 4,000 tonnes of Turkmen melons, three times as many as in 2021.",
            "In 2022 Russian buyers imported Turkmen melons worth $3 million, about the same as in 2021.",
        ],
        ids=["times-as-many-as-in", "the-same-as-in"],
    )
    def test_as_in_a_year_is_a_comparison_base(self, text: str) -> None:
        """'... as in 2021' is the year compared with, the figure's own year is 2022."""
        (flow,) = flows_in(text)
        assert flow.date == PartialDate(2022)

    @pytest.mark.parametrize(
        ("text", "year"),
        [
            ("In 9M2023 Turkmenistan exported 12,000 tonnes of cotton to Russia.", 2023),
            ("Turkmenistan exported 8,000 tonnes of cotton to Russia in 1H 2024.", 2024),
        ],
        ids=["9M2023", "1H-2024"],
    )
    def test_statistical_shorthand_for_part_of_a_year(self, text: str, year: int) -> None:
        """'9M2023' (nine months) and '1H 2024' (first half) date a figure by their year."""
        (flow,) = flows_in(text)
        assert flow.date == PartialDate(year)

    @pytest.mark.parametrize("noun", ["purchases", "imports"])
    def test_a_past_figure_beside_a_plan_is_held(self, noun: str) -> None:
        """'plans to buy 2 bcm this year, well below its {noun} of 6 bcm in 2016': a plan and a past figure."""
        text = f"Gazprom plans to buy 2 bcm of Turkmen gas this year, well below its {noun} of 6 bcm in 2016."
        plan, past = flows_in(text, published="2017-04-01")
        assert (plan.status, plan.date) == (Status.PLANNED, PartialDate(2017))
        assert (past.status, past.date) == (Status.HELD, PartialDate(2016))


class TestTurnoverWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Annual trade between Turkmenistan and Russia now exceeds $1 billion.",
            "Russia is a key partner, with two-way trade worth $900 million in 2022.",
            "Trade exceeding $800 million in 2021 made Russia a leading partner of Turkmenistan.",
        ],
        ids=["annual-trade", "two-way-trade-worth", "trade-exceeding"],
    )
    def test_trade_with_a_figure_is_turnover(self, text: str) -> None:
        """Trade named with a figure word ('annual trade', 'trade exceeding', 'trade worth') is turnover."""
        (flow,) = flows_in(text)
        assert flow.direction is Direction.TURNOVER and flow.amounts

    def test_trade_without_a_figure_is_nothing(self) -> None:
        """'Annual trade' with no figure gives no record."""
        assert flows_in("Annual trade between Turkmenistan and Russia was discussed.") == []


class TestCausalDue:
    @pytest.mark.parametrize(
        "text",
        [
            "The rise in Russian imports from Turkmenistan in 2021 was due to higher cotton deliveries.",
            "Growth in Russian purchases of Turkmen cotton in 2021 is due to the new spinning mills.",
        ],
        ids=["due-to-higher", "due-to-the"],
    )
    def test_due_to_a_cause_is_not_a_plan(self, text: str) -> None:
        """'was due to higher deliveries' gives a cause: the flow is held."""
        assert {flow.status for flow in flows_in(text)} == {Status.HELD}

    def test_due_to_start_is_a_plan(self) -> None:
        """'are due to start' is a schedule: planned."""
        (flow,) = flows_in("Deliveries of Turkmen cotton to Russia are due to start in May.")
        assert flow.status is Status.PLANNED


class TestRegionalTurnover:
    def test_between_the_parties_after_a_region_is_paired(self) -> None:
        """A region named with the other side, then trade 'between the parties': that region's turnover."""
        text = (
            "Delegations of the Astrakhan region and Turkmenistan met in Ashgabat on Monday. "
            "In 2021 trade between the parties reached $50 million."
        )
        (flow,) = flows_in(text, published="2022-03-01")
        assert flow.region is not None and "Astrakhan" in flow.region.name

    def test_the_same_said_otherwise(self) -> None:
        """'Talks between Bashkortostan and Turkmenistan ... between the two sides' is the same."""
        text = (
            "Talks between Bashkortostan and Turkmenistan took place in Ufa. "
            "Trade between the two sides grew by 10% in 2022."
        )
        (flow,) = flows_in(text, published="2023-03-01")
        assert flow.region is not None and "Bashkortostan" in flow.region.name

    def test_national_turnover_stays_national(self) -> None:
        """A region named only in passing gives national turnover no region."""
        text = (
            "The governor of Astrakhan oblast attended the forum. "
            "In 2021 trade between the parties reached $500 million."
        )
        (flow,) = flows_in(text, published="2022-03-01")
        assert flow.region is None


class TestInjectedLexicon:
    def test_an_added_control_word_rejects_the_flow(self) -> None:
        """A CONTROL_WORD added by an injected lexicon makes its trade word name no flow."""
        text = LEAD + "Moscow held sway over Turkmen gas exports to Russia."
        extra = Lexicon.from_data({"words": {"CONTROL_WORD": ["sway over"]}})
        plain = [r for r in parse_article(text).records if isinstance(r, TradeFlow)]
        injected = [r for r in parse_article(text, lexicon=extra).records if isinstance(r, TradeFlow)]
        assert (len(plain), injected) == (1, [])

    def test_an_added_turnover_noun_and_its_cue(self) -> None:
        """A TURNOVER_NOUN and TRADE_CUE added by an injected lexicon make a new turnover phrase count."""
        text = LEAD + "Commercial exchange between the two countries reached $1 billion in 2022."
        extra = Lexicon.from_data({"words": {"TURNOVER_NOUN": ["commercial exchange"], "TRADE_CUE": ["exchange"]}})
        plain = [r for r in parse_article(text).records if isinstance(r, TradeFlow)]
        (flow,) = [r for r in parse_article(text, lexicon=extra).records if isinstance(r, TradeFlow)]
        assert (plain, flow.direction, flow.date) == ([], Direction.TURNOVER, PartialDate(2022))


class TestCityRegions:
    def test_a_federal_city_trading_is_a_region(self) -> None:
        """'St Petersburg is ready to supply ...': the city is the region Saint Petersburg as a trade party."""
        (flow,) = flows_in("St Petersburg is ready to supply grain and medicines to Turkmenistan.")
        assert flow.exporter == RUSSIA
        assert flow.region is not None and flow.region.name == "Saint Petersburg"

    def test_the_same_with_a_turnover(self) -> None:
        """'Trade between St. Petersburg and Turkmenistan grew': that region's turnover."""
        (flow,) = flows_in("In 2023 trade between St. Petersburg and Turkmenistan grew by 12%.", published="2024-02-01")
        assert flow.region is not None and flow.region.name == "Saint Petersburg"

    def test_a_capital_stands_for_its_country(self) -> None:
        """'Moscow supplies ...': the capital is the country, no region."""
        (flow,) = flows_in("Moscow supplies grain to Turkmenistan.")
        assert (flow.exporter, flow.region) == (RUSSIA, None)

    @pytest.mark.parametrize(
        "text",
        [
            "Trade between Ashgabat and Kazan rose to about $80 million in 2019.",
            "In 2019 the commercial ties of Kazan with Turkmenistan brought a trade turnover of $80 million.",
        ],
        ids=["two-cities", "city-with-country"],
    )
    def test_a_regional_capital_stands_for_its_region(self, text: str) -> None:
        """Kazan, the capital of Tatarstan, as a trade end is Tatarstan (the gazetteer lists it with
        the region), while Ashgabat stands for Turkmenistan: the region's turnover, not the nation's."""
        (flow,) = flows_in(text, published="2020-03-01")
        assert flow.direction is Direction.TURNOVER
        assert flow.region is not None and flow.region.name == "Tatarstan"

    @pytest.mark.parametrize(
        "text",
        [
            "In 2022 the trade turnover between the northern capital of Russia and Turkmenistan grew by 20%.",
            "Trade between Turkmenistan and Russia's northern capital grew by 20% in 2022.",
        ],
        ids=["northern-capital-of-russia", "russias-northern-capital"],
    )
    def test_the_northern_capital_is_saint_petersburg(self, text: str) -> None:
        """'The northern capital of Russia', the usual epithet of Saint Petersburg, is that region."""
        (flow,) = flows_in(text, published="2023-02-01")
        assert flow.region is not None and flow.region.name == "Saint Petersburg"


class TestRegionInTheTurnoverSentence:
    @pytest.mark.parametrize(
        "text",
        [
            "The Tatarstan\u2013Turkmenistan trade turnover reached $60 million in 2022.",
            "Tatarstan's trade turnover with Turkmenistan reached $40 million in 2022.",
        ],
        ids=["dashed-pair", "possessive"],
    )
    def test_a_region_as_a_party_of_the_turnover(self, text: str) -> None:
        """A region paired with the other side, or named without its country: its turnover, not national."""
        (flow,) = flows_in(text)
        assert flow.region is not None and flow.region.name == "Tatarstan"

    def test_a_region_in_passing_beside_both_countries(self) -> None:
        """'Trade between Russia and Turkmenistan ..., with Tatarstan a leading partner' stays national."""
        text = "Trade between Russia and Turkmenistan grew by 15% in 2022, with Tatarstan a leading partner."
        (flow,) = flows_in(text)
        assert flow.region is None


class TestModelDesignations:
    def test_model_number_is_no_quantity(self) -> None:
        """'Mi-17 helicopters' are helicopters of that model, not 17 of them."""
        (flow,) = flows_in("Russia has supplied Mi-17 helicopters to the Turkmen air force.")
        assert flow.commodities == ("helicopters",)
        assert flow.amounts == ()

    def test_counted_models_keep_their_count(self) -> None:
        """'Three Ka-52 helicopters' are three of them."""
        (flow,) = flows_in("Russia delivered three Ka-52 helicopters to Turkmenistan in 2019.")
        assert flow.amounts == (Quantity(amount=Decimal(3), unit="units"),)


class TestContingentSupplies:
    def test_depends_on_how_much_is_no_flow(self) -> None:
        """'Depends on how much X can supply' states a condition, not goods moving."""
        text = "Whether Russia buys more will depend on how much gas Turkmenistan can export beyond the contract."
        assert flows_in(text) == []

    def test_imports_that_will_depend_variant(self) -> None:
        """'Imports of cotton will depend on ...': what the trade depends on, not a flow."""
        assert flows_in("Russian imports of cotton will depend on how much Turkmenistan can sell.") == []

    def test_held_figure_before_a_condition_stays(self) -> None:
        """A figure told before the condition of a later clause is still a flow."""
        text = "Russia sold 40,000 tonnes of wheat to Turkmenistan in 2021, and next year's volume depends on prices."
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer, flow.date) == (RUSSIA, TURKMENISTAN, PartialDate(2021))


class TestGoodsThatArrived:
    def test_goods_from_a_side_that_entered_a_region(self) -> None:
        """Goods 'from Turkmenistan that entered' a Russian region moved TM -> RU, whoever counted them."""
        text = (
            "Since the start of 2024, Russian inspectors in Kazan have checked some 800 tons of grapes "
            "from Turkmenistan that entered the Republic of Tatarstan in 40 lorries."
        )
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)
        assert flow.amounts == (Quantity(amount=Decimal(800), unit="t"),)
        assert flow.date == PartialDate(2024)

    def test_adjective_goods_arrived_variant(self) -> None:
        """'Russian wheat arrived in' a Turkmen port: RU -> TM."""
        (flow,) = flows_in("In 2021 the first 1,200 tonnes of Russian wheat arrived in Turkmenbashi by sea.")
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)
        assert flow.date == PartialDate(2021)

    def test_people_who_arrived_move_no_goods(self) -> None:
        """A minister who arrived for talks on gas is no flow of gas."""
        assert flows_in("After the talks on gas, the Russian minister arrived in Ashgabat.") == []


class TestTurnoverVerbsAndScopes:
    @pytest.mark.parametrize(
        ("text", "change"),
        [
            ("Trade fell by 8 percent in 2019 as demand weakened.", Decimal(-8)),
            ("In 2019 trade dropped 6% on weaker demand.", Decimal(-6)),
            ("Trade jumped 35 percent in 2019.", Decimal(35)),
            ("Trade between the neighbours tripled in 2019.", Decimal(200)),
        ],
        ids=["fell-by-percent", "dropped", "jumped", "tripled"],
    )
    def test_trade_with_a_verb_of_change_is_turnover(self, text: str, change: Decimal) -> None:
        """'Trade' followed by a verb of rise or fall ('dropped', 'jumped', 'tripled') is turnover."""
        (flow,) = flows_in(text)
        assert flow.direction is Direction.TURNOVER
        assert flow.change_percent == change
        assert flow.date == PartialDate(2019)

    @pytest.mark.parametrize(
        "text",
        [
            "Tatarstan's trade with Turkmenistan climbed to $95 million in 2019.",
            "Russia's trade with Turkmenistan reached about $1 billion in 2019.",
            "Trade in 2019 amounted to some $950 million.",
            "Trade during the whole of 2019 totalled $950 million.",
        ],
        ids=["region-trade-with", "country-trade-with", "trade-in-year", "trade-during"],
    )
    def test_a_scope_between_trade_and_its_verb(self, text: str) -> None:
        """A partner ('with Turkmenistan') or a period ('in 2019') between 'trade' and its figure verb."""
        (flow,) = flows_in(text)
        assert flow.direction is Direction.TURNOVER and flow.amounts
        assert flow.date == PartialDate(2019)

    def test_an_expected_figure_with_an_auxiliary(self) -> None:
        """'Trade is expected to exceed' a figure this year: a planned turnover of this year."""
        (flow,) = flows_in("Trade is expected to exceed $2 billion this year.", published="2024-03-01")
        assert (flow.direction, flow.status, flow.date) == (Direction.TURNOVER, Status.PLANNED, PartialDate(2024))

    def test_the_same_with_could(self) -> None:
        """'Trade could reach' a figure by a year: planned, dated by its target year."""
        (flow,) = flows_in("Officials say trade could reach $3 billion by 2026.")
        assert (flow.status, flow.date) == (Status.PLANNED, PartialDate(2026))
        assert flow.amounts == (Quantity(amount=Decimal(3_000_000_000), unit="USD"),)

    @pytest.mark.parametrize(
        "text",
        [
            "Trade with Russia is important for the Turkmen economy.",
            "Trade in cotton and textiles was discussed at length.",
        ],
        ids=["trade-with-no-figure", "trade-in-goods"],
    )
    def test_no_figure_is_no_turnover(self, text: str) -> None:
        """A scope with no figure after it gives no record."""
        assert flows_in(text) == []


class TestListedExportsAndSentGoods:
    @pytest.mark.parametrize(
        ("text", "exporter", "goods"),
        [
            ("Russian exports to Turkmenistan include timber and machinery.", RUSSIA, ("timber", "machinery")),
            (
                "Turkmenistan's main exports to Russia are cotton yarn and carpets.",
                TURKMENISTAN,
                ("cotton yarn", "carpets"),
            ),
        ],
        ids=["include", "are"],
    )
    def test_goods_after_a_copula_are_not_the_partners(self, text: str, exporter: str, goods: tuple[str, ...]) -> None:
        """'Exports to Russia include timber': the partner before 'include'/'are' is no origin of the goods."""
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.commodities) == (exporter, goods)

    def test_shipments_move_goods(self) -> None:
        """'Shipments of Turkmen cotton to Russia' is a flow TM -> RU."""
        (flow,) = flows_in("Shipments of Turkmen cotton to Russia grew by a fifth in 2019.")
        assert (flow.exporter, flow.importer, flow.commodities) == (TURKMENISTAN, RUSSIA, ("cotton",))
        assert flow.date == PartialDate(2019)

    @pytest.mark.parametrize(
        "text",
        [
            "In 2019 a batch of Russian wheat was sent to Turkmenistan by rail.",
            "Trainloads of Russian flour were dispatched to Turkmenistan during 2019.",
        ],
        ids=["was-sent", "were-dispatched"],
    )
    def test_goods_sent_are_a_flow(self, text: str) -> None:
        """Goods that 'were sent'/'dispatched to' the other side move from their origin."""
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer, flow.date) == (RUSSIA, TURKMENISTAN, PartialDate(2019))

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmenistan sent a delegation to Moscow to talk about gas.",
            "The Turkmen leader sent a letter to the Kremlin about cooperation on oil.",
        ],
        ids=["delegation", "letter"],
    )
    def test_people_or_letters_sent_are_no_flow(self, text: str) -> None:
        """Sending people or letters, even about goods, moves no goods."""
        assert flows_in(text) == []


class TestMoreGoodsWords:
    def test_vegetables_by_name(self) -> None:
        """Named vegetables ('cucumbers', 'sweet peppers') are goods of their own."""
        (flow,) = flows_in("Turkmen farmers shipped 900 tonnes of cucumbers and sweet peppers to Russia in 2019.")
        assert flow.commodities == ("cucumbers", "peppers")
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)

    def test_equipment_by_name(self) -> None:
        """Named equipment ('pumps', 'cables', 'turbines') sold by a Russian region is a flow RU -> TM."""
        (flow,) = flows_in("Astrakhan plants sell pumps, cables and gas turbines to Turkmenistan.")
        assert flow.commodities == ("pumps", "cables", "turbines")
        assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)


class TestFiguresWithTheirOwnYears:
    def test_from_one_year_to_another(self) -> None:
        """'From 30 bcm in 2009 to 12 bcm in 2012': one flow per figure, each with its own year."""
        first, second = flows_in("Turkmen gas exports to Russia slumped from 30 bcm in 2009 to 12 bcm in 2012.")
        assert (first.date, first.amounts[0].amount) == (PartialDate(2009), Decimal(30_000_000_000))
        assert (second.date, second.amounts[0].amount) == (PartialDate(2012), Decimal(12_000_000_000))
        assert {first.exporter, second.exporter} == {TURKMENISTAN}

    def test_the_same_for_a_turnover_up_from(self) -> None:
        """'Reached $1.4 billion in 2019, up from $1.1 billion in 2018': two turnover figures."""
        text = "Trade turnover reached $1.4 billion in 2019, up from $1.1 billion in 2018."
        dates = [(flow.direction, flow.date) for flow in flows_in(text)]
        assert dates == [(Direction.TURNOVER, PartialDate(2019)), (Direction.TURNOVER, PartialDate(2018))]

    def test_figures_of_different_units_stay_one_flow(self) -> None:
        """Tonnes and their worth in dollars are one figure of one year."""
        (flow,) = flows_in("Russia sold 80,000 tonnes of flour worth $30 million to Turkmenistan in 2019.")
        assert flow.date == PartialDate(2019)


class TestRoutesWorldTotalsAndProspects:
    """Precision rules of news prose (kinds8): a side the goods pass through, one side's total with
    the world, and the prospect or forecast of a flow."""

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmenistan exported 240,000 tons of oil through the territory of Russia in 2021.",
            "Last year Turkmen cotton was shipped via Russia, the ministry said.",
        ],
        ids=["through-the-territory-of", "via"],
    )
    def test_a_side_passed_through_is_no_end(self, text: str) -> None:
        """A side named only as the way the goods take is not their buyer: no flow between the two."""
        assert flows_in(text) == []

    def test_a_route_beside_a_named_buyer_keeps_the_flow(self) -> None:
        """Goods sent to the other side by way of a third country still move between the two."""
        (flow,) = flows_in("Russia exported 50,000 tons of wheat to Turkmenistan via Kazakhstan in 2023.")
        assert (flow.exporter, flow.importer, flow.commodities) == (RUSSIA, TURKMENISTAN, ("wheat",))

    @pytest.mark.parametrize(
        "text",
        [
            "Russia's total exports grew by 5 percent in 2023.",
            "Turkmenistan's overall imports fell sharply last year.",
        ],
        ids=["total-exports", "overall-imports"],
    )
    def test_a_total_with_the_world_is_no_flow(self, text: str) -> None:
        """One side's total exports or imports with no partner named are its trade with the world."""
        assert flows_in(text, published="2024-02-01") == []

    def test_a_total_with_a_partner_is_a_flow(self) -> None:
        """The same total with the other side named after it is the flow between the two."""
        (flow,) = flows_in("Turkmenistan's total exports to Russia grew by 20 percent in 2023.")
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)

    @pytest.mark.parametrize(
        "text",
        [
            "There is great potential for exports of Turkmen textiles to Russia.",
            "The ministers saw good prospects for supplies of Russian grain to Turkmenistan.",
            "Analysts forecast that Turkmen gas exports to Russia will fall to 5 bcm next year.",
            "Experts predict that Russia will buy Turkmen tomatoes in large volumes.",
        ],
        ids=["potential-for", "prospects-for", "forecast-that", "predict-that"],
    )
    def test_prospects_and_forecasts_are_planned(self, text: str) -> None:
        """A flow told as a potential, a prospect or a forecast is still to come."""
        flows = flows_in(text, published="2024-02-01")
        assert flows and all(flow.status is Status.PLANNED for flow in flows)

    @pytest.mark.parametrize(
        "text",
        [
            "Russia offered to supply wheat to Turkmenistan.",
            "Turkmen producers are ready to deliver tomatoes to Russia.",
        ],
        ids=["offered-to", "ready-to"],
    )
    def test_offers_are_planned(self, text: str) -> None:
        """A flow a side offers or stands ready to make has not happened yet."""
        flows = flows_in(text, published="2024-02-01")
        assert flows and all(flow.status is Status.PLANNED for flow in flows)

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmenistan's trade with Russia, Kazakhstan and Uzbekistan grew 20 percent in 2023.",
            "Trade turnover between Turkmenistan, Russia and Iran reached $3 billion last year.",
        ],
        ids=["with-a-list", "between-three"],
    )
    def test_a_group_of_partners_is_no_bilateral_turnover(self, text: str) -> None:
        """A turnover whose partners listed after it include a third country is a group's trade."""
        assert flows_in(text, published="2024-02-01") == []

    def test_the_two_sides_listed_keep_their_turnover(self) -> None:
        """The two sides alone after 'between' still give their turnover."""
        (flow,) = flows_in("Trade between Turkmenistan and Russia grew 20 percent in 2023.", lead="")
        assert flow.direction is Direction.TURNOVER

    @pytest.mark.parametrize(
        "text",
        [
            "Turkmenistan wants to diversify its gas exports away from Russia.",
            "Ashgabat has long sought the diversification of its gas supplies beyond Russia.",
        ],
        ids=["diversify", "diversification"],
    )
    def test_diversifying_away_is_no_flow(self, text: str) -> None:
        """Diversifying one's exports away from the other side tells no goods moving to it."""
        assert flows_in(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Supplies of gas will resume in January, a Gazprom official said.",
            "Deliveries of cotton will grow next year, according to Gazprom.",
        ],
        ids=["official-said", "according-to"],
    )
    def test_who_speaks_is_no_party(self, text: str) -> None:
        """A company named as the speaker of a report is not the seller of the goods it tells of."""
        assert all(flow.exporter != RUSSIA for flow in flows_in(text, published="2024-02-01"))

    @pytest.mark.parametrize(
        "text",
        [
            "Russia buys Turkmen gas at $130 per thousand cubic metres.",
            "Russian wheat is sold to Turkmenistan at $250 a ton.",
        ],
        ids=["per-thousand-cubic-metres", "a-ton"],
    )
    def test_a_price_alone_is_no_flow(self, text: str) -> None:
        """A trade clause with a unit price and no volume of its own tells a price, not a flow."""
        assert flows_in(text) == []

    def test_a_price_beside_a_volume_keeps_the_flow(self) -> None:
        """The same price beside the volume moved: the flow stays, with the volume."""
        (flow,) = flows_in("Turkmenistan supplied 42 bcm of gas to Russia at $100 per 1,000 cubic meters in 2007.")
        assert flow.amounts == (Quantity(amount=Decimal(42_000_000_000), unit="m3"),)

    def test_a_planned_price_keeps_a_planned_flow(self) -> None:
        """A price for sales still to come leaves the planned flow (FORMAT.md: nothing or a planned fact)."""
        flows = flows_in("Turkmenistan will sell gas to Russia at $100 per 1,000 cubic meters until 2009.")
        assert flows and all(flow.status is Status.PLANNED for flow in flows)

    @pytest.mark.parametrize(
        "text",
        [
            "The presidents discussed gas supplies to Russia.",
            "The parties exchanged views on the supply of Russian trucks to Turkmenistan.",
            "Issues of Russian wheat deliveries to Turkmenistan were on the agenda.",
        ],
        ids=["discussed", "views-on", "issues-of"],
    )
    def test_a_topic_of_talks_is_no_flow(self, text: str) -> None:
        """Goods named as a topic of talks, with no figure and nothing planned, are a general statement."""
        assert flows_in(text) == []

    def test_a_topic_with_a_figure_keeps_the_flow(self) -> None:
        """A figure in the same clause makes it a flow again: the talks report what moved."""
        text = "The ministers discussed the 50,000 tons of tomatoes Turkmenistan exported to Russia in 2023."
        (flow,) = flows_in(text)
        assert (flow.exporter, flow.importer) == (TURKMENISTAN, RUSSIA)


class TestReportedClauses:
    @pytest.mark.parametrize(
        "text",
        [
            "The governor said that Russian plants had shipped 500 trucks to Turkmenistan last year, "
            "and that regional firms were ready to open a dealership in Ashgabat.",
            "The envoy noted that Russia supplied 40,000 tonnes of wheat to Turkmenistan in 2023, "
            "but that its millers would like to sign longer contracts.",
        ],
        ids=["and-that-ready", "but-that-would"],
    )
    def test_a_later_reported_clause_keeps_its_future_to_itself(self, text: str) -> None:
        """'X had shipped ..., and that Y were ready to ...': the readiness is Y's, the shipment was made."""
        flows = flows_in(text, published="2024-03-01")
        assert flows and all(flow.status is Status.HELD for flow in flows)

    @pytest.mark.parametrize(
        "text",
        [
            "The consul noted that in 2021 trade between the two countries reached $900 million.",
            "Officials said that in 2021 Russia exported 50,000 tonnes of flour to Turkmenistan.",
        ],
        ids=["noted-that-turnover", "said-that-export"],
    )
    def test_a_date_after_that_is_the_reported_figures(self, text: str) -> None:
        """'X noted that in 2021 trade reached ...': the year opens the reported clause, it is not the statement's."""
        flows = flows_in(text, published="2023-05-01")
        assert flows and all(flow.date == PartialDate(2021) for flow in flows)

    @pytest.mark.parametrize(
        "text",
        [
            "The attaché said that Russian deliveries of flour to Turkmenistan grew by 10 percent in 2023, "
            "and that Russian traders were interested in buying Turkmen carpets.",
            "The minister noted that Turkmenistan exported 30,000 tonnes of tomatoes to Russia in 2023, "
            "but that Russian buyers were ready to purchase more Turkmen melons.",
        ],
        ids=["and-that", "but-that"],
    )
    def test_a_second_reported_clause_is_a_clause_of_its_own(self, text: str) -> None:
        """'..., and that Y ...': the first reported figure keeps its own goods and sides."""
        flows = flows_in(text, published="2024-03-01")
        held = [flow for flow in flows if flow.status is Status.HELD]
        assert len(held) == 1 and held[0].date == PartialDate(2023)


class TestTopicLists:
    @pytest.mark.parametrize(
        "text",
        [
            "The ministers discussed expanding rail freight between the border stations of the two countries, "
            "the supply of Russian grain and the opening of new flights.",
            "The delegations exchanged views on cooperation in the energy sector and in transport and logistics, "
            "deliveries of Turkmen cotton to Russia and joint training programmes.",
        ],
        ids=["discussed-list", "exchanged-views-list"],
    )
    def test_goods_late_in_a_list_of_topics_are_no_flow(self, text: str) -> None:
        """'discussed A, the supply of B and C': every item of the list is a topic of the talks."""
        assert flows_in(text, published="2024-03-01") == []


class TestMonthsPointBack:
    @pytest.mark.parametrize(
        ("text", "year"),
        [
            (
                "Trade between Russia and Turkmenistan reached $900 million in January-June 2023. "
                "Cotton exports from Turkmenistan to Russia came to 20,000 tonnes over the six months.",
                2023,
            ),
            (
                "In January-August 2022 trade between the two countries grew to $800 million. "
                "Russia shipped 15,000 tonnes of flour to Turkmenistan during these first eight months.",
                2022,
            ),
        ],
        ids=["over-the-six-months", "during-these-first-eight-months"],
    )
    def test_the_n_months_are_the_period_named_before(self, text: str, year: int) -> None:
        """'over the nine months' points back to a part-year period told before: the figure is of its year."""
        flows = flows_in(text, published=f"{year}-12-01")
        assert len(flows) == 2 and all(flow.date == PartialDate(year) for flow in flows)

    def test_months_of_a_named_year_are_their_own(self) -> None:
        """'the first seven months of 2021' names its own period."""
        text = (
            "Trade between Russia and Turkmenistan reached $1 billion in 2020. "
            "Russia shipped 9,000 tonnes of flour to Turkmenistan in the first seven months of 2021."
        )
        dates = {flow.date for flow in flows_in(text, published="2021-09-01")}
        assert dates == {PartialDate(2020), PartialDate(2021)}


class TestShipsAsAVerb:
    @pytest.mark.parametrize(
        ("text", "goods", "exporter"),
        [
            (
                "Turkmenistan mainly ships cotton yarn, fruit and vegetables and carpets to Russia.",
                ("cotton yarn", "fruit and vegetables", "carpets"),
                TURKMENISTAN,
            ),
            ("Russia ships grain to Turkmenistan by rail.", ("grain",), RUSSIA),
        ],
        ids=["goods-list", "one-good"],
    )
    def test_ships_moves_goods(self, text: str, goods: tuple[str, ...], exporter: str) -> None:
        """'X ships A, B and C to Y': a flow of those goods, the verb itself no goods."""
        (flow,) = flows_in(text, published="2024-03-01")
        assert flow.commodities == goods and flow.exporter == exporter

    def test_ships_as_goods_still_sold(self) -> None:
        """'sold two ships': the noun stays goods."""
        (flow,) = flows_in("Russia sold two ships to Turkmenistan.", published="2024-03-01")
        assert flow.commodities == ("ships",)
